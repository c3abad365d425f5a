/**
 * The range, of ranges sorted by start, whose start is the last at or before `at`, if it also
 * holds `at` (`start <= at < end`); else null. Binary search.
 *
 * @example
 * rangeAt([{ start: 0, end: 4 }, { start: 10, end: 20 }], 12); // { start: 10, end: 20 }
 * rangeAt([{ start: 0, end: 4 }, { start: 10, end: 20 }], 6); // null
 */
export function rangeAt<Range extends { start: number; end: number }>(ranges: readonly Range[], at: number): Range | null {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ranges[mid]!.start <= at) low = mid + 1;
    else high = mid;
  }
  const range = ranges[low - 1];
  return range !== undefined && at < range.end ? range : null;
}
