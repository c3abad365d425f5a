import { textOf } from '../../html/dom-text.js';
import { elementsNamed, firstDescendant } from '../../html/dom-query.js';
import type { Platform, PostRef } from '../types.js';
import { hostMatches, splitUrl } from '../url-parts.js';

function parseTikTokUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, ['tiktok.com'])) return null;
  const match = /^\/@([A-Za-z0-9._]{1,64})\/video\/([0-9]{1,20})\/?$/.exec(parts.path);
  if (match === null) return null;
  return { id: match[2] ?? '', url: `${parts.origin}/@${match[1]}/video/${match[2]}`, handle: match[1] ?? null };
}

/**
 * TikTok. The embed is `blockquote.tiktok-embed[cite][data-video-id]` whose `<section>` holds the
 * author link, the caption with hashtag links, and a last link naming the sound (`♬ …`).
 *
 * @example
 * tiktok.parsePermalink('https://www.tiktok.com/@lena.park/video/7301234567890123456')?.id; // '7301234567890123456'
 */
export const tiktok: Platform = {
  name: 'tiktok',
  hosts: ['tiktok.com'],
  widgetScripts: ['tiktok.com/embed.js'],
  parsePermalink: parseTikTokUrl,
  profileUrl: (handle) => `https://www.tiktok.com/@${handle}`,
  html: {
    matchElement: (tag) => (tag.name === 'blockquote' && tag.classes.has('tiktok-embed') ? { markup: 'blockquote' } : null),
    readEmbed($, root) {
      const post = parseTikTokUrl(root.attribs.cite ?? '');
      const section = firstDescendant(root, (element) => element.name === 'section');
      const nodes = (section?.children ?? []).filter((node) => {
        if (node.type !== 'tag') return true;
        const text = textOf([node]);
        return !text.startsWith('♬') && !(text.startsWith('@') && (node as { attribs?: Record<string, string> }).attribs?.title?.startsWith('@'));
      });
      const anchors = elementsNamed(nodes, 'a');
      return {
        id: post?.id ?? root.attribs['data-video-id'] ?? null,
        url: post?.url ?? null,
        handle: post?.handle ?? null,
        text: section !== null ? textOf(nodes) : null,
        links: anchors.map((anchor) => ({ url: (anchor as { attribs: Record<string, string> }).attribs.href ?? '', text: textOf([anchor]) })),
      };
    },
  },
};
