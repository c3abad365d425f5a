import { type KnownPlatform, platforms } from '../platforms/index.js';
import { proxyMarkers } from './proxy-iframes.js';

/**
 * The pre-scan pattern of a list of platforms: every platform's `html.markers` (strings that
 * appear in every form of its embed markup), and `extra` markers (the embed proxies'), joined into one regex of alternatives, global and
 * case-insensitive. Markers are literal text with at most a small class or optional group, so one
 * pass over a page never backtracks.
 *
 * @example
 * markerPattern(platforms).test('<blockquote class="tiktok-embed">'); // true
 */
export function markerPattern(list: readonly KnownPlatform[], extra: readonly string[] = []): RegExp {
  const sources: string[] = [...extra];
  for (const platform of list) {
    for (const marker of platform.html.markers) sources.push(marker);
  }
  // No marker at all matches nothing (an empty pattern would match everywhere).
  return new RegExp(sources.length === 0 ? '(?!)' : sources.join('|'), 'gi');
}

/** Built once from the registry: a page where no marker occurs has no embed and is not parsed at all. */
const MARKERS = markerPattern(platforms, proxyMarkers);

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
