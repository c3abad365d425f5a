import { type HtmlEmbedMatch, type HtmlTag, type KnownHtmlPlatform, htmlPlatforms, queryParam, splitUrl } from '../platforms/index.js';

/**
 * Pre-scan markers of the embed proxies whose iframes wrap a post's URL (embedly's
 * `cdn.embedly.com/widgets/media.html`, which Medium and many CMSes use): regex sources, as a
 * platform's `html.markers` are.
 *
 * @example
 * new RegExp(proxyMarkers.join('|'), 'i').test('<iframe src="https://cdn.embedly.com/widgets/media.html?url=…">'); // true
 */
export const proxyMarkers: readonly string[] = ['cdn\\.embedly\\.com\\/widgets\\/'];

/** Proxy hosts and the path of their wrapping page. */
const PROXIES: readonly { host: string; path: string }[] = [{ host: 'cdn.embedly.com', path: '/widgets/media.html' }];

/**
 * The URLs an embed proxy's iframe wraps, most telling first: embedly's `url` parameter (the
 * page the author pasted) then `src` (the platform's own embed URL). Empty for any other element.
 *
 * @example
 * wrappedUrls(htmlTag('iframe', new Map([['src', 'https://cdn.embedly.com/widgets/media.html?src=https%3A%2F%2Fx.com%2Fa%2Fstatus%2F20&type=text%2Fhtml']])));
 * // ['https://x.com/a/status/20']
 */
export function wrappedUrls(tag: HtmlTag): string[] {
  if (tag.name !== 'iframe') return [];
  const parts = splitUrl(tag.attributes.get('src') ?? tag.attributes.get('data-src') ?? '');
  if (parts === null || !PROXIES.some((proxy) => proxy.host === parts.host && proxy.path === parts.path)) return [];
  const urls: string[] = [];
  for (const name of ['url', 'src']) {
    const value = queryParam(parts.query, name);
    if (value !== null && value.length > 0 && !urls.includes(value)) urls.push(value);
  }
  return urls;
}

/**
 * The post an embed proxy's iframe wraps, with its platform decided by the wrapped URL through
 * the registry (the first platform whose `parsePermalink` reads it); null when the element is no
 * proxy iframe or wraps no post (an article, a map).
 *
 * @example
 * matchProxyIframe(htmlTag('iframe', new Map([['src', 'https://cdn.embedly.com/widgets/media.html?url=https%3A%2F%2Ftwitter.com%2Fa%2Fstatus%2F20']])))?.platform.name;
 * // 'twitter'
 */
export function matchProxyIframe(tag: HtmlTag): { platform: KnownHtmlPlatform; match: HtmlEmbedMatch; bareUrl: string } | null {
  for (const url of wrappedUrls(tag)) {
    for (const platform of htmlPlatforms) {
      if (platform.parsePermalink(url) !== null) return { platform, match: { markup: 'embedly-iframe' }, bareUrl: url };
    }
  }
  return null;
}
