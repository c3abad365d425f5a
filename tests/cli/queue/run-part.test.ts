// runPart: one queue job through the command's pipeline into its part file, atomically: a byte
// range of JSONL lines numbered from firstLine, whole files; a failing job leaves no part and no
// temporary file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPart } from '../../../src/cli/queue/run-part.js';
import { optionsOf } from '../parsed-options.js';
import { peers, writeTable } from '../parquet-tables.js';

const line = (id: string, text: string) => `${JSON.stringify({ id, text })}\n`;
const post = (n: number) => `Ferry news ${n}: the harbour reopens.\n\nhttps://x.com/portdesk/status/17900000000000000${n}`;

describe('runPart', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'embedsift-run-part-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const never = new AbortController().signal;

  it('runs a byte range of whole JSONL lines into the part, numbering lines from firstLine', async () => {
    const first = line('a1', post(1));
    const corpus = first + line('a2', post(2)) + line('a3', post(3));
    const file = join(directory, 'wire.jsonl');
    writeFileSync(file, corpus);
    const out = join(directory, 'part-000002-0badcafe.jsonl');
    const options = optionsOf(['extract', '--from', 'jsonl', '--workers', '0', file]);
    const start = Buffer.byteLength(first);
    const summary = await runPart(options, { kind: 'lines', file, start, end: Buffer.byteLength(corpus), firstLine: 2 }, out, never);
    expect(summary).toEqual({ items: 2, errors: 0, embeds: 2 });
    const written = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text));
    expect(written.map((record) => record.id)).toEqual(['a2', 'a3']);
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it("first removes the job's temporary files left by dead workers, and no other job's", async () => {
    const sub = mkdtempSync(join(directory, 'leftovers-'));
    const file = join(sub, 'one.jsonl');
    writeFileSync(file, line('c1', post(1)));
    const dead = '.part-000005-0badcafe.jsonl.999999-deadbeef.tmp';
    const other = '.part-000006-0badcafe.jsonl.999999-deadbeef.tmp';
    for (const name of [dead, other]) writeFileSync(join(sub, name), '{"id":"half');
    const options = optionsOf(['extract', '--from', 'jsonl', '--workers', '0', file]);
    await runPart(options, { kind: 'lines', file, start: 0, end: 1000, firstLine: 1 }, join(sub, 'part-000005-0badcafe.jsonl'), never);
    expect(readdirSync(sub).sort()).toEqual([other, 'one.jsonl', 'part-000005-0badcafe.jsonl']);
  });

  it('line numbers in error lines count from firstLine', async () => {
    const file = join(directory, 'broken.jsonl');
    writeFileSync(file, `${line('b1', post(1))}{not json\n`);
    const out = join(directory, 'part-000009-0badcafe.jsonl');
    const options = optionsOf(['extract', '--from', 'jsonl', '--workers', '0', file]);
    const summary = await runPart(options, { kind: 'lines', file, start: 0, end: 1000, firstLine: 41 }, out, never);
    expect(summary).toMatchObject({ items: 2, errors: 1 });
    const written = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text));
    expect(written[1]).toMatchObject({ line: 42 });
  });

  it('whole files: one line per file, in order', async () => {
    const files = [1, 2].map((n) => {
      const path = join(directory, `story-${n}.txt`);
      writeFileSync(path, post(n));
      return path;
    });
    const out = join(directory, 'part-000003-0badcafe.jsonl');
    const options = optionsOf(['extract', '--to', 'jsonl', '--workers', '0', ...files]);
    const summary = await runPart(options, { kind: 'files', files }, out, never);
    expect(summary).toEqual({ items: 2, errors: 0, embeds: 2 });
    const written = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((text) => JSON.parse(text));
    expect(written.map((record) => record.file)).toEqual(files);
  });

  it.skipIf(peers === null)('a Parquet row range: exactly its rows, numbered in the file, across row groups', async () => {
    const table = join(directory, 'wire.parquet');
    const ids = Array.from({ length: 10 }, (_, i) => `p${i}`);
    writeTable(
      table,
      [
        { name: 'id', data: ids, type: 'STRING' },
        { name: 'text', data: ids.map((_, i) => post(i)), type: 'STRING' },
      ],
      4,
    );
    const options = optionsOf(['extract', '--from', 'parquet', '--workers', '0', table]);
    const read = (path: string) =>
      readFileSync(path, 'utf8')
        .trimEnd()
        .split('\n')
        .map((text) => JSON.parse(text));
    const whole = join(directory, 'part-000010-0badcafe.jsonl');
    expect(await runPart(options, { kind: 'rows', file: table, rowStart: 0, rowEnd: 10 }, whole, never)).toEqual({
      items: 10,
      errors: 0,
      embeds: 10,
    });
    const part = join(directory, 'part-000011-0badcafe.jsonl');
    expect(await runPart(options, { kind: 'rows', file: table, rowStart: 3, rowEnd: 9 }, part, never)).toMatchObject({ items: 6 });
    expect(read(part).map((line) => [line.id, line.row])).toEqual([3, 4, 5, 6, 7, 8].map((row) => [`p${row}`, row]));
    expect(read(part)).toEqual(read(whole).slice(3, 9));

    // A range past the file's end (the file changed after it was queued) rejects and leaves no part.
    const beyond = join(directory, 'part-000012-0badcafe.jsonl');
    await expect(runPart(options, { kind: 'rows', file: table, rowStart: 8, rowEnd: 12 }, beyond, never)).rejects.toThrow(
      /reads rows 8–11, but the file has 10 rows/,
    );
    expect(readdirSync(directory).filter((name) => name.endsWith('.tmp') || name.startsWith('part-000012'))).toEqual([]);
  });

  it('an unreadable input, --strict with an error line, or an abort rejects and leaves no part and no temporary file', async () => {
    const sub = mkdtempSync(join(directory, 'fail-'));
    const missing = join(sub, 'gone.jsonl');
    const out = join(sub, 'part-000004-0badcafe.jsonl');
    const options = optionsOf(['extract', '--from', 'jsonl', '--workers', '0', missing]);
    await expect(runPart(options, { kind: 'warc', file: missing }, out, never)).rejects.toThrow(/gone\.jsonl/);
    expect(readdirSync(sub)).toEqual([]);

    const bad = join(directory, 'strict.jsonl');
    writeFileSync(bad, '{not json\n');
    const strict = optionsOf(['extract', '--from', 'jsonl', '--strict', '--workers', '0', bad]);
    await expect(runPart(strict, { kind: 'lines', file: bad, start: 0, end: 10, firstLine: 1 }, out, never)).rejects.toThrow(
      /--strict: 1 error line/,
    );
    expect(readdirSync(sub)).toEqual([]);

    const aborted = new AbortController();
    aborted.abort();
    const good = join(directory, 'wire.jsonl');
    const plain = optionsOf(['extract', '--from', 'jsonl', '--workers', '0', good]);
    await expect(runPart(plain, { kind: 'lines', file: good, start: 0, end: 10, firstLine: 1 }, out, aborted.signal)).rejects.toThrow();
    expect(readdirSync(sub)).toEqual([]);
  });
});
