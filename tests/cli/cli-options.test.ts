import { describe, expect, it } from 'vitest';
import { workerConfigOf } from '../../src/cli/cli-options.js';
import { optionsOf } from './parsed-options.js';

describe('workerConfigOf', () => {
  it('carries what the workers need from an extract command line', () => {
    const config = workerConfigOf(optionsOf(['extract', '--from', 'jsonl', '--text-field', 'body', '--max-records', '7']));
    expect(config).toMatchObject({ command: 'extract', textField: 'body', htmlField: 'html', idField: 'id', markdown: false, raw: false });
    expect(config.limits.maxRecords).toBe(7);
  });

  it('asks for Markdown only when converting to md, and raw records when expanding', () => {
    expect(workerConfigOf(optionsOf(['convert', '--to', 'md'])).markdown).toBe(true);
    expect(workerConfigOf(optionsOf(['extract', '--to', 'md'])).markdown).toBe(false);
    expect(workerConfigOf(optionsOf(['extract', '--expand'])).raw).toBe(true);
  });

  it('bounds the input length by the larger byte limit', () => {
    const config = workerConfigOf(optionsOf(['extract', '--max-line-bytes', '64K', '--max-file-bytes', '2M']));
    expect(config.limits.maxInputLength).toBe(2 * 1024 * 1024);
  });
});
