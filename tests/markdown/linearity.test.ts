/**
 * Hostile Markdown (and text that quotes its blocks with `> `) must not make extraction
 * super-linear: each family of the `markdown` group in bench/hostile-families.mjs is run at 64 KB,
 * 256 KB and 1 MB and its CPU time compared (see ../robustness/cpu-growth.ts).
 */
import { describe, it } from 'vitest';
import { expectLinear, familiesIn } from '../robustness/cpu-growth.js';

describe('extractEmbeds CPU time on hostile Markdown grows linearly with input size', () => {
  it.each(familiesIn('markdown'))('%s', (_name, family) => expectLinear(family.run, family.build));
});
