/**
 * Strings that appear in every form of embed markup embedsift reads (class names, attributes,
 * embed URLs). One regex pass of literal alternatives (no backtracking) finds them; a page where
 * none occurs has no embed and is not parsed at all.
 */
const MARKERS =
  /twitter-tweet|twitter-video|nojs-tweet|tweet-?id|amp-twitter|twitterwidget|twitter-widget|Tweet\.html|\/status(?:es)?\/[0-9]|embed-twitter|instagram-media|amp-instagram|instagram\.com\/(?:p|reel|tv)\/|fb-post|fb-video|plugins\/(?:post|video)\.php|bluesky-embed|bsky\.app\/profile\/|mastodon-embed|\/embed["'?]|text-post-media|threads\.(?:net|com)\/@|tiktok-embed|tiktok\.com\/embed|youtube(?:-nocookie)?\.com\/embed\/|lite-youtube|amp-youtube|reddit-embed|reddit-card|linkedin\.com\/embed\/|telegram-post/gi;

/**
 * Offsets of every embed marker in a page, in order.
 *
 * @example
 * findEmbedMarkers('<p>hi</p><blockquote class="twitter-tweet">'); // [28]
 */
export function findEmbedMarkers(html: string): number[] {
  const found: number[] = [];
  MARKERS.lastIndex = 0;
  for (let match = MARKERS.exec(html); match !== null; match = MARKERS.exec(html)) found.push(match.index);
  return found;
}
