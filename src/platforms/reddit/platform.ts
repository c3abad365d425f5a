import { textOf } from '../../html/dom-text.js';
import { elementsWhere } from '../../html/dom-query.js';
import type { Platform, PostRef } from '../types.js';
import { hostMatches, splitUrl } from '../url-parts.js';

function parseRedditUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, ['reddit.com', 'redd.it'])) return null;
  if (hostMatches(parts.host, ['redd.it'])) {
    // redd.it/<id>: the short link of a post (media lives on i.redd.it / v.redd.it, not here).
    const short = /^\/([a-z0-9]{1,16})\/?$/i.exec(parts.path);
    return short === null || parts.host !== 'redd.it' ? null : { id: short[1] ?? '', url: `https://redd.it/${short[1]}`, handle: null };
  }
  const match = /^(\/r\/[A-Za-z0-9_]{1,32}\/comments\/([a-z0-9]{1,16})(?:\/[^/]*)?)(?:\/([a-z0-9]{1,16}))?\/?$/i.exec(parts.path);
  if (match === null) return null;
  const url = `${parts.origin}${parts.path.endsWith('/') ? parts.path : `${parts.path}/`}`;
  return { id: match[3] ?? match[2] ?? '', url, handle: null };
}

/**
 * Reddit. Embeds are `blockquote.reddit-embed-bq` (title link, `by u/name in sub`) and the older
 * `blockquote.reddit-card`; the post id is base36. `data-card-created` is when the card was made,
 * not the post, and is never used as a date.
 *
 * @example
 * reddit.parsePermalink('https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/')?.id; // '1abc2de'
 */
export const reddit: Platform = {
  name: 'reddit',
  hosts: ['reddit.com', 'redd.it'],
  widgetScripts: ['embed.reddit.com/widgets.js', 'embed.redditmedia.com/widgets/platform.js'],
  parsePermalink: parseRedditUrl,
  profileUrl: (handle) => `https://www.reddit.com/user/${handle}/`,
  html: {
    matchElement: (tag) => (tag.name === 'blockquote' && (tag.classes.has('reddit-embed-bq') || tag.classes.has('reddit-card')) ? { markup: 'blockquote' } : null),
    readEmbed($, root) {
      const anchors = elementsWhere(root.children, (element) => element.name === 'a' && 'href' in element.attribs);
      const postAnchor = anchors.find((anchor) => parseRedditUrl(anchor.attribs.href ?? '') !== null);
      const post = postAnchor === undefined ? null : parseRedditUrl(postAnchor.attribs.href ?? '');
      const user = anchors.map((anchor) => /\/u(?:ser)?\/([A-Za-z0-9_-]{1,32})\/?$/.exec(anchor.attribs.href ?? '')?.[1]).find((name) => name !== undefined);
      return {
        id: post?.id ?? null,
        url: post?.url ?? null,
        handle: user ?? null,
        text: postAnchor === undefined ? null : textOf([postAnchor]) || null,
        // The title is a link to the post, so that permalink is the body's link.
        links: postAnchor === undefined ? [] : [{ url: postAnchor.attribs.href ?? '', text: textOf([postAnchor]) }],
      };
    },
  },
};
