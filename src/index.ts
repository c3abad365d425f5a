export { extractEmbeds, extractEmbedsWithDiagnostics } from './extract/index.js';
export { defaultParseLimits } from './extract/index.js';
export type { ExtractOptions, ExtractResult, ParseLimits } from './extract/index.js';
export { convertArticle, defaultMarker, markdownBlockquote } from './convert/index.js';
export type { ConvertOptions, ConvertResult, EmbedMode, MarkerFunction, OutputForm, Placement } from './convert/index.js';
export { extractEntities } from './entities/index.js';
export type { Entities, Entity, ExtractEntitiesOptions } from './entities/index.js';
export { matchDateAt, parseDate, dateLocales } from './dates/index.js';
export type { DateLocale, DateMatch } from './dates/index.js';
export { classifyLink, shortLinkHosts, mediaLinkHosts } from './links/index.js';
export { platforms } from './platforms/index.js';
export type { Platform, PlatformTextForms, PostRef } from './platforms/index.js';
export {
  authorSchema,
  datePrecisionSchema,
  diagnosticCodeSchema,
  diagnosticSchema,
  embedRecordSchema,
  inputFormatSchema,
  linkKindSchema,
  linkSchema,
  markupSchema,
  platformNameSchema,
  publishedAtPattern,
  localDateTimePattern,
  sourceSchema,
} from './schema/index.js';
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
