import type { PlatformName } from '../schema/platform.js';

/**
 * A post identified from its permalink.
 *
 * @example
 * const ref: PostRef = { id: '1755259323123712345', url: 'https://twitter.com/SecBlinken/status/1755259323123712345', handle: 'SecBlinken' };
 */
export interface PostRef {
  /** The post id as the platform writes it (kept as a string: tweet ids exceed 2^53). */
  id: string;
  /** The permalink, query and fragment removed, host and path as written. */
  url: string;
  /** The author's handle when the URL carries it, else null. */
  handle: string | null;
}

/**
 * What a platform's flattened-text signature looks like, for the text scanner.
 *
 * @example
 * const text: PlatformTextForms = {
 *   isSignatureHandle: (handle) => /^[A-Za-z0-9_]{1,15}$/.test(handle),
 *   sharedByPhrases: [],
 * };
 */
export interface PlatformTextForms {
  /**
   * Whether a `(@handle)` in a `— Name (@handle) Date` signature belongs to this platform. The
   * handle is passed without `@`. Platforms are asked in list order; the first that says yes wins.
   */
  isSignatureHandle?: (handle: string) => boolean;
  /**
   * Phrases that stand before `Name (@handle)` in this platform's flattened attribution, in any
   * language, lowercase (e.g. Instagram's `a post shared by`).
   */
  sharedByPhrases?: readonly string[];
  /**
   * Phrases the platform's widget leaves in a flattened post body, lowercase (Instagram's `view
   * this post on instagram`); removed from the start or end of the body.
   */
  widgetPhrases?: readonly string[];
}

/**
 * The one shape every platform implements. A platform is one folder under `src/platforms/` and one
 * line in `src/platforms/index.ts`.
 *
 * @example
 * import { platforms } from 'embedsift';
 * const twitter = platforms.find((p) => p.name === 'twitter');
 * twitter?.parsePermalink('https://x.com/jack/status/20'); // { id: '20', url: 'https://x.com/jack/status/20', handle: 'jack' }
 */
export interface Platform {
  /** The platform's name in records. */
  readonly name: PlatformName;
  /** Hosts that serve the platform's posts (lowercase, without `www.`). */
  readonly hosts: readonly string[];
  /** Reads a post permalink of this platform; null when the URL is not one. Never throws. */
  parsePermalink(url: string): PostRef | null;
  /** The profile URL of a handle (without `@`). */
  profileUrl(handle: string): string;
  /** The platform's flattened-text forms, when it has any. */
  readonly text?: PlatformTextForms;
}
