import { definePlatform } from '../define-platform.js';
import type { PlatformHtmlForms, PostRef } from '../types.js';
import { hostMatches, splitUrl } from '../url-parts.js';

const URN = /urn:li:(?:share|activity|ugcPost):([0-9]{5,25})/;

function parseLinkedInUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, ['linkedin.com'])) return null;
  const urn = URN.exec(parts.path);
  if (urn !== null && !parts.path.startsWith('/embed/'))
    return { id: urn[1] ?? '', url: `${parts.origin}${parts.path.replace(/\/+$/, '')}/`, handle: null };
  const activity = /^\/posts\/([^/]+)-activity-([0-9]{5,25})-[A-Za-z0-9_-]+\/?$/.exec(parts.path);
  if (activity !== null) return { id: activity[2] ?? '', url: `${parts.origin}${parts.path}`, handle: null };
  return null;
}

/**
 * LinkedIn. The embed is an iframe on `linkedin.com/embed/feed/update/urn:li:…:<id>`; it carries
 * only the id.
 *
 * @example
 * linkedin.parsePermalink('https://www.linkedin.com/feed/update/urn:li:activity:7101234567890123456/')?.id; // '7101234567890123456'
 */
export const linkedin = definePlatform({
  name: 'linkedin',
  label: 'LinkedIn',
  hosts: ['linkedin.com'],
  shortHosts: ['lnkd.in'],
  parsePermalink: parseLinkedInUrl,
  profileUrl: (handle) => `https://www.linkedin.com/in/${handle}/`,
  text: {},
});

/**
 * LinkedIn's embed markup: the `linkedin.com/embed/feed/update/urn:li:…` iframe.
 *
 * @example
 * linkedinHtml.matchElement(htmlTag('iframe', new Map([['src', 'https://www.linkedin.com/embed/feed/update/urn:li:share:7101234567890123456']]))); // { markup: 'iframe' }
 */
export const linkedinHtml: PlatformHtmlForms = {
  markers: ['linkedin\\.com\\/embed\\/'],
  matchElement: (tag) =>
    tag.name === 'iframe' && /linkedin\.com\/embed\/feed\/update\/urn:li:/i.test(tag.attributes.get('src') ?? '')
      ? { markup: 'iframe' }
      : null,
  readEmbed(root) {
    // The embed src minus `/embed` is the post's feed permalink.
    const src = root.attribs.src ?? '';
    const urn = /^(https?:\/\/[^/]*linkedin\.com)\/embed(\/feed\/update\/urn:li:[A-Za-z]+:[0-9]{5,25})/i.exec(src);
    return { id: URN.exec(src)?.[1] ?? null, url: urn === null ? null : `${urn[1]}${urn[2]}`, text: null };
  },
};
