// The streaming contract that GNU parallel --pipe, Hadoop Streaming and Spark's RDD.pipe rely on
// (issue 18): exactly one output line per input line, in order, whatever the block boundaries,
// and an exit status that tells a failed block. Run through GNU parallel itself when it is
// installed (CI installs it from Debian; EMBEDSIFT_REQUIRE_PARALLEL=1 makes its absence a failure).
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliPath, generatedCorpus, parseJsonl } from './run-built-cli.js';

const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
const required = process.env.EMBEDSIFT_REQUIRE_PARALLEL === '1';

function pipeThroughParallel(input: string, extra: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const args = [
      '--pipe',
      '--keep-order',
      '--block',
      '24k',
      '-j',
      '2',
      '--will-cite',
      process.execPath,
      cliPath,
      'extract',
      '--from',
      'jsonl',
      '--workers',
      '0',
      '--no-progress',
      ...extra,
    ];
    const child = spawn('parallel', args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(input);
  });
}

describe.skipIf(!hasParallel && !required)('GNU parallel --pipe over the JSONL command', () => {
  it('is installed where CI requires it', () => {
    expect(hasParallel).toBe(true);
  });

  it('one output line per input line, in input order, across many blocks; bad lines keep their place', { timeout: 180_000 }, async () => {
    const { jsonl, articles } = generatedCorpus(200);
    const lines = jsonl.split('\n');
    lines[150] = 'this is not json';
    const input = lines.join('\n');
    const { code, stdout, stderr } = await pipeThroughParallel(input, []);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = parseJsonl(stdout);
    expect(output).toHaveLength(articles.length);
    const ids = output.map((line) => line.id);
    expect(ids.slice(0, 150)).toEqual(articles.slice(0, 150).map((article) => article.id));
    expect(ids[150]).toBeNull();
    expect(String(output[150]?.error)).toMatch(/^invalid JSON/);
    expect(ids.slice(151)).toEqual(articles.slice(151).map((article) => article.id));
    expect(input.length).toBeGreaterThan(6 * 24 * 1024); // several blocks, each its own process
  });

  it('--strict: a block with an error line fails, and parallel exits non-zero', { timeout: 180_000 }, async () => {
    const { jsonl } = generatedCorpus(30);
    const ok = await pipeThroughParallel(jsonl, ['--strict']);
    expect(ok.code).toBe(0);
    const failed = await pipeThroughParallel(`${jsonl}{"id":"x"}\n`, ['--strict']);
    expect(failed.code).not.toBe(0);
    expect(parseJsonl(failed.stdout)).toHaveLength(31);
  });
});
