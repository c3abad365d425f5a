import { definePlatform } from '../define-platform.js';
import { elementsWhere, textOf } from '../../kit/index.js';
import type { PlatformHtmlForms, PostRef } from '../types.js';
import { hostMatches, splitUrl } from '../url-parts.js';

/** A Reddit permalink, and whether it names a comment (`…/comments/<post>/<slug>/<comment>/`) rather than a post. */
interface RedditRef extends PostRef {
  comment: boolean;
}

function parseRedditUrl(input: string): RedditRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, ['reddit.com', 'redd.it'])) return null;
  if (hostMatches(parts.host, ['redd.it'])) {
    // redd.it/<id>: the short link of a post (media lives on i.redd.it / v.redd.it, not here).
    const short = /^\/([a-z0-9]{1,16})\/?$/i.exec(parts.path);
    return short === null || parts.host !== 'redd.it'
      ? null
      : { id: short[1] ?? '', url: `https://redd.it/${short[1]}`, handle: null, comment: false };
  }
  const match = /^(\/r\/[A-Za-z0-9_]{1,32}\/comments\/([a-z0-9]{1,16})(?:\/[^/]*)?)(?:\/([a-z0-9]{1,16}))?\/?$/i.exec(parts.path);
  if (match === null) return null;
  const url = `${parts.origin}${parts.path.endsWith('/') ? parts.path : `${parts.path}/`}`;
  return { id: match[3] ?? match[2] ?? '', url, handle: null, comment: match[3] !== undefined };
}

/** What stands between the title and the user in the embed's flattened line. */
const BY_USER = ' by u/';
const BYLINE_TAIL = /^ by u\/([A-Za-z0-9_-]{3,20}) in (?:r\/)?[A-Za-z0-9_]{2,21}$/;

/**
 * Reads Reddit's embed flattened to one line, `Post title by u/name in subreddit`: the user and
 * the title. When the scraper broke the line before `by`, the line holds no title and the text is
 * null. Null for any other line (a sentence that goes on after the subreddit, or ends with a period).
 *
 * @example
 * readBylineLine('Our new park opened today by u/eastvale_parks in Eastvale');
 * // { handle: 'eastvale_parks', text: 'Our new park opened today' }
 */
export function readBylineLine(line: string): { handle: string; text: string | null } | null {
  const broken = line.startsWith(BY_USER.trimStart());
  const by = broken ? 0 : line.lastIndexOf(BY_USER);
  if (!broken && by <= 0) return null;
  const tail = BYLINE_TAIL.exec(broken ? ` ${line}` : line.slice(by));
  if (tail === null) return null;
  const title = line.slice(0, by).trim();
  return { handle: tail[1] ?? '', text: title === '' ? null : title };
}

/**
 * Reddit. Embeds are `blockquote.reddit-embed-bq` (title link, `by u/name in sub`) and the older
 * `blockquote.reddit-card`; the post id is base36. `data-card-created` is when the card was made,
 * not the post, and is never used as a date. A comment embed (the same blockquote, or the older
 * `div.reddit-embed`, opening with a link to the comment) gives the comment's id and permalink and
 * no text: its `Comment` label and the discussion's title are not the comment.
 *
 * @example
 * reddit.parsePermalink('https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/')?.id; // '1abc2de'
 */
export const reddit = definePlatform({
  name: 'reddit',
  label: 'Reddit',
  hosts: ['reddit.com', 'redd.it'],
  shortHosts: [],
  parsePermalink(url) {
    const ref = parseRedditUrl(url);
    return ref === null ? null : { id: ref.id, url: ref.url, handle: ref.handle };
  },
  profileUrl: (handle) => `https://www.reddit.com/user/${handle}/`,
  text: {
    // The anchor has no leading space: a regex alternative that starts with a space is tried at
    // every space of the text, which would treble the cost of the anchor pass.
    lineForm: { anchor: BY_USER.trimStart(), read: readBylineLine },
  },
});

/**
 * Reddit's embed markup: `blockquote.reddit-embed-bq`, the older `blockquote.reddit-card` and the comment embed `div.reddit-embed`.
 *
 * @example
 * redditHtml.matchElement(htmlTag('blockquote', new Map([['class', 'reddit-embed-bq']]))); // { markup: 'blockquote' }
 */
export const redditHtml: PlatformHtmlForms = {
  widgetScripts: ['embed.reddit.com/widgets.js', 'embed.redditmedia.com/widgets/platform.js', 'redditstatic.com/comment-embed.js'],
  markers: ['reddit-embed', 'reddit-card'],
  matchElement(tag) {
    if (tag.name === 'blockquote' && (tag.classes.has('reddit-embed-bq') || tag.classes.has('reddit-card')))
      return { markup: 'blockquote' };
    // The older comment embed: `div.reddit-embed` (redditmedia.com) holding the comment's link.
    if (tag.name === 'div' && tag.classes.has('reddit-embed')) return { markup: 'blockquote' };
    return null;
  },
  readEmbed(root) {
    const anchors = elementsWhere(root.children, (element) => element.name === 'a' && 'href' in element.attribs);
    const postAnchor = anchors.find((anchor) => parseRedditUrl(anchor.attribs.href ?? '') !== null);
    const post = postAnchor === undefined ? null : parseRedditUrl(postAnchor.attribs.href ?? '');
    const user = anchors
      .map((anchor) => /\/u(?:ser)?\/([A-Za-z0-9_-]{1,32})\/?$/.exec(anchor.attribs.href ?? '')?.[1])
      .find((name) => name !== undefined);
    // A comment embed opens with a link to the comment whose text is only a label (`Comment`, in
    // the embedding page's language), then names the discussion's title: neither is the
    // comment's text, which the markup does not carry.
    const body = postAnchor === undefined || post?.comment === true ? null : postAnchor;
    return {
      id: post?.id ?? null,
      url: post?.url ?? null,
      handle: user ?? null,
      text: body === null ? null : textOf([body]) || null,
      // The title is a link to the post, so that permalink is the body's link.
      links: body === null ? [] : [{ url: body.attribs.href ?? '', text: textOf([body]) }],
    };
  },
};
