/**
 * Throws a `TypeError` for the first own key of `options` that is not in `validKeys`, naming it
 * and the nearest valid key (by edit distance) when one is close: a typo such as `fromat` is a
 * programming error, not an option to ignore. `options` that is not an object is left to the
 * caller's own check.
 *
 * @example
 * checkOptionKeys({ fromat: 'html' }, ['format', 'maxRecords'], 'extractEmbeds');
 * // throws TypeError: extractEmbeds: unknown option "fromat" (did you mean "format"?)
 */
export function checkOptionKeys(options: unknown, validKeys: readonly string[], caller: string): void {
  if (typeof options !== 'object' || options === null) return;
  for (const key of Object.keys(options)) {
    if (validKeys.includes(key)) continue;
    const near = nearestKey(key, validKeys);
    const hint = near === null ? `; valid options are ${validKeys.map((k) => `"${k}"`).join(', ')}` : ` (did you mean "${near}"?)`;
    throw new TypeError(`${caller}: unknown option "${key.length > 40 ? `${key.slice(0, 40)}…` : key}"${hint}`);
  }
}

/**
 * The key of `validKeys` nearest to `key` by edit distance (case-insensitive), or null when even
 * the nearest needs more edits than a third of the longer name (rounded up, at least 2).
 *
 * @example
 * nearestKey('fromat', ['format', 'embeds']); // 'format'
 * nearestKey('colour', ['format', 'embeds']); // null
 */
export function nearestKey(key: string, validKeys: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const lower = key.toLowerCase().slice(0, 64);
  for (const valid of validKeys) {
    const distance = editDistance(lower, valid.toLowerCase());
    const allowed = Math.max(2, Math.ceil(Math.max(lower.length, valid.length) / 3));
    if (distance <= allowed && distance < bestDistance) {
      best = valid;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function editDistance(a: string, b: string): number {
  let previous2: number[] = [];
  let previous: number[] = [];
  for (let j = 0; j <= b.length; j++) previous.push(j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previous2[j - 2] as number) + 1);
      current.push(value);
    }
    previous2 = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The one wording of a deprecation, for the CLI's notices and the API's warnings alike: the old
 * name still works in this release, and the message names what to use instead.
 *
 * @example
 * deprecationNotice('--timeout 10s', '--timeout-ms 10000');
 * // '--timeout 10s is deprecated and will be removed in the next release; use --timeout-ms 10000'
 */
export function deprecationNotice(old: string, instead: string): string {
  return `${old} is deprecated and will be removed in the next release; use ${instead}`;
}
