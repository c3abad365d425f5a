/**
 * Every relative link in the project's Markdown pages points at a file that exists, and every
 * `#anchor` at a heading of that page, with anchors made the way GitHub and npm make them
 * (lowercase, punctuation dropped, spaces to hyphens, `-1`, `-2` for repeats).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Markdown pages a reader of the repository or the package sees. */
function pages(): string[] {
  const found = ['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md'].filter((page) =>
    existsSync(join(root, page)),
  );
  if (existsSync(join(root, 'docs'))) {
    for (const name of readdirSync(join(root, 'docs')).sort()) if (name.endsWith('.md')) found.push(join('docs', name));
  }
  return found;
}

/** The text of a page without its code blocks and code spans (links inside them are code, not links). */
function prose(page: string, keepCodeSpans = false): string {
  const text = readFileSync(join(root, page), 'utf8').replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gm, '');
  return keepCodeSpans ? text : text.replace(/`[^`\n]*`/g, '');
}

/** The anchors GitHub gives the headings of a page. */
function anchorsOf(page: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of prose(page, true).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = (match[1] ?? '')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}_\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

describe('links between the documentation pages', () => {
  it('lead to pages and headings that exist', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      for (const match of prose(page).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = match[1] ?? '';
        if (/^(?:[a-z]+:|\/\/)/i.test(target)) continue;
        const [path = '', anchor] = target.split('#');
        const file = path === '' ? page : normalize(join(dirname(page), path));
        if (!existsSync(join(root, file))) {
          broken.push(`${page}: ${target} (no such file)`);
          continue;
        }
        if (anchor !== undefined && file.endsWith('.md') && !anchorsOf(file).has(anchor))
          broken.push(`${page}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
