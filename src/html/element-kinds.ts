/**
 * Elements that never have content or an end tag (`<br>`, `<img>` …), lowercase.
 *
 * @example
 * VOID_ELEMENTS.has('br'); // true
 */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Elements whose content is raw text up to their own end tag: a `<` inside them opens no tag.
 *
 * @example
 * RAW_TEXT_ELEMENTS.has('script'); // true
 */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'noembed', 'noframes', 'xmp']);
