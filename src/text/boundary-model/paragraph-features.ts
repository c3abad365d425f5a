import { isAsciiDigit, isSpace } from '../../kit/index.js';
import { isColon, isExclaimOrQuestion, isFullStop } from '../line-end-marks.js';
import { MAX_POST_LENGTH, mayStartLink, startsLink } from '../post-length.js';

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

/**
 * The place of each feature of {@link BOUNDARY_FEATURES} in a feature vector (the bundler inlines
 * each use as its number). {@link paragraphFeatures} fills the paragraph's own features;
 * the walk (body-walk.ts) sets those that stand the paragraph against its neighbours and the body.
 *
 * @example
 * features[Feature.GapNone] = 1;
 */
export enum Feature {
  HandRule,
  BodyEmpty,
  GapNone,
  GapUsual,
  GapWide,
  NoBlankLines,
  Length,
  LengthTogether,
  Short,
  EndsColon,
  EndsFullStop,
  EndsExclaimOrQuestion,
  EndsBare,
  Numbered,
  Capitals,
  AllCaps,
  OpensQuote,
  OpensLower,
  OpensBullet,
  Emoji,
  Hashtag,
  Mention,
  Link,
  ScriptUnlikeBody,
  ScriptUnlikeAbove,
  BelowLeadIn,
  FirstAfterEmbed,
  BodyCutShort,
  BodyEndsSentence,
  LeadInNear,
  EmbedNear,
  BelowNumbered,
}

/** How many characters of a paragraph are read for its counts: the reading stays bounded. */
const SAMPLE = 400;

/**
 * The feature vector of one candidate paragraph `text[start, end)` of weighted length `length`,
 * in the order of {@link BOUNDARY_FEATURES}, with the paragraph's own features filled (its length,
 * how it opens and ends, its capitals, emoji, hashtags, mentions and links) and the others 0 for
 * the walk to set. Reads at most a few hundred characters of the paragraph.
 *
 * @example
 * paragraphFeatures('BREAKING NEWS', 0, 13, 13)[Feature.AllCaps]; // 1
 */
export function paragraphFeatures(text: string, start: number, end: number, length: number): number[] {
  // One zero per feature, written out: a literal array is packed (`new Array(n)` is holey, slower
  // to fill and to read).
  const features = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const last = end > start ? text.charCodeAt(end - 1) : 0;
  const first = end > start ? text.charCodeAt(start) : 0;
  features[Feature.Length] = Math.min(length / MAX_POST_LENGTH, 1.5);
  features[Feature.Short] = flag(length < 40);
  features[Feature.EndsColon] = flag(isColon(last));
  features[Feature.EndsFullStop] = flag(isFullStop(last));
  features[Feature.EndsExclaimOrQuestion] = flag(isExclaimOrQuestion(last));
  features[Feature.EndsBare] = flag(isLetterOrDigit(last));
  features[Feature.Numbered] = flag(isNumbered(text, start, end));
  features[Feature.OpensQuote] = flag(QUOTES.has(first));
  features[Feature.OpensBullet] = flag(first === 0x2d || first === 0x2013 || first === 0x2014 || first === 0x2022 || first === 0x2a);
  countParagraph(text, start, end, features);
  return features;
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

/**
 * A yes-or-no feature as a number: 1 or 0.
 *
 * @example
 * flag(true); // 1
 */
export function flag(value: boolean): number {
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

/**
 * Reads the paragraph's first {@link SAMPLE} characters into `features`: its capitals, whether its
 * first letter is small, its emoji, hashtags, mentions and links.
 */
function countParagraph(text: string, start: number, end: number, features: number[]): void {
  const stop = Math.min(end, start + SAMPLE);
  let letters = 0;
  let capitals = 0;
  let emoji = 0;
  let seenLetter = false;
  for (let i = start; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (mayStartLink(text, i, code) && startsLink(text, i)) {
      features[Feature.Link] = 1;
      while (i + 1 < stop && !isSpace(text.charCodeAt(i + 1))) i++;
      continue;
    }
    const atWordStart = i === start || isSpace(text.charCodeAt(i - 1));
    if (atWordStart && (code === 0x23 || code === 0x40) && i + 1 < stop && isWordCode(text.charCodeAt(i + 1))) {
      features[code === 0x23 ? Feature.Hashtag : Feature.Mention] = 1;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      // Emoji live in the astral planes (U+1F000 on) as surrogate pairs.
      const point = text.codePointAt(i) ?? 0;
      if (point >= 0x1f000 && point <= 0x1faff) emoji++;
      i++;
      continue;
    }
    if ((code >= 0x2600 && code <= 0x27bf) || code === 0x2b50 || code === 0x2764) {
      emoji++;
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
        letters++;
        seenLetter = true;
      }
      continue;
    }
    if (!seenLetter) features[Feature.OpensLower] = flag(lower);
    seenLetter = true;
    letters++;
    if (upper) capitals++;
  }
  const share = letters > 0 ? capitals / letters : 0;
  features[Feature.Capitals] = share;
  features[Feature.AllCaps] = flag(letters >= 4 && share > 0.8);
  features[Feature.Emoji] = Math.min(emoji, 3) / 3;
}

function isWordCode(code: number): boolean {
  return code === 0x5f || isLetterOrDigit(code);
}
