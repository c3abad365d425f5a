// embedsift work on a real redis-server on 127.0.0.1 (skipped with a notice when redis-server is
// not installed; EMBEDSIFT_REQUIRE_REDIS=1 makes that a failure): a job that keeps failing ends in
// the failed list with its reason and leaves no part, and WARC and whole-file jobs give the lines a
// single run gives, as do Parquet row-range jobs.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonl, runCli } from '../run-built-cli.js';
import { httpResponse, warcFile } from '../warc-writer.js';
import { peers, writeTable } from '../parquet-tables.js';
import { article, enqueueJsonl, mergedParts, partFiles, queueStatus, redisAvailable, SLOW, useQueueWorkspace } from './queue-helpers.js';

const hasRedis = redisAvailable('tests/cli/queue/work-command.test.ts');

describe('embedsift work without a reachable queue', () => {
  it('gives up on a refused Redis with exit 1', SLOW, async () => {
    const work = await runCli([
      'work',
      '--queue',
      'redis://127.0.0.1:1',
      '-o',
      join(tmpdir(), 'embedsift-never'),
      '--queue-timeout-ms',
      '2000',
    ]);
    expect(work.code).toBe(1);
    expect(work.stderr).toMatch(/cannot reach queue embedsift at redis:\/\/127\.0\.0\.1:1/);
  });
});

describe.skipIf(!hasRedis)('embedsift work on a real redis-server', () => {
  const space = useQueueWorkspace();
  const work = (name: string, out: string) =>
    runCli(['work', '--queue', space.redis().url, '--queue-name', name, '-o', out, '--workers', '0', '--lock-ms', '5000']);

  it('a job that keeps failing ends failed, with its reason, and leaves no part', SLOW, async () => {
    const url = space.redis().url;
    const keep = space.write('keep.jsonl', article('k1') + article('k2') + article('k3'));
    const gone = space.write('gone.jsonl', article('g1'));
    const queued = await enqueueJsonl(url, 'failing', 2, [keep, gone], ['--attempts', '2']);
    expect(queued.code, queued.stderr).toBe(0);

    rmSync(gone);
    const out = space.path('failing-out');
    const worked = await work('failing', out);
    expect(worked.code).toBe(1);
    expect(worked.stderr).toMatch(/failed, attempt 1 of 2, will be retried: cannot read .*gone\.jsonl: no such file/);
    expect(worked.stderr).toMatch(/1 job\(s\) failed: see embedsift status/);

    const status = await queueStatus(url, 'failing');
    expect(status.counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 2, failed: 1 });
    expect(status.failed).toHaveLength(1);
    expect(status.failed[0]).toMatchObject({ id: expect.stringMatching(/^000003-/), attempts: 2 });
    expect(status.failed[0]?.reason).toMatch(/cannot read .*gone\.jsonl: no such file/);
    expect(status.failed[0]?.input).toMatch(/gone\.jsonl, from line 4$/);
    expect(readdirSync(out).filter((name) => !name.startsWith('part-'))).toEqual([]);
    expect(parseJsonl(mergedParts(out)).map((line) => line.id)).toEqual(['k1', 'k2', 'k3']);

    const text = await runCli(['status', '--queue', url, '--queue-name', 'failing']);
    expect(text.stdout).toMatch(
      /^queue failing at redis:\/\/127\.0\.0\.1:\d+\nwaiting 0, active 0, delayed 0, prioritized 0, completed 2, failed 1\nfailed jobs:\n {2}000003-/,
    );
  });

  it('WARC and whole-file jobs: the merged parts are the lines of single runs, in input order', SLOW, async () => {
    const url = space.redis().url;
    const page = (n: number) =>
      `<article><p>Story ${n}.</p><blockquote class="twitter-tweet"><p>Post ${n}</p>&mdash; Desk (@desk) <a href="https://twitter.com/desk/status/${n}00">May 1, 2024</a></blockquote></article>`;
    const html = [1, 2, 3].map((n) => space.write(`page-${n}.html`, page(n)));
    const records = [4, 5].map((n) => ({
      type: 'response',
      uri: `https://news.example/${n}`,
      block: httpResponse({ 'Content-Type': 'text/html' }, page(n)),
    }));
    const warc = space.write('crawl.warc.gz', warcFile(records, true));
    const queued = await runCli([
      'enqueue',
      'extract',
      '--queue',
      url,
      '--queue-name',
      'mixed',
      '--batch-files',
      '2',
      ...html.slice(0, 2),
      warc,
      html[2] ?? '',
    ]);
    expect(queued.code, queued.stderr).toBe(0);
    const out = space.path('mixed-out');
    const worked = await work('mixed', out);
    expect(worked.stderr).toBe('');
    expect(worked.code).toBe(0);
    expect(partFiles(out)).toHaveLength(3);

    const filesRun = await runCli(['extract', '--to', 'jsonl', '--workers', '0', ...html.slice(0, 2)]);
    const warcRun = await runCli(['extract', '--workers', '0', warc]);
    const lastRun = await runCli(['extract', '--to', 'jsonl', '--workers', '0', html[2] ?? '']);
    expect(mergedParts(out)).toBe(filesRun.stdout + warcRun.stdout + lastRun.stdout);
    expect(parseJsonl(warcRun.stdout).map((line) => line.url)).toEqual(['https://news.example/4', 'https://news.example/5']);
    expect((await queueStatus(url, 'mixed')).counts).toMatchObject({ completed: 3, failed: 0 });
  });

  it.skipIf(peers === null)(
    'Parquet row-range jobs: every row once, the merged parts equal a single run; a later worker sweeps leftovers',
    SLOW,
    async () => {
      const url = space.redis().url;
      const table = space.path('wire.parquet');
      const ids = Array.from({ length: 12 }, (_, i) => `w${i}`);
      const text = (i: number) => `Harbour report ${i}.\n\nhttps://x.com/portdesk/status/18${String(i).padStart(17, '0')}`;
      writeTable(
        table,
        [
          { name: 'doc', data: ids, type: 'STRING' },
          { name: 'body', data: ids.map((_, i) => text(i)), type: 'STRING' },
        ],
        4,
      );
      const flags = ['--from', 'parquet', '--id-field', 'doc', '--text-field', 'body'];
      const queued = await runCli(['enqueue', 'extract', ...flags, '--queue', url, '--queue-name', 'rows', '--batch-rows', '3', table]);
      expect(queued.stderr).toMatch(/queued 6 job\(s\) from 1 Parquet file\(s\)/);
      const out = space.path('rows-out');
      const worked = await work('rows', out);
      expect(worked.stderr).toBe('');
      expect(worked.code).toBe(0);
      expect(partFiles(out)).toHaveLength(6);
      const single = await runCli(['extract', ...flags, '--workers', '0', table]);
      expect(mergedParts(out)).toBe(single.stdout);
      expect(parseJsonl(single.stdout).map((line) => line.id)).toEqual(ids);

      // Temporary files of finished jobs (as a killed worker leaves them) are removed by the next
      // worker; one of a job this queue does not know, and other files, stay.
      const [first, second] = partFiles(out);
      const stale = [`.${first}.999999-deadbeef.tmp`, `.${second}.999998-deadbeef.tmp`];
      const foreign = '.part-000001-00000000.jsonl.999999-deadbeef.tmp';
      for (const name of [...stale, foreign, 'notes.txt']) writeFileSync(join(out, name), '{"id":"half');
      const again = await work('rows', out);
      expect(again.code).toBe(0);
      expect(again.stderr).toMatch(/removed 2 temporary part file\(s\)/);
      expect(
        readdirSync(out)
          .filter((name) => !name.startsWith('part-'))
          .sort(),
      ).toEqual([foreign, 'notes.txt']);
      expect(mergedParts(out)).toBe(single.stdout);
    },
  );
});
