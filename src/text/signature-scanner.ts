import { matchDateAt } from '../dates/index.js';
import { type KnownPlatform, platforms, type PostRef } from '../platforms/index.js';
import type { Diagnostic } from '../schema/index.js';
import { endsLine, escapeRegExp, findDashBefore, isInlineSpace, isLineBreak, isSpace, skipInlineSpace, trimEnd } from '../kit/index.js';
import { sharedByFinder, type SharedByFinder } from './shared-by.js';
import { formSignature, type Signature } from './form-signature.js';
import { findStatusUrlLines } from './status-url-lines.js';

export type { Signature } from './form-signature.js';

/** The longest handle read after `(@` (a Bluesky domain handle can be long). */
const MAX_HANDLE = 253;
/** How far before `(@` the dash or the shared-by phrase may stand (display names are ≤ 50 characters, emoji take two units). */
const MAX_NAME = 120;
/** How far after the handle an unrecognised date may run. */
const MAX_UNKNOWN_DATE = 40;
/** How long a preposition before a date may be. */
const MAX_PREPOSITION = 10;
/** How long a status URL after a signature may be. */
const MAX_URL = 400;

/** What {@link scanSignatures} found. */
export interface SignatureScan {
  /** The signatures, in document order, not overlapping. */
  signatures: Signature[];
  /** Candidates that were rejected or are incomplete. */
  diagnostics: Diagnostic[];
}

/** Options of {@link scanSignatures}. */
export interface ScanOptions {
  /** Cap on `info` diagnostics about rejected candidates, so hostile input cannot make millions. */
  maxRejections?: number;
}

/**
 * Finds every post signature in flattened text. Every candidate starts at a `(@` found with
 * `indexOf`; all further reading around it is bounded, so the scan is linear in the input.
 *
 * @example
 * scanSignatures('Hello pic.twitter.com/x — Jane Roe (@janeroe) February 7, 2024').signatures[0]?.handle; // 'janeroe'
 */
export function scanSignatures(text: string, options: ScanOptions = {}): SignatureScan {
  const signatures: Signature[] = [];
  const diagnostics: Diagnostic[] = [];
  const maxRejections = options.maxRejections ?? 1000;
  let rejections = 0;
  const reject = (start: number, end: number, message: string): void => {
    if (rejections++ < maxRejections) diagnostics.push({ code: 'rejected-signature', severity: 'info', message, start, end });
  };
  const sharedByBefore = sharedByFinder(text);
  let floor = 0;
  let at = text.indexOf('(@');
  while (at !== -1) {
    const next = readSignatureAt(text, at, floor, reject, diagnostics, sharedByBefore);
    if (next !== null) {
      signatures.push(next);
      floor = next.end;
      at = text.indexOf('(@', Math.max(next.end, at + 2));
    } else {
      at = text.indexOf('(@', at + 2);
    }
  }
  if (rejections > maxRejections) {
    diagnostics.push({
      code: 'truncated',
      severity: 'info',
      message: `${rejections - maxRejections} more rejected signature candidates were not reported.`,
      start: 0,
      end: text.length,
    });
  }
  return { signatures: withStatusUrlLines(text, signatures), diagnostics };
}

function readSignatureAt(
  text: string,
  open: number,
  floor: number,
  reject: (start: number, end: number, message: string) => void,
  diagnostics: Diagnostic[],
  sharedByBefore: SharedByFinder,
): Signature | null {
  // The handle: `(@` then handle characters then `)`.
  const handleStart = open + 2;
  let i = handleStart;
  const limit = Math.min(text.length, handleStart + MAX_HANDLE);
  while (i < limit && isHandleChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x29 /* ) */ || i === handleStart) return null;
  const handle = text.slice(handleStart, i);
  const close = i + 1;

  // What stands before: Instagram's phrase, or a dash, on the same line.
  const windowStart = Math.max(floor, open - MAX_NAME);
  const sharedBy = sharedByBefore(windowStart, open);
  // The phrase or the dash opens the signature (the post body ends there); the name follows it.
  const opener = sharedBy ?? findDashBefore(text, windowStart, open);
  if (opener === null) return null;

  const platform = sharedBy !== null ? SHARED_BY_PLATFORM : platformOfHandle(handle);
  if (platform === null) {
    reject(open, close, `"(@${handle})" is not a handle of any known platform.`);
    return null;
  }
  const name = text.slice(opener.end, open).trim().replace(/\s+/g, ' ');
  const { start } = opener;
  if (name.length === 0 && sharedBy === null) {
    reject(start, close, 'A dash and a handle with no display name between them is not a signature.');
    return null;
  }

  // What follows: an optional `on Twitter`, a date, a status URL.
  let cursor = skipInlineSpace(text, close);
  // A comma may stand between the handle and the date (`(@janeroe), May 1, 2019`); it is taken
  // only when a date follows it, so `(@janeroe), then text` is read as before.
  const afterComma = text.charCodeAt(cursor) === 0x2c /* , */ ? skipInlineSpace(text, cursor + 1) : -1;
  let date = afterComma === -1 ? null : matchDateAt(text, afterComma);
  if (date !== null) cursor = afterComma;
  else {
    cursor = skipPlatformSuffix(text, cursor);
    date = matchDateAt(text, cursor);
  }
  // A preposition may stand before the date (`on`, `am`, `le`, `em`, `in data:`).
  for (let word = cursor, tries = 0; date === null && tries < 2; tries++) {
    const after = skipShortWord(text, word);
    if (after === word) break;
    date = matchDateAt(text, after);
    word = after;
  }
  if (date === null) {
    // The date may sit on the next line when the scraper broke the attribution.
    const nextLine = skipOneLineBreak(text, cursor);
    if (nextLine !== cursor) date = matchDateAt(text, nextLine);
  }
  let end = close;
  let dateText: string | null = null;
  if (date !== null) {
    dateText = text.slice(date.start, date.end);
    end = date.end;
  } else {
    // `cursor` stands past the inline space (every skip above ends there): `endsLine` below reads the character at it.
    const unknownEnd = unknownDateEnd(text, cursor);
    if (unknownEnd > cursor) {
      dateText = text.slice(cursor, unknownEnd);
      end = unknownEnd;
      diagnostics.push({
        code: 'unknown-date',
        severity: 'warning',
        message: `The date "${dateText}" after (@${handle}) is in no known form or language; publishedAt is null.`,
        start: cursor,
        end: unknownEnd,
      });
    } else if (!endsLine(text, cursor) && !startsWithUrl(text, cursor) && !endsBlock(text, close) && sharedBy === null) {
      reject(start, close, `"(@${handle})" is followed by text that is not a date.`);
      return null;
    } else {
      diagnostics.push({
        code: 'missing-date',
        severity: 'warning',
        message: `The signature of @${handle} carries no date; publishedAt is null.`,
        start,
        end: close,
      });
    }
  }

  // A status URL right after the signature gives id and permalink.
  let post: PostRef | null = null;
  const urlStart = skipInlineSpace(text, end);
  if (startsWithUrl(text, urlStart)) {
    let urlEnd = urlStart;
    const urlLimit = Math.min(text.length, urlStart + MAX_URL);
    while (urlEnd < urlLimit && !isSpace(text.charCodeAt(urlEnd))) urlEnd++;
    post = platform.parsePermalink(text.slice(urlStart, urlEnd));
    if (post !== null) end = urlEnd;
  }

  return { platform, markup: sharedBy !== null ? 'shared-by' : 'signature', start, end, name: name || null, handle, date, dateText, post };
}

/**
 * Whether a code unit may stand in a handle: ASCII letters and digits, `_`, `.`, `-`, and `@`
 * (a Mastodon handle names its instance).
 *
 * @example
 * isHandleChar(0x5f); // true (`_`)
 */
export function isHandleChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x2e ||
    code === 0x2d ||
    code === 0x40
  );
}

/**
 * The platform a signature's handle belongs to, by its shape (a Bluesky domain, a Mastodon
 * `user@instance`, else a Twitter handle), or null when it fits none.
 *
 * @example
 * platformOfHandle('ana.bsky.social')?.name; // 'bluesky'
 */
export function platformOfHandle(handle: string): KnownPlatform | null {
  for (const platform of platforms) {
    if (platform.text?.sharedByPhrases === undefined && platform.text?.isSignatureHandle?.(handle) === true) return platform;
  }
  return null;
}

/** The platform whose shared-by phrase (`A post shared by`) opens a signature: Instagram, from the registry. */
const SHARED_BY_PLATFORM: KnownPlatform | null = platforms.find((platform) => platform.text?.sharedByPhrases !== undefined) ?? null;

function skipOneLineBreak(text: string, at: number): number {
  if (!isLineBreak(text.charCodeAt(at))) return at;
  return skipInlineSpace(text, at + (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1));
}

/**
 * Whether whitespace of two characters or more follows `at`: where a flattener glued the page's
 * blocks into one line (Readability's `textContent`), the whitespace between blocks, so a
 * signature without a date ends its block there as it would end its line (`(@handle)    ID: 97`).
 */
function endsBlock(text: string, at: number): boolean {
  return isInlineSpace(text.charCodeAt(at)) && isInlineSpace(text.charCodeAt(at + 1));
}

/** Every platform's signature suffixes (`on twitter`, `auf twitter`, `on bluesky`), from the registry. */
const PLATFORM_SUFFIXES: readonly string[] = platforms.flatMap((platform) => platform.text.signatureSuffixes ?? []);

function skipPlatformSuffix(text: string, at: number): number {
  // An ASCII character lowercases to one ASCII character: when the first one is ASCII, a suffix
  // that starts with another is ruled out without slicing (most signatures: `(@handle) March…`).
  const first = text.charCodeAt(at);
  const firstLower = first >= 0x41 && first <= 0x5a ? first + 0x20 : first;
  for (const suffix of PLATFORM_SUFFIXES) {
    if (first < 0x80 && firstLower !== suffix.charCodeAt(0)) continue;
    if (text.slice(at, at + suffix.length).toLowerCase() !== suffix) continue;
    const after = text.charCodeAt(at + suffix.length);
    // Past the text's end, `after` is NaN: no word character, so the suffix ends there too.
    if (!isWordChar(after)) return skipInlineSpace(text, at + suffix.length);
  }
  return at;
}

/** Past one short word of letters (a preposition, optionally with a colon) and the space after it. */
function skipShortWord(text: string, at: number): number {
  let i = at;
  const limit = Math.min(text.length, at + MAX_PREPOSITION);
  while (i < limit && isLetter(text.charCodeAt(i))) i++;
  if (i === at || i === limit) return at;
  if (text.charCodeAt(i) === 0x3a /* : */) i++;
  if (!isInlineSpace(text.charCodeAt(i))) return at;
  return skipInlineSpace(text, i);
}

function isLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    (code > 0x7f && !isSpace(code))
  );
}

/**
 * What a permalink after a signature starts with: a scheme, or (built once from the registry) one
 * of the platforms' `schemelessPermalinkHosts`, with `www.` or `mobile.` allowed in front.
 */
const PERMALINK_START = permalinkStart(platforms.flatMap((platform) => platform.text.schemelessPermalinkHosts ?? []));

function permalinkStart(hosts: readonly string[]): RegExp {
  const escaped = hosts.map((host) => escapeRegExp(host));
  return escaped.length === 0 ? /^https?:\/\//i : new RegExp(`^(?:https?:\\/\\/|(?:www\\.|mobile\\.)?(?:${escaped.join('|')})\\/)`, 'i');
}

function startsWithUrl(text: string, at: number): boolean {
  return PERMALINK_START.test(text.slice(at, at + 24));
}

/**
 * A date in no known language or form: it starts with a letter or digit, holds a digit, stays on
 * the line, and runs up to and including the first four-digit year within a short distance, or,
 * when there is no year, to the end of a short line (`vor 3 Tagen`). It never holds `@`, `(` or
 * `)`, so a second handle is not taken for a date. Where such a date starting at `at` ends, or
 * `at` when none does.
 */
function unknownDateEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (!(isLetter(first) || (first >= 0x30 && first <= 0x39) || first > 0x24f)) return at;
  const limit = Math.min(text.length, at + MAX_UNKNOWN_DATE);
  let words = 1;
  let digitRun = 0;
  let digits = 0;
  let i = at;
  for (; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) break;
    if (code === 0x40 || code === 0x28 || code === 0x29) return at;
    if (isInlineSpace(code)) {
      if (++words > 6) return at;
      digitRun = 0;
      continue;
    }
    if (code >= 0x30 && code <= 0x39) {
      digits++;
      digitRun++;
      const nextCode = text.charCodeAt(i + 1);
      if (digitRun === 4 && !(nextCode >= 0x30 && nextCode <= 0x39)) {
        const year = Number(text.slice(i - 3, i + 1));
        if (year >= 2006 && year <= 2100) return i + 1;
      }
    } else {
      digitRun = 0;
    }
  }
  if (digits === 0 || (i < text.length && !isLineBreak(text.charCodeAt(i)))) return at;
  return trimEnd(text, at, i);
}

/**
 * The signatures with the permalinks that stand alone on a line merged in. One on the line right
 * after a signature of the same handle that has no permalink yet is that signature's permalink;
 * one inside a signature is already read; any other is an embed of its own that carries only its
 * URL.
 */
function withStatusUrlLines(text: string, signatures: Signature[]): Signature[] {
  const lines = findStatusUrlLines(text);
  if (lines.length === 0) return signatures;
  const merged: Signature[] = [];
  let k = 0;
  for (const line of lines) {
    while (k < signatures.length && (signatures[k]?.end ?? 0) <= line.start) merged.push(signatures[k++] as Signature);
    const inside = k < signatures.length && (signatures[k]?.start ?? 0) < line.end;
    if (inside) continue;
    const previous = merged[merged.length - 1];
    if (
      previous !== undefined &&
      previous.post === null &&
      previous.markup !== 'status-url' &&
      previous.platform === line.platform &&
      line.post.handle?.toLowerCase() === previous.handle?.toLowerCase() &&
      // Only whitespace between them, one line break at most (the URL opens with `h`, where the skips stop).
      skipOneLineBreak(text, skipInlineSpace(text, previous.end)) === line.start
    ) {
      previous.post = line.post;
      previous.end = line.end;
      continue;
    }
    merged.push(formSignature(text, line.platform, 'status-url', line.start, line.end, null, line.post.handle, null, line.post));
  }
  while (k < signatures.length) merged.push(signatures[k++] as Signature);
  return merged;
}
