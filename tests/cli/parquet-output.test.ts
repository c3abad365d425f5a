// The Parquet writer of --to parquet: JSON lines in, row groups written as they fill (so memory
// stays bounded), every record read back, a write failure reported.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flattenResult, openParquetOutput, parquetSchema } from '../../src/cli/parquet-output.js';
import { peers, readTable } from './parquet-tables.js';

const work = mkdtempSync(join(tmpdir(), 'embedsift-parquet-out-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An article result with `count` invented records. */
function article(n: number, count: number): Record<string, unknown> {
  const embeds = Array.from({ length: count }, (_, i) => ({
    platform: i % 2 === 0 ? 'twitter' : 'bluesky',
    id: `${n}${i}`,
    url: `https://social.example/${n}/${i}`,
    author: { name: `Reporter ${n}`, handle: `reporter${n}`, url: null },
    text: `Post ${i} of article ${n}, with a link.`,
    lang: 'en',
    publishedAt: '2024-05-01',
    datePrecision: 'day',
    publishedAtLocal: null,
    dateText: 'May 1, 2024',
    links: [{ url: 'https://t.co/x1', text: 't.co/x1', kind: 'short', expandedUrl: 'https://news.example/x' }],
    mentions: ['desk'],
    hashtags: [],
    cashtags: ['ACME'],
    source: { format: 'text', start: 10 * i, end: 10 * i + 9, markup: 'signature', bodyConfidence: 0.75 },
  }));
  return {
    id: `a${n}`,
    format: 'text',
    embeds,
    diagnostics: n % 7 === 0 ? [{ code: 'missing-date', severity: 'warning', message: 'm', start: 0, end: 1 }] : [],
  };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<Error | null | undefined> {
  return new Promise((resolve) => stream.write(text, (error) => resolve(error)));
}

describe('flattenResult', () => {
  it('one row per record, one row for an article with none; values in schema order', () => {
    expect(flattenResult(article(1, 3))).toHaveLength(3);
    const [empty] = flattenResult({ id: 5, line: 9, error: 'invalid JSON' });
    expect(empty?.slice(0, 10)).toEqual(['5', null, null, null, 9, null, null, 'invalid JSON', null, null]);
    expect(parquetSchema()[0]?.num_children).toBe(empty?.length);
  });
});

describe.skipIf(peers === null)('openParquetOutput', () => {
  it('writes a row group whenever one fills, before the end; every row reads back', async () => {
    if (peers === null) return;
    const file = join(work, 'groups.parquet');
    const output = openParquetOutput(file, peers.writer, { groupRows: 100, groupBytes: 1 << 30 });
    let expectedRows = 0;
    for (let n = 1; n <= 120; n++) {
      const count = n % 4;
      expectedRows += Math.max(1, count);
      expect(await write(output.stream, `${JSON.stringify(article(n, count))}\n`)).toBeFalsy();
    }
    // Two groups of 100 rows are on the disk already; the rest waits for close.
    expect(statSync(file).size).toBeGreaterThan(1000);
    output.close();
    const { rows, groups } = await readTable(file);
    // A group closes after the article that filled it (an article's rows stay together).
    for (const group of groups.slice(0, -1)) expect(group >= 100 && group < 104).toBe(true);
    expect(groups.length).toBe(3);
    expect(groups.reduce((a, b) => a + b, 0)).toBe(expectedRows);
    expect(rows).toHaveLength(expectedRows);
    const first = rows.find((row) => row.article_id === 'a3' && row.record_index === 2);
    expect(first).toMatchObject({
      platform: 'twitter',
      id: '32',
      author_handle: 'reporter3',
      links: [{ url: 'https://t.co/x1', text: 't.co/x1', kind: 'short', expanded_url: 'https://news.example/x' }],
      mentions: ['desk'],
      hashtags: [],
      cashtags: ['ACME'],
      source_start: 20,
      body_confidence: 0.75,
    });
    expect(rows.filter((row) => row.article_id === 'a4')).toMatchObject([{ record_index: null, platform: null }]);
    expect(rows.find((row) => row.article_id === 'a7')?.diagnostics).toEqual([
      { code: 'missing-date', severity: 'warning', message: 'm', start: 0, end: 1 },
    ]);
  });

  it('splits a line across writes; a group is cut by its size in bytes too', async () => {
    if (peers === null) return;
    const file = join(work, 'split.parquet');
    const output = openParquetOutput(file, peers.writer, { groupRows: 1_000_000, groupBytes: 2_000 });
    const text = Array.from({ length: 10 }, (_, n) => `${JSON.stringify(article(n + 1, 2))}\n`).join('');
    await write(output.stream, text.slice(0, 1234));
    await write(output.stream, text.slice(1234));
    output.close();
    const { rows, groups } = await readTable(file);
    expect(rows).toHaveLength(20);
    expect(groups.length).toBeGreaterThan(2);
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk fails the write or the close (ENOSPC)', async () => {
    if (peers === null) return;
    const output = openParquetOutput('/dev/full', peers.writer, { groupRows: 10, groupBytes: 1 << 30 });
    output.stream.on('error', () => {}); // the run's writer listens; here the callback says it
    let failure: unknown = null;
    for (let n = 1; n <= 40 && failure === null; n++) failure = (await write(output.stream, `${JSON.stringify(article(n, 1))}\n`)) ?? null;
    if (failure === null) {
      try {
        output.close();
      } catch (error) {
        failure = error;
      }
    }
    expect((failure as NodeJS.ErrnoException | null)?.code).toBe('ENOSPC');
  });
});
