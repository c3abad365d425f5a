/** Limits (an enum, so that bundlers write the numbers in place). */
enum Limit {
  /** How many code units one `String.fromCharCode.apply` call gets (bounded, never data-sized). */
  CHUNK = 8192,
}

/** The finished text of a {@link ProjectionBuffer}. */
interface FinishedProjection {
  text: string;
  /** The input offset of each unit of `text`. */
  offsets: Int32Array;
  /** Maps an index written earlier to its index in the text (the next kept unit's for a dropped one). */
  position: (written: number) => number;
}

/**
 * The text a Markdown projection writes, one UTF-16 code unit at a time, each with the input
 * offset it stands for; units written provisionally (a `[` that may open a link) can be dropped
 * later.
 *
 * @example
 * const buffer: ProjectionBuffer = projectionBuffer(8);
 */
export interface ProjectionBuffer {
  /** How many units have been written (dropped ones included). */
  readonly length: number;
  /** Writes one code unit that stands for input offset `offset`; past the capacity, nothing. */
  push(code: number, offset: number): void;
  /** The code unit written at `index`. */
  codeAt(index: number): number;
  /** Drops the units written at `start` up to `end` (they will not be in the finished text). O(1). */
  drop(start: number, end?: number): void;
  /**
   * The finished projection: its text, the input offset of each of its units, and `position`.
   * Call once: the buffer is compacted in place.
   */
  finish(): FinishedProjection;
}

/**
 * A {@link ProjectionBuffer} that grows (doubling) up to `capacity` units; writes past it are
 * ignored. Writing is amortised O(1) and memory follows what is written, not the input's size.
 * (Closures rather than a class: the bundle then keeps no field or method names.)
 *
 * @example
 * const buffer = projectionBuffer(8);
 * buffer.push(0x5b, 0); // '[' from input offset 0
 * buffer.push(0x61, 1); // 'a'
 * buffer.drop(0);
 * buffer.finish().text; // 'a'
 */
export function projectionBuffer(capacity: number): ProjectionBuffer {
  const initial = Math.max(16, Math.min(capacity, 4096));
  let codes = new Uint16Array(initial);
  let offsets = new Int32Array(initial);
  /** Dropped ranges of written indices, as start, end pairs in the order they were dropped. */
  const drops: number[] = [];
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(code, offset) {
      if (length >= codes.length) {
        const size = Math.min(capacity, codes.length * 2);
        if (size <= codes.length) return;
        const grownCodes = new Uint16Array(size);
        grownCodes.set(codes);
        codes = grownCodes;
        const grownOffsets = new Int32Array(size);
        grownOffsets.set(offsets);
        offsets = grownOffsets;
      }
      codes[length] = code;
      offsets[length] = offset;
      length += 1;
    },
    // Callers read only what was written (index < length).
    codeAt: (index) => codes[index]!,
    drop(start, end = start + 1) {
      const from = Math.max(0, start);
      const to = Math.min(end, length);
      if (from < to) drops.push(from, to);
    },
    // One sweep: the drops are counted into a difference array (+1 where one starts, -1 where it
    // ends), so a unit is dropped where the running sum is above zero, however the ranges overlap;
    // the same array then holds, for each written index, how many units are kept before it.
    finish() {
      const written = length;
      // Without drops every unit stays where it was written (and no count array is needed).
      const kept = drops.length === 0 ? null : new Int32Array(written + 1);
      let size = written;
      if (kept !== null) {
        // Every index read here lies in [0, written] (drop clips its range to what was written).
        for (let i = 0; i < drops.length; i += 2) {
          kept[drops[i]!]!++;
          kept[drops[i + 1]!]!--;
        }
        size = 0;
        let depth = 0;
        for (let i = 0; i < written; i++) {
          depth += kept[i]!;
          kept[i] = size;
          if (depth > 0) continue;
          codes[size] = codes[i]!;
          offsets[size] = offsets[i]!;
          size += 1;
        }
        kept[written] = size;
      }
      const parts: string[] = [];
      for (let at = 0; at < size; at += Limit.CHUNK) {
        // bounded-arguments: at most Limit.CHUNK (8,192) code units per call, far below the stack's limit.
        parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(size, at + Limit.CHUNK)) as unknown as number[]));
      }
      length = size;
      return {
        text: parts.join(''),
        offsets: offsets.subarray(0, size),
        position: (index) => {
          const at = Math.max(0, Math.min(index, written));
          return kept === null ? at : kept[at]!;
        },
      };
    },
  };
}
