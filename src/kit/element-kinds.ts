/**
 * Elements that never have content or an end tag (`<br>`, `<img>` …), lowercase.
 *
 * @example
 * VOID_ELEMENTS.has('br'); // true
 */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/**
 * Elements whose content is raw text up to their own end tag: a `<` inside them opens no tag.
 *
 * @example
 * RAW_TEXT_ELEMENTS.has('script'); // true
 */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
]);

/**
 * Elements whose edges break the text flow (a reader sees a new line or at least a space there):
 * the HTML block elements, `<hr>`, `<iframe>` and the document's `html`/`head`/`body`/`title`.
 * Flattened text gives them paragraph breaks; DOM text reads them as a space. A platform's own
 * block-level embed elements (`amp-twitter`) are its `html.blockElements`, which the HTML reader
 * adds to these when it flattens a page.
 *
 * @example
 * BLOCK_ELEMENTS.has('blockquote'); // true
 * BLOCK_ELEMENTS.has('span'); // false
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'iframe',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'body',
  'html',
  'head',
  'title',
]);
