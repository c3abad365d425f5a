// The `embedsift/text` entry: flattened text only, for browser bundles that never read HTML or
// Markdown (issue 17: a text-only bundle holds no HTML reader, no Markdown reader, no entity tables).
export { extractTextOnly as extractEmbeds, extractTextOnlyWithDiagnostics as extractEmbedsWithDiagnostics } from './extract/index.js';
export type { ExtractResult, ParseLimits, TextExtractOptions } from './extract/index.js';
export { defaultParseLimits } from './extract/index.js';
export { extractEntities } from './entities/index.js';
export type { Entities, Entity, ExtractEntitiesOptions } from './entities/index.js';
export type { EmbedRecord, Diagnostic } from './schema/index.js';
