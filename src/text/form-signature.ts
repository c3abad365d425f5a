import type { DateMatch } from '../dates/index.js';
import type { KnownPlatform, PostRef } from '../platforms/index.js';

/**
 * A post signature found in flattened text: `— Name (@handle) Date [status URL]` or Instagram's
 * `A post shared by Name (@handle) on Date`.
 *
 * @example
 * // For '… need. pic.twitter.com/x — Secretary Antony Blinken (@SecBlinken) February 7, 2024':
 * // { platform: twitter, markup: 'signature', name: 'Secretary Antony Blinken', handle: 'SecBlinken', … }
 */
export interface Signature {
  /** The platform the handle belongs to. */
  platform: KnownPlatform;
  /**
   * `signature` for the dash form, `shared-by` for Instagram's phrase, `posted-by` for Facebook's
   * `Posted by Name on Date`, `footer` for a text-less widget's `Post by @handle View on Threads`,
   * `line` for a one-line form that carries its own text (TikTok's `@user caption ♬ sound`),
   * `header` for a card printed header first (`Name @handle · Date`, then the text it carries),
   * `card` for a card whose date stands in its footer (`Name @handle`, text, `time ∙ date`),
   * `status-url` for a permalink alone on its line (an embed flattened to the URL it was made
   * from), `unsigned` for a post whose signature was lost (a line ending in a media link; zero
   * width, just past the link).
   */
  markup: 'signature' | 'shared-by' | 'posted-by' | 'footer' | 'line' | 'header' | 'card' | 'status-url' | 'unsigned';
  /** Offset of the dash or of the shared-by phrase: where the post body ends. */
  start: number;
  /** Offset just past the signature (date, time zone or status URL included). */
  end: number;
  /** The display name, trimmed; `null` when empty. */
  name: string | null;
  /**
   * The handle without `@`; null for `unsigned` and `posted-by` (the form has none), a `footer`
   * without its handle line, and a `status-url` whose URL names no account.
   */
  handle: string | null;
  /** The recognised date, or null. */
  date: DateMatch | null;
  /** The date text as written (also for an unrecognised date), or null. */
  dateText: string | null;
  /** The post a status URL after the signature points to, or null. */
  post: PostRef | null;
  /** The post's text when the form carries it itself (a `line`, a `card`); absent when the body stands before the signature. */
  text?: string | null;
}

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
