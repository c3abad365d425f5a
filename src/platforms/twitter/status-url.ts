import type { PostRef } from '../types.js';
import { handleSegment, hostMatches, splitUrl } from '../url-parts.js';

/** Hosts that serve tweets, including mirrors that keep the status path. */
export const twitterHosts = ['twitter.com', 'x.com', 'fxtwitter.com', 'vxtwitter.com', 'fixupx.com'] as const;

/**
 * Query parameters that Twitter's share sheet and embeds add to status URLs (`?s=20&t=…`,
 * `?ref_src=twsrc…`): the platform's `permalinkTrackingParameters`, which `canonicalUrl` drops.
 *
 * @example
 * twitterStatusTrackingParameters.includes('s'); // true
 */
export const twitterStatusTrackingParameters: readonly string[] = ['s', 't', 'ref_src', 'ref_url'];

/**
 * A status path: `/i/status/<id>`, `/i/web/status/<id>`, or `/<handle>/status/<id>` (legacy
 * `statuses` too) with a handle of 1–15 letters, digits or underscores; the id, 1–20 digits, ends
 * its segment. What it matches is the permalink's path.
 */
const STATUS_PATH = /^\/(?:i\/(?:web\/)?status|([A-Za-z0-9_]{1,15})\/status(?:es)?)\/([0-9]{1,20})(?=\/|$)/;

/**
 * Reads a tweet permalink: `/<handle>/status/<id>`, legacy `/statuses/`, `/i/web/status/<id>`,
 * `/i/status/<id>` and the old `#!/<handle>/status/<id>` form, on twitter.com, x.com and their
 * `www.`/`mobile.` variants. A trailing `/photo/1` or `/video/1`, the query and the fragment are
 * dropped from `url`. Returns null for anything else. Never throws.
 *
 * @example
 * parseTweetUrl('https://twitter.com/SecBlinken/status/1755259323123712345?ref_src=twsrc');
 * // { id: '1755259323123712345', url: 'https://twitter.com/SecBlinken/status/1755259323123712345', handle: 'SecBlinken' }
 */
export function parseTweetUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, twitterHosts)) return null;
  let path = parts.path;
  let prefix = '';
  if (path === '/' && parts.hash.startsWith('#!/')) {
    // Old hash-bang permalinks keep the real path in the fragment.
    prefix = '/#!';
    path = parts.hash.slice(2).split('?')[0] ?? '';
  }
  const status = STATUS_PATH.exec(path);
  if (status === null) return null;
  return { id: status[2] as string, url: `${parts.origin}${prefix}${status[0]}`, handle: handleSegment(status[1]) };
}
