export { authorSchema, type Author } from './author.js';
export { datePrecisionSchema, localDateTimePattern, publishedAtPattern, type DatePrecision } from './dates.js';
export {
  diagnosticCodeSchema,
  diagnosticSchema,
  type Diagnostic,
  type DiagnosticCode,
} from './diagnostic.js';
export { embedRecordSchema, type EmbedRecord } from './embed-record.js';
export { languageTagPattern, languageTagSchema, toLanguageTag } from './language-tag.js';
export { linkKindSchema, linkSchema, type EmbedLink, type Link, type LinkKind } from './link.js';
export { platformNameSchema, type PlatformName } from './platform.js';
export {
  htmlMarkupSchema,
  inputFormatSchema,
  markupSchema,
  sourceSchema,
  textMarkupSchema,
  type HtmlMarkup,
  type EmbedSource,
  type InputFormat,
  type Markup,
  type Source,
  type TextMarkup,
} from './source.js';
