import { definePlatform } from '../define-platform.js';
import type { PlatformHtmlForms, PostRef } from '../types.js';
import { hostMatches, splitUrl } from '../url-parts.js';
import { firstDescendant } from '../../kit/index.js';

const HOSTS = ['threads.net', 'threads.com'];
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

function parseThreadsUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, HOSTS)) return null;
  const match = /^\/@([A-Za-z0-9._]{1,30})\/post\/([A-Za-z0-9_-]{5,64})\/?$/.exec(parts.path);
  if (match === null) return null;
  return { id: match[2] ?? '', url: `${parts.origin}/@${match[1]}/post/${match[2]}`, handle: match[1] ?? null };
}

/**
 * Threads. The embed is `blockquote.text-post-media[data-text-post-permalink]`; it carries the
 * handle and the post code, no text or date. threads.net and threads.com are one host.
 *
 * @example
 * threads.parsePermalink('https://www.threads.net/@maya.lind/post/C3abcDEFghi')?.handle; // 'maya.lind'
 */
export const threads = definePlatform({
  name: 'threads',
  label: 'Threads',
  hosts: HOSTS,
  shortHosts: [],
  parsePermalink: parseThreadsUrl,
  profileUrl: (handle) => `https://www.threads.net/@${handle}`,
  text: {
    footer: { phrase: 'View on Threads', isHandle: (handle) => HANDLE.test(handle) },
  },
});

/**
 * Threads' embed markup: `blockquote.text-post-media[data-text-post-permalink]`.
 *
 * @example
 * threadsHtml.matchElement(htmlTag('blockquote', new Map([['class', 'text-post-media']]))); // { markup: 'blockquote' }
 */
export const threadsHtml: PlatformHtmlForms = {
  widgetScripts: ['threads.net/embed.js', 'threads.com/embed.js'],
  markers: ['text-post-media', 'threads\\.(?:net|com)\\/@'],
  matchElement: (tag) => (tag.name === 'blockquote' && tag.classes.has('text-post-media') ? { markup: 'blockquote' } : null),
  readEmbed(root) {
    const post = parseThreadsUrl(
      root.attribs['data-text-post-permalink'] ??
        firstDescendant(root, (element) => element.name === 'a' && 'href' in element.attribs)?.attribs.href ??
        '',
    );
    return { id: post?.id ?? null, url: post?.url ?? null, handle: post?.handle ?? null, text: null };
  },
};
