/**
 * Just enough of RFC 3492 (Punycode): how long a domain label becomes in ASCII form, which
 * twitter-text uses to reject labels longer than 63 characters, and decoding, for the
 * internationalised TLDs, which are stored in their ASCII form.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
/**
 * The longest DNS label, in ASCII characters.
 *
 * @example
 * asciiLabelLength('a'.repeat(64)) > MAX_LABEL_LENGTH; // true
 */
export const MAX_LABEL_LENGTH = 63;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** The threshold `t` of a digit at position `k` (RFC 3492 section 6.2). */
function threshold(k: number, bias: number): number {
  return k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
}

/** Length of the Punycode encoding (without `xn--`) of a list of code points. */
function encodedLength(codePoints: readonly number[]): number {
  let basic = 0;
  for (const cp of codePoints) if (cp < 0x80) basic++;
  let out = basic > 0 ? basic + 1 : 0;
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  let handled = basic;
  while (handled < codePoints.length) {
    let m = Infinity;
    for (const cp of codePoints) if (cp >= n && cp < m) m = cp;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of codePoints) {
      if (cp < n) delta++;
      if (cp !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        out++;
        q = Math.floor((q - t) / (BASE - t));
      }
      out++;
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

/**
 * Length of one domain label after IDNA ASCII conversion as punycode.js's `toASCII` does it
 * (`xn--` + Punycode for a non-ASCII part; the ideographic full stops U+3002, U+FF0E, U+FF61 split
 * parts). Once the result is sure to exceed {@link MAX_LABEL_LENGTH} it returns `Infinity` without
 * encoding further, so the cost stays bounded for hostile input; any result above the maximum
 * means "too long".
 *
 * @example
 * asciiLabelLength('example'); // 7
 * asciiLabelLength('みんな'); // 11 ('xn--q9jyb4c')
 */
export function asciiLabelLength(label: string): number {
  let total = 0;
  let part: number[] = [];
  let nonAscii = false;
  const flush = (): void => {
    total += nonAscii ? 4 + encodedLength(part) : part.length;
    part = [];
    nonAscii = false;
  };
  for (let i = 0; i < label.length; i++) {
    let cp = label.charCodeAt(i);
    if (cp === 0x3002 || cp === 0xff0e || cp === 0xff61) {
      flush();
      total += 1;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < label.length) {
      const low = label.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp >= 0x80) nonAscii = true;
    part.push(cp);
    // Every code point costs at least one output character.
    if (total + part.length > MAX_LABEL_LENGTH) return Infinity;
  }
  flush();
  return total;
}

/**
 * The string that a Punycode (RFC 3492 section 6.2) encoding without `xn--` stands for. Valid
 * input only: it decodes the built-in TLD list, not text.
 *
 * @example
 * fromPunycode('q9jyb4c'); // 'みんな'
 * fromPunycode('bcher-kva'); // 'bücher'
 */
export function fromPunycode(encoded: string): string {
  // Basic code points come first, up to the last `-`; then the insertions, as variable-length
  // numbers in base 36 ('a'-'z' are 0-25, '0'-'9' are 26-35).
  const delimiter = encoded.lastIndexOf('-');
  // The output so far, one string per code point.
  const chars = Array.from(encoded.slice(0, Math.max(delimiter, 0)));
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let at = delimiter + 1; at < encoded.length; ) {
    const before = i;
    for (let weight = 1, k = BASE; ; k += BASE) {
      const code = encoded.charCodeAt(at++);
      const digit = code < 0x3a ? code - 0x16 : code - 0x61;
      i += digit * weight;
      const t = threshold(k, bias);
      if (digit < t) break;
      weight *= BASE - t;
    }
    const length = chars.length + 1;
    bias = adapt(i - before, length, before === 0);
    n += Math.floor(i / length);
    i %= length;
    chars.splice(i++, 0, String.fromCodePoint(n));
  }
  return chars.join('');
}
