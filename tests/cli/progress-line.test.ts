import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressLine, formatProgress } from '../../src/cli/progress-line.js';
import { cliPath, generatedCorpus, root } from './run-built-cli.js';

/** A writable stream that keeps what was written. */
function sink(): NodeJS.WritableStream & { written: string[] } {
  const written: string[] = [];
  return { written, write: (chunk: string) => written.push(chunk) > 0 } as unknown as NodeJS.WritableStream & { written: string[] };
}

describe('ProgressLine', () => {
  afterEach(() => vi.useRealTimers());

  it('on a terminal rewrites one line in place four times a second and clears it at the end', () => {
    vi.useFakeTimers();
    const counters = { items: 10, embeds: 3, errors: 1, bytesDone: 500 };
    const stream = sink();
    const progress = new ProgressLine(stream, true, counters, 1000);
    progress.start();
    vi.advanceTimersByTime(1000);
    expect(stream.written).toHaveLength(4);
    for (const line of stream.written) expect(line).toMatch(/^\r\x1b\[Kembedsift: 10 articles · .* · 3 embeds · 1 error · 50%/);
    progress.stop();
    expect(stream.written.at(-1)).toBe('\r\x1b[K');
  });

  it('elsewhere prints one line a second and a final line', () => {
    vi.useFakeTimers();
    const stream = sink();
    const progress = new ProgressLine(stream, false, { items: 2, embeds: 0, errors: 0, bytesDone: 0 }, null);
    progress.start();
    vi.advanceTimersByTime(2000);
    progress.stop();
    expect(stream.written).toHaveLength(3);
    for (const line of stream.written) expect(line).toMatch(/^embedsift: 2 articles · .*\n$/);
  });

  it('formats percent and ETA only when the input size is known', () => {
    const known = formatProgress({ items: 100, embeds: 7, errors: 0, bytesDone: 250 }, 1000, 10_000);
    expect(known).toMatch(/100 articles · 10\/s · 7 embeds · 0 errors · 25% · ETA/);
    expect(formatProgress({ items: 100, embeds: 7, errors: 0, bytesDone: 250 }, null, 10_000)).not.toMatch(/%|ETA/);
  });
});

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasScript)('the built command on a terminal', () => {
  it('draws the progress line in place on stderr when stderr is a terminal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'embedsift-tty-'));
    try {
      const corpus = join(dir, 'corpus.jsonl');
      const out = join(dir, 'out.jsonl');
      const { jsonl, articles } = generatedCorpus(200);
      await writeFile(corpus, jsonl);
      // stdin stays open for a second after the corpus, so the line is drawn at least once; stdout
      // goes to a file, stderr to the pseudo-terminal that `script` records.
      const command = `(cat '${corpus}'; sleep 1) | '${process.execPath}' '${cliPath}' extract --from jsonl - > '${out}'`;
      const run = spawnSync('script', ['-qfec', command, '/dev/null'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/\r\x1b\[Kembedsift: \d+ articles · /);
      expect(run.stdout).toMatch(/\r\x1b\[K$/);
      expect((await readFile(out, 'utf8')).trimEnd().split('\n')).toHaveLength(articles.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
