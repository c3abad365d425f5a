import { type KnownHtmlPlatform, htmlPlatforms } from '../platforms/index.js';
import { proxyMarkers } from './proxy-iframes.js';

/**
 * The pre-scan pattern of a list of platforms: every platform's `html.markers` (strings that
 * appear in every form of its embed markup) and `extra` markers (the embed proxies'), joined into
 * one regex of alternatives, global and case-insensitive. Markers are literal text with at most a small class or optional group, so one
 * pass over a page never backtracks. Alternatives that open with the same character are grouped
 * under it (`t(?:witter-tweet|iktok-embed|…)`): at most positions one branch is tried instead of
 * every marker, which halves the pass (issue 17). Only the offsets of matches are used, so the
 * order of alternatives does not matter.
 *
 * @example
 * markerPattern(htmlPlatforms).test('<blockquote class="tiktok-embed">'); // true
 */
export function markerPattern(list: readonly KnownHtmlPlatform[], extra: readonly string[] = []): RegExp {
  const groups = new Map<string, string[]>();
  const alone: string[] = [];
  const markers: string[] = [...extra];
  for (const platform of list) {
    for (const marker of platform.html.markers) markers.push(marker);
  }
  for (const marker of markers) {
    const lead = leadingLiteral(marker);
    if (lead === null) {
      alone.push(marker);
      continue;
    }
    const key = lead.toLowerCase();
    const rests = groups.get(key) ?? [];
    rests.push(marker.slice(lead.length));
    groups.set(key, rests);
  }
  const sources = [...groups].map(([lead, rests]) => (rests.length === 1 ? lead + rests[0] : `${lead}(?:${rests.join('|')})`));
  for (const marker of alone) sources.push(marker);
  // No marker at all matches nothing (an empty pattern would match everywhere).
  return new RegExp(sources.length === 0 ? '(?!)' : sources.join('|'), 'gi');
}

/**
 * The first character of a marker's source when it is literal (a plain character, or an escaped
 * punctuation character such as `\/`) and not quantified; otherwise null.
 */
function leadingLiteral(source: string): string | null {
  const first = source.charAt(0);
  let lead = first;
  if (first === '\\') {
    const escaped = source.charAt(1);
    if (escaped === '' || /[0-9A-Za-z]/.test(escaped)) return null;
    lead = source.slice(0, 2);
  } else if (first === '' || '.*+?()[]{}|^$'.includes(first)) {
    return null;
  }
  const next = source.charAt(lead.length);
  return next !== '' && '?*+{'.includes(next) ? null : lead;
}

/** Built once from the registry: a page where no marker occurs has no embed and is not parsed at all. */
const MARKERS = markerPattern(htmlPlatforms, proxyMarkers);

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
