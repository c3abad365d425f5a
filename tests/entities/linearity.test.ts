/**
 * extractEntities must stay linear on hostile input (SECURITY: no catastrophic backtracking). Each
 * pattern, with and without gluedUrls, is run at 128 KB, 512 KB and 2 MB and its CPU time compared
 * (see tests/robustness/cpu-growth.ts): 16× the input may cost at most 64× the CPU time (a
 * quadratic scanner costs ~256×, a backtracking one far more); past that, it is measured again at
 * 8 MB, where 4× more input may cost at most 8× more.
 */
import { describe, it } from 'vitest';
import { expectLinear, familiesIn } from '../robustness/cpu-growth.js';

describe('extractEntities CPU time grows linearly on hostile input', () => {
  it.each(familiesIn('entities'))('%s', (_name, family) => expectLinear(family.run, family.build));
});
