/** How many code units one `String.fromCharCode.apply` call gets (bounded, never data-sized). */
const CHUNK = 8192;

/**
 * The text a Markdown projection writes, one UTF-16 code unit at a time, each with the input
 * offset it stands for; units written provisionally (a `[` that may open a link) can be dropped
 * later. Storage grows by doubling, so writing is amortised O(1) and memory follows what is
 * written, not the input's size.
 *
 * @example
 * const buffer = new ProjectionBuffer(8);
 * buffer.push(0x5b, 0); // '[' from input offset 0
 * buffer.push(0x61, 1); // 'a'
 * buffer.drop(0);
 * buffer.finish().text; // 'a'
 */
export class ProjectionBuffer {
  private codes: Uint16Array;
  private offsets: Int32Array;
  /** Dropped ranges of written indices, as start, end pairs in the order they were dropped. */
  private readonly drops: number[] = [];
  /** How many units have been written (dropped ones included). */
  length = 0;

  /** A buffer that grows (doubling) up to `capacity` units; writes past it are ignored. */
  constructor(private readonly capacity: number) {
    const initial = Math.max(16, Math.min(capacity, 4096));
    this.codes = new Uint16Array(initial);
    this.offsets = new Int32Array(initial);
  }

  /** Writes one code unit that stands for input offset `offset`. */
  push(code: number, offset: number): void {
    if (this.length >= this.codes.length && !this.grow()) return;
    this.codes[this.length] = code;
    this.offsets[this.length] = offset;
    this.length += 1;
  }

  private grow(): boolean {
    const size = Math.min(this.capacity, this.codes.length * 2);
    if (size <= this.codes.length) return false;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    this.codes = codes;
    const offsets = new Int32Array(size);
    offsets.set(this.offsets);
    this.offsets = offsets;
    return true;
  }

  /** The code unit written at `index`. */
  codeAt(index: number): number {
    return this.codes[index] ?? 0;
  }

  /** Drops the units written at `start` up to `end` (they will not be in the finished text). O(1). */
  drop(start: number, end = start + 1): void {
    const from = Math.max(0, start);
    const to = Math.min(end, this.length);
    if (from < to) this.drops.push(from, to);
  }

  /**
   * The finished projection: its text, the input offset of each of its units, and `position`,
   * which maps an index written earlier to its index in the text (the next kept unit's index for
   * a dropped one). Call once: the buffer is compacted in place.
   *
   * One sweep: the drops are counted into a difference array (+1 where one starts, -1 where it
   * ends), so a unit is dropped where the running sum is above zero, however the ranges overlap;
   * the same array then holds, for each written index, how many units are kept before it.
   */
  finish(): { text: string; offsets: Int32Array; position: (written: number) => number } {
    const written = this.length;
    const { drops } = this;
    // Without drops every unit stays where it was written (and no count array is needed).
    const kept = drops.length === 0 ? null : new Int32Array(written + 1);
    let size = written;
    if (kept !== null) {
      for (let i = 0; i < drops.length; i += 2) {
        const start = drops[i] ?? 0;
        const end = drops[i + 1] ?? 0;
        kept[start] = (kept[start] ?? 0) + 1;
        kept[end] = (kept[end] ?? 0) - 1;
      }
      size = 0;
      let depth = 0;
      for (let i = 0; i < written; i++) {
        depth += kept[i] ?? 0;
        kept[i] = size;
        if (depth > 0) continue;
        this.codes[size] = this.codes[i] ?? 0;
        this.offsets[size] = this.offsets[i] ?? 0;
        size += 1;
      }
      kept[written] = size;
    }
    const parts: string[] = [];
    for (let at = 0; at < size; at += CHUNK) {
      // bounded-arguments: at most CHUNK (8,192) code units per call, far below the stack's limit.
      parts.push(String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(size, at + CHUNK)) as unknown as number[]));
    }
    this.length = size;
    return {
      text: parts.join(''),
      offsets: this.offsets.subarray(0, size),
      position: (index) => {
        const at = Math.max(0, Math.min(index, written));
        return kept === null ? at : (kept[at] ?? size);
      },
    };
  }
}
