import { definePlatform } from '../define-platform.js';
import { elementsNamed, firstDescendant, textOf } from '../../kit/index.js';
import type { HtmlTag, PlatformHtmlForms, PostRef } from '../types.js';
import { tiktokIdTime } from './video-id-time.js';
import { hostMatches, splitUrl } from '../url-parts.js';

function parseTikTokUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, ['tiktok.com'])) return null;
  const match = /^\/@([A-Za-z0-9._]{1,64})\/video\/([0-9]{1,20})\/?$/.exec(parts.path);
  if (match === null) return null;
  return { id: match[2] ?? '', url: `${parts.origin}/@${match[1]}/video/${match[2]}`, handle: match[1] ?? null };
}

/** The mark before the sound's name, the embed's last link. */
const SOUND_MARK = '♬';
const HANDLE = /^[A-Za-z0-9._]{2,24}$/;

/**
 * Reads TikTok's embed flattened to one line, `@user caption #tag ♬ sound name`: the handle and
 * the caption (the sound is the video's music, not the post's text). Null for any other line.
 *
 * @example
 * readCaptionLine('@lena.park Sunrise over the bay #travel ♬ original sound - Lena');
 * // { handle: 'lena.park', text: 'Sunrise over the bay #travel' }
 */
export function readCaptionLine(line: string): { handle: string; text: string } | null {
  if (!line.startsWith('@')) return null;
  const space = line.search(/\s/);
  const mark = line.indexOf(SOUND_MARK);
  if (space < 0 || mark < space) return null;
  const handle = line.slice(1, space);
  if (!HANDLE.test(handle)) return null;
  return { handle, text: line.slice(space, mark).trim() };
}

/**
 * Whether a `blockquote.tiktok-embed` start tag is a creator (profile) widget, not a post:
 * `data-embed-type="creator"`, or a `data-unique-id` (the account) with no `data-video-id`. Like
 * Twitter's timelines, a profile widget shows an account, not a post, so it gives no record.
 *
 * @example
 * isProfileWidget(htmlTag('blockquote', new Map([['class', 'tiktok-embed'], ['data-unique-id', 'lena.park']]))); // true
 */
export function isProfileWidget(tag: HtmlTag): boolean {
  if (tag.attributes.get('data-embed-type')?.trim().toLowerCase() === 'creator') return true;
  return tag.attributes.has('data-unique-id') && !tag.attributes.has('data-video-id');
}

/**
 * TikTok. The embed is `blockquote.tiktok-embed[cite][data-video-id]` whose `<section>` holds the
 * author link, the caption with hashtag links, and a last link naming the sound (`♬ …`). Creator
 * (profile) widgets, `data-unique-id` without a video, are not posts and give no record.
 *
 * @example
 * tiktok.parsePermalink('https://www.tiktok.com/@lena.park/video/7301234567890123456')?.id; // '7301234567890123456'
 */
export const tiktok = definePlatform({
  name: 'tiktok',
  label: 'TikTok',
  hosts: ['tiktok.com'],
  shortHosts: ['vm.tiktok.com'],
  parsePermalink: parseTikTokUrl,
  profileUrl: (handle) => `https://www.tiktok.com/@${handle}`,
  postTime: tiktokIdTime,
  text: {
    lineForm: { anchor: SOUND_MARK, read: readCaptionLine },
  },
});

/**
 * TikTok's embed markup: `blockquote.tiktok-embed[cite][data-video-id]` (creator widgets excepted).
 *
 * @example
 * tiktokHtml.matchElement(htmlTag('blockquote', new Map([['class', 'tiktok-embed'], ['data-video-id', '7301234567890123456']]))); // { markup: 'blockquote' }
 */
export const tiktokHtml: PlatformHtmlForms = {
  widgetScripts: ['tiktok.com/embed.js'],
  markers: ['tiktok-embed', 'tiktok\\.com\\/embed'],
  matchElement: (tag) =>
    tag.name === 'blockquote' && tag.classes.has('tiktok-embed') && !isProfileWidget(tag) ? { markup: 'blockquote' } : null,
  readEmbed(root) {
    const post = parseTikTokUrl(root.attribs.cite ?? '');
    const section = firstDescendant(root, (element) => element.name === 'section');
    const nodes = (section?.children ?? []).filter((node) => {
      if (node.type !== 'tag') return true;
      const text = textOf([node]);
      return (
        !text.startsWith('♬') && !(text.startsWith('@') && (node as { attribs?: Record<string, string> }).attribs?.title?.startsWith('@'))
      );
    });
    const anchors = elementsNamed(nodes, 'a');
    return {
      id: post?.id ?? root.attribs['data-video-id'] ?? null,
      url: post?.url ?? null,
      handle: post?.handle ?? null,
      text: section !== null ? textOf(nodes) : null,
      links: anchors.map((anchor) => ({
        url: (anchor as { attribs: Record<string, string> }).attribs.href ?? '',
        text: textOf([anchor]),
      })),
    };
  },
};
