/** 2100-01-01T00:00:00Z: no id encodes a later time. */
const LAST_TIME = 4_102_444_800_000;

/**
 * How a platform's decimal post id encodes its creation time: the bits above `shift`, counted in
 * `unitMs` milliseconds since the Unix epoch; ids of more than `bits` bits, and times before
 * `firstTime` (Unix ms) or after 2099, carry none.
 *
 * @example
 * const mastodonIds: IdTimeLayout = { shift: 16n, unitMs: 1, bits: 63n, firstTime: Date.UTC(2016, 2, 16) };
 */
export interface IdTimeLayout {
  /** Low bits below the time (a sequence or a counter). */
  shift: bigint;
  /** Milliseconds per unit of the time bits: 1 for milliseconds, 1000 for seconds. */
  unitMs: number;
  /** The widest id the platform issues, in bits. */
  bits: bigint;
  /** The earliest real creation time (Unix ms): smaller times mean the id is of another kind. */
  firstTime: number;
}

/**
 * The creation time (Unix ms) a decimal post id encodes under `layout`, or null when the id is not
 * a decimal id of that layout or its time is outside the layout's range.
 *
 * @example
 * decimalIdTime('111183663194853769', { shift: 16n, unitMs: 1, bits: 63n, firstTime: 0 }); // 1696528063886
 */
export function decimalIdTime(id: string, layout: IdTimeLayout): number | null {
  if (!/^[0-9]{1,20}$/.test(id)) return null;
  const value = BigInt(id);
  if (value >= 1n << layout.bits) return null;
  const time = Number(value >> layout.shift) * layout.unitMs;
  return time >= layout.firstTime && time < LAST_TIME ? time : null;
}
