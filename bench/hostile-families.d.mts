/** Types of hostile-families.mjs (plain JavaScript, shared by the tests and the bench). */

/** One hostile input family bound to an API: `build(size)` gives exactly `size` characters, `run` does the work. */
export interface HostileFamily {
  group: string;
  name: string;
  build: (size: number) => string;
  run: (input: string) => unknown;
}

/** The exports a family runs (from src/ or from dist/). */
export interface HostileApi {
  extractEmbeds: (input: string, options?: { format?: 'auto' | 'text' | 'html' }) => unknown;
  extractEntities: (input: string, options?: { gluedUrls?: boolean }) => unknown;
  convertArticle: (
    input: string,
    options: { format: 'text' | 'html'; embeds: 'remove' | 'marker' | 'keep'; output?: 'same' | 'markdown' },
  ) => unknown;
  matchDateAt: (input: string, index: number) => unknown;
  parseDate: (input: string) => unknown;
}

export function repeatTo(unit: string, size: number): string;
export function repeatWhole(unit: string, size: number): string;
export function hostileFamilies(api: HostileApi): HostileFamily[];
export function embedAfterDeepNesting(size: number): string;
export const LEAD: string;
export const FINAL_EMBED: string;
export const FUZZ_TEXT_TOKENS: string[];
export const FUZZ_HTML_TOKENS: string[];
export const DATE_UNITS: string[];
export const LARGE_OUTPUT_FAMILIES: Set<string>;
