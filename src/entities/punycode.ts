/**
 * Just enough of RFC 3492 (Punycode): encoding, to measure how long a domain label becomes in
 * ASCII form (twitter-text rejects labels longer than 63 characters) and to look up the
 * internationalised TLDs, which are stored in their ASCII form.
 */

/** RFC 3492 parameters for Punycode (section 5) (an enum, so that bundlers write the numbers in place). */
enum Rfc3492 {
  BASE = 36,
  T_MIN = 1,
  T_MAX = 26,
  SKEW = 38,
  DAMP = 700,
  INITIAL_BIAS = 72,
  INITIAL_N = 128,
}

/**
 * DNS's limits (an enum, so that bundlers write the numbers in place).
 *
 * @example
 * asciiLabelLength('a'.repeat(64)) > Dns.MAX_LABEL_LENGTH; // true
 */
export enum Dns {
  /** The longest DNS label, in ASCII characters. */
  MAX_LABEL_LENGTH = 63,
}

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / Rfc3492.DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((Rfc3492.BASE - Rfc3492.T_MIN) * Rfc3492.T_MAX) >> 1) {
    d = Math.floor(d / (Rfc3492.BASE - Rfc3492.T_MIN));
    k += Rfc3492.BASE;
  }
  return k + Math.floor(((Rfc3492.BASE - Rfc3492.T_MIN + 1) * d) / (d + Rfc3492.SKEW));
}

/** The threshold `t` of a digit at position `k` (RFC 3492 section 6.2). */
function threshold(k: number, bias: number): number {
  return k <= bias ? Rfc3492.T_MIN : k >= bias + Rfc3492.T_MAX ? Rfc3492.T_MAX : k - bias;
}

/**
 * Matches a character outside ASCII (that a domain label holds one means it is encoded).
 *
 * @example
 * NON_ASCII.test('bücher'); // true
 */
export const NON_ASCII = /[^\0-\x7f]/;

/** The Punycode digit for `d` (0-25 are 'a'-'z', 26-35 are '0'-'9'). */
function digit(d: number): string {
  return String.fromCharCode(d < 26 ? d + 0x61 : d + 0x16);
}

/** The Punycode encoding (RFC 3492 section 6.3, without `xn--`) of a list of code points. */
function encode(codePoints: readonly number[]): string {
  let out = '';
  for (const cp of codePoints) if (cp < 0x80) out += String.fromCharCode(cp);
  const basic = out.length;
  if (basic > 0) out += '-';
  let n = Rfc3492.INITIAL_N;
  let delta = 0;
  let bias = Rfc3492.INITIAL_BIAS;
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
      for (let k = Rfc3492.BASE; ; k += Rfc3492.BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        out += digit(t + ((q - t) % (Rfc3492.BASE - t)));
        q = Math.floor((q - t) / (Rfc3492.BASE - t));
      }
      out += digit(q);
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
 * The Punycode encoding (without `xn--`) of a string's code points, as punycode.js's `encode`
 * gives it.
 *
 * @example
 * toPunycode('みんな'); // 'q9jyb4c'
 * toPunycode('bücher'); // 'bcher-kva'
 */
export function toPunycode(text: string): string {
  return encode(Array.from(text, (char) => char.codePointAt(0)!));
}

/**
 * Length of one domain label after IDNA ASCII conversion as punycode.js's `toASCII` does it
 * (`xn--` + Punycode for a non-ASCII part; the ideographic full stops U+3002, U+FF0E, U+FF61 split
 * parts). A label of more code points than {@link Dns.MAX_LABEL_LENGTH} gives `Infinity` without
 * encoding, so the cost stays bounded for hostile input; any result above the maximum means
 * "too long".
 *
 * @example
 * asciiLabelLength('example'); // 7
 * asciiLabelLength('みんな'); // 11 ('xn--q9jyb4c')
 */
export function asciiLabelLength(label: string): number {
  if (!NON_ASCII.test(label)) return label.length;
  // Every code point costs at least one output character: counting them first (linear) bounds
  // the encoding's cost (quadratic in a part's length) to labels that may fit.
  if (Array.from(label).length > Dns.MAX_LABEL_LENGTH) return Infinity;
  const parts = label.split(/[\u3002\uff0e\uff61]/);
  let total = parts.length - 1;
  for (const part of parts) total += NON_ASCII.test(part) ? 4 + toPunycode(part).length : part.length;
  return total;
}
