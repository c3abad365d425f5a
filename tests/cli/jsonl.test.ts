import { describe, expect, it } from 'vitest';
import { extractEmbedsWithDiagnostics } from '../../src/index.js';
import { generatedCorpus, parseJsonl, runCli } from './run-built-cli.js';

const TWEET = 'Nice. pic.twitter.com/AbCdEf1234 — Jane Roe (@janeroe) May 1, 2024';
const good = (id: unknown, text = TWEET): string => JSON.stringify({ id, text });

describe('embedsift extract --jsonl', () => {
  it('one output line per input line, bad lines get error lines with their line number, the run goes on', async () => {
    const input = Buffer.concat([
      Buffer.from(`${good(1)}\n`), // 1
      Buffer.from('\n'), // 2 blank
      Buffer.from('not json\n'), // 3
      Buffer.from('{"id":4}\n'), // 4 missing field
      Buffer.from('{"id":5,"text":5}\n'), // 5 non-string field
      Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9c, 0x0a]), // 6 binary junk
      Buffer.from('[1,2]\n'), // 7 not an object
      Buffer.from(
        `${JSON.stringify({ id: 'h', html: '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1785000000000000000">May 1, 2024</a></blockquote>' })}\r\n`,
      ), // 8 CRLF
      Buffer.from('   \t \n'), // 9 whitespace only
      Buffer.from(good({ nested: true })), // 10, no newline at the end, id not a string
    ]);
    const { code, stdout, stderr } = await runCli(['extract', '--from', 'jsonl', '--workers', '2'], input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = parseJsonl(stdout);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatchObject({ id: 1, format: 'text' });
    expect(lines[0]?.embeds).toEqual(extractEmbedsWithDiagnostics(TWEET, { format: 'text' }).embeds);
    expect(lines[1]).toEqual({ id: null, line: 2, error: 'empty line' });
    expect(lines[2]).toMatchObject({ id: null, line: 3, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[3]).toEqual({ id: 4, line: 4, error: 'missing field "text" or "html"' });
    expect(lines[4]).toEqual({ id: 5, line: 5, error: 'field "text" must be a string, got number' });
    expect(lines[5]).toMatchObject({ id: null, line: 6, error: expect.stringMatching(/^invalid UTF-8 at byte 0 /) });
    expect(lines[6]).toMatchObject({ id: null, line: 7, error: expect.stringMatching(/not a JSON object/) });
    expect(lines[7]).toMatchObject({ id: 'h', format: 'html' });
    expect((lines[7]?.embeds as unknown[]).length).toBe(1);
    expect(lines[8]).toEqual({ id: null, line: 9, error: 'empty line' });
    expect(lines[9]).toMatchObject({ id: null, format: 'text' });
  });

  it('--strict: exit 1 when a line failed, 0 when none did', async () => {
    expect((await runCli(['extract', '--from', 'jsonl', '--strict'], `${good(1)}\nnope\n`)).code).toBe(1);
    expect((await runCli(['extract', '--from', 'jsonl', '--strict'], `${good(1)}\n${good(2)}\n`)).code).toBe(0);
    expect((await runCli(['extract', '--from', 'jsonl'], `${good(1)}\nnope\n`)).code).toBe(0);
  });

  it('a line longer than --max-line-bytes gets an error line, is not parsed, and the lines around it are', async () => {
    const huge = JSON.stringify({ id: 'big', text: `${TWEET} ${'x'.repeat(300_000)}` });
    const input = `${good(1)}\n${huge}\n${good(3)}\n${huge}`; // the last oversized line has no newline
    const { code, stdout } = await runCli(['extract', '--from', 'jsonl', '--max-line-bytes', '64K'], input);
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines.map((line) => line.id)).toEqual([1, null, 3, null]);
    expect(lines[1]).toEqual({ id: null, line: 2, error: 'line longer than --max-line-bytes (65536 bytes); skipped' });
    expect(lines[3]).toMatchObject({ line: 4 });
    // With the default limit the same line is parsed.
    const whole = parseJsonl((await runCli(['extract', '--from', 'jsonl'], input)).stdout);
    expect(whole.map((line) => line.id)).toEqual([1, 'big', 3, 'big']);
  });

  it('invalid UTF-8 inside a JSON string gets an error line (JSONL is UTF-8), not U+FFFD in the records', async () => {
    const input = Buffer.concat([Buffer.from('{"id":"u","text":"caf'), Buffer.from([0xe9]), Buffer.from(' ok"}\n')]);
    const [line] = parseJsonl((await runCli(['extract', '--from', 'jsonl'], input)).stdout);
    expect(line).toMatchObject({ id: null, line: 1, error: expect.stringMatching(/^invalid UTF-8 at byte 21 /) });
  });

  it('--id-field, --text-field, --html-field and --format pick the fields', async () => {
    const input = `${JSON.stringify({ key: 'k1', body: TWEET, markup: '<p>none</p>' })}\n`;
    const args = ['extract', '--from', 'jsonl', '--id-field', 'key', '--text-field', 'body', '--html-field', 'markup'];
    const [auto] = parseJsonl((await runCli(args, input)).stdout);
    expect(auto).toMatchObject({ id: 'k1', format: 'html', embeds: [] });
    const [text] = parseJsonl((await runCli([...args, '--format', 'text'], input)).stdout);
    expect(text).toMatchObject({ id: 'k1', format: 'text' });
    expect((text?.embeds as unknown[]).length).toBe(1);
    const [missing] = parseJsonl((await runCli(['extract', '--from', 'jsonl', '--format', 'html'], `${good(9)}\n`)).stdout);
    expect(missing).toEqual({ id: 9, line: 1, error: 'missing field "html"' });
  });

  it('order is kept with 2 workers over thousands of generated articles, and matches the library', async () => {
    const { jsonl, articles } = generatedCorpus(3000);
    const { code, stdout } = await runCli(['extract', '--from', 'jsonl', '--workers', '2'], jsonl);
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines.map((line) => line.id)).toEqual(articles.map((article) => article.id));
    for (const index of [0, 1, 2, 137, 1500, 2999]) {
      const article = articles[index] as { id: string; text: string };
      const expected = extractEmbedsWithDiagnostics(article.text, { format: 'text' });
      expect(lines[index]?.embeds).toEqual(expected.embeds);
      expect(lines[index]?.diagnostics).toEqual(expected.diagnostics);
    }
    const single = await runCli(['extract', '--from', 'jsonl', '--workers', '1'], jsonl);
    expect(single.stdout).toBe(stdout);
    const inline = await runCli(['extract', '--from', 'jsonl', '--workers', '0'], jsonl);
    expect(inline.stdout).toBe(stdout);
  });

  it.each(['0', '1', '2'])('tens of thousands of tiny lines (several batches per read) all come out with --workers %s', async (workers) => {
    // One read of tiny lines cuts several batches at once; they must not hold the writer's room
    // before they are submitted (that stalled the run and lost every line with --workers 0).
    const lines = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ id: i + 1, text: i % 1000 === 0 ? TWEET : 'x' }));
    const { code, stdout, stderr } = await runCli(['extract', '--from', 'jsonl', '--workers', workers, '-'], `${lines.join('\n')}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = parseJsonl(stdout);
    expect(out).toHaveLength(30_000);
    expect(out.map((line) => line.id)).toEqual(lines.map((_, i) => i + 1));
    expect(out.filter((line) => Array.isArray(line.embeds) && line.embeds.length === 1)).toHaveLength(30);
  });

  it('several inputs are read one after the other, lines numbered across them', async () => {
    const { code, stdout } = await runCli(
      ['extract', '--from', 'jsonl', '-', 'fixtures/articles/seed-style-article.json'],
      `${good(1)}\nbad\n`,
    );
    // The second operand is a pretty-printed JSON file: every line of it is a (bad) JSONL line.
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines[0]).toMatchObject({ id: 1 });
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines.slice(2).every((line, i) => line.line === i + 3)).toBe(true);
  });
});

describe('--shard k/n over JSONL', () => {
  it('the shards cover every line exactly once and keep their line numbers', async () => {
    const { jsonl } = generatedCorpus(500);
    const input = jsonl.replace(/^.*"a(?:7|70|333)".*$/gm, 'broken'); // a few error lines
    const whole = parseJsonl((await runCli(['extract', '--from', 'jsonl'], input)).stdout);
    expect(whole).toHaveLength(500);
    const n = 3;
    const seen = new Map<string, Record<string, unknown>>();
    for (let k = 1; k <= n; k++) {
      const { code, stdout } = await runCli(['extract', '--from', 'jsonl', '--shard', `${k}/${n}`, '--workers', '2'], input);
      expect(code).toBe(0);
      for (const line of parseJsonl(stdout)) {
        const key = line.id === null ? `line ${String(line.line)}` : String(line.id);
        expect(seen.has(key), key).toBe(false);
        seen.set(key, line);
        // Line L belongs to shard ((L - 1) mod n) + 1.
        const number = line.id === null ? (line.line as number) : Number(String(line.id).slice(1));
        expect(((number - 1) % n) + 1).toBe(k);
      }
    }
    expect(seen.size).toBe(500);
    for (const line of whole) {
      const key = line.id === null ? `line ${String(line.line)}` : String(line.id);
      expect(seen.get(key)).toEqual(line);
    }
  });
});
