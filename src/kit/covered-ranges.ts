/** A stretch of the input, `[start, end)` in UTF-16 offsets. */
export interface Range {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/**
 * Answers "does `[start, end)` overlap any of these ranges?" for queries whose starts and ends only
 * grow, in amortised constant time: the ranges are taken in order of start, keeping the furthest
 * end. What the text and HTML paths use to tell a new find from one already covered by an embed.
 *
 * @example
 * const covered = new CoveredRanges([{ start: 10, end: 20 }]);
 * covered.overlaps(0, 5); // false
 * covered.overlaps(15, 16); // true
 */
export class CoveredRanges {
  /** Whether `[start, end)` overlaps a range; `start` and `end` must not decrease from call to call. */
  readonly overlaps: (start: number, end: number) => boolean;

  constructor(ranges: readonly Range[]) {
    // A loop, not `map`: an array made by the optimised `map` can differ in shape from the
    // interpreter's, and the code reading it is thrown away (V8's deoptimisation trace).
    const sorted: Range[] = [];
    for (const { start, end } of ranges) sorted.push({ start, end });
    sorted.sort((a, b) => a.start - b.start);
    // The state lives in the closure: the ranges taken so far and the furthest end among them.
    let next = 0;
    let furthestEnd = -1;
    this.overlaps = (start, end) => {
      while (next < sorted.length && (sorted[next]?.start ?? 0) < end) {
        furthestEnd = Math.max(furthestEnd, sorted[next]?.end ?? 0);
        next++;
      }
      return furthestEnd > start;
    };
  }
}
