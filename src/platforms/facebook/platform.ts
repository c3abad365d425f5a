import { textOf } from '../../html/dom-text.js';
import { childElements, elementsNamed, firstDescendant, outermost, without } from '../../html/dom-query.js';
import type { HtmlEmbedFields, Platform, PostRef } from '../types.js';
import { hostMatches, queryParam, splitUrl } from '../url-parts.js';

const HOSTS = ['facebook.com', 'fb.com', 'fb.watch'];
/** Paths whose query carries the post id, so the permalink keeps it. */
const QUERY_PATHS = new Set(['/photo.php', '/permalink.php', '/story.php', '/watch', '/watch/', '/video.php']);
const POSTED_BY = /^(?:posted by|publicado por|publiée par|publié par|gepostet von|pubblicato da|geplaatst door|diposting oleh|opublikowane przez)\s+/i;

/**
 * Reads a Facebook post URL: `/<page>/posts/<id>`, `/<page>/videos/<id>`, `/permalink.php?story_fbid=…`,
 * `/photo.php?fbid=…` (the query is kept: the id is in it), `/watch/?v=…`, `/reel/<id>`,
 * `/share/p/<code>`.
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
  if (QUERY_PATHS.has(parts.path)) {
    id = queryParam(parts.query, 'fbid') ?? queryParam(parts.query, 'story_fbid') ?? queryParam(parts.query, 'v');
  } else if (segments.length >= 3 && ['posts', 'videos', 'photos'].includes(segments[1] ?? '')) {
    handle = segments[0] ?? null;
    id = segments[segments.length - 1] ?? null;
  } else if (segments[0] === 'reel' || segments[0] === 'share') {
    id = segments[segments.length - 1] ?? null;
  }
  if (id === null || !/^[A-Za-z0-9_:.-]{1,64}$/.test(id)) return null;
  const url = QUERY_PATHS.has(parts.path) ? `${parts.origin}${parts.path}${parts.query}` : `${parts.origin}${parts.path}`;
  return { id, url, handle };
}

/**
 * Facebook. Embeds are the SDK's `div.fb-post` / `div.fb-video` (with a localised "Posted by … on …"
 * fallback blockquote) and `plugins/post.php` / `plugins/video.php` iframes.
 *
 * @example
 * facebook.parsePermalink('https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1');
 * // { id: '10207393772231779', url: 'https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1', handle: null }
 */
export const facebook: Platform = {
  name: 'facebook',
  hosts: HOSTS,
  widgetScripts: ['connect.facebook.net/*/sdk.js', 'connect.facebook.net/*/all.js'],
  parsePermalink: parseFacebookUrl,
  profileUrl: (handle) => `https://www.facebook.com/${handle}`,
  html: {
    matchElement(tag) {
      if (tag.name === 'div' && (tag.classes.has('fb-post') || tag.classes.has('fb-video')) && tag.attributes.has('data-href')) return { markup: 'div.fb-post' };
      if (tag.name === 'iframe' && /facebook\.com\/plugins\/(?:post|video)\.php/i.test(tag.attributes.get('src') ?? '')) return { markup: 'iframe' };
      return null;
    },
    readEmbed($, root, match) {
      let href = root.attribs['data-href'] ?? '';
      if (match.markup === 'iframe') {
        const src = root.attribs.src ?? '';
        href = queryParam(src.slice(src.indexOf('?') + 1), 'href') ?? '';
      }
      const post = parseFacebookUrl(href);
      const fields: HtmlEmbedFields = { id: post?.id ?? null, url: post?.url ?? null, handle: post?.handle ?? null, text: null };
      const quote = firstDescendant(root, (element) => element.name === 'blockquote');
      if (quote !== null) {
        const paragraphs = outermost(quote, 'p');
        if (paragraphs.length > 0) {
          fields.text = textOf(paragraphs);
          fields.links = elementsNamed(paragraphs, 'a').map((anchor) => ({ url: anchor.attribs.href ?? '', text: textOf([anchor]) }));
        }
        const anchors = childElements(quote, 'a');
        const attribution = textOf(without(quote.children, paragraphs));
        if (POSTED_BY.test(attribution) && anchors.length > 0) {
          fields.name = textOf([anchors[0] as never]) || null;
          const last = anchors[anchors.length - 1];
          if (anchors.length > 1 && last !== undefined) fields.dateText = textOf([last]) || null;
        }
      }
      return fields;
    },
  },
};
