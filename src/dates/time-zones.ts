/**
 * Time-zone abbreviations written after times in post signatures (Instagram's `10:10pm PDT`),
 * mapped to their offset from UTC in minutes. Only abbreviations with one common meaning are
 * listed: `IST` (India, Ireland, Israel), `AST` (Atlantic, Arabia) and `GST` are left out, and
 * ones that are everyday English words (`CAT`, `EAT`, `WAT`, `ART`) too. `CST` is US Central (not
 * China). Abbreviations are matched only as written, in capitals.
 *
 * @example
 * timeZoneOffsets.PDT; // -420
 * formatUtcOffset(timeZoneOffsets.CEST ?? 0); // '+02:00'
 */
export const timeZoneOffsets: Readonly<Record<string, number>> = Object.freeze({
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  SAST: 120,
  PKT: 300,
  ICT: 420,
  WIB: 420,
  WITA: 480,
  WIT: 540,
  HKT: 480,
  SGT: 480,
  PHT: 480,
  AWST: 480,
  JST: 540,
  KST: 540,
  ACST: 570,
  ACDT: 630,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  NST: -210,
  NDT: -150,
  ADT: -180,
  BRT: -180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
});

/**
 * The offset of a time-zone abbreviation in minutes east of UTC, or undefined when it is not listed
 * in {@link timeZoneOffsets}. Case-sensitive: `'pdt'` is not a zone.
 *
 * @example
 * timeZoneOffset('PDT'); // -420
 * timeZoneOffset('IST'); // undefined (ambiguous)
 */
export function timeZoneOffset(abbreviation: string): number | undefined {
  return Object.hasOwn(timeZoneOffsets, abbreviation) ? timeZoneOffsets[abbreviation] : undefined;
}

/**
 * Writes an offset in minutes as ISO 8601: `Z` for zero, else `±HH:MM`.
 *
 * @example
 * formatUtcOffset(-420); // '-07:00'
 * formatUtcOffset(0); // 'Z'
 * formatUtcOffset(330); // '+05:30'
 */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * A number of 0–99 as two digits, as ISO 8601 writes months, days, hours, minutes and offsets.
 *
 * @example
 * pad2(7); // '07'
 */
export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
