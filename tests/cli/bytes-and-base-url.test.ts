import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractEmbedsWithDiagnostics } from '../../src/index.js';
import { encodeLegacy } from '../encoding/legacy-bytes.js';
import { frenchPage } from '../encoding/pages.js';
import { parseJsonl, runCli } from './run-built-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'embedsift-cli-bytes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

const embedsOf = (stdout: string) => parseJsonl(stdout).map((line) => line.embeds);

describe('embedsift reads files as bytes, in their encoding', () => {
  it('a windows-1252 file with <meta charset> gives the records of its UTF-8 twin', async () => {
    const html = frenchPage('<meta charset="windows-1252">');
    const legacy = file('marche-1252.html', encodeLegacy(html, 'windows-1252'));
    // The UTF-8 twin carries a byte order mark, which wins over its (now wrong) <meta>.
    const twin = file('marche-utf8.html', `\uFEFF${html}`);
    const { code, stdout, stderr } = await runCli(['extract', '--to', 'jsonl', '--workers', '1', legacy, twin]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [fromLegacy, fromTwin] = embedsOf(stdout);
    expect(fromLegacy).toEqual(fromTwin);
    expect(fromLegacy).toEqual(extractEmbedsWithDiagnostics(html).embeds);
    expect((fromLegacy as { text: string }[])[0]?.text).toContain('Le marché de Noël');
  });

  it('without <meta>: --encoding is the transport hint; without it the file is read as UTF-8 and a diagnostic says so', async () => {
    const html = frenchPage('');
    const legacy = file('sans-meta-1252.html', encodeLegacy(html, 'windows-1252'));
    const hinted = await runCli(['extract', '--to', 'jsonl', '--workers', '0', '--encoding', 'windows-1252', legacy]);
    expect(embedsOf(hinted.stdout)).toEqual([extractEmbedsWithDiagnostics(html).embeds]);
    const unhinted = parseJsonl((await runCli(['extract', '--to', 'jsonl', '--workers', '0', legacy])).stdout)[0];
    expect((unhinted?.diagnostics as { code: string }[]).map((d) => d.code)).toContain('invalid-encoding');
  });

  it('--base-url resolves relative links of a file', async () => {
    const page = file(
      'relative.html',
      '<blockquote class="twitter-tweet"><p>Agenda: <a href="/agenda">agenda</a></p>&mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1785000000000000000">May 1, 2024</a></blockquote>',
    );
    const { stdout } = await runCli(['extract', '--to', 'jsonl', '--workers', '0', '--base-url', 'https://news.example/city/story', page]);
    const [line] = parseJsonl(stdout);
    expect((line?.embeds as { links: { url: string }[] }[])[0]?.links[0]?.url).toBe('https://news.example/agenda');
  });
});

describe('embedsift --jsonl: UTF-8 only, and a url field per line', () => {
  const html =
    '<blockquote class="twitter-tweet"><p>Agenda: <a href="/agenda">agenda</a></p>&mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/1785000000000000000">May 1, 2024</a></blockquote>';

  it('a line with invalid UTF-8 gets an error line naming the line and the byte, not mojibake', async () => {
    const input = Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 1, html })}\n`),
      Buffer.from('{"id":2,"text":"caf'),
      Buffer.from([0xe9]), // windows-1252 é in a UTF-8 file
      Buffer.from(' — Jane Roe (@janeroe) May 1, 2024"}\n'),
      Buffer.from(`${JSON.stringify({ id: 3, html })}\n`),
    ]);
    const { code, stdout } = await runCli(['extract', '--from', 'jsonl', '--workers', '1'], input);
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ id: null, line: 2, error: expect.stringMatching(/^invalid UTF-8 at byte 19 of the line/) });
    expect(lines[2]).toMatchObject({ id: 3, format: 'html' });
  });

  it('the url field is the base of that line; --base-url of the others; a bad url is an error line', async () => {
    const input = [
      JSON.stringify({ id: 'a', url: 'https://a.example/news/1', html }),
      JSON.stringify({ id: 'b', html }),
      JSON.stringify({ id: 'c', url: null, html }),
      JSON.stringify({ id: 'd', url: '/news/1', html }),
    ].join('\n');
    const { stdout } = await runCli(
      ['extract', '--from', 'jsonl', '--workers', '0', '--base-url', 'https://fallback.example/'],
      `${input}\n`,
    );
    const lines = parseJsonl(stdout);
    const firstLink = (line: Record<string, unknown> | undefined) => (line?.embeds as { links: { url: string }[] }[])[0]?.links[0]?.url;
    expect(firstLink(lines[0])).toBe('https://a.example/agenda');
    expect(firstLink(lines[1])).toBe('https://fallback.example/agenda');
    expect(firstLink(lines[2])).toBe('https://fallback.example/agenda');
    expect(lines[3]).toEqual({ id: 'd', line: 4, error: 'field "url" must be an absolute URL (the article\'s), got "/news/1"' });
  });
});

describe('usage errors', () => {
  it('--encoding takes a known label, not with --jsonl; --base-url an absolute URL', async () => {
    for (const args of [
      ['extract', '--encoding', 'klingon', 'x.html'],
      ['extract', '--from', 'jsonl', '--encoding', 'utf-8'],
      ['extract', '--base-url', 'news.example/story', 'x.html'],
    ]) {
      const { code, stderr } = await runCli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(/--encoding|--base-url/);
    }
  });
});
