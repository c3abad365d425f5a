import { isAsciiDigit, isSpace } from '../../kit/index.js';
import { isColon, isExclaimOrQuestion, isFullStop } from '../line-end-marks.js';
import { MAX_POST_LENGTH, mayStartLink, startsLink } from '../post-length.js';
import type { Script } from '../scripts.js';

/**
 * The names of the features the boundary model reads, in the order of its weights. Each is a
 * number (most are 0 or 1) describing one paragraph above a post's body (the candidate) and how it
 * stands against the body found so far. See README "Where a post body begins" for the same list in
 * a user's words.
 *
 * @example
 * BOUNDARY_FEATURES[0]; // 'handRule'
 */
export const BOUNDARY_FEATURES = [
  // The hand-written rules (post-bodies.ts) take this paragraph into the body.
  'handRule',
  // Nothing is in the body yet: this is the nearest paragraph above the signature.
  'bodyEmpty',
  // No blank line between the paragraph and the body (a bare line break).
  'gapNone',
  // The article's usual paragraph gap (one blank line in most pages) stands between them.
  'gapUsual',
  // A wider gap than the article's usual one (scrapers keep a post's inner breaks as extra lines).
  'gapWide',
  // The document has no blank lines at all: its paragraphs are separated by single line breaks.
  'noBlankLines',
  // The paragraph's weighted length, as a share of the longest post (320).
  'length',
  // The body's weighted length with the paragraph taken in, as a share of the longest post.
  'lengthTogether',
  // The paragraph is short: under 40 weighted characters.
  'short',
  // It ends with `:` (an article's lead-in).
  'endsColon',
  // It ends with a full stop (in any script).
  'endsFullStop',
  // It ends with `!` or `?`.
  'endsExclaimOrQuestion',
  // It ends with a letter or a digit (no closing punctuation: a heading, a name, a line of a post).
  'endsBare',
  // It opens like a numbered item or a list heading (`3. `, `#5: `, `2) `).
  'numbered',
  // The share of capitals among its letters.
  'capitals',
  // It is written in capitals (a section title in capitals, or a shouted post).
  'allCaps',
  // It opens with a quote mark.
  'opensQuote',
  // It opens with a small letter (a sentence continued from above).
  'opensLower',
  // It opens with a dash or a bullet.
  'opensBullet',
  // How many emoji it holds (0, 1/3, 2/3, 1 for three or more).
  'emoji',
  // It holds a hashtag.
  'hashtag',
  // It holds an @mention.
  'mention',
  // It holds a link.
  'link',
  // Its script differs from the body's (a Russian caption above an English post).
  'scriptUnlikeBody',
  // The paragraph above it is in another script than it (it may open a post in its own script).
  'scriptUnlikeAbove',
  // The paragraph above it ends with `:` (it stands right below the article's lead-in).
  'belowLeadIn',
  // It is the first paragraph after the previous embed (or the document's first).
  'firstAfterEmbed',
  // The body ends with a widget's cut (`…` then a link) and is well short of the cut.
  'bodyCutShort',
  // The body so far ends with a full stop, `!` or `?` (a finished sentence).
  'bodyEndsSentence',
  // Within three paragraphs above it stands a lead-in (`:`) or a numbered heading, and all
  // between fits in one post with the body: the post may reach up to it.
  'leadInNear',
  // Within three paragraphs above it the previous embed ends (or the document begins), and all
  // between fits in one post with the body.
  'embedNear',
  // The paragraph above it is a numbered item or list heading.
  'belowNumbered',
] as const;

/** How many characters of a paragraph are read for its counts: the reading stays bounded. */
const SAMPLE = 400;

/**
 * What the features of one candidate paragraph are computed from: the paragraph's extent, its
 * neighbours and the body found so far.
 *
 * @example
 * const input: FeatureInput = { text, start: 0, end: 20, length: 20, total: 60, gap: 1, baseGap: 1, handRule: true, bodyEmpty: false, bodyScript: 'latin', script: 'latin', aboveScript: 'latin', aboveEndsColon: false, firstAfterEmbed: false, bodyCutShort: false, bodyEndsSentence: true };
 */
export interface FeatureInput {
  /** The whole text. */
  text: string;
  /** Offset of the paragraph's first non-blank character. */
  start: number;
  /** Offset just past its last non-blank character. */
  end: number;
  /** Its weighted length (counted no further than the longest post). */
  length: number;
  /** The body's weighted length with it taken in. */
  total: number;
  /** Blank lines between it and the body. */
  gap: number;
  /** The document's usual gap between paragraphs. */
  baseGap: number;
  /** Whether the hand-written rules take it into the body. */
  handRule: boolean;
  /** Whether the body is still empty. */
  bodyEmpty: boolean;
  /** The body's script (null when it has no letters yet). */
  bodyScript: Script | null;
  /** The paragraph's script. */
  script: Script | null;
  /** The script of the paragraph above it (null when none or without letters). */
  aboveScript: Script | null;
  /** Whether the paragraph above it ends with `:`. */
  aboveEndsColon: boolean;
  /** Whether it is the first paragraph after the previous embed. */
  firstAfterEmbed: boolean;
  /** Whether the body ends with a widget's cut and is well short of it. */
  bodyCutShort: boolean;
  /** Whether the body so far ends a sentence. */
  bodyEndsSentence: boolean;
  /** Whether a lead-in or numbered heading stands within three paragraphs above, all between fitting in a post. */
  leadInNear: boolean;
  /** Whether the previous embed (or the document's start) is within three paragraphs above, all between fitting in a post. */
  embedNear: boolean;
  /** Whether the paragraph above is a numbered item or list heading. */
  belowNumbered: boolean;
}

/**
 * The feature vector of one candidate paragraph, in the order of {@link BOUNDARY_FEATURES}. Reads
 * at most a few hundred characters of the paragraph.
 *
 * @example
 * paragraphFeatures({ ...input, text: 'BREAKING NEWS', start: 0, end: 13 })[15]; // 1 (allCaps)
 */
export function paragraphFeatures(input: FeatureInput): number[] {
  const { text, start, end } = input;
  const counts = countParagraph(text, start, end);
  const last = end > start ? text.charCodeAt(end - 1) : 0;
  const first = end > start ? text.charCodeAt(start) : 0;
  const capitals = counts.letters > 0 ? counts.upper / counts.letters : 0;
  return [
    flag(input.handRule),
    flag(input.bodyEmpty),
    flag(input.gap === 0),
    flag(input.gap > 0 && input.gap === input.baseGap),
    flag(input.gap > input.baseGap),
    flag(input.baseGap === 0),
    Math.min(input.length / MAX_POST_LENGTH, 1.5),
    Math.min(input.total / MAX_POST_LENGTH, 1.5),
    flag(input.length < 40),
    flag(isColon(last)),
    flag(isFullStop(last)),
    flag(isExclaimOrQuestion(last)),
    flag(isLetterOrDigit(last)),
    flag(isNumbered(text, start, end)),
    capitals,
    flag(counts.letters >= 4 && capitals > 0.8),
    flag(QUOTES.has(first)),
    flag(counts.firstLetterLower),
    flag(first === 0x2d || first === 0x2013 || first === 0x2014 || first === 0x2022 || first === 0x2a),
    Math.min(counts.emoji, 3) / 3,
    flag(counts.hashtags > 0),
    flag(counts.mentions > 0),
    flag(counts.links > 0),
    flag(input.bodyScript !== null && input.script !== null && input.script !== input.bodyScript),
    flag(input.aboveScript !== null && input.script !== null && input.script !== input.aboveScript),
    flag(input.aboveEndsColon),
    flag(input.firstAfterEmbed),
    flag(input.bodyCutShort),
    flag(input.bodyEndsSentence),
    flag(input.leadInNear),
    flag(input.embedNear),
    flag(input.belowNumbered),
  ];
}

/**
 * Whether a paragraph opens like a numbered item or a list heading: `2) …`, `3. …`, `#5: …`.
 *
 * @example
 * isNumbered('#5: A touching picture', 0, 22); // true
 */
export function isNumbered(text: string, start: number, end: number): boolean {
  // `#?[0-9]{1,3}[.):]` at `start`, read code by code (it runs for every line the walk looks at).
  let at = start;
  if (at < end && text.charCodeAt(at) === 0x23 /* # */) at++;
  const digitsStart = at;
  while (at < end && at - digitsStart < 3 && isAsciiDigit(text.charCodeAt(at))) at++;
  if (at === digitsStart || at >= end) return false;
  const mark = text.charCodeAt(at);
  return mark === 0x2e || mark === 0x29 || mark === 0x3a;
}

function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** Opening quote marks: `"`, `'`, `“`, `„`, `«`, `‘`, `‚`, `「`, `『`, `»` (German order). */
const QUOTES = new Set([0x22, 0x27, 0x201c, 0x201e, 0xab, 0x2018, 0x201a, 0x300c, 0x300e, 0xbb]);

/**
 * Whether `code` is a letter or an ASCII digit: ASCII letters, and any code from U+00C0 up but
 * `×`, `÷`, general and CJK punctuation, symbols, surrogates (emoji) and fullwidth punctuation.
 * What a paragraph ends with when it has no closing punctuation.
 *
 * @example
 * isLetterOrDigit(0x2e); // false ('.')
 */
export function isLetterOrDigit(code: number): boolean {
  if (code >= 0x30 && code <= 0x39) return true;
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return (
    code >= 0xc0 &&
    code !== 0xd7 &&
    code !== 0xf7 &&
    !(code >= 0x2000 && code <= 0x2bff) &&
    !(code >= 0x3000 && code <= 0x303f) &&
    !(code >= 0xd800 && code <= 0xdfff) &&
    !(code >= 0xff00 && code <= 0xff20)
  );
}

interface ParagraphCounts {
  letters: number;
  upper: number;
  emoji: number;
  hashtags: number;
  mentions: number;
  links: number;
  firstLetterLower: boolean;
}

/** Counts over the paragraph's first {@link SAMPLE} characters. */
function countParagraph(text: string, start: number, end: number): ParagraphCounts {
  const counts: ParagraphCounts = { letters: 0, upper: 0, emoji: 0, hashtags: 0, mentions: 0, links: 0, firstLetterLower: false };
  const stop = Math.min(end, start + SAMPLE);
  let seenLetter = false;
  for (let i = start; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (mayStartLink(text, i, code) && startsLink(text, i)) {
      counts.links++;
      while (i + 1 < stop && !isSpace(text.charCodeAt(i + 1))) i++;
      continue;
    }
    const atWordStart = i === start || isSpace(text.charCodeAt(i - 1));
    if (atWordStart && (code === 0x23 || code === 0x40) && i + 1 < stop && isWordCode(text.charCodeAt(i + 1))) {
      if (code === 0x23) counts.hashtags++;
      else counts.mentions++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      // Emoji live in the astral planes (U+1F000 on) as surrogate pairs.
      const point = text.codePointAt(i) ?? 0;
      if (point >= 0x1f000 && point <= 0x1faff) counts.emoji++;
      i++;
      continue;
    }
    if ((code >= 0x2600 && code <= 0x27bf) || code === 0x2b50 || code === 0x2764) {
      counts.emoji++;
      continue;
    }
    // ASCII first (most text); other letters ask the engine for their case.
    let lower: boolean;
    let upper: boolean;
    if (code < 0x80) {
      lower = code >= 0x61 && code <= 0x7a;
      upper = code >= 0x41 && code <= 0x5a;
    } else {
      const character = String.fromCharCode(code);
      lower = character !== character.toUpperCase();
      upper = character !== character.toLowerCase();
    }
    if (!lower && !upper) {
      if (isLetterOrDigit(code) && code > 0x39) {
        // A letter without case (CJK, Arabic…): counted, never a capital.
        counts.letters++;
        seenLetter = true;
      }
      continue;
    }
    if (!seenLetter) counts.firstLetterLower = lower;
    seenLetter = true;
    counts.letters++;
    if (upper) counts.upper++;
  }
  return counts;
}

function isWordCode(code: number): boolean {
  return code === 0x5f || isLetterOrDigit(code);
}
