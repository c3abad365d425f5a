import { isSpace } from './characters.js';

/** A tag read at a `<`: a start tag, an end tag, or something else (comment, doctype). */
export interface ParsedTag {
  /** What was read. */
  kind: 'open' | 'close' | 'other';
  /** Lowercase tag name; `''` for comments and doctypes. */
  name: string;
  /** Whether the tag ends with `/>`. */
  selfClosing: boolean;
  /** Offset just past the tag. */
  end: number;
}

/**
 * Reads the tag that starts at `lt`, or null when that `<` starts no tag (a stray `<` is text).
 * Linear in the tag's length; an unclosed tag runs to the end of the input.
 *
 * @example
 * readTagAt('<p class="a">x</p>', 0); // { kind: 'open', name: 'p', selfClosing: false, end: 13 }
 */
export function readTagAt(html: string, lt: number): ParsedTag | null {
  if (html.startsWith('<!--', lt)) {
    // `<!-->` and `<!--->` are complete (empty) comments in HTML.
    if (html.startsWith('>', lt + 4) || html.startsWith('->', lt + 4)) {
      return { kind: 'other', name: '', selfClosing: true, end: lt + (html.charCodeAt(lt + 4) === 0x3e ? 5 : 6) };
    }
    const close = html.indexOf('-->', lt + 4);
    return { kind: 'other', name: '', selfClosing: true, end: close === -1 ? html.length : close + 3 };
  }
  let k = lt + 1;
  const closing = html.charCodeAt(k) === 0x2f;
  if (closing) k++;
  const first = html.charCodeAt(k);
  const letter = (first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a);
  if (!letter) {
    if (first === 0x21 || first === 0x3f) {
      const gt = html.indexOf('>', k);
      return { kind: 'other', name: '', selfClosing: true, end: gt === -1 ? html.length : gt + 1 };
    }
    return null;
  }
  const nameStart = k;
  while (k < html.length) {
    const code = html.charCodeAt(k);
    if (isSpace(code) || code === 0x2f || code === 0x3e) break;
    k++;
  }
  const name = html.slice(nameStart, k).toLowerCase();
  const end = findTagEnd(html, k);
  return { kind: closing ? 'close' : 'open', name, selfClosing: html.charCodeAt(end - 2) === 0x2f, end };
}

/**
 * The offset just past the `>` that ends a tag, skipping quoted attribute values (a quote opens a
 * value only right after `=`).
 *
 * @example
 * findTagEnd('<a title="x>y">', 2); // 15
 */
export function findTagEnd(html: string, from: number): number {
  let quote = 0;
  for (let k = from; k < html.length; k++) {
    const code = html.charCodeAt(k);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      // A quote only opens a value right after `=` (possibly spaced); elsewhere it is a stray character.
      let back = k - 1;
      while (back > from && isSpace(html.charCodeAt(back))) back--;
      if (html.charCodeAt(back) === 0x3d) quote = code;
    } else if (code === 0x3e) {
      return k + 1;
    }
  }
  return html.length;
}

/**
 * Where a raw-text element (`<script>`, `<style>`, `<iframe>`, …) ends: just past its end tag, or
 * the end of the input when it has none. With a `limit`, the search for the end tag reads nothing
 * at or past it (so that a caller looking at one stretch of a page stays linear): a result up to
 * `limit` is the element's end, a result past it means the element does not end by then.
 *
 * @example
 * findRawTextEnd('<script>a</script><p>', 8, 'script'); // { end: 18 }
 * findRawTextEnd('<script>a</script><p>', 8, 'script', 12); // { end: 21 }: no end tag before 12
 */
export function findRawTextEnd(html: string, from: number, name: string, limit = html.length): { end: number } {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'ig');
  pattern.lastIndex = from;
  // A slice shares the input's characters (no copy), so bounding the search costs nothing.
  const match = pattern.exec(limit >= html.length ? html : html.slice(0, limit));
  if (match === null) return { end: html.length };
  return { end: findTagEnd(html, match.index + 2 + name.length) };
}
