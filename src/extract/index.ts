export { extractEmbeds, extractEmbedsWithDiagnostics, extractOptionKeys } from './extract-embeds.js';
export type { ExtractOptions, ExtractResult } from './extract-embeds.js';
export { defaultParseLimits, parseLimitKeys, resolveParseLimits } from './parse-limits.js';
export type { ParseLimits, ResolvedParseLimits } from './parse-limits.js';
export { extractTextOnly, extractTextOnlyWithDiagnostics } from './text-only-embeds.js';
export type { TextExtractOptions } from './text-only-embeds.js';
