import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { openOutput, openOutputFile, outputName } from '../../src/cli/open-output.js';

const dir = mkdtempSync(join(tmpdir(), 'embedsift-open-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openOutputFile', () => {
  it('writes every chunk to the file and closes once', async () => {
    const path = join(dir, 'records.jsonl');
    const { stream, close } = openOutputFile(path);
    await new Promise<void>((resolve, reject) => stream.write('{"id":1}\n', (error) => (error ? reject(error) : resolve())));
    await new Promise<void>((resolve, reject) => stream.write(Buffer.from('{"id":2}\n'), (error) => (error ? reject(error) : resolve())));
    close();
    close();
    expect(readFileSync(path, 'utf8')).toBe('{"id":1}\n{"id":2}\n');
  });

  it('throws when the file cannot be opened', () => {
    expect(() => openOutputFile(join(dir, 'no-such-dir', 'out.jsonl'))).toThrow(/ENOENT/);
  });
});

describe('openOutput and outputName', () => {
  it('leave a stream that is not process.stdout as it is', () => {
    const sink = new PassThrough();
    expect(openOutput(sink)).toBe(sink);
    expect(outputName(sink)).toBe('stdout');
  });
});
