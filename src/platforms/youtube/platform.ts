import { definePlatform } from '../define-platform.js';
import type { PlatformHtmlForms, PostRef } from '../types.js';
import { hostMatches, queryParam, splitUrl } from '../url-parts.js';

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

function parseYouTubeUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null) return null;
  let id: string | null = null;
  if (parts.host === 'youtu.be') id = parts.path.slice(1).split('/')[0] ?? null;
  else if (hostMatches(parts.host, ['youtube.com', 'youtube-nocookie.com'])) {
    if (parts.path === '/watch') id = queryParam(parts.query, 'v');
    else id = /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(parts.path)?.[1] ?? null;
  }
  if (id === null || !VIDEO_ID.test(id)) return null;
  return { id, url: `https://www.youtube.com/watch?v=${id}`, handle: null };
}

/**
 * YouTube. Embeds are iframes on youtube.com or youtube-nocookie.com (`/embed/<id>`),
 * `lite-youtube[videoid]` facades and `amp-youtube[data-videoid]`; they carry only the video id.
 *
 * @example
 * youtube.parsePermalink('https://youtu.be/dQw4w9WgXcQ')?.id; // 'dQw4w9WgXcQ'
 */
export const youtube = definePlatform({
  name: 'youtube',
  label: 'YouTube',
  hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
  shortHosts: ['youtu.be'],
  parsePermalink: parseYouTubeUrl,
  profileUrl: (handle) => `https://www.youtube.com/@${handle}`,
  text: {},
});

/**
 * YouTube's embed markup: the `youtube.com` / `youtube-nocookie.com` `/embed/<id>` iframe, `lite-youtube[videoid]` and `amp-youtube[data-videoid]`.
 *
 * @example
 * youtubeHtml.matchElement(htmlTag('lite-youtube', new Map([['videoid', 'dQw4w9WgXcQ']]))); // { markup: 'lite-youtube' }
 */
export const youtubeHtml: PlatformHtmlForms = {
  markers: ['youtube(?:-nocookie)?\\.com\\/embed\\/', 'lite-youtube', 'amp-youtube'],
  matchElement(tag) {
    if (tag.name === 'lite-youtube' && VIDEO_ID.test(tag.attributes.get('videoid') ?? '')) return { markup: 'lite-youtube' };
    if (tag.name === 'amp-youtube' && VIDEO_ID.test(tag.attributes.get('data-videoid') ?? '')) return { markup: 'amp-youtube' };
    if (tag.name === 'iframe' && /youtube(?:-nocookie)?\.com\/embed\/[A-Za-z0-9_-]{11}/i.test(tag.attributes.get('src') ?? ''))
      return { markup: 'iframe' };
    return null;
  },
  readEmbed(root, match) {
    const id =
      match.markup === 'lite-youtube'
        ? root.attribs.videoid
        : match.markup === 'amp-youtube'
          ? root.attribs['data-videoid']
          : parseYouTubeUrl(root.attribs.src ?? '')?.id;
    return { id: id ?? null, text: null };
  },
};
