/**
 * Hostile HTML must not make extraction super-linear: deep nesting, unmatched end tags, embed
 * elements that never close, megabytes of attributes, runaway comments and scripts. Each family
 * is run at 128 KB, 512 KB and 2 MB (and 8 MB when 2 MB cost more than 64× 128 KB) and its CPU
 * time compared (see `cpu-growth.ts`).
 *
 * A page without any embed marker is never walked (one regex pass decides), so families that
 * have no marker of their own open with one closed tweet embed (`LEAD` in
 * bench/hostile-families.mjs): that makes every pass run over the hostile part, the marker scan,
 * the tag walk, fragment parsing and, since the lead holds `(@`, the flattening of the page for
 * the text scanner.
 */
import { describe, it } from 'vitest';
import { LEAD, repeatTo } from '../../bench/hostile-families.mjs';
import { extractEmbeds } from '../../src/index.js';
import { KB, MB, expectLinear, familiesIn } from './cpu-growth.js';

describe('extractEmbeds (html) CPU time grows linearly with input size', () => {
  it.each(familiesIn('html'))('%s', (_name, family) => expectLinear(family.run, family.build));
});

describe('thousands of embeds stay linear beyond 1 MB', () => {
  // Checking flattened-text posts against the embeds found was once O(records²): invisible at
  // 1 MB, 12 s at 4 MB. Compare 256 KB, 1 MB and 4 MB of closed tweets back to back.
  it('256 KB → 4 MB of closed tweet blockquotes', () => {
    expectLinear(
      (input) => extractEmbeds(input, { format: 'html' }),
      (n) => repeatTo(LEAD, n),
      [256 * KB, MB, 4 * MB],
    );
  });
});
