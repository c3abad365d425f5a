import { definePlatform } from '../define-platform.js';
import { firstDescendant } from '../../kit/index.js';
import type { HtmlEmbedFields, PlatformHtmlForms, PostRef } from '../types.js';
import { handleSegment, hostMatches, queryParam, splitUrl } from '../url-parts.js';
import { readSdkFallback } from './sdk-fallback.js';
import { sdkLocale } from './sdk-locale.js';

const HOSTS = ['facebook.com', 'fb.com', 'fb.watch'];
/**
 * Paths whose query carries the post id, with the parameters the permalink keeps (in this order;
 * `permalink.php` needs the page's `id` beside `story_fbid`). Anything else in the query
 * (`ref`, `set`, `__tn__`, tracking) is dropped.
 */
const QUERY_PATHS = new Map<string, readonly string[]>([
  ['/photo.php', ['fbid']],
  ['/permalink.php', ['story_fbid', 'id']],
  ['/story.php', ['story_fbid', 'id']],
  ['/watch', ['v']],
  ['/watch/', ['v']],
  ['/video.php', ['v']],
]);
/**
 * How a flattened fallback's attribution opens, `Posted by Name on Date`, in the SDK's languages:
 * for the text reader only (the HTML reader reads the fallback's structure, in any locale).
 */
const POSTED_BY_PHRASES = [
  'Posted by',
  'Publicado por',
  'Publiée par',
  'Publié par',
  'Gepostet von',
  'Pubblicato da',
  'Geplaatst door',
  'Diposting oleh',
  'Opublikowane przez',
];

/**
 * Reads a Facebook post URL: `/<page>/posts/<id>`, `/<page>/videos/<id>`, `/permalink.php?story_fbid=…`,
 * `/photo.php?fbid=…` (the parameters that name the post are kept, the rest of the query is
 * dropped), `/watch/?v=…`, `/reel/<id>`, `/share/p/<code>`, `fb.watch/<code>`.
 *
 * @example
 * parseFacebookUrl('https://www.facebook.com/CityOfAldergrove/posts/10158123456789012');
 * // { id: '10158123456789012', url: 'https://www.facebook.com/CityOfAldergrove/posts/10158123456789012', handle: 'CityOfAldergrove' }
 */
export function parseFacebookUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, HOSTS)) return null;
  const segments = parts.path.split('/').filter((segment) => segment.length > 0);
  let id: string | null = null;
  let handle: string | null = null;
  const kept = QUERY_PATHS.get(parts.path);
  if (kept !== undefined) {
    id = queryParam(parts.query, kept[0] ?? '');
  } else if (hostMatches(parts.host, ['fb.watch']) && segments.length === 1) {
    // fb.watch/<code>: Facebook's short video link; the code is all the id there is.
    id = segments[0] ?? null;
  } else if (segments.length >= 3 && ['posts', 'videos', 'photos'].includes(segments[1] ?? '')) {
    handle = handleSegment(segments[0]);
    id = segments[segments.length - 1] ?? null;
  } else if (segments[0] === 'reel' || segments[0] === 'share') {
    id = segments[segments.length - 1] ?? null;
  }
  if (id === null || !/^[A-Za-z0-9_:.-]{1,64}$/.test(id)) return null;
  let url = `${parts.origin}${parts.path}`;
  if (kept !== undefined) {
    const query = kept.flatMap((name) => {
      const value = queryParam(parts.query, name);
      return value === null ? [] : [`${name}=${encodeURIComponent(value)}`];
    });
    url += `?${query.join('&')}`;
  }
  return { id, url, handle };
}

/**
 * Facebook. Embeds are the SDK's `div.fb-post` / `div.fb-video` (with a fallback blockquote, read by its
 * structure in any locale; the SDK loader's locale is the records' language hint) and `plugins/post.php` / `plugins/video.php` iframes.
 *
 * @example
 * facebook.parsePermalink('https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1');
 * // { id: '10207393772231779', url: 'https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1', handle: null }
 */
export const facebook = definePlatform({
  name: 'facebook',
  label: 'Facebook',
  hosts: HOSTS,
  shortHosts: ['fb.me'],
  parsePermalink: parseFacebookUrl,
  profileUrl: (handle) => `https://www.facebook.com/${handle}`,
  text: {
    postedByPhrases: POSTED_BY_PHRASES,
  },
});

/**
 * Facebook's embed markup: the SDK's `div.fb-post` / `div.fb-video` (with its fallback blockquote) and the `plugins/post.php` / `plugins/video.php` iframes.
 *
 * @example
 * facebookHtml.matchElement(htmlTag('div', new Map([['class', 'fb-post'], ['data-href', 'https://www.facebook.com/a/posts/1']]))); // { markup: 'div.fb-post' }
 */
export const facebookHtml: PlatformHtmlForms = {
  widgetScripts: ['connect.facebook.net/*/sdk.js', 'connect.facebook.net/*/all.js'],
  markers: ['fb-post', 'fb-video', 'plugins\\/(?:post|video)\\.php'],
  matchElement(tag) {
    if (tag.name === 'div' && (tag.classes.has('fb-post') || tag.classes.has('fb-video')) && tag.attributes.has('data-href'))
      return { markup: 'div.fb-post' };
    if (tag.name === 'iframe' && /facebook\.com\/plugins\/(?:post|video)\.php/i.test(tag.attributes.get('src') ?? ''))
      return { markup: 'iframe' };
    return null;
  },
  pageLanguage: sdkLocale,
  readEmbed(root, match) {
    let href = root.attribs['data-href'] ?? '';
    if (match.markup === 'iframe') {
      const src = root.attribs.src ?? '';
      href = queryParam(src.slice(src.indexOf('?') + 1), 'href') ?? '';
    }
    const post = parseFacebookUrl(href);
    const fields: HtmlEmbedFields = { id: post?.id ?? null, url: post?.url ?? null, handle: post?.handle ?? null, text: null };
    const quote = firstDescendant(root, (element) => element.name === 'blockquote');
    if (quote !== null) Object.assign(fields, readSdkFallback(quote, parseFacebookUrl, post));
    return fields;
  },
};
