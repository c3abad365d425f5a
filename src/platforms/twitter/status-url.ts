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

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const ID = /^[0-9]{1,20}$/;

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
  if ((path === '/' || path === '') && parts.hash.startsWith('#!/')) {
    // Old hash-bang permalinks keep the real path in the fragment.
    prefix = '/#!';
    path = parts.hash.slice(2).split('?')[0] ?? '';
  }
  const segments = path.split('/');
  // segments[0] is '' (leading slash).
  let handle: string | null = null;
  let idIndex = -1;
  if (segments[1] === 'i' && segments[2] === 'web' && segments[3] === 'status') idIndex = 4;
  else if (segments[1] === 'i' && segments[2] === 'status') idIndex = 3;
  else if (segments[1] !== undefined && HANDLE.test(segments[1]) && (segments[2] === 'status' || segments[2] === 'statuses')) {
    handle = handleSegment(segments[1]);
    idIndex = 3;
  }
  const id = idIndex === -1 ? undefined : segments[idIndex];
  if (id === undefined || !ID.test(id)) return null;
  const url = `${parts.origin}${prefix}${segments.slice(0, idIndex + 1).join('/')}`;
  return { id, url, handle };
}
