import { deprecationNotice } from '../kit/index.js';

/**
 * The expander options renamed so that every time ends in `Ms`, old name → new name. The old names
 * are read for one release, with a warning; the type marks them `@deprecated`.
 *
 * @example
 * renamedExpandOptions.totalTimeout; // 'totalTimeoutMs'
 */
export const renamedExpandOptions = Object.freeze({
  connectTimeout: 'connectTimeoutMs',
  headersTimeout: 'headersTimeoutMs',
  totalTimeout: 'totalTimeoutMs',
  retryDelay: 'retryDelayMs',
  maxRetryAfter: 'maxRetryAfterMs',
  cacheTimeout: 'cacheTimeoutMs',
  cacheTtl: 'cacheTtlMs',
} as const);

/**
 * An old option name of {@link renamedExpandOptions}.
 *
 * @example
 * const old: RenamedExpandOption = 'cacheTimeout';
 */
export type RenamedExpandOption = keyof typeof renamedExpandOptions;

/** The code of the `DeprecationWarning` an old option name emits. */
export const DEPRECATED_OPTION_CODE = 'EMBEDSIFT_DEPRECATED_OPTION';

/** Old names already warned about in this process: one warning per name. */
const warned = new Set<string>();

/**
 * Options with the old names of {@link renamedExpandOptions} moved to the new ones, and which name
 * each option was given as (for messages).
 *
 * @example
 * const { options, givenAs } = renameOptions({ totalTimeout: 5000 }, 'createExpander');
 * options.totalTimeoutMs; // 5000
 * givenAs.get('totalTimeoutMs'); // 'totalTimeout'
 */
export interface RenamedOptions {
  /** The options under their current names (the object given when no old name was used). */
  options: Record<string, unknown>;
  /** Current name → the old name it was given as. */
  givenAs: ReadonlyMap<string, string>;
}

/**
 * Reads the old names of {@link renamedExpandOptions}: each one given moves to its new name, and
 * the first use of each old name in the process emits one `DeprecationWarning` (code
 * {@link DEPRECATED_OPTION_CODE}; Node's `--no-deprecation` silences it). An old and a new name
 * for the same option together are a `TypeError`, whatever the values. An old name whose value is
 * `undefined` is dropped, as an absent option.
 *
 * @example
 * renameOptions({ cacheTimeout: 250 }, 'createExpander').options; // { cacheTimeoutMs: 250 }, and one warning
 * renameOptions({ cacheTimeout: 250, cacheTimeoutMs: 250 }, 'createExpander'); // throws TypeError
 */
export function renameOptions(options: Record<string, unknown>, caller: string): RenamedOptions {
  let renamed: Record<string, unknown> | null = null;
  const givenAs = new Map<string, string>();
  for (const [old, current] of Object.entries(renamedExpandOptions)) {
    if (!Object.hasOwn(options, old)) continue;
    if (options[current] !== undefined && options[old] !== undefined) {
      throw new TypeError(
        `${caller}: options.${old} and options.${current} name the same option; give ${current} only (${old} is deprecated)`,
      );
    }
    renamed ??= { ...options };
    delete renamed[old];
    if (options[old] === undefined) continue;
    renamed[current] = options[old];
    givenAs.set(current, old);
    warnOnce(old, current);
  }
  return { options: renamed ?? options, givenAs };
}

function warnOnce(old: string, current: string): void {
  if (warned.has(old)) return;
  warned.add(old);
  process.emitWarning(deprecationNotice(`The expander option ${old}`, `${current} (the same value, in milliseconds)`), {
    type: 'DeprecationWarning',
    code: DEPRECATED_OPTION_CODE,
  });
}
