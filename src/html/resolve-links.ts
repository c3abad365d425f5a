import type { Element } from 'domhandler';
import { isAbsoluteUrl, resolveUrl } from '../links/index.js';
import { elementsWhere } from '../kit/index.js';

/** Attributes that hold a URL in HTML, and the embed attributes that do (`data-href`, `data-instgrm-permalink`, …). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'poster']);
const DATA_URL_ATTRIBUTE = /^data-(?:[a-z0-9]+-)*(?:href|src|url|permalink)$/;

/**
 * Makes every relative URL attribute in a parsed embed fragment absolute against the page's base
 * URL, in place, before the platform reads it: so `<a href="/jack/status/20">` on a page of
 * `https://twitter.com` is the permalink it is, and a body link `/about` is the page's. Absolute
 * URLs and empty values are left as written. Linear in the fragment.
 *
 * @example
 * // <a href="/about"> under base 'https://news.example/story' becomes <a href="https://news.example/about">
 * resolveLinksIn(root, 'https://news.example/story');
 */
export function resolveLinksIn(root: Element, base: string): void {
  for (const element of elementsWhere([root], () => true)) {
    for (const name of Object.keys(element.attribs)) {
      if (!URL_ATTRIBUTES.has(name) && !DATA_URL_ATTRIBUTE.test(name)) continue;
      const value = element.attribs[name] ?? '';
      if (value.trim() === '' || isAbsoluteUrl(value)) continue;
      const resolved = resolveUrl(value, base);
      if (resolved !== null) element.attribs[name] = resolved;
    }
  }
}
