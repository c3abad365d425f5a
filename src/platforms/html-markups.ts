/**
 * The embed elements a post is found in as HTML: `blockquote` (a platform's publisher blockquote),
 * `blockquote-noclass` (a tweet blockquote whose class was stripped), `rendered-iframe` (a
 * widget-rendered iframe), `iframe`, `amp-twitter`, `amp-instagram`, `amp-youtube`,
 * `lite-youtube`, `div-data-tweet-id`, `div.fb-post`, `telegram` (Telegram's widget script), `substack-tweet` (Substack's own tweet card),
 * `embedly-iframe` (an embedly / Medium iframe wrapping a post's URL), `url`
 * (a bare permalink standing as its own paragraph). A platform's `matchElement` names one of them;
 * the record schema's `htmlMarkupSchema` is built from this list.
 *
 * @example
 * htmlMarkups.includes('rendered-iframe'); // true
 */
export const htmlMarkups = [
  'blockquote',
  'blockquote-noclass',
  'rendered-iframe',
  'iframe',
  'amp-twitter',
  'amp-instagram',
  'amp-youtube',
  'lite-youtube',
  'div-data-tweet-id',
  'div.fb-post',
  'telegram',
  'substack-tweet',
  'embedly-iframe',
  'url',
] as const;

/**
 * An HTML embed form such as `'blockquote'`.
 *
 * @example
 * const markup: HtmlMarkup = 'amp-twitter';
 */
export type HtmlMarkup = (typeof htmlMarkups)[number];
