export { extractEmbeds, extractEmbedsWithDiagnostics } from './extract-embeds.js';
export type { ExtractOptions, ExtractResult } from './extract-embeds.js';
