import type { AnyNode, Element } from 'domhandler';
import {
  type DashSpan,
  elementsNamed,
  elementsWhere,
  findDashBefore,
  firstDescendant,
  htmlTag,
  outermost,
  textOf,
  without,
} from '../../kit/index.js';
import type { HtmlEmbedFields, HtmlTag, PlatformHtmlForms } from '../types.js';
import { parseTweetUrl } from './status-url.js';
import { isSubstackCard, readSubstackCard } from './substack-card.js';

const TWEET_CLASSES = ['twitter-tweet', 'twitter-video', 'nojs-tweet'];
const RENDERED_NAMES = new Set(['iframe', 'twitter-widget', 'div', 'span']);

function tweetIdOf(tag: HtmlTag): string | null {
  const id = tag.attributes.get('data-tweet-id') ?? tag.attributes.get('data-tweetid');
  if (id !== undefined && /^[0-9]{1,20}$/.test(id.trim())) return id.trim();
  const src = tag.attributes.get('src') ?? '';
  const query = /[?&]id=([0-9]{1,20})(?:&|$)/.exec(src);
  if (query !== null && /platform\.twitter\.com\/embed\/|Tweet\.html/i.test(src)) return query[1] ?? null;
  return null;
}

/**
 * Twitter's embed markup: the publisher blockquote (`blockquote.twitter-tweet`, `twitter-video`,
 * the Guardian's `nojs-tweet`), what widgets.js renders (`div.twitter-tweet-rendered`, the
 * `twitter-widget` element, iframes with `data-tweet-id` or `Tweet.html?id=`), `amp-twitter`, and
 * placeholders carrying `data-tweet-id`, and Substack's own tweet cards (`div.tweet`).
 *
 * @example
 * twitterHtml.matchElement({ name: 'amp-twitter', attributes: new Map([['data-tweetid', '20']]), classes: new Set() });
 * // { markup: 'amp-twitter' }
 */
export const twitterHtml: PlatformHtmlForms = {
  widgetScripts: ['platform.twitter.com/widgets.js', 'platform.x.com/widgets.js'],
  classlessBlockquote: true,
  wrapperClassWords: ['tweet', 'twitter'],
  blockElements: ['amp-twitter'],
  markers: [
    'twitter-tweet',
    'twitter-video',
    'nojs-tweet',
    'tweet-?id',
    'amp-twitter',
    'twitterwidget',
    'twitter-widget',
    'Tweet\\.html',
    '\\/status(?:es)?\\/[0-9]',
    'embed-twitter',
    'Twitter2ToDOM',
    'class="tweet"',
  ],
  matchElement(tag) {
    if (isSubstackCard(tag)) return { markup: 'substack-tweet' };
    if (tag.name === 'amp-twitter') return tag.attributes.has('data-tweetid') ? { markup: 'amp-twitter' } : null;
    const tweetClass = TWEET_CLASSES.some((name) => tag.classes.has(name));
    if (tag.classes.has('twitter-tweet-rendered') || tag.name === 'twitter-widget' || (tag.name === 'iframe' && tweetIdOf(tag) !== null)) {
      return RENDERED_NAMES.has(tag.name) || tag.name === 'twitter-widget' ? { markup: 'rendered-iframe', rendered: true } : null;
    }
    if (tweetClass && tag.name === 'blockquote') return { markup: 'blockquote' };
    if (tweetClass && tag.name === 'div' && tweetIdOf(tag) !== null) return { markup: 'rendered-iframe', rendered: true };
    if (tag.name !== 'a' && tag.name !== 'iframe' && tag.name !== 'script' && tweetIdOf(tag) !== null)
      return { markup: 'div-data-tweet-id' };
    return null;
  },
  readEmbed(root, match) {
    if (match.markup === 'substack-tweet') return readSubstackCard(root);
    const fields: HtmlEmbedFields = {};
    const ownId = tweetIdOf(tagOf(root));
    if (ownId !== null) fields.id = ownId;
    const quote = root.name === 'blockquote' ? root : firstDescendant(root, (element) => element.name === 'blockquote');
    if (quote !== null && match.markup !== 'rendered-iframe') Object.assign(fields, readQuote(quote), ownId === null ? {} : { id: ownId });
    if (fields.id === undefined || fields.id === null) {
      // A rendered wrapper holds the iframe that carries the id.
      const inner = elementsWhere(
        root.children,
        (element) =>
          'data-tweet-id' in element.attribs ||
          'data-tweetid' in element.attribs ||
          (element.name === 'iframe' && 'src' in element.attribs),
      );
      for (const element of inner) {
        const id = tweetIdOf(tagOf(element));
        if (id !== null) {
          fields.id = id;
          break;
        }
      }
    }
    if (match.markup === 'rendered-iframe') {
      fields.text = null;
      fields.url ??= null;
    }
    return fields;
  },
};

function tagOf(element: Element): HtmlTag {
  return htmlTag(element.name, new Map(Object.entries(element.attribs ?? {})));
}

/** Reads a publisher blockquote: body paragraphs, attribution, permalink and date. */
function readQuote(quote: Element): HtmlEmbedFields {
  const anchors = elementsNamed([quote], 'a');
  let permalink: Element | null = null;
  for (let k = anchors.length - 1; k >= 0; k--) {
    const anchor = anchors[k] as Element;
    if (parseTweetUrl(anchor.attribs.href ?? '') !== null) {
      permalink = anchor;
      break;
    }
  }
  const post = permalink === null ? null : parseTweetUrl(permalink.attribs.href ?? '');
  const dateText = permalink === null ? null : textOf([permalink]) || null;

  const paragraphs = outermost(quote, 'p');
  const holdsPermalink = new Set<AnyNode>();
  for (let node: AnyNode | null = permalink; node !== null && node !== quote; node = node.parent) holdsPermalink.add(node);
  const isAttribution = (p: Element) =>
    holdsPermalink.has(p) || /^\s*[—–―-]+\s*[\s\S]*\(@[A-Za-z0-9_]{1,15}\)/.test(textOf([p]).slice(0, 300));
  const body = paragraphs.filter((p) => !isAttribution(p));
  let bodyNodes: AnyNode[];
  let attribution: string;
  if (body.length > 0) {
    bodyNodes = body;
    const attributionNodes = without(quote.children, [...body, permalink]);
    attribution = textOf(attributionNodes);
  } else {
    // No <p>: the body is the bare text before `— Name (@handle)`; the permalink is never body.
    const split = splitAtAttribution(quote.children, permalink);
    bodyNodes = split.body.filter((node) => node !== permalink);
    attribution = textOf(split.attribution);
  }
  const signature = readAttribution(attribution.replace(dateText ?? '\u0000', ''));
  const links = elementsNamed(bodyNodes, 'a');
  const lang = (body[0]?.attribs.lang ?? quote.attribs.lang ?? null) || null;
  const text = textOf(bodyNodes);
  return {
    id: post?.id ?? null,
    url: post?.url ?? null,
    // The attribution names the author; a permalink path may name whoever shared the embed code.
    handle: signature.handle ?? post?.handle ?? null,
    name: signature.name,
    // A blockquote holding only its permalink carries no text.
    text: text === '' && body.length === 0 ? null : text,
    lang,
    dateText,
    dateLang: quote.attribs['data-lang'] ?? null,
    links:
      text === '' && body.length === 0
        ? []
        : links.map((anchor) => ({ url: anchor.attribs.href ?? '', text: textOf([anchor]) })).filter((link) => link.url !== ''),
  };
}

/** Splits a `<p>`-less blockquote's children at the text node holding the attribution dash. */
function splitAtAttribution(children: readonly AnyNode[], permalink: Element | null): { body: AnyNode[]; attribution: AnyNode[] } {
  const end = permalink === null ? children.length : children.indexOf(permalink);
  for (let k = (end === -1 ? children.length : end) - 1; k >= 0; k--) {
    const node = children[k] as AnyNode & { data?: string };
    if (node.type !== 'text' || node.data === undefined) continue;
    const dash = dashBeforeHandle(node.data, node.data.lastIndexOf('(@'));
    if (dash === null) continue;
    const before = { ...node, data: node.data.slice(0, dash.start) } as AnyNode;
    const after = { ...node, data: node.data.slice(dash.start) } as AnyNode;
    return { body: [...children.slice(0, k), before], attribution: [after, ...children.slice(k + 1)] };
  }
  return { body: [...children], attribution: [] };
}

/** The attribution dash before the handle at `handleAt` (-1: none, look to the end); line breaks in HTML text are spaces. */
function dashBeforeHandle(text: string, handleAt: number): DashSpan | null {
  return findDashBefore(text, 0, handleAt === -1 ? text.length : handleAt, { acrossLines: true });
}

/** `— Display Name (@handle)` → name and handle; the handle is the last `(@…)`. */
export function readAttribution(text: string): { name: string | null; handle: string | null } {
  const clipped = text.slice(0, 400).trim();
  const open = clipped.lastIndexOf('(@');
  if (open === -1) return { name: null, handle: null };
  const close = clipped.indexOf(')', open);
  const handle = clipped.slice(open + 2, close === -1 ? undefined : close).trim();
  const nameStart = dashBeforeHandle(clipped, open)?.end ?? 0;
  const name = clipped
    .slice(nameStart, open)
    .replace(/^[—–―-]+/, '')
    .trim();
  return { name: name || null, handle: /^[A-Za-z0-9_.@-]{1,253}$/.test(handle) ? handle : null };
}
