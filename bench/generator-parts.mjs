// What both benchmarks build their deterministic corpora from: a seeded PRNG and the word and
// name lists of invented news prose.

/** mulberry32: a small seeded PRNG, so every run benchmarks the same bytes. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Common words of news prose. */
export const WORDS = (
  'the of and to in a is that for on was with he it as at by from his her they said have has ' +
  'minister government election council officials week year city police report people percent ' +
  'after before during while against between under over about into through could would should ' +
  'announced according spokesperson statement meeting talks agreement ceasefire budget vote ' +
  'parliament senator president campaign market prices shares company workers union strike ' +
  'hospital school court judge ruling appeal evidence investigation residents community local ' +
  'national international border security defence economy inflation growth climate weather ' +
  'storm flooding energy supply transport railway airport tourism festival season team match'
).split(' ');

/** English month names. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
