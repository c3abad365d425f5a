import { dateMismatch, recordDate } from '../dates/index.js';
import type { Diagnostic, EmbedRecord } from '../schema/index.js';
import { collapseWhitespace, CoveredRanges } from '../kit/index.js';
import { bodyCertainty } from './body-confidence.js';
import { entityFields } from './body-entities.js';
import { gluedSeams, type GluedSeams } from './glued-seams.js';
import { findFooterCards } from './footer-cards.js';
import { findHeaderCards } from './header-cards.js';
import { findLineForms } from './line-forms.js';
import { readLines, type LineTable } from './line-table.js';
import { findPhraseAnchors } from './phrase-anchors.js';
import { boundaryModel, type BodyBoundary, type BoundaryOptions } from './boundary-model/index.js';
import { bodyBoundaries } from './post-bodies.js';
import { postEnds } from './post-continuations.js';
import { findPostedBy } from './posted-by.js';
import { cutText, cutTextDiagnostic, unlimitedRecords, type RecordLimits } from './record-limits.js';
import { scanSignatures, type Signature } from './signature-scanner.js';
import { joinSplitSignatures, splitSignatureDiagnostic } from './split-signatures.js';
import { findUnsignedPosts } from './unsigned-posts.js';
import { findWidgetFooters } from './widget-footers.js';

/** Embeds and diagnostics found in flattened text. */
export interface TextExtraction {
  /** One record per post, in document order. */
  embeds: EmbedRecord[];
  /** What looked like an embed but was rejected or is incomplete. */
  diagnostics: Diagnostic[];
  /** Where the first record dropped by `maxRecords` starts (every later one was dropped too), or null. */
  cutAt: number | null;
}

/**
 * Finds every embedded post in flattened article text: scans for signatures (`— Name (@handle)
 * Date`, Instagram's shared-by line, bare permalinks) and the other platforms' flattened forms
 * (Facebook's `Posted by`, text-less widget footers, one-line forms), then posts that lost their
 * signature but kept a media link; decides each body's extent (and a continuation after a split
 * signature), and reads the body's links, mentions, hashtags and cashtags. `limits` caps the
 * records returned and the length of each one's text (a `truncated` diagnostic says what was cut).
 *
 * @example
 * const { embeds } = extractTextEmbeds('Met with @IsraeliPM pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024');
 * embeds[0]?.publishedAt; // '2024-02-07'
 */
export function extractTextEmbeds(
  text: string,
  limits: RecordLimits = unlimitedRecords,
  boundary: BoundaryOptions = { model: boundaryModel },
): TextExtraction {
  const scan = scanSignatures(text);
  const { diagnostics } = scan;
  const anchors = findPhraseAnchors(text);
  // The line table is built only when there is a post to place: embed-free text never pays for it.
  let lines: LineTable | undefined;
  const lineTable = (): LineTable => (lines ??= readLines(text));
  const others = [
    ...findPostedBy(text, anchors),
    ...findWidgetFooters(text, anchors),
    ...findLineForms(text, anchors),
    ...findHeaderCards(text, lineTable),
    ...findFooterCards(text, lineTable),
  ];
  let signatures = withoutOverlaps(scan.signatures, others);
  let glued: GluedSeams | undefined;
  const seams = (): GluedSeams => (glued ??= gluedSeams(text));
  let boundaries = signatures.length > 0 ? bodyBoundaries(text, signatures, lineTable(), boundary, seams()) : [];
  let starts = startsOf(boundaries);
  const placed = signatures.map((signature, index) => ({ start: starts[index] ?? signature.start, end: signature.end }));
  const unsigned = findUnsignedPosts(text, placed);
  if (unsigned.length > 0) {
    signatures = [...signatures, ...unsigned].sort((a, b) => a.start - b.start);
    boundaries = bodyBoundaries(text, signatures, lineTable(), boundary, seams());
    starts = startsOf(boundaries);
  }
  if (signatures.length === 0) return { embeds: [], diagnostics, cutAt: null };
  // A post split by its own signature: its rest below, taken for an unsigned post, joins it. Not in
  // a glued document: there the text after a signature is the article's next paragraph.
  const joined = seams().glued ? { signatures, starts, continuations: [] } : joinSplitSignatures(text, lineTable(), signatures, starts);
  if (joined.signatures.length < signatures.length) {
    const kept = new Set(joined.signatures);
    boundaries = boundaries.filter((_, index) => kept.has(signatures[index] as Signature));
  }
  ({ signatures, starts } = joined);
  let ends = postEnds(text, lineTable(), signatures, starts);
  for (let index = 0; index < ends.length; index++) {
    const end = ends[index] as number;
    ends[index] = Math.max(end, joined.continuations[index] ?? end);
  }
  let cutAt: number | null = null;
  if (signatures.length > limits.maxRecords) {
    // Cut after the ends are known, so the last post kept does not run into the first one dropped.
    const kept = limits.maxRecords;
    const first = signatures[kept] as Signature;
    cutAt = Math.min(starts[kept] ?? first.start, first.start);
    signatures = signatures.slice(0, kept);
    starts = starts.slice(0, kept);
    ends = ends.slice(0, kept);
    boundaries = boundaries.slice(0, kept);
  }
  const embeds: EmbedRecord[] = [];
  for (let index = 0; index < signatures.length; index++) {
    const signature = signatures[index] as Signature;
    const bodyStart = Math.min(starts[index] ?? signature.start, signature.start);
    const postEnd = ends[index] ?? signature.end;
    const record = toRecord(seams(), signature, bodyStart, postEnd, limits.maxTextLength, diagnostics);
    const diagnostic = describeIncomplete(signature, bodyStart);
    if (diagnostic !== null) diagnostics.push(diagnostic);
    const certainty = bodyCertainty(signature, boundaries[index], bodyStart);
    record.source.bodyConfidence = certainty.confidence;
    if (certainty.diagnostic !== null) diagnostics.push(certainty.diagnostic);
    if (postEnd > signature.end) diagnostics.push(splitSignatureDiagnostic(signature, bodyStart, postEnd));
    embeds.push(record);
  }
  diagnostics.sort((a, b) => a.start - b.start);
  return { embeds, diagnostics, cutAt };
}

/**
 * Where each body starts. A loop, not `Array.prototype.map`: an array the optimising compiler's
 * inlined `map` makes can differ in shape from the one the interpreter made, and each reader of it
 * then drops its optimised code (seen in V8's deoptimisation trace of the seed-article bench).
 */
function startsOf(boundaries: readonly BodyBoundary[]): number[] {
  const starts: number[] = [];
  for (const found of boundaries) starts.push(found.start);
  return starts;
}

/**
 * The signatures with those of the other forms added where they overlap none already found, in
 * document order. `others` is sorted in place: the caller's own array, used for nothing else.
 */
function withoutOverlaps(signatures: Signature[], others: Signature[]): Signature[] {
  if (others.length === 0) return signatures;
  const covered = new CoveredRanges(signatures);
  const added: Signature[] = [];
  let addedEnd = -1;
  for (const other of others.sort((a, b) => a.start - b.start)) {
    if (covered.overlaps(other.start, other.end) || other.start < addedEnd) continue;
    added.push(other);
    addedEnd = other.end;
  }
  return [...signatures, ...added].sort((a, b) => a.start - b.start);
}

/** The info diagnostic an embed found without text or without its signature deserves, or null. */
function describeIncomplete(signature: Signature, bodyStart: number): Diagnostic | null {
  if (signature.markup === 'unsigned') {
    return {
      code: 'missing-signature',
      severity: 'info',
      message: 'A post body ending in a media link stands without its signature; its author, handle and date are unknown.',
      start: bodyStart,
      end: signature.end,
    };
  }
  if (bodyStart < signature.start || signature.text != null) return null;
  return {
    code: 'empty-body',
    severity: 'info',
    message: emptyBodyMessage(signature),
    start: signature.start,
    end: signature.end,
  };
}

function emptyBodyMessage(signature: Signature): string {
  switch (signature.markup) {
    case 'status-url':
      return `Only the permalink ${signature.post?.url ?? ''} survives of this embed; it carries no text, author name or date.`;
    case 'footer':
      return `Only the widget's footer survives of this ${signature.platform.name} embed; it carries no text, author name or date.`;
    case 'line':
      return `This ${signature.platform.name} embed's line carries no text, only its author.`;
    case 'header':
      return `@${signature.handle ?? ''}'s card has no text that fits a post.`;
    default:
      return `No post text stands before the signature of ${signature.handle === null ? (signature.name ?? '') : `@${signature.handle}`}; the post is taken as media-only.`;
  }
}

/** Characters collapsed past `maxTextLength`, so that a widget phrase ending the kept text can still be stripped. */
const WIDGET_PHRASE_ROOM = 64;

function toRecord(
  seams: GluedSeams,
  signature: Signature,
  bodyStart: number,
  postEnd: number,
  maxTextLength: number,
  diagnostics: Diagnostic[],
): EmbedRecord {
  const { platform, handle, post } = signature;
  // A form that carries its own text; else the body, and a post continued after its signature:
  // both parts, joined by a space. A break the flattener glued shut gets its space back.
  const written =
    signature.text !== undefined
      ? (signature.text ?? '')
      : postEnd > signature.end
        ? `${seams.restore(bodyStart, signature.start)} ${seams.restore(signature.end, postEnd)}`
        : seams.restore(bodyStart, signature.start);
  // Collapsed only up to the cap (plus room for a widget phrase to strip), and cut before the links
  // are read: a body of millions of words must not become millions of strings and objects.
  const collapsed = collapseWhitespace(written, maxTextLength + WIDGET_PHRASE_ROOM);
  const whole = stripWidgetPhrases(collapsed, platform.text?.widgetPhrases ?? []);
  const body = cutText(whole, maxTextLength);
  if (body.length < whole.length) diagnostics.push(cutTextDiagnostic(maxTextLength, bodyStart, postEnd));
  const idTime = post == null ? null : (platform.postTime?.(post.id) ?? null);
  // The date fields are named one by one: an object rest and spread copy through a slow generic path.
  const date = recordDate({ written: signature.date?.iso ?? null, idTime });
  if (!date.agrees) diagnostics.push(dateMismatch(date.publishedAt, signature.dateText, signature.start, signature.end));
  return {
    platform: platform.name,
    id: post?.id ?? null,
    url: post?.url ?? null,
    author: { name: signature.name, handle, url: handle === null ? null : platform.profileUrl(handle) },
    // A shared-by attribution with nothing before it is an embed that carries no caption at all.
    text: body === '' && signature.markup !== 'signature' ? null : body,
    lang: null,
    publishedAt: date.publishedAt,
    datePrecision: date.datePrecision,
    publishedAtLocal: date.publishedAtLocal,
    dateText: signature.dateText,
    ...entityFields(body),
    source: { format: 'text', start: bodyStart, end: postEnd, markup: signature.markup },
  };
}

/** Removes widget chrome (`View this post on Instagram`) from the start and end of a collapsed body. */
function stripWidgetPhrases(body: string, phrases: readonly string[]): string {
  if (phrases.length === 0 || body.length === 0) return body;
  let result = body;
  const lower = () => result.toLowerCase();
  for (const phrase of phrases) {
    if (lower().startsWith(phrase)) result = result.slice(phrase.length).trimStart();
    if (lower().endsWith(phrase)) result = result.slice(0, result.length - phrase.length).trimEnd();
  }
  return result;
}
