import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInputs } from '../../src/cli/check-inputs.js';
import { isUsageError } from '../../src/cli/usage-error.js';
import { optionsOf } from './parsed-options.js';

const dir = mkdtempSync(join(tmpdir(), 'embedsift-check-inputs-'));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.html');
writeFileSync(a, 'The harbour reopened.\n');
writeFileSync(b, '<p>Ferry at dawn</p>\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkInputs', () => {
  it('adds up the sizes of the files this shard reads', () => {
    expect(checkInputs(optionsOf(['extract', a, b]))).toBe(22 + 21);
    expect(checkInputs(optionsOf(['extract', '--shard', '2/2', a, b]))).toBe(21);
  });

  it('counts a missing file as empty and gives no total with stdin', () => {
    expect(checkInputs(optionsOf(['extract', a, join(dir, 'missing.txt')]))).toBe(22);
    expect(checkInputs(optionsOf(['extract', a, '-']))).toBeNull();
  });

  it('refuses stdin twice', () => {
    let error: unknown;
    try {
      checkInputs(optionsOf(['extract', '-', '-']));
    } catch (caught) {
      error = caught;
    }
    expect(isUsageError(error)).toBe(true);
    expect((error as Error).message).toBe("stdin ('-') can be read only once");
  });
});
