import type { Element } from 'domhandler';
import { elementsNamed, firstDescendant, textOf } from '../../kit/index.js';
import type { HtmlEmbedFields, HtmlTag } from '../types.js';
import { parseTweetUrl } from './status-url.js';

/**
 * Whether a start tag opens one of Substack's tweet cards: Substack does not keep Twitter's embed
 * code but renders each tweet as its own `div.tweet` (with the tweet as JSON in `data-attrs`,
 * `data-component-name="Twitter2ToDOM"`). A plain `div.tweet` without either is a site's own
 * wrapper, not a card.
 *
 * @example
 * isSubstackCard(htmlTag('div', new Map([['class', 'tweet'], ['data-component-name', 'Twitter2ToDOM']]))); // true
 */
export function isSubstackCard(tag: HtmlTag): boolean {
  return tag.name === 'div' && tag.classes.has('tweet') && (tag.attributes.has('data-attrs') || tag.attributes.has('data-component-name'));
}

function hasClass(element: Element, name: string): boolean {
  return element.attribs.class?.split(/\s+/).includes(name) === true;
}

function textOfClass(root: Element, name: string): string | null {
  const element = firstDescendant(root, (candidate) => hasClass(candidate, name));
  return element === null ? null : textOf([element]) || null;
}

/**
 * Reads a Substack tweet card: `a.tweet-link-top` (the status link) holding the header (
 * `span.tweet-author-name`, `span.tweet-author-handle`) and `div.tweet-text`, then
 * `a.tweet-link-bottom` whose footer holds `span.tweet-date` (`7:49 PM ∙ Jan 31, 2024`).
 *
 * @example
 * // <div class="tweet" data-component-name="Twitter2ToDOM"><a class="tweet-link-top" href="https://twitter.com/jane/status/20">…<span class="tweet-author-handle">@jane</span>…<div class="tweet-text">Hi</div></a>…</div>
 * readSubstackCard(root); // { id: '20', url: 'https://twitter.com/jane/status/20', handle: 'jane', text: 'Hi', … }
 */
export function readSubstackCard(root: Element): HtmlEmbedFields {
  const anchors = elementsNamed([root], 'a');
  const statusLink = anchors.find((anchor) => parseTweetUrl(anchor.attribs.href ?? '') !== null);
  const post = statusLink === undefined ? null : parseTweetUrl(statusLink.attribs.href ?? '');
  const handle = textOfClass(root, 'tweet-author-handle')?.replace(/^[@＠]/, '') ?? null;
  const textElement = firstDescendant(root, (candidate) => hasClass(candidate, 'tweet-text'));
  const text = textElement === null ? null : textOf([textElement]);
  return {
    id: post?.id ?? null,
    url: post?.url ?? null,
    name: textOfClass(root, 'tweet-author-name'),
    handle: handle !== null && /^[A-Za-z0-9_]{1,15}$/.test(handle) ? handle : (post?.handle ?? null),
    text: text === '' ? null : text,
    dateText: textOfClass(root, 'tweet-date'),
    links:
      textElement === null
        ? []
        : elementsNamed([textElement], 'a').map((anchor) => ({ url: anchor.attribs.href ?? '', text: textOf([anchor]) })),
  };
}
