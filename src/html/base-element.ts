import { parseAttributes, readTagAt } from '../kit/index.js';

/**
 * The `href` of the page's first `<base>` element that has one, as written (entities decoded), or
 * null. One regex pass over the page; never throws.
 *
 * @example
 * baseHref('<head><base target="_top"><base href="/amp/"></head>'); // '/amp/'
 * baseHref('<p>no base</p>'); // null
 */
export function baseHref(html: string): string | null {
  const pattern = /<base[\s/>]/gi;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    const tag = readTagAt(html, match.index);
    if (tag === null || tag.kind !== 'open') continue;
    const href = parseAttributes(html.slice(match.index, tag.end)).get('href');
    if (href !== undefined) return href;
    pattern.lastIndex = tag.end;
  }
  return null;
}
