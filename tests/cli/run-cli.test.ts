// runCli in-process with a stdout whose write fails, as a full disk or a closed pipe would make it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_CODES, runCli } from '../../src/cli/run-cli.js';
import { generatedCorpus } from './run-built-cli.js';

const work = mkdtempSync(join(tmpdir(), 'embedsift-run-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stdout that takes `working` writes, then fails each with `code`. */
function stdoutFailingWith(code: string, working: number): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (chunks.length >= working) {
        callback(Object.assign(new Error(`${code}: write failed`), { code }));
        return;
      }
      chunks.push(chunk);
      callback();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function stderrText(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream, text: () => text };
}

describe('runCli with a failing stdout', () => {
  const { jsonl, articles } = generatedCorpus(3000);
  const corpus = join(work, 'corpus.jsonl');
  writeFileSync(corpus, jsonl);

  it('ENOSPC after some batches: exit 4, the message names the last whole line, every line before it is there', async () => {
    const stdout = stdoutFailingWith('ENOSPC', 2);
    const stderr = stderrText();
    const code = await runCli(['extract', '--from', 'jsonl', '--workers', '0', corpus], { stdout: stdout.stream, stderr: stderr.stream });
    expect(code).toBe(EXIT_CODES.outputFailed);
    const match =
      /^embedsift: cannot write to stdout: ENOSPC: write failed; the output is whole up to line (\d+) \(anything after it is a cut line\)\n$/.exec(
        stderr.text(),
      );
    const whole = Number(match?.[1]);
    expect(whole).toBeGreaterThan(0);
    expect(whole).toBeLessThan(articles.length);
    const lines = stdout.text().split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 1).toBe(whole);
    lines.slice(0, whole).forEach((line, i) => {
      expect((JSON.parse(line) as { id: string }).id).toBe(articles[i]?.id);
    });
  });

  it('EPIPE (the reader went away, `| head`): exit 0, nothing on stderr', async () => {
    const stdout = stdoutFailingWith('EPIPE', 1);
    const stderr = stderrText();
    const code = await runCli(['extract', '--from', 'jsonl', '--workers', '0', corpus], { stdout: stdout.stream, stderr: stderr.stream });
    expect(code).toBe(EXIT_CODES.done);
    expect(stderr.text()).toBe('');
  });
});
