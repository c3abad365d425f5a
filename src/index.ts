export { extractEmbeds, extractEmbedsWithDiagnostics } from './extract/index.js';
export { defaultParseLimits } from './extract/index.js';
export type { ExtractOptions, ExtractResult, ParseLimits } from './extract/index.js';
export { convertArticle, defaultMarker, markdownBlockquote } from './convert/index.js';
export type { ConvertOptions, ConvertResult, EmbedMode, MarkerFunction, OutputForm, Placement } from './convert/index.js';
export { decodeDocument } from './encoding/index.js';
export type { DecodedDocument, DecodeOptions, EncodingSource } from './encoding/index.js';
export { extractEntities } from './entities/index.js';
export type { Entities, Entity, ExtractEntitiesOptions } from './entities/index.js';
export { matchDateAt, parseDate, dateLocales } from './dates/index.js';
export type { DateLocale, DateMatch } from './dates/index.js';
export { classifyLink, shortLinkHosts, mediaLinkHosts } from './links/index.js';
export { publicPlatforms as platforms } from './platforms/index.js';
export type { PlatformInfo as Platform, PlatformTextForms, PostRef } from './platforms/index.js';
// The zod schemas of these types are the `embedsift/schema` entry (src/schema/index.ts): parsing
// never needs them, so the main entry does not load zod.
export type {
  Author,
  DatePrecision,
  Diagnostic,
  DiagnosticCode,
  EmbedLink,
  EmbedRecord,
  EmbedSource,
  HtmlMarkup,
  InputFormat,
  Markup,
  TextMarkup,
  Link,
  LinkKind,
  PlatformName,
  Source,
} from './schema/index.js';
