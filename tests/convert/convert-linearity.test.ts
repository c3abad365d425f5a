/**
 * Conversion stays linear on big and hostile inputs, in every embed mode: each family is run at
 * 128 KB, 512 KB and 2 MB and its CPU time compared (see tests/robustness/cpu-growth.ts).
 */
import { describe, it } from 'vitest';
import { expectLinear, familiesIn } from '../robustness/cpu-growth.js';

describe('convertArticle CPU time grows linearly with input size', () => {
  it.each(familiesIn('convert'))('%s', (_name, family) => expectLinear(family.run, family.build));
});
