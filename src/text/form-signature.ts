import type { DateMatch } from '../dates/index.js';
import type { KnownPlatform, PostRef } from '../platforms/index.js';
import type { Signature } from './signature-scanner.js';

/**
 * The {@link Signature} of a post found in one of the forms read apart from the dash signature
 * (a bare permalink, Facebook's `Posted by`, a widget's footer, a one-line form, a card, a post
 * that lost its signature), its `dateText` the date as written in `text`. One constructor for
 * them all: every signature has the same fields in the same order. `ownText` is the post's text
 * when the form carries it itself.
 *
 * @example
 * formSignature(text, platform, 'footer', 40, 72, null, 'janeroe', null, null).dateText; // null
 */
export function formSignature(
  text: string,
  platform: KnownPlatform,
  markup: Signature['markup'],
  start: number,
  end: number,
  name: string | null,
  handle: string | null,
  date: DateMatch | null,
  post: PostRef | null,
  ownText?: string | null,
): Signature {
  const dateText = date === null ? null : text.slice(date.start, date.end);
  // The dash signature's fields in its order, and `text` only where the form carries it: the
  // signatures the reader handles together keep one shape (the engine's property reads stay fast).
  const signature: Signature = { platform, markup, start, end, name, handle, date, dateText, post };
  if (ownText !== undefined) signature.text = ownText;
  return signature;
}
