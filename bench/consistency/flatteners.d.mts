/** One flattener a real pipeline runs on scraped pages (see flatteners.mjs). */
export interface Flattener {
  name: string;
  markdown: boolean;
  describe: string;
  flatten(html: string, cache: Record<string, unknown>): string | null;
}
export declare const FLATTENERS: Flattener[];
