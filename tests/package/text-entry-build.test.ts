/**
 * The built `embedsift/text` entry (dist/text.js, a build of its own with the platforms' HTML forms
 * and the HTML reader left out) gives exactly what the built main entry gives with
 * `format: 'text'`, on every text, Markdown and HTML fixture file read as text, and on each text
 * fixture quoted with `> ` as html-to-text writes it. Reads the real build output (`npm test`
 * builds first: `pretest`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

type Extract = (input: string, options?: object) => { embeds: unknown[]; diagnostics: unknown[]; format: string };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'fixtures');

function filesOf(kind: string, extension: string): { name: string; text: string }[] {
  return readdirSync(join(fixtures, kind))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ name: `${kind}/${name}`, text: readFileSync(join(fixtures, kind, name), 'utf8') }));
}

const quote = (text: string) =>
  text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');

describe('the built embedsift/text entry', async () => {
  const main = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as { extractEmbedsWithDiagnostics: Extract };
  const text = (await import(pathToFileURL(join(root, 'dist', 'text.js')).href)) as { extractEmbedsWithDiagnostics: Extract };
  const texts = filesOf('text', '.txt');
  const inputs = [
    ...texts,
    ...texts.map(({ name, text: body }) => ({ name: `${name}, quoted`, text: quote(body) })),
    ...filesOf('markdown', '.md'),
    ...filesOf('html', '.html'),
  ];

  it('reads every fixture as the main entry reads it with format text', () => {
    let records = 0;
    for (const { name, text: input } of inputs) {
      const expected = main.extractEmbedsWithDiagnostics(input, { format: 'text' });
      expect(text.extractEmbedsWithDiagnostics(input), name).toEqual(expected);
      records += expected.embeds.length;
    }
    // The comparison is worth something only if the fixtures hold records.
    expect(texts.length).toBeGreaterThan(50);
    expect(records).toBeGreaterThan(texts.length);
  });
});
