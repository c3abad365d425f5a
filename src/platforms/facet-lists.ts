import type { Platform } from './types.js';

/**
 * Every string one facet lists, over a list of platforms in order, then the general strings that
 * belong to no platform: how a reader turns the registry into its own list (short-link hosts,
 * media hosts, wrapper class words, block elements) instead of keeping one.
 *
 * @example
 * facetList(platforms, (platform) => platform.mediaHosts); // ['pic.twitter.com', 'pic.x.com']
 * facetList(htmlPlatforms, (platform) => platform.html.wrapperClassWords, ['embed', 'social']);
 * // ['tweet', 'twitter', 'instagram', 'embed', 'social']
 */
export function facetList<P extends Platform>(
  list: readonly P[],
  facet: (platform: P) => readonly string[] | undefined,
  general: readonly string[] = [],
): string[] {
  const strings: string[] = [];
  for (const platform of list) {
    for (const value of facet(platform) ?? []) strings.push(value);
  }
  for (const value of general) strings.push(value);
  return strings;
}
