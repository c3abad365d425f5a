/**
 * Hostile input must not make extraction super-linear (ReDoS, quadratic back-scans). Each family
 * of flattened text (and each fuzz token repeated) is run at 128 KB, 512 KB and 2 MB and its CPU
 * time compared (see `cpu-growth.ts`). The families live in bench/hostile-families.mjs, shared
 * with the throughput bench.
 */
import { describe, it } from 'vitest';
import { expectLinear, familiesIn } from './cpu-growth.js';

describe('extractEmbeds CPU time grows linearly with input size', () => {
  it.each(familiesIn('text', 'text (html)'))('%s', (_name, family) => expectLinear(family.run, family.build));
});

describe('each fuzz token repeated stays linear', () => {
  it.each(familiesIn('fuzz tokens'))('%s', (_name, family) => expectLinear(family.run, family.build));
});
