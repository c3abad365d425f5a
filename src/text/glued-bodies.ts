import { isSpace } from '../kit/index.js';
import type { DatedLimit } from './dated-limits.js';
import type { GluedSeams } from './glued-seams.js';
import { isLower, isUpper } from './letter-case.js';
import { CLOSERS } from './line-end-marks.js';
import { endLinks, MAX_POST_LENGTH, weightedLength } from './post-length.js';

/**
 * Where a post body begins in a run of text that lost its paragraph breaks (Readability's
 * `textContent`, cheerio's `.text()`), which runs from the article's prose into the signature on
 * one line. What such text still shows of the breaks, surest first:
 *
 * - a lead-in glued to the post (`the mayor said:Tonight …`), or whitespace of two characters or
 *   more (the whitespace between the page's blocks, where the prose is written with one space):
 *   the body begins after the last one, as long as the rest fits in a post;
 * - seams (see {@link GluedSeams}), in a document that shows the glued shape: the body begins at
 *   the last one, if the rest fits in a post: the paragraph glued to the signature is the post's.
 *   A `<br>` inside the post leaves a seam too, but nothing tells it from the article's paragraph
 *   breaks (both follow a sentence end), and an earlier seam takes in the article's paragraphs
 *   that happen to fit (`…in the future.Tweets Of The Week…`);
 * - sentence ends followed by a space: nothing tells the post's from the article's, so the body is
 *   the last sentence alone, the one sure to be the post's; unless the post's date tells how long
 *   it could be (see {@link DatedLimit}): then the body begins at the earliest sentence from which
 *   the rest fits, as the sentences before it could not have been the post's.
 *
 * "Fits in a post" means within the post's {@link DatedLimit} when its platform and date give one,
 * else within {@link MAX_POST_LENGTH}.
 *
 * Only the last {@link GLUED_WINDOW} characters before the signature are read, so the work per
 * signature is bounded and a whole document costs linear time.
 */

/** How far before a signature a glued body is looked for: a few posts' length (links do not count towards a post's). */
export const GLUED_WINDOW = 2048;

/** What kind of break a {@link Cut} follows (the bundler inlines each use as its number). */
enum CutKind {
  /** A glued lead-in or wide whitespace. */
  Hard,
  /** A glued sentence end. */
  Seam,
  /** A spaced lead-in (`early Tuesday morning: Nobody …`). */
  Lead,
  /** A spaced sentence end. */
  Sentence,
}

/** A place in the run where a body may begin. */
interface Cut {
  /** Offset of the first character after the break. */
  at: number;
  /** The kind of break before it. */
  kind: CutKind;
}

/**
 * The offset where the body glued into `text[start, end)` begins (`end` is the signature's start),
 * or null when the run shows nothing to decide by. `overlong` says the run is longer than a post:
 * only then are wide whitespace, seams and sentences read; a glued lead-in counts in any run.
 * `limit` is the post's dated limit, when known.
 *
 * @example
 * const text = 'The council met on Tuesday.  The plan was simple:Tonight we vote — Ana (@ana) May 1, 2024';
 * gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), true); // text.indexOf('Tonight')
 */
export function gluedBodyStart(
  text: string,
  seams: GluedSeams,
  start: number,
  end: number,
  overlong: boolean,
  afterPost = false,
  limit: DatedLimit | null = null,
): number | null {
  const from = Math.max(start, end - GLUED_WINDOW);
  const cuts = findCuts(text, seams, from, end, overlong);
  if (cuts.length === 0) return !overlong && afterPost ? bridgeEnd(text, start, end) : null;
  // The body after the last hard break, if the rest fits; later breaks only when it does not.
  let floor = -1;
  for (let i = cuts.length - 1; i >= 0; i--) {
    if ((cuts[i] as Cut).kind === CutKind.Hard) {
      floor = i;
      break;
    }
  }
  const room = limit?.length ?? MAX_POST_LENGTH;
  // Under a dated limit, the links the post ends with count as the platform counted them then.
  const tail = limit === null ? { before: end, count: 0 } : endLinks(text, from, end);
  const lengths = suffixLengths(text, cuts, tail.before, room, limit?.linkWeight ?? 0, tail.count * (limit?.endLinkWeight ?? 0));
  if (floor >= 0 && (lengths[floor] as number) <= room) return (cuts[floor] as Cut).at;
  if (!overlong) return afterPost ? bridgeEnd(text, start, end) : null;
  // The last seam, if the rest fits: the paragraph glued to the signature, the one sure to be the
  // post's. An earlier one would take in whole paragraphs of the article that happen to fit.
  for (let i = cuts.length - 1; i > floor; i--) {
    const cut = cuts[i] as Cut;
    if (cut.kind === CutKind.Seam) {
      if ((lengths[i] as number) <= room) return cut.at;
      break;
    }
  }
  // A spaced lead-in: prose ending in a colon announces what follows. The last one from which the
  // rest fits: the one that introduces the post.
  for (let i = cuts.length - 1; i > floor; i--) {
    const cut = cuts[i] as Cut;
    if (cut.kind === CutKind.Lead && (lengths[i] as number) <= room) return cut.at;
  }
  // Spaced sentences under a dated limit: those from which the rest would be longer than the post
  // could be are the article's; the body begins at the earliest of the others.
  if (limit !== null) {
    for (let i = floor + 1; i < cuts.length; i++) {
      const cut = cuts[i] as Cut;
      if (cut.kind === CutKind.Sentence && (lengths[i] as number) <= room) return cut.at;
    }
  }
  // Only spaced sentences: nothing tells the post's from the article's, so the body claims the
  // last sentence alone, the one sure to be the post's.
  for (let i = cuts.length - 1; i > floor; i--) if ((cuts[i] as Cut).kind === CutKind.Sentence) return (cuts[i] as Cut).at;
  return null;
}

/**
 * Where the post begins after the article's bridge between two posts, `and John McCain: McCain's
 * net worth …`: a run that follows the previous post's signature on the same line and opens with a
 * clause of two words or more ending in a lead-in colon (see {@link endsLeadIn}) and no sentence
 * end before it. Null when the run does not open so. Reads the run up to the colon at most once.
 */
function bridgeEnd(text: string, start: number, end: number): number | null {
  let words = 1;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (SENTENCE_ENDS.has(code)) return null;
    if (isSpace(code)) {
      if (!isSpace(text.charCodeAt(i - 1))) words++;
      continue;
    }
    if (code !== 0x3a /* : */) continue;
    if (words < 2 || !endsLeadIn(text, i + 1) || !isSpace(text.charCodeAt(i + 1))) return null;
    let at = i + 1;
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    return isUpper(text, at) ? at : null;
  }
  return null;
}

/** Every place in `text[from, end)` where a body may begin, in order. */
function findCuts(text: string, seams: GluedSeams, from: number, end: number, overlong: boolean): Cut[] {
  const cuts: Cut[] = [];
  const offsets = seams.within(from + 1, end);
  let seam = 0;
  for (let i = from + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (offsets[seam] === i) {
      seam++;
      // A lead-in glued to the post: `said:Tonight` (prose; a label such as `BREAKING:Now` is the post's own).
      if (text.charCodeAt(i - 1) === 0x3a /* : */) {
        if (isLower(text, i - 2)) cuts.push({ at: i, kind: CutKind.Hard });
      } else if (overlong && seams.glued) cuts.push({ at: i, kind: CutKind.Seam });
      continue;
    }
    if (!overlong || isSpace(code) || !isSpace(text.charCodeAt(i - 1))) continue;
    // The first character after whitespace: how wide the whitespace is, and what ends before it.
    let space = i - 1;
    while (space > from && isSpace(text.charCodeAt(space - 1))) space--;
    if (space <= from) continue;
    if (i - space >= 2) {
      cuts.push({ at: i, kind: CutKind.Hard });
    } else if (!isLowercase(code) && endsSentence(text, space)) {
      cuts.push({ at: i, kind: CutKind.Sentence });
    } else if (isUpper(text, i) && endsLeadIn(text, space)) {
      cuts.push({ at: i, kind: CutKind.Lead });
    }
  }
  return cuts;
}

/**
 * For each cut, `tail` plus the weighted length of the text from it to `end` (links counting
 * `linkWeight`), counted no further than just past `room`: one pass, each segment measured once.
 */
function suffixLengths(text: string, cuts: readonly Cut[], end: number, room: number, linkWeight: number, tail: number): number[] {
  const lengths = new Array<number>(cuts.length);
  let total = tail;
  let next = end;
  for (let i = cuts.length - 1; i >= 0; i--) {
    // A cut among the links the post ends with counts them all (`tail`).
    const at = Math.min((cuts[i] as Cut).at, end);
    // Once past a post's length every longer suffix is too: measure no further than needed.
    if (total <= room) total += weightedLength(text, at, next, room - total, linkWeight);
    lengths[i] = total;
    next = at;
  }
  return lengths;
}

/** Whether the text before `at` ends a sentence: `.`, `!`, `?` or `…`, maybe inside closing quotes or a bracket. */
function endsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i > at - 3 && CLOSERS.has(text.charCodeAt(i))) i--;
  return SENTENCE_ENDS.has(text.charCodeAt(i)) && i > 0 && !isSpace(text.charCodeAt(i - 1));
}

/** Whether the text before `at` is prose ending in a colon: a lowercase word, then `:` (`the mayor said:`; not `BREAKING:`, not `10:`). */
function endsLeadIn(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 0x3a /* : */ && isLower(text, at - 2) && isLower(text, at - 3);
}

const SENTENCE_ENDS = new Set([0x2e /* . */, 0x21 /* ! */, 0x3f /* ? */, 0x2026 /* … */]);

function isLowercase(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}
