/** Types of bundle-size.mjs (plain JavaScript, shared by the tests and the bench). */

/** One use of the package, bundled as a program. */
export interface BundleCase {
  name: string;
  code: string;
  /** The goal. */
  limitKb: number;
  /** Where the goal is not reached yet: the most the test allows meanwhile. */
  ceilingKb?: number;
}

/** The bundled size of one program. */
export interface BundleSize {
  minified: number;
  gzipped: number;
  /** Minified bytes per input package or file, largest first. */
  parts: Array<[string, number]>;
}

export const BUNDLE_CASES: BundleCase[];
export const PEER_BUNDLES: Array<{ name: string; code: string }>;
export function bundleSize(code: string, resolveDir: string): Promise<BundleSize>;
