import { definePlatform } from '../define-platform.js';
import type { PostRef } from '../types.js';
import { handleSegment, hostMatches, splitUrl } from '../url-parts.js';
import { instagramSharedByPhrases, instagramWidgetPhrases } from './shared-by-phrases.js';

const HANDLE = /^[A-Za-z0-9._]{1,30}$/;
const SHORTCODE = /^[A-Za-z0-9_-]{5,64}$/;
const KINDS = new Set(['p', 'reel', 'reels', 'tv']);

/**
 * Instagram. Posts are `/p/<shortcode>`, `/reel/<shortcode>` or `/tv/<shortcode>`, optionally
 * under `/<user>/`; in flattened text an embed reads `A post shared by Name (@handle)`.
 *
 * @example
 * instagram.parsePermalink('https://www.instagram.com/p/C3abcDEFghi/?utm_source=ig_embed');
 * // { id: 'C3abcDEFghi', url: 'https://www.instagram.com/p/C3abcDEFghi/', handle: null }
 */
export const instagram = definePlatform({
  name: 'instagram',
  label: 'Instagram',
  hosts: ['instagram.com', 'instagr.am'],
  shortHosts: ['instagr.am'],
  parsePermalink: parseInstagramUrl,
  profileUrl: (handle) => `https://www.instagram.com/${handle}/`,
  text: {
    signatureSuffixes: ['on instagram'],
    isSignatureHandle: (handle) => HANDLE.test(handle),
    sharedByPhrases: instagramSharedByPhrases,
    widgetPhrases: instagramWidgetPhrases,
  },
});

/**
 * Reads an Instagram post URL: `/p/<shortcode>`, `/reel/<shortcode>`, `/tv/<shortcode>`, optionally
 * under `/<user>/`; the query is dropped. Null for anything else.
 *
 * @example
 * parseInstagramUrl('https://www.instagram.com/lena.park/reel/C3abcDEFghi/')?.handle; // 'lena.park'
 */
export function parseInstagramUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, ['instagram.com', 'instagr.am'])) return null;
  const segments = parts.path.split('/');
  let at = 1;
  let handle: string | null = null;
  const first = segments[1];
  if (first !== undefined && !KINDS.has(first) && HANDLE.test(first) && KINDS.has(segments[2] ?? '')) {
    handle = handleSegment(first);
    at = 2;
  }
  const kind = segments[at];
  const code = segments[at + 1];
  if (kind === undefined || !KINDS.has(kind) || code === undefined || !SHORTCODE.test(code)) return null;
  return { id: code, url: `${parts.origin}${segments.slice(0, at + 2).join('/')}/`, handle };
}
