import { definePlatform } from '../define-platform.js';
import type { PlatformHtmlForms } from '../types.js';
import { readAttribution } from '../twitter/html.js';
import { childElements, elementsNamed, textOf, without } from '../../kit/index.js';
import { blueskyTidTime } from './tid.js';

import { hostMatches, splitUrl } from '../url-parts.js';

/** A Bluesky handle is a domain name: `name.bsky.social` or the owner's own domain. */
const HANDLE =
  /^(?=.{3,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z][A-Za-z0-9-]{0,62}$/;
const RKEY = /^[A-Za-z0-9._:~-]{1,512}$/;

/**
 * Bluesky. Handles are domain names (`alice.bsky.social`); a post's id is its record key (rkey).
 *
 * @example
 * bluesky.parsePermalink('https://bsky.app/profile/alice.bsky.social/post/3kxyz2abcde2f');
 * // { id: '3kxyz2abcde2f', url: 'https://bsky.app/profile/alice.bsky.social/post/3kxyz2abcde2f', handle: 'alice.bsky.social' }
 */
export const bluesky = definePlatform({
  name: 'bluesky',
  label: 'Bluesky',
  hosts: ['bsky.app'],
  shortHosts: [],
  parsePermalink(input) {
    const parts = splitUrl(input);
    if (parts === null || !hostMatches(parts.host, ['bsky.app'])) return null;
    const segments = parts.path.split('/');
    const actor = segments[2];
    const rkey = segments[4];
    if (segments[1] !== 'profile' || segments[3] !== 'post' || actor === undefined || rkey === undefined) return null;
    if (!RKEY.test(rkey) || actor.length === 0) return null;
    return {
      id: rkey,
      url: `${parts.origin}/profile/${actor}/post/${rkey}`,
      handle: actor.startsWith('did:') ? null : actor,
    };
  },
  profileUrl: (handle) => `https://bsky.app/profile/${handle}`,
  postTime: blueskyTidTime,
  text: {
    signatureSuffixes: ['on bluesky'],
    isSignatureHandle: (handle) => HANDLE.test(handle),
  },
});

/**
 * Bluesky's embed markup: `blockquote.bluesky-embed`, whose `data-bluesky-uri` names the post.
 *
 * @example
 * blueskyHtml.matchElement(htmlTag('blockquote', new Map([['class', 'bluesky-embed']]))); // { markup: 'blockquote' }
 */
export const blueskyHtml: PlatformHtmlForms = {
  widgetScripts: ['embed.bsky.app/static/embed.js'],
  markers: ['bluesky-embed', 'bsky\\.app\\/profile\\/'],
  matchElement: (tag) => (tag.name === 'blockquote' && tag.classes.has('bluesky-embed') ? { markup: 'blockquote' } : null),
  readEmbed(root) {
    // at://<did>/app.bsky.feed.post/<rkey> → https://bsky.app/profile/<did>/post/<rkey>
    const uri = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([A-Za-z0-9._:~-]+)$/.exec(root.attribs['data-bluesky-uri'] ?? '');
    const body = childElements(root, 'p');
    const anchors = childElements(root, 'a');
    const last = anchors[anchors.length - 1];
    const attribution = readAttribution(textOf(without(root.children, [...body, last])));
    return {
      id: uri?.[2] ?? null,
      url: uri === null ? null : `https://bsky.app/profile/${uri[1]}/post/${uri[2]}`,
      name: attribution.name,
      handle: attribution.handle,
      text: body.length > 0 ? textOf(body) : null,
      lang: body[0]?.attribs.lang ?? null,
      dateText: last === undefined ? null : textOf([last]) || null,
      links: elementsNamed(body, 'a').map((anchor) => ({ url: anchor.attribs.href ?? '', text: textOf([anchor]) })),
    };
  },
};
