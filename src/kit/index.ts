/**
 * The ground floor: small reading tools that every other folder may use and that import nothing of
 * ours. Character classes (spaces, line breaks, dashes), covered ranges, the start-tag reader, the
 * attribute parser, DOM queries and DOM text, element kinds, and the argument checks of the public
 * entry points.
 */
export { parseAttributes, htmlTag } from './attributes.js';
export type { HtmlTag } from './attributes.js';
export {
  collapseWhitespace,
  endsLine,
  isAsciiDigit,
  isBlank,
  isInlineSpace,
  isLineBreak,
  isSpace,
  opensLine,
  skipInlineSpace,
  trimEnd,
  trimStart,
  wordStart,
} from './characters.js';
export { CoveredRanges } from './covered-ranges.js';
export type { Range } from './covered-ranges.js';
export { findDashBefore } from './dashes.js';
export type { DashSpan } from './dashes.js';
export { describeValue } from './describe-value.js';
export { childElements, elementsNamed, elementsWhere, firstDescendant, outermost, without } from './dom-query.js';
export { textOf } from './dom-text.js';
export { BLOCK_ELEMENTS, RAW_TEXT_ELEMENTS, VOID_ELEMENTS } from './element-kinds.js';
export { checkOptionKeys, deprecationNotice, nearestKey } from './option-keys.js';
export { escapeRegExp } from './regexp-escape.js';
export { findRawTextEnd, readTagAt } from './tag-reader.js';
export type { ParsedTag } from './tag-reader.js';
export { languageTagPattern, toLanguageTag } from './language-tag.js';
