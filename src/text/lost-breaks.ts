import { isAsciiDigit, isSpace } from '../kit/index.js';
import { isLower, isUpper } from './letter-case.js';
import { startsLink } from './post-length.js';

/**
 * Line breaks inside a post that a flattener glued shut with no sentence mark to show for them
 * (a `<br>` in Readability's `textContent`), read only in a document already known to be glued
 * (see glued-seams.ts). A reader sees a lost break where two words run together in a way no
 * writer types:
 *
 * - a lowercase word glued to a capitalised one, `in the regionIt is`: the word before the capital
 *   is all lowercase, two letters or more (names written in camel case start with a capital,
 *   `McCain`, `YouTube`, or with one letter, `iPhone`, `eBay`; `macOS` has no lowercase after its
 *   capital);
 * - a number glued to a capitalised word, `= $3,013,518He's` (`4K`, `3D` and `5G` have no
 *   lowercase after the capital);
 * - a colon or a closing bracket glued to an emoji that opens the next line, `US Navy :✈️` (not
 *   the emoticons `:)` and `;)`).
 *
 * Words that are links, mentions or hashtags (`@realDonaldTrump`, `#stadtEntwicklung`) are left
 * whole.
 */

const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
const CURRENCY = '$£€¥';

/** How the word read so far looks, which says what a glued capital after it means: only lowercase letters. */
const LOWER_WORD = 0;
/** A number: digits, with an optional currency sign and `,` or `.` between digits. */
const NUMBER_WORD = 1;
/** Anything else (names, mentions, links, mixed words). */
const OTHER_WORD = 2;

/**
 * The offsets within `[start, end)` where a lost line break opens the next line, in order. One
 * pass over the range.
 *
 * @example
 * lostBreaksWithin('arrived in the regionIt is', 0, 26); // [21]
 * lostBreaksWithin('McCain and YouTube on iPhone', 0, 28); // []
 */
export function lostBreaksWithin(text: string, start: number, end: number): number[] {
  const found: number[] = [];
  let word = OTHER_WORD;
  let letters = 0;
  let atWordStart = true;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) {
      atWordStart = true;
      continue;
    }
    if (atWordStart) {
      atWordStart = false;
      if (startsLink(text, at)) {
        // Skip the link's characters: nothing inside a URL is a lost break.
        while (at + 1 < end && !isSpace(text.charCodeAt(at + 1))) at++;
        word = OTHER_WORD;
        continue;
      }
      word = isLower(text, at) ? LOWER_WORD : isAsciiDigit(code) || CURRENCY.includes(text.charAt(at)) ? NUMBER_WORD : OTHER_WORD;
      letters = word === LOWER_WORD ? 1 : 0;
      continue;
    }
    if (isUpper(text, at) && isLower(text, at + 1)) {
      if ((word === LOWER_WORD && letters >= 2) || (word === NUMBER_WORD && isAsciiDigit(text.charCodeAt(at - 1)))) {
        found.push(at);
        word = OTHER_WORD;
        continue;
      }
    } else if (gluedPictograph(text, at)) {
      found.push(at);
      word = OTHER_WORD;
      continue;
    }
    if (word === LOWER_WORD) {
      if (isLower(text, at)) letters++;
      else word = OTHER_WORD;
    } else if (
      word === NUMBER_WORD &&
      !isAsciiDigit(code) &&
      !((code === 0x2c || code === 0x2e) && isAsciiDigit(text.charCodeAt(at + 1)))
    ) {
      word = OTHER_WORD;
    }
  }
  return found;
}

/** Whether an emoji at `at` is glued to a colon or a closing bracket before it (not `:)`, `;)`). */
function gluedPictograph(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before !== 0x3a /* : */ && before !== 0x29 /* ) */) return false;
  if (before === 0x29) {
    const eye = text.charCodeAt(at - 2);
    if (eye === 0x3a || eye === 0x3b) return false;
  }
  return PICTOGRAPH.test(text.slice(at, at + 2));
}
