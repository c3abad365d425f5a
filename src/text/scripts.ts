import { isSpace } from '../kit/index.js';
import { mayStartLink, startsLink } from './post-length.js';

/**
 * The writing systems a body and an article paragraph are told apart by. Numbers, which the
 * bundler writes in place: a script is only ever compared with another, never shown.
 */
export enum Script {
  Latin,
  Greek,
  Cyrillic,
  Armenian,
  Hebrew,
  Arabic,
  Indic,
  Thai,
  Georgian,
  Hangul,
  Cjk,
}

/**
 * The script most of the letters in `text[start, end)` are written in, or null when it holds no
 * letter of a known script. Links and `@handles` are left out: they are Latin in every language.
 * With `maxLetters`, only the first that many letters are counted: a sample tells the script of a
 * paragraph, and this runs beside every post body.
 *
 * @example
 * dominantScript('Καλημέρα @jack pic.twitter.com/abc', 0, 33); // Script.Greek
 */
export function dominantScript(text: string, start: number, end: number, maxLetters = Infinity): Script | null {
  const counts = COUNTS.fill(0);
  let letters = 0;
  for (let i = start; i < end && letters < maxLetters; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x40 /* @ */ || (mayStartLink(text, i, code) && startsLink(text, i))) {
      while (i + 1 < end && !isSpace(text.charCodeAt(i + 1))) i++;
      continue;
    }
    const script = scriptIndex(code);
    if (script < 0) continue;
    counts[script] = (counts[script] ?? 0) + 1;
    letters++;
  }
  let best = -1;
  let most = 0;
  for (let k = 0; k < counts.length; k++) {
    if (counts[k]! > most) {
      best = k;
      most = counts[k]!;
    }
  }
  return best < 0 ? null : best;
}

/** One table of counts, reused: the function runs beside every post body. */
const COUNTS = new Int32Array(Script.Cjk + 1);

/** A letter's {@link Script}, or -1 for anything else. */
function scriptIndex(code: number): Script | -1 {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? Script.Latin : -1;
  if (code < 0x250) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7 ? Script.Latin : -1;
  if (code < 0x370) return -1;
  if (code < 0x400) return Script.Greek;
  if (code < 0x530) return Script.Cyrillic;
  if (code < 0x590) return code >= 0x531 ? Script.Armenian : -1;
  if (code < 0x600) return Script.Hebrew;
  if (code < 0x800) return Script.Arabic;
  if (code < 0x900) return -1;
  if (code < 0xe00) return Script.Indic;
  if (code < 0xe80) return Script.Thai;
  if (code < 0x10a0) return -1;
  if (code < 0x1100) return Script.Georgian;
  if (code < 0x1200) return Script.Hangul;
  if (code < 0x1e00) return -1;
  if (code < 0x1f00) return Script.Latin;
  if (code < 0x2000) return Script.Greek;
  if (code < 0x3040) return -1;
  if (code < 0xa000) return Script.Cjk;
  if (code < 0xac00) return -1;
  if (code < 0xd7b0) return Script.Hangul;
  if (code >= 0xf900 && code < 0xfb00) return Script.Cjk;
  return -1;
}
