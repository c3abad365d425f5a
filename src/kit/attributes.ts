import { decodeHTML } from 'entities';
import { isSpace } from './characters.js';

/**
 * An HTML start tag as the locator saw it: lowercase name, attributes with entities decoded, and
 * the class list.
 *
 * @example
 * const tag: HtmlTag = { name: 'blockquote', attributes: new Map([['class', 'twitter-tweet']]), classes: new Set(['twitter-tweet']) };
 */
export interface HtmlTag {
  /** Lowercase tag name. */
  name: string;
  /** Attributes by lowercase name, values entity-decoded. */
  attributes: ReadonlyMap<string, string>;
  /** The `class` attribute split on whitespace. */
  classes: ReadonlySet<string>;
}

/** Attributes beyond this many are ignored: no real embed has more, and hostile tags may. */
const MAX_ATTRIBUTES = 64;

/**
 * Reads the attributes of a start tag (`<blockquote class="twitter-tweet" data-lang=de>`), names
 * lowercased, values entity-decoded; the first of duplicate names wins, as in browsers. Linear in
 * the tag's length; never throws.
 *
 * @example
 * parseAttributes('<a href="https://t.co/x?a=1&amp;b=2" title=x>').get('href'); // 'https://t.co/x?a=1&b=2'
 */
export function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let i = 1;
  while (i < tag.length && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== 0x3e && tag.charCodeAt(i) !== 0x2f) i++;
  while (i < tag.length && attributes.size < MAX_ATTRIBUTES) {
    while (i < tag.length && (isSpace(tag.charCodeAt(i)) || tag.charCodeAt(i) === 0x2f)) i++;
    if (i >= tag.length || tag.charCodeAt(i) === 0x3e) break;
    const nameStart = i;
    while (i < tag.length) {
      const code = tag.charCodeAt(i);
      if (isSpace(code) || code === 0x3d || code === 0x3e || code === 0x2f) break;
      i++;
    }
    const name = tag.slice(nameStart, i).toLowerCase();
    if (i === nameStart) {
      i++;
      continue;
    }
    while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
    let value = '';
    if (tag.charCodeAt(i) === 0x3d) {
      i++;
      while (i < tag.length && isSpace(tag.charCodeAt(i))) i++;
      const quote = tag.charCodeAt(i);
      if (quote === 0x22 || quote === 0x27) {
        const close = tag.indexOf(String.fromCharCode(quote), i + 1);
        const end = close === -1 ? tag.length : close;
        value = tag.slice(i + 1, end);
        i = end + 1;
      } else {
        const valueStart = i;
        while (i < tag.length && !isSpace(tag.charCodeAt(i)) && tag.charCodeAt(i) !== 0x3e) i++;
        value = tag.slice(valueStart, i);
      }
    }
    if (!attributes.has(name)) attributes.set(name, value.includes('&') ? decodeHTML(value) : value);
  }
  return attributes;
}

/**
 * An {@link HtmlTag} from a tag name and its attributes: the one place the class list is split.
 *
 * @example
 * htmlTag('blockquote', new Map([['class', 'twitter-tweet  tw-align-center']])).classes; // Set { 'twitter-tweet', 'tw-align-center' }
 */
export function htmlTag(name: string, attributes: ReadonlyMap<string, string>): HtmlTag {
  const classes = new Set((attributes.get('class') ?? '').split(/\s+/).filter((token) => token.length > 0));
  return { name, attributes, classes };
}
