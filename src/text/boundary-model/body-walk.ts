import { trimEnd, trimStart } from '../../kit/index.js';
import { endsSentence, endsWithColon, isColon } from '../line-end-marks.js';
import { lineAt, previousNonBlank, type LineTable } from '../line-table.js';
import { MAX_POST_LENGTH, startsLink } from '../post-length.js';
import type { Script } from '../scripts.js';
import type { Signature } from '../signature-scanner.js';
import { paragraphProbability, type BoundaryModel } from './boundary-model.js';
import { Feature, flag, isNumbered, paragraphFeatures } from './paragraph-features.js';

/**
 * The paragraphs a walk looked at above one signature, for training: each candidate's start and
 * features, nearest first. Filled only when a trace is asked for.
 *
 * @example
 * const trace: BodyTrace = { signatureStart: 90, signatureEnd: 130, bodyStart: 90, candidates: [{ start: 40, features: [1, 0] }] };
 */
export interface BodyTrace {
  /** Offset of the signature. */
  signatureStart: number;
  /** Offset just past it. */
  signatureEnd: number;
  /** Where the body begins before any paragraph above is taken (text on the signature's line). */
  bodyStart: number;
  /** The paragraphs above, nearest first, each as if all nearer ones were taken. */
  candidates: Array<{ start: number; features: number[] }>;
}

/**
 * How body boundaries are decided: the model, and where to write traces (training only).
 *
 * @example
 * const options: BoundaryOptions = { model: boundaryModel };
 */
export interface BoundaryOptions {
  /** The model that decides whether each paragraph above belongs to the post. */
  model: BoundaryModel;
  /** When set, each walk's candidates are written here, keyed by signature offset. */
  traces?: Map<number, BodyTrace>;
}

/** Where a body begins, and how sure the walk is of it. */
export interface BodyBoundary {
  /** Offset of the body's first character (the signature's offset for an empty body). */
  start: number;
  /** 0..1: the least sure of the decisions that set the start (1 when delimited). */
  confidence: number;
  /**
   * Where the part of the body that every decision was sure of (probability at least
   * {@link SURE}) begins: `start` when all were, else further down. The text between may be the
   * article's.
   */
  sureStart: number;
}

/** A decision at least this probable is sure; a paragraph taken less surely may be the article's. */
const SURE = 0.75;

/** At most this many paragraphs above a signature are weighed. */
const MAX_CANDIDATES = 10;
/** Within how many characters a paragraph's script is told (from its first letters, see `LineTable.script`). */
const SCRIPT_READ = 400;

/** A paragraph's script, told from its first letters within a bounded read. */
function scriptOf(lines: LineTable, start: number, end: number): Script | null {
  return lines.script(start, Math.min(end, start + SCRIPT_READ));
}

/**
 * Walks up from a signature, paragraph by paragraph (non-blank lines), asking the model whether
 * each belongs to the post; the walk stops at the first that does not, at the previous embed, or
 * where the body would grow past a post's length (unless the hand-written rules take it there).
 * `handStart` is where those rules begin the body: it is one of the model's features. Bounded work
 * per signature: at most {@link MAX_CANDIDATES} paragraphs, each read a few hundred characters.
 *
 * @example
 * walkBody(text, lines, signature, 0, handStart, { model: boundaryModel }); // { start: 412, confidence: 0.93 }
 */
export function walkBody(
  text: string,
  lines: LineTable,
  signature: Signature,
  previousEnd: number,
  handStart: number,
  options: BoundaryOptions,
): BodyBoundary {
  const line = lineAt(lines, signature.start);
  const lineStart = lines.starts[line] ?? 0;
  const inlineFrom = Math.max(lineStart, previousEnd);
  const inlineStart = trimStart(text, inlineFrom, signature.start);
  let bodyStart = signature.start;
  let length = 0;
  if (trimEnd(text, inlineStart, signature.start) > inlineStart) {
    bodyStart = inlineStart;
    length = lines.weight(inlineStart, signature.start);
  }
  // The previous embed ends on the signature's own line: the body is delimited by it.
  if (inlineFrom > lineStart) return { start: bodyStart, confidence: 1, sureStart: bodyStart };
  let sureStart = bodyStart;
  let sure = true;
  const trace: BodyTrace | undefined =
    options.traces === undefined ? undefined : { signatureStart: signature.start, signatureEnd: signature.end, bodyStart, candidates: [] };
  // Where the body's words end, before its trailing links: the same however far up the body grows.
  const wordsEnd = bodyTextEnd(text, previousEnd, signature.start);
  const cut = signature.platform.text?.truncatedLength ?? 0;
  const endsWithCut = wordsEnd > previousEnd && wordsEnd < signature.start && text.charCodeAt(wordsEnd - 1) === 0x2026; /* … */
  let top = line;
  let confidence = 1;
  let stopped = false;
  // While tracing, the walk goes on past the model's stop (as if each paragraph were taken).
  let virtualStart = bodyStart;
  let virtualLength = length;
  let bodyScript = bodyStart < signature.start ? scriptOf(lines, bodyStart, signature.start) : null;
  for (let index = 0; index < MAX_CANDIDATES; index++) {
    const above = previousNonBlank(lines, top);
    if (above < 0) break;
    const aboveLineStart = lines.starts[above] ?? 0;
    const aboveLineEnd = lines.ends[above] ?? 0;
    if (aboveLineEnd <= previousEnd) break;
    const start = trimStart(text, Math.max(aboveLineStart, previousEnd), aboveLineEnd);
    const end = trimEnd(text, start, aboveLineEnd);
    if (end <= start) break;
    const partial = aboveLineStart < previousEnd;
    const size = lines.weight(start, end);
    const total = virtualLength + size;
    const handRule = handStart <= start;
    // Past a post's length: prose, not a post (a limit, not a guess: the confidence stays).
    if (total > MAX_POST_LENGTH && !handRule) break;
    const script = scriptOf(lines, start, end);
    const next = partial ? -1 : previousNonBlank(lines, above);
    const nextEnd = next < 0 ? -1 : trimEnd(text, lines.starts[next] ?? 0, lines.ends[next] ?? 0);
    const nextUsable = next >= 0 && (lines.ends[next] ?? 0) > previousEnd;
    const near = lookAbove(text, lines, above, previousEnd, total);
    const features = paragraphFeatures(text, start, end, size);
    const gap = top - above - 1;
    const baseGap = lines.baseGap;
    const aboveScript = nextUsable ? scriptOf(lines, Math.max(lines.starts[next] ?? 0, previousEnd), nextEnd) : null;
    features[Feature.HandRule] = flag(handRule);
    features[Feature.BodyEmpty] = flag(virtualStart === signature.start);
    features[Feature.GapNone] = flag(gap === 0);
    features[Feature.GapUsual] = flag(gap > 0 && gap === baseGap);
    features[Feature.GapWide] = flag(gap > baseGap);
    features[Feature.NoBlankLines] = flag(baseGap === 0);
    features[Feature.LengthTogether] = Math.min(total / MAX_POST_LENGTH, 1.5);
    features[Feature.ScriptUnlikeBody] = flag(bodyScript !== null && script !== null && script !== bodyScript);
    features[Feature.ScriptUnlikeAbove] = flag(aboveScript !== null && script !== null && script !== aboveScript);
    features[Feature.BelowLeadIn] = flag(nextUsable && nextEnd > 0 && isColon(text.charCodeAt(nextEnd - 1)));
    features[Feature.FirstAfterEmbed] = flag(partial || !nextUsable);
    features[Feature.BodyCutShort] = flag(endsWithCut && virtualStart < wordsEnd && virtualLength < cut - CUT_SLACK);
    features[Feature.BodyEndsSentence] = flag(virtualStart < wordsEnd && endsSentence(text.charCodeAt(wordsEnd - 1)));
    features[Feature.LeadInNear] = flag(near === Near.LeadIn);
    features[Feature.EmbedNear] = flag(partial || near === Near.Embed);
    features[Feature.BelowNumbered] = flag(nextUsable && isNumbered(text, trimStart(text, lines.starts[next] ?? 0, nextEnd), nextEnd));
    trace?.candidates.push({ start, features });
    if (!stopped) {
      const probability = paragraphProbability(options.model, features);
      if (probability < 0.5) {
        confidence = Math.min(confidence, 1 - probability);
        stopped = true;
      } else {
        confidence = Math.min(confidence, probability);
        bodyStart = start;
        sure &&= probability >= SURE;
        if (sure) sureStart = start;
      }
    }
    if ((stopped && trace === undefined) || partial) break;
    virtualStart = start;
    virtualLength = total;
    bodyScript ??= script;
    top = above;
  }
  if (trace !== undefined) options.traces?.set(signature.start, trace);
  // Every paragraph weighed was taken and the rules reach further up (a post of many short lines):
  // the rules' start stands.
  if (!stopped && handStart < bodyStart && handStart >= previousEnd) {
    bodyStart = handStart;
    if (sure) sureStart = handStart;
  }
  return { start: bodyStart, confidence, sureStart };
}

/** At most this many paragraphs above a candidate are looked at for a lead-in or the previous embed. */
const LOOK_ABOVE = 3;

/** What {@link lookAbove} finds above a paragraph (the bundler inlines each use as its number). */
enum Near {
  /** Neither, within reach. */
  Nothing,
  /** A lead-in (`:`) or a numbered heading. */
  LeadIn,
  /** The previous embed's end, or the document's start. */
  Embed,
}

/**
 * What stands within {@link LOOK_ABOVE} paragraphs above `line` while everything between still fits
 * in one post with the body (`total` so far): a lead-in (`:`) or numbered heading, or the previous
 * embed's end (or the document's start).
 */
function lookAbove(text: string, lines: LineTable, line: number, previousEnd: number, total: number): Near {
  let at = line;
  let length = total;
  for (let step = 0; step < LOOK_ABOVE; step++) {
    const above = previousNonBlank(lines, at);
    if (above < 0 || (lines.ends[above] ?? 0) <= previousEnd) return Near.Embed;
    const start = trimStart(text, Math.max(lines.starts[above] ?? 0, previousEnd), lines.ends[above] ?? 0);
    const end = trimEnd(text, start, lines.ends[above] ?? 0);
    if (endsWithColon(text, start, end) || isNumbered(text, start, end)) return Near.LeadIn;
    if ((lines.starts[above] ?? 0) < previousEnd) return Near.Embed;
    length += lines.weight(start, end, MAX_POST_LENGTH - length);
    if (length > MAX_POST_LENGTH) break;
    at = above;
  }
  return Near.Nothing;
}

/** The end of a body's text before its trailing links: where its last sentence ends. */
function bodyTextEnd(text: string, start: number, end: number): number {
  let at = trimEnd(text, start, end);
  for (let links = 0; links < 4; links++) {
    let tokenStart = at;
    while (tokenStart > start && text.charCodeAt(tokenStart - 1) > 0x20) tokenStart--;
    if (tokenStart === at || !startsLink(text, tokenStart)) break;
    at = trimEnd(text, start, tokenStart);
  }
  return at;
}

/** How far short of the platform's cut a cut post's text is taken to be "well short". */
const CUT_SLACK = 80;
