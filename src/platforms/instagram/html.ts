import type { Element } from 'domhandler';
import { elementsNamed, firstDescendant, outermost, textOf } from '../../kit/index.js';
import type { HtmlEmbedFields, PlatformHtmlForms } from '../types.js';
import { parseInstagramUrl } from './platform.js';
import { instagramSharedByPhrases, instagramWidgetPhrases } from './shared-by-phrases.js';

/**
 * Instagram's embed markup: `blockquote.instagram-media` (old captioned, uncaptioned and the
 * v13/v14 "View this post on Instagram" forms), `amp-instagram[data-shortcode]` and the rendered
 * embed iframe.
 *
 * @example
 * instagramHtml.matchElement({ name: 'amp-instagram', attributes: new Map([['data-shortcode', 'C3abcDEFghi']]), classes: new Set() });
 * // { markup: 'amp-instagram' }
 */
export const instagramHtml: PlatformHtmlForms = {
  widgetScripts: ['instagram.com/embed.js', 'platform.instagram.com/*/embeds.js'],
  markers: ['instagram-media', 'amp-instagram', 'instagram\\.com\\/(?:p|reel|tv)\\/'],
  wrapperClassWords: ['instagram'],
  blockElements: ['amp-instagram'],
  matchElement(tag) {
    if (tag.name === 'amp-instagram') return tag.attributes.has('data-shortcode') ? { markup: 'amp-instagram' } : null;
    if (tag.name === 'blockquote' && tag.classes.has('instagram-media')) return { markup: 'blockquote' };
    if (
      tag.name === 'iframe' &&
      (tag.classes.has('instagram-media') ||
        /instagram\.com\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|tv)\/[^/]+\/embed/i.test(tag.attributes.get('src') ?? ''))
    ) {
      return { markup: 'rendered-iframe', rendered: true };
    }
    return null;
  },
  readEmbed(root, match) {
    if (match.markup === 'amp-instagram') return { id: root.attribs['data-shortcode'] ?? null, text: null };
    if (match.markup === 'rendered-iframe') {
      const post = parseInstagramUrl(root.attribs.src ?? '');
      return { id: post?.id ?? null, url: post?.url ?? null, handle: post?.handle ?? null, text: null };
    }
    const fields: HtmlEmbedFields = { text: null };
    const permalink =
      root.attribs['data-instgrm-permalink'] ??
      firstDescendant(root, (element) => element.name === 'a' && (element.attribs.href ?? '').includes('instagram.com/'))?.attribs.href ??
      '';
    const post = parseInstagramUrl(permalink);
    fields.id = post?.id ?? null;
    fields.url = post?.url ?? null;
    fields.handle = post?.handle ?? null;
    const paragraphs = outermost(root, 'p');
    const attribution = paragraphs.find((p) => startsWithSharedBy(textOf([p]))) ?? null;
    if (attribution !== null) {
      const signature = readSharedBy(textOf([attribution]));
      fields.name = signature.name;
      fields.handle = signature.handle ?? fields.handle;
      const time = firstDescendant(attribution, (element) => element.name === 'time');
      if (time !== null) {
        fields.dateText = textOf([time]) || null;
        fields.datetime = time.attribs.datetime ?? null;
      }
    }
    const caption = paragraphs.filter(
      (p) => p !== attribution && !startsWithSharedBy(textOf([p])) && !instagramWidgetPhrases.includes(textOf([p]).toLowerCase()),
    );
    if (caption.length > 0) {
      fields.text = textOf(caption);
      fields.links = elementsNamed(caption, 'a').map((anchor: Element) => ({ url: anchor.attribs.href ?? '', text: textOf([anchor]) }));
    }
    return fields;
  },
};

function startsWithSharedBy(text: string): boolean {
  const lower = text.toLowerCase();
  return instagramSharedByPhrases.some((phrase) => lower.startsWith(phrase));
}

function readSharedBy(text: string): { name: string | null; handle: string | null } {
  const lower = text.toLowerCase();
  const phrase = instagramSharedByPhrases.find((candidate) => lower.startsWith(candidate)) ?? '';
  const rest = text.slice(phrase.length);
  const open = rest.lastIndexOf('(@');
  if (open === -1) return { name: rest.trim() || null, handle: null };
  const close = rest.indexOf(')', open);
  const handle = rest.slice(open + 2, close === -1 ? undefined : close);
  return { name: rest.slice(0, open).trim() || null, handle: /^[A-Za-z0-9._]{1,30}$/.test(handle) ? handle : null };
}
