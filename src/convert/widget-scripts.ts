import { findRawTextEnd, isSpace, parseAttributes, readTagAt } from '../kit/index.js';
import type { PlatformInfo } from '../platforms/index.js';

/**
 * Whether a `<script src>` value is one of the platform's widget scripts (`html.widgetScripts` of its HTML forms:
 * `host/path` patterns where `*` is one path segment or a whole host). Scheme, `//`, `www.`, query
 * and fragment are ignored; the comparison is case-insensitive.
 *
 * @example
 * isWidgetScript('https://platform.twitter.com/widgets.js', twitter); // true
 * isWidgetScript('//connect.facebook.net/en_GB/sdk.js#xfbml=1', facebook); // true
 * isWidgetScript('/static/js/site.js', twitter); // false
 */
export function isWidgetScript(src: string, platform: PlatformInfo): boolean {
  const patterns = platform.html.widgetScripts;
  if (patterns === undefined || patterns.length === 0) return false;
  const address = src
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:)?\/\//, '')
    .replace(/[?#].*$/s, '')
    .replace(/^www\./, '');
  if (address === '' || !/^[a-z0-9.-]+(?::\d+)?\//.test(address)) return false;
  const segments = address.split('/');
  return patterns.some((pattern) => {
    const wanted = pattern.split('/');
    return (
      wanted.length === segments.length && wanted.every((part, k) => (part === '*' ? (segments[k] ?? '') !== '' : part === segments[k]))
    );
  });
}

/**
 * The end of the widget script of one of `owners` that follows `from` (whitespace allowed in
 * between): just past its `</script>`; or -1 when the next thing is not such a script.
 *
 * @example
 * const html = '<blockquote class="twitter-tweet">…</blockquote>\n<script async src="https://platform.twitter.com/widgets.js"></script>';
 * widgetScriptEnd(html, html.indexOf('\n'), [twitter]); // html.length
 */
export function widgetScriptEnd(html: string, from: number, owners: readonly PlatformInfo[], limit = html.length): number {
  let at = from;
  while (at < limit && isSpace(html.charCodeAt(at))) at++;
  if (html.charCodeAt(at) !== 0x3c || html.slice(at + 1, at + 7).toLowerCase() !== 'script') return -1;
  const tag = readTagAt(html, at);
  if (tag === null || tag.kind !== 'open' || tag.name !== 'script') return -1;
  const src = parseAttributes(html.slice(at, tag.end)).get('src');
  if (src === undefined || !owners.some((platform) => isWidgetScript(src, platform))) return -1;
  // `<script/>` is not void in HTML: its raw text still runs to `</script>`.
  const end = findRawTextEnd(html, tag.end, 'script', limit).end;
  return end <= limit ? end : -1;
}
