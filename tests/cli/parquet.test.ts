// Parquet in and out (issue 18): the command reads tables of articles row group by row group, one
// output line per row, and writes records as a flat Parquet table. The tables are written here.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractEmbedsWithDiagnostics } from '../../src/index.js';
import { parseJsonl, root, runCli, textFixtures } from './run-built-cli.js';
import { peers, readTable, writeTable, type TestColumn } from './parquet-tables.js';

const work = mkdtempSync(join(tmpdir(), 'embedsift-parquet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const path = (name: string): string => join(work, name);

const page = readFileSync(join(root, 'fixtures/html/twitter-blockquote-basic.html'), 'utf8');
const texts = textFixtures().map((fixture) => fixture.text);
/** A page in windows-1252 that says so only in its meta tag (a BYTE_ARRAY cell is sniffed like bytes input). */
const latinPage = Buffer.from(
  '<html><head><meta charset="windows-1252"></head><body><blockquote class="twitter-tweet"><p lang="fr" dir="ltr">Le café du port rouvre à midi.</p>&mdash; Café du Port (@cafeduport) <a href="https://twitter.com/cafeduport/status/1724475340411212019">November 14, 2023</a></blockquote></body></html>',
  'latin1',
);

/**
 * Twelve articles in row groups of five: HTML rows, text rows (null HTML), a row with both cells
 * null, a row whose URL is not absolute, one whose HTML bytes are not UTF-8.
 */
function articles(): { columns: TestColumn[]; expected: ({ error: RegExp } | { embeds: unknown[]; format: string })[] } {
  const ids: (string | null)[] = [];
  const urls: (string | null)[] = [];
  const html: (string | null)[] = [];
  const text: (string | null)[] = [];
  const expected: ({ error: RegExp } | { embeds: unknown[]; format: string })[] = [];
  for (let row = 0; row < 12; row++) {
    const url = row % 3 === 0 ? null : `https://news.example/story-${row}`;
    ids.push(row === 4 ? null : `art-${row}`);
    urls.push(row === 7 ? 'story-7.html' : url);
    if (row === 5) {
      html.push(null);
      text.push(null);
      expected.push({ error: /columns "html" and "text" are null/ });
    } else if (row === 7) {
      html.push(page);
      text.push(null);
      expected.push({ error: /column "url" must be an absolute URL/ });
    } else if (row % 2 === 0) {
      html.push(page);
      text.push('ignored: the HTML cell wins');
      expected.push({
        embeds: extractEmbedsWithDiagnostics(page, { format: 'html', ...(url ? { baseUrl: url } : {}) }).embeds,
        format: 'html',
      });
    } else {
      const article = texts[row % texts.length] ?? '';
      html.push(null);
      text.push(article);
      expected.push({ embeds: extractEmbedsWithDiagnostics(article, { format: 'text' }).embeds, format: 'text' });
    }
  }
  return {
    columns: [
      { name: 'id', data: ids, type: 'STRING' },
      { name: 'url', data: urls, type: 'STRING' },
      { name: 'html', data: html, type: 'STRING' },
      { name: 'text', data: text, type: 'STRING' },
      { name: 'section', data: ids.map(() => 'world'), type: 'STRING' },
    ],
    expected,
  };
}

describe.skipIf(peers === null)('embedsift extract on Parquet files', () => {
  const { columns, expected } = articles();
  const table = path('articles.parquet');
  writeTable(table, columns, 5);

  it.each([0, 2])('one line per row, in order, naming file and row; --workers %i', async (workers) => {
    const { code, stdout, stderr } = await runCli(['extract', '--workers', String(workers), table]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines).toHaveLength(12);
    lines.forEach((line, row) => {
      expect(line.file).toBe(table);
      expect(line.row).toBe(row);
      expect(line.id).toBe(row === 4 ? null : `art-${row}`);
      const want = expected[row];
      if (want === undefined) throw new Error('no expectation');
      if ('error' in want) {
        expect(line.error).toMatch(want.error);
        expect(line.embeds).toBeUndefined();
      } else {
        expect(line.error).toBeUndefined();
        expect(line.format).toBe(want.format);
        expect(line.embeds).toEqual(want.embeds);
      }
    });
    // Every row with a URL has it; the HTML rows found their post.
    expect(lines[2]?.url).toBe('https://news.example/story-2');
    expect(((lines[2]?.embeds ?? []) as unknown[]).length).toBeGreaterThan(0);
  });

  it('--from parquet with other column names (--html-field, --id-field, --url-field), a 64-bit id, a missing url column', async () => {
    const file = path('named.parquet');
    writeTable(
      file,
      [
        { name: 'doc_key', data: [9007199254740993n, 7n], type: 'INT64' },
        { name: 'body', data: [page, page], type: 'STRING' },
      ],
      1,
    );
    const { code, stdout } = await runCli([
      'extract',
      '--from',
      'parquet',
      '--html-field',
      'body',
      '--id-field',
      'doc_key',
      '--url-field',
      'link',
      file,
    ]);
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines.map((line) => [line.id, line.url, line.row])).toEqual([
      ['9007199254740993', null, 0],
      [7, null, 1],
    ]);
    expect(((lines[0]?.embeds ?? []) as unknown[]).length).toBeGreaterThan(0);
  });

  it('a BYTE_ARRAY cell is decoded as bytes input (meta charset); bytes that are not UTF-8 in a STRING column get invalid-encoding', async () => {
    const file = path('bytes.parquet');
    const broken = Buffer.concat([Buffer.from('<p>Caf'), Buffer.from([0xe9]), Buffer.from(' du port.</p>')]);
    writeTable(file, [{ name: 'html', data: [new Uint8Array(latinPage), new Uint8Array(broken)], type: 'BYTE_ARRAY' }], 10);
    const { code, stdout } = await runCli(['extract', file]);
    expect(code).toBe(0);
    const [latin, invalid] = parseJsonl(stdout);
    const embeds = latin?.embeds as { text: string; author: { name: string } }[];
    expect(embeds[0]?.text).toBe('Le café du port rouvre à midi.');
    expect(embeds[0]?.author.name).toBe('Café du Port');
    // Sniffed as UTF-8 (no meta): the lone 0xE9 is reported, and the row still has its result.
    expect(((invalid?.diagnostics ?? []) as { code: string }[]).map((d) => d.code)).toContain('invalid-encoding');
  });

  it('a cell that holds no text, a file with no article column, and one that is no Parquet file: error lines, exit 3, the others go on', async () => {
    const numbers = path('numbers.parquet');
    writeTable(numbers, [{ name: 'html', data: [1, 2], type: 'INT32' }], 10);
    const noArticle = path('no-article.parquet');
    writeTable(noArticle, [{ name: 'id', data: ['x', 'y', 'z'], type: 'STRING' }], 2);
    const garbage = path('garbage.parquet');
    writeFileSync(garbage, 'PAR1 this is not a table');
    const { code, stdout, stderr } = await runCli(['extract', numbers, noArticle, garbage, table]);
    expect(code).toBe(3);
    const lines = parseJsonl(stdout);
    expect(lines).toHaveLength(2 + 3 + 1 + 12);
    expect(lines[0]).toMatchObject({ file: numbers, row: 0, error: 'column "html" must hold text, got a number' });
    expect(lines.slice(2, 5).map((line) => [line.file, line.row, line.id])).toEqual([
      [noArticle, 0, 'x'],
      [noArticle, 1, 'y'],
      [noArticle, 2, 'z'],
    ]);
    expect(lines[2]?.error).toMatch(/^no column "text" or "html" \(its columns: id\)/);
    expect(lines[5]).toMatchObject({ file: garbage, row: null });
    expect(lines[5]?.error).toMatch(/^not a readable Parquet file/);
    expect(lines.slice(6).map((line) => line.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(stderr).toContain(`${noArticle}: no column "text" or "html"`);
    expect(stderr).toContain(`${garbage}: not a readable Parquet file`);
  });

  it('a cell over --max-line-bytes gets an error line; --format text reads only the text column', async () => {
    const { stdout } = await runCli(['extract', '--max-line-bytes', '1K', table]);
    const lines = parseJsonl(stdout);
    expect(lines[0]?.error).toBe('cell longer than --max-line-bytes (1024 bytes); skipped');
    const textOnly = parseJsonl((await runCli(['extract', '--from', 'parquet', '--format', 'text', table])).stdout);
    expect(textOnly[0]?.format).toBe('text');
    expect(textOnly[0]?.embeds).toEqual(extractEmbedsWithDiagnostics('ignored: the HTML cell wins', { format: 'text' }).embeds);
  });

  it('--shard k/n splits by row group: the shards are disjoint and cover every row', async () => {
    const seen: number[] = [];
    for (const shard of ['1/2', '2/2']) {
      const { code, stdout } = await runCli(['extract', '--shard', shard, table]);
      expect(code).toBe(0);
      const rows = parseJsonl(stdout).map((line) => line.row as number);
      // Row groups of 5 rows: shard 1 has groups 1 and 3 (rows 0-4, 10-11), shard 2 group 2.
      expect(rows).toEqual(shard === '1/2' ? [0, 1, 2, 3, 4, 10, 11] : [5, 6, 7, 8, 9]);
      seen.push(...rows);
    }
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('stdin is not a Parquet input; --to json with a Parquet file says why', async () => {
    const stdin = await runCli(['extract', '--from', 'parquet']);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('--from parquet reads files');
    const json = await runCli(['extract', '--to', 'json', table]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('is a Parquet file: its output is one JSON line per row; use --to jsonl or --to parquet');
  });
});

describe.skipIf(peers === null)('embedsift extract --to parquet', () => {
  const { columns } = articles();
  const table = path('round-trip.parquet');
  writeTable(table, columns, 4);

  /** The rows the JSONL output gives, flattened as the Parquet table is. */
  function expectedRows(lines: Record<string, unknown>[]): Record<string, unknown>[] {
    const rows: Record<string, unknown>[] = [];
    for (const line of lines) {
      const embeds = (line.embeds ?? []) as Record<string, unknown>[];
      const article = { article_id: line.id ?? null, article_row: line.row ?? null, error: line.error ?? null };
      if (embeds.length === 0) rows.push({ ...article, record_index: null, platform: null });
      embeds.forEach((embed, index) => {
        const author = embed.author as Record<string, unknown>;
        const source = embed.source as Record<string, unknown>;
        rows.push({
          ...article,
          record_index: index,
          platform: embed.platform,
          id: embed.id,
          url: embed.url,
          author_name: author.name,
          author_handle: author.handle,
          text: embed.text,
          published_at: embed.publishedAt,
          date_text: embed.dateText,
          links: (embed.links as Record<string, unknown>[]).map((link) => ({
            url: link.url,
            text: link.text,
            kind: link.kind,
            expanded_url: null,
          })),
          mentions: embed.mentions,
          hashtags: embed.hashtags,
          source_start: source.start,
          source_end: source.end,
          source_markup: source.markup,
        });
      });
    }
    return rows;
  }

  it.each([0, 2])(
    'Parquet in, Parquet out (--workers %i): every record of every row, and a row for each article without one',
    async (workers) => {
      const out = path(`records-${workers}.parquet`);
      const jsonl = parseJsonl((await runCli(['extract', '--workers', String(workers), table])).stdout);
      const { code, stderr } = await runCli(['extract', '--workers', String(workers), table, '--to', 'parquet', '-o', out]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const { rows } = await readTable(out);
      const want = expectedRows(jsonl);
      expect(want.filter((row) => row.platform !== null).length).toBeGreaterThan(5);
      expect(rows).toHaveLength(want.length);
      for (const [i, row] of rows.entries()) expect(row).toMatchObject(want[i] as Record<string, unknown>);
      // Diagnostics stay with their article, as JSON.
      expect(rows.find((row) => row.error === null)?.diagnostics).toEqual([]);
    },
  );

  it('JSONL in, Parquet out: article ids, error rows with their line number, and the records', async () => {
    const out = path('from-jsonl.parquet');
    const input = `${JSON.stringify({ id: 1, html: page, url: 'https://news.example/one' })}\nnot json\n${JSON.stringify({ id: 'b', text: 'No posts here.' })}\n`;
    const { code } = await runCli(['extract', '--from', 'jsonl', '--to', 'parquet', '-o', out], input);
    expect(code).toBe(0);
    const { rows } = await readTable(out);
    const embeds = extractEmbedsWithDiagnostics(page, { format: 'html', baseUrl: 'https://news.example/one' }).embeds;
    expect(rows.filter((row) => row.article_id === '1').map((row) => row.id)).toEqual(embeds.map((embed) => embed.id));
    expect(rows.find((row) => row.article_line === 2)?.error).toMatch(/^invalid JSON/);
    expect(rows.filter((row) => row.article_id === 'b')).toMatchObject([{ record_index: null, platform: null, error: null }]);
  });

  it('needs -o FILE and the extract command; a full disk is exit 4 and says the file is incomplete', async () => {
    expect((await runCli(['extract', '--to', 'parquet', table])).stderr).toContain('--to parquet needs -o FILE');
    expect((await runCli(['convert', '--to', 'parquet', '-o', path('c.parquet'), table])).stderr).toContain(
      'belongs to the extract command',
    );
    if (!existsSync('/dev/full')) return;
    const { code, stderr } = await runCli(['extract', table, '--to', 'parquet', '-o', '/dev/full']);
    expect(code).toBe(4);
    expect(stderr).toContain('cannot write to /dev/full');
    expect(stderr).toContain('the Parquet file is incomplete');
  });
});
