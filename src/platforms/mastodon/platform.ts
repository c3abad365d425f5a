import { definePlatform } from '../define-platform.js';
import type { PlatformHtmlForms, PostRef } from '../types.js';
import { mastodonIdTime } from './snowflake.js';
import { splitUrl } from '../url-parts.js';
import { firstDescendant } from '../../kit/index.js';

const USER = /^[A-Za-z0-9_]{1,30}$/;
const HANDLE = /^[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;
const ID = /^[0-9]{1,20}$/;

function parseMastodonUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null) return null;
  const segments = parts.path.split('/');
  const account = segments[1];
  const id = segments[2];
  if (account === undefined || id === undefined || !account.startsWith('@') || !ID.test(id)) return null;
  const user = account.slice(1);
  const handle = user.includes('@') ? user : `${user}@${parts.host}`;
  if (!HANDLE.test(handle) || !USER.test(handle.slice(0, handle.indexOf('@')))) return null;
  return { id, url: `${parts.origin}/${account}/${id}`, handle };
}

/**
 * Mastodon and other fediverse servers that speak its URL grammar. Handles are `user@instance`;
 * permalinks are `https://<instance>/@<user>/<id>` on any host.
 *
 * @example
 * mastodon.parsePermalink('https://mastodon.social/@Gargron/113456789012345678');
 * // { id: '113456789012345678', url: 'https://mastodon.social/@Gargron/113456789012345678', handle: 'Gargron@mastodon.social' }
 */
export const mastodon = definePlatform({
  name: 'mastodon',
  label: 'Mastodon',
  hosts: [],
  shortHosts: [],
  parsePermalink: parseMastodonUrl,
  postTime: mastodonIdTime,
  profileUrl(handle) {
    const at = handle.indexOf('@');
    return at === -1 ? `https://mastodon.social/@${handle}` : `https://${handle.slice(at + 1)}/@${handle.slice(0, at)}`;
  },
  text: {
    signatureSuffixes: ['on mastodon'],
    isSignatureHandle: (handle) => HANDLE.test(handle),
    footer: { phrase: 'View on Mastodon', isHandle: (handle) => HANDLE.test(handle) },
  },
});

/**
 * Mastodon's embed markup: the `iframe.mastodon-embed` (or any `/@user/<id>/embed` iframe) and the newer `blockquote.mastodon-embed`.
 *
 * @example
 * mastodonHtml.matchElement(htmlTag('blockquote', new Map([['class', 'mastodon-embed']]))); // { markup: 'blockquote' }
 */
export const mastodonHtml: PlatformHtmlForms = {
  widgetScripts: ['*/embed.js'],
  markers: ['mastodon-embed', '\\/embed["\'?]'],
  matchElement(tag) {
    if (
      tag.name === 'iframe' &&
      (tag.classes.has('mastodon-embed') || /\/@[A-Za-z0-9_]{1,30}\/[0-9]{1,20}\/embed(?:$|[?#])/.test(tag.attributes.get('src') ?? ''))
    )
      return { markup: 'iframe' };
    if (tag.name === 'blockquote' && tag.classes.has('mastodon-embed')) return { markup: 'blockquote' };
    return null;
  },
  readEmbed(root) {
    const source =
      root.attribs['data-embed-url'] ??
      root.attribs.src ??
      firstDescendant(root, (element) => element.name === 'a' && 'href' in element.attribs)?.attribs.href ??
      '';
    const post = parseMastodonUrl(source.replace(/\/embed(?=$|[?#])/, ''));
    return { id: post?.id ?? null, url: post?.url ?? null, handle: post?.handle ?? null, text: null };
  },
};
