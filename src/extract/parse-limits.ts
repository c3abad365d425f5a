import type { Diagnostic, EmbedRecord } from '../schema/index.js';
import { cutText, cutTextDiagnostic, droppedRecordsDiagnostic } from '../text/index.js';
import { describeValue } from '../kit/index.js';

/**
 * Bounds on what one article may cost, shared by `extractEmbeds`, `extractEmbedsWithDiagnostics`
 * and `convertArticle`. Each is a whole number or `Infinity` (no bound). Past a bound the result
 * says so in a `truncated` warning; nothing is thrown.
 *
 * @example
 * const limits: ParseLimits = { maxRecords: 50, maxLinks: 10 };
 */
export interface ParseLimits {
  /**
   * The longest input read, in UTF-16 code units. A longer input is read only up to there: the
   * rest is searched for no embed (a `convertArticle` output keeps it unchanged). Default
   * 16,777,216 (16 Mi).
   */
  maxInputLength?: number;
  /** The most records one article gives, the first in document order. Default 1,000. */
  maxRecords?: number;
  /** The most links one record keeps, the first in its text. Default 100. */
  maxLinks?: number;
  /**
   * The longest text one record keeps, in UTF-16 code units; a plain-text post's links, mentions,
   * hashtags and cashtags are read from the kept text only. Default 100,000 (the longest posts
   * of any platform, Facebook's, allow 63,206).
   */
  maxTextLength?: number;
}

/**
 * {@link ParseLimits} with every bound set.
 *
 * @example
 * const limits: ResolvedParseLimits = { ...defaultParseLimits, maxRecords: 10 };
 */
export type ResolvedParseLimits = Required<ParseLimits>;

/**
 * The default bounds: far above any real article (the largest of the development corpus gives
 * 85 records with at most 9 links each), low enough that one article's records cannot take more
 * than a few tens of megabytes.
 *
 * @example
 * defaultParseLimits.maxRecords; // 1000
 */
export const defaultParseLimits: Readonly<ResolvedParseLimits> = Object.freeze({
  maxInputLength: 16 * 1024 * 1024,
  maxRecords: 1000,
  maxLinks: 100,
  maxTextLength: 100_000,
} satisfies ResolvedParseLimits);

/**
 * The keys of {@link ParseLimits}: those of {@link defaultParseLimits}, which the compiler checks
 * against the interface (a bound missing there, or one not in the interface, fails the build), so
 * the option check cannot drift from the type.
 *
 * @example
 * parseLimitKeys.includes('maxRecords'); // true
 */
export const parseLimitKeys = Object.keys(defaultParseLimits) as ReadonlyArray<keyof ParseLimits>;

/**
 * Reads the limit options of a parse call, with defaults; a bound that is not a whole number ≥ 0
 * (or `Infinity`) is a programming error and throws a `TypeError` that names it.
 *
 * @example
 * resolveParseLimits({ maxRecords: 10 }, 'extractEmbeds').maxRecords; // 10
 * resolveParseLimits({ maxLinks: -1 }, 'extractEmbeds'); // throws TypeError
 */
export function resolveParseLimits(options: ParseLimits, caller: string): ResolvedParseLimits {
  const resolved: ResolvedParseLimits = { ...defaultParseLimits };
  for (const name of parseLimitKeys) {
    const value: unknown = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !(Number.isSafeInteger(value) || value === Infinity) || value < 0) {
      throw new TypeError(`${caller}: options.${name} must be a whole number ≥ 0 or Infinity, got ${describeValue(value)}`);
    }
    resolved[name] = value;
  }
  return resolved;
}

/**
 * The part of `input` that is read under `maxInputLength`, and the `truncated` warning when it is
 * not all of it.
 *
 * @example
 * readablePart('abcdef', 4); // { text: 'abcd', diagnostic: { code: 'truncated', start: 4, end: 6, … } }
 */
function readablePart(input: string, maxInputLength: number): { text: string; diagnostic: Diagnostic | null } {
  const text = cutText(input, maxInputLength);
  if (text.length === input.length) return { text, diagnostic: null };
  return {
    text,
    diagnostic: {
      code: 'truncated',
      severity: 'warning',
      message: `The input runs ${input.length} characters; only its first ${text.length} (maxInputLength) were searched for embeds.`,
      start: text.length,
      end: input.length,
    },
  };
}

/**
 * Applies the per-article bounds to an extraction: drops the records from `cutAt` on (where the
 * extractor stopped building them) and past `maxRecords`, with the diagnostics from there on (so
 * that 100,000 dropped posts do not leave 100,000 warnings), cuts each record's text and links,
 * and adds a `truncated` warning for each cut. `inputLength` ends the dropped-records warning.
 *
 * @example
 * const { embeds } = limitRecords(extracted.embeds, extracted.diagnostics, extracted.cutAt, input.length, defaultParseLimits);
 */
function limitRecords(
  embeds: EmbedRecord[],
  diagnostics: Diagnostic[],
  cutAt: number | null,
  inputLength: number,
  limits: ResolvedParseLimits,
): { embeds: EmbedRecord[]; diagnostics: Diagnostic[] } {
  let from = cutAt ?? Infinity;
  let kept = embeds;
  if (from < Infinity) kept = kept.filter((embed) => embed.source.start < from);
  if (kept.length > limits.maxRecords) {
    from = Math.min(from, (kept[limits.maxRecords] as EmbedRecord).source.start);
    kept = kept.slice(0, limits.maxRecords);
  }
  const added: Diagnostic[] = [];
  let found = diagnostics;
  if (from < Infinity) {
    found = diagnostics.filter((diagnostic) => diagnostic.start < from);
    added.push(droppedRecordsDiagnostic(limits.maxRecords, from, Math.max(from, inputLength)));
  }
  kept = kept.map((embed) => limitRecord(embed, limits, added));
  return { embeds: kept, diagnostics: added.length === 0 ? found : found.concat(added).sort((a, b) => a.start - b.start) };
}

function limitRecord(embed: EmbedRecord, limits: ResolvedParseLimits, added: Diagnostic[]): EmbedRecord {
  const { text, links, source } = embed;
  const tooLong = text !== null && text.length > limits.maxTextLength;
  const tooMany = links.length > limits.maxLinks;
  if (!tooLong && !tooMany) return embed;
  if (tooLong) added.push(cutTextDiagnostic(limits.maxTextLength, source.start, source.end));
  if (tooMany) {
    added.push({
      code: 'truncated',
      severity: 'warning',
      message: `A post holds ${links.length} links; only its first ${limits.maxLinks} (maxLinks) are kept.`,
      start: source.start,
      end: source.end,
    });
  }
  return {
    ...embed,
    text: tooLong ? cutText(text, limits.maxTextLength) : text,
    links: tooMany ? links.slice(0, limits.maxLinks) : links,
  };
}

/**
 * Reads one article under its bounds: `read` is given the part under `maxInputLength`, and its
 * extraction is cut to the other bounds (see {@link limitRecords}). `unread` is the `truncated`
 * warning for the input's unread tail, or null; it goes last, after every other diagnostic.
 *
 * @example
 * const { embeds, diagnostics, unread } = readWithinLimits(text, defaultParseLimits, (part) => extractTextEmbeds(part));
 */
export function readWithinLimits(
  whole: string,
  limits: ResolvedParseLimits,
  read: (text: string) => { embeds: EmbedRecord[]; diagnostics: Diagnostic[]; cutAt: number | null },
): { embeds: EmbedRecord[]; diagnostics: Diagnostic[]; unread: Diagnostic | null } {
  const { text, diagnostic } = readablePart(whole, limits.maxInputLength);
  const extracted = read(text);
  return { ...limitRecords(extracted.embeds, extracted.diagnostics, extracted.cutAt, whole.length, limits), unread: diagnostic };
}
