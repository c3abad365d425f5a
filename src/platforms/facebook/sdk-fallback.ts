import type { Element } from 'domhandler';
import { childElements, elementsNamed, outermost, textOf } from '../../kit/index.js';
import type { HtmlEmbedFields, PostRef } from '../types.js';

/**
 * Reads the SDK's fallback blockquote (`blockquote.fb-xfbml-parse-ignore`) by its structure, in
 * any locale: the `<p>`s are the post's text; after them, the link to the post itself is the date
 * line, and the other link is the author (a page link, or `href="#"` for a person). The words
 * around them (`Posted by … on`, `Gepostet von … am`, `… tarafından … tarihinde paylaşıldı`) are
 * never read, so the order of name and date and the locale's phrasing do not matter.
 *
 * @example
 * // <blockquote><p>Road closed.</p>Gepostet von <a href="https://www.facebook.com/town/">Town</a> am <a href="https://www.facebook.com/town/posts/1">Donnerstag, 3. September 2020</a></blockquote>
 * readSdkFallback(quote, parsePost, { id: '1', url: '…', handle: 'town' });
 * // { text: 'Road closed.', links: [], name: 'Town', dateText: 'Donnerstag, 3. September 2020' }
 */
export function readSdkFallback(
  quote: Element,
  parsePost: (href: string) => PostRef | null,
  post: PostRef | null,
): Pick<HtmlEmbedFields, 'text' | 'links' | 'name' | 'dateText'> {
  const fields: Pick<HtmlEmbedFields, 'text' | 'links' | 'name' | 'dateText'> = {};
  const paragraphs = outermost(quote, 'p');
  if (paragraphs.length > 0) {
    fields.text = textOf(paragraphs) || null;
    fields.links = elementsNamed(paragraphs, 'a').map((anchor) => ({ url: anchor.attribs.href ?? '', text: textOf([anchor]) }));
  }
  // The attribution stands after the text: links before the last <p> (a video's title link) are not it.
  const lastParagraph = paragraphs[paragraphs.length - 1];
  const after = lastParagraph === undefined ? 0 : quote.children.indexOf(lastParagraph) + 1;
  const anchors = childElements(quote, 'a').filter((anchor) => quote.children.indexOf(anchor) >= after);
  const isPostLink = (anchor: Element): boolean => {
    const linked = parsePost(anchor.attribs.href ?? '');
    return linked !== null && (post === null || linked.id === post.id);
  };
  let dateLink: Element | undefined;
  for (let k = anchors.length - 1; k >= 0 && dateLink === undefined; k--) {
    if (isPostLink(anchors[k] as Element)) dateLink = anchors[k];
  }
  // Without a link to the post, two links are name then date, as every locale's frame writes them.
  if (dateLink === undefined && anchors.length >= 2) dateLink = anchors[anchors.length - 1];
  const nameLink = anchors.find((anchor) => anchor !== dateLink && !isPostLink(anchor));
  if (nameLink !== undefined) fields.name = textOf([nameLink]) || null;
  if (dateLink !== undefined && nameLink !== undefined) fields.dateText = textOf([dateLink]) || null;
  return fields;
}
