import { type KnownPlatform, platforms } from '../platforms/index.js';
import { escapeRegExp, isSpace } from '../kit/index.js';

/**
 * Where a platform's phrase stands in the text: Facebook's `Posted by` (and its translations), a
 * text-less widget's footer (`View on Threads`), or the mark of a one-line form (TikTok's `♬`).
 *
 * @example
 * // In 'Nice. Posted by Ann on …': { kind: AnchorKind.PostedBy, platform: facebook, start: 6, end: 15 }
 */
export interface PhraseAnchor {
  /**
   * `PostedBy` for a platform's `postedByPhrases`, `Footer` for its `footer.phrase` where the
   * platform's name ends (see {@link findPhraseAnchors}), `Line` for its `lineForm.anchor`.
   */
  kind: AnchorKind;
  /** The platform whose phrase it is. */
  platform: KnownPlatform;
  /** Offset of the phrase's first character. */
  start: number;
  /** Offset just past the phrase. */
  end: number;
}

/**
 * Which of a platform's phrases an anchor is (numbers, which the bundler writes in place: a kind is
 * only compared, never shown).
 *
 * @example
 * anchor.kind === AnchorKind.Footer;
 */
export enum AnchorKind {
  /** One of `text.postedByPhrases` (Facebook's `Posted by`). */
  PostedBy,
  /** `text.footer.phrase` (`View on Threads`). */
  Footer,
  /** `text.lineForm.anchor` (TikTok's `♬`). */
  Line,
}

/** The punctuation a footer's phrase may be followed by, besides the text's end and whitespace. */
const FOOTER_END_MARK = /[.,;:!?)\]]/;

/** Whether a footer phrase ending at `end` ends the platform's name: at the text's end, whitespace or punctuation. */
function endsFooter(text: string, end: number): boolean {
  return end >= text.length || isSpace(text.charCodeAt(end)) || FOOTER_END_MARK.test(text.charAt(end));
}

interface Anchors {
  pattern: RegExp;
  phrases: Map<string, { kind: AnchorKind; platform: KnownPlatform }>;
}

let cached: Anchors | undefined;

/**
 * Finds every platform phrase in one regex pass. The regex is an alternation of the platforms'
 * literal phrases (built once), so it cannot backtrack, and one pass costs far less than one
 * `indexOf` per phrase: on UTF-16 text each of those scans the whole input. V8 picks its scan
 * strategy from the whole set of alternatives, so adding or removing a phrase can change this
 * pass's cost several-fold (a phrase that starts with a space is tried at every space): run the
 * text bench after any change to the phrases. A footer phrase is kept only where the platform's
 * name ends, at the text's end, a space or punctuation (`View on Threadsville` is no footer): the
 * only check of that, made here so that text of footer phrases glued to words (`View on Threads`
 * repeated) keeps no anchor per match.
 *
 * @example
 * findPhraseAnchors('Post by @ann\nView on Threads').map((anchor) => anchor.kind); // [AnchorKind.Footer]
 */
export function findPhraseAnchors(text: string): PhraseAnchor[] {
  const { pattern, phrases } = anchors();
  const found: PhraseAnchor[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // The pattern matches only the phrases themselves, and the match ends where the next search starts.
    const phrase = phrases.get(match[0])!;
    const end = pattern.lastIndex;
    if (phrase.kind === AnchorKind.Footer && !endsFooter(text, end)) continue;
    found.push({ kind: phrase.kind, platform: phrase.platform, start: match.index, end });
  }
  return found;
}

function anchors(): Anchors {
  if (cached !== undefined) return cached;
  const phrases: Anchors['phrases'] = new Map();
  for (const platform of platforms) {
    for (const phrase of platform.text?.postedByPhrases ?? []) phrases.set(phrase, { kind: AnchorKind.PostedBy, platform });
    const footer = platform.text?.footer?.phrase;
    if (footer !== undefined) phrases.set(footer, { kind: AnchorKind.Footer, platform });
    const line = platform.text?.lineForm?.anchor;
    if (line !== undefined) phrases.set(line, { kind: AnchorKind.Line, platform });
  }
  cached = { pattern: phrasePattern([...phrases.keys()], 'g'), phrases };
  return cached;
}

/**
 * A regex matching any of the literal `phrases` (none: a regex that never matches). Literals
 * only, so it cannot backtrack.
 *
 * @example
 * phrasePattern(['View on Threads', 'a.b'], 'g').source; // 'View on Threads|a\\.b'
 */
export function phrasePattern(phrases: readonly string[], flags: string): RegExp {
  const escaped = phrases.map((phrase) => escapeRegExp(phrase));
  return new RegExp(escaped.length > 0 ? escaped.join('|') : '(?!)', flags);
}
