/**
 * Reusable zeroed typed arrays for the scanners' per-text tables. extractEntities runs on every
 * post body, and allocating (and collecting) five fresh buffers per body was a large share of the
 * embed-dense cost. The scanners are synchronous and never re-entered, so each table has its
 * own slot, reused from call to call. Texts longer than {@link Pool.MAX_POOLED} get fresh arrays, so
 * one huge input does not pin its tables in memory.
 */

/**
 * The pool's limits (an enum, so that bundlers write the numbers in place).
 *
 * @example
 * zeroedInt32(Scratch.hostMemo, Pool.MAX_POOLED + 1); // a fresh array, not kept
 */
export enum Pool {
  /** Longest table kept for reuse (in elements). */
  MAX_POOLED = 1 << 16,
}

/**
 * The tables that have a slot (an enum, so that bundlers write the slot numbers in place).
 *
 * @example
 * zeroedInt32(Scratch.hostRunEnds, 120);
 */
export enum Scratch {
  hostRunEnds,
  hostUnderscores,
  hostMemo,
  asciiRunEnds,
  asciiMemo,
}

/**
 * One of {@link Scratch}'s slots.
 *
 * @example
 * const slot: ScratchSlot = Scratch.hostMemo;
 */
export type ScratchSlot = Scratch;

const int32Pool: (Int32Array | undefined)[] = [];
let uint8Pool: Uint8Array | undefined;

/**
 * An `Int32Array` whose first `length` elements are zero (it may be longer: index only below
 * `length`). Valid until the next call for the same slot.
 *
 * @example
 * const memo = zeroedInt32(Scratch.hostMemo, text.length + 1);
 */
export function zeroedInt32(slot: ScratchSlot, length: number): Int32Array {
  if (length > Pool.MAX_POOLED) return new Int32Array(length);
  const pooled = int32Pool[slot];
  if (pooled !== undefined && pooled.length >= length) {
    pooled.fill(0, 0, length);
    return pooled;
  }
  const fresh = new Int32Array(capacityFor(length));
  int32Pool[slot] = fresh;
  return fresh;
}

/**
 * A `Uint8Array` whose first `length` elements are zero, as {@link zeroedInt32} (one slot).
 *
 * @example
 * const marks = zeroedUint8(text.length + 1);
 */
export function zeroedUint8(length: number): Uint8Array {
  if (length > Pool.MAX_POOLED) return new Uint8Array(length);
  if (uint8Pool !== undefined && uint8Pool.length >= length) {
    uint8Pool.fill(0, 0, length);
    return uint8Pool;
  }
  uint8Pool = new Uint8Array(capacityFor(length));
  return uint8Pool;
}

function capacityFor(length: number): number {
  let capacity = 256;
  while (capacity < length) capacity *= 2;
  return capacity;
}
