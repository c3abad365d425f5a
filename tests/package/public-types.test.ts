/**
 * The published declarations name no dependency's types but zod's (the record types are inferred
 * from the schemas), undici's and keyv's (the optional cache peer) in `embedsift/expand`. A user of the parse path
 * hovers our types, not the HTML parser's (issue 15: `domhandler` once leaked through `platforms`).
 * Reads the real build output (`npm test` builds first: `pretest`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** Packages each declaration file may import from, by file name prefix. */
const ALLOWED: Record<string, readonly string[]> = { index: ['zod'], schema: ['zod'], expand: ['undici', 'keyv', 'zod'] };

/** The bare (package) specifiers a declaration file imports from. */
function packagesOf(file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)[^;]*?from\s+'([^'.][^']*)'/gm)].map((match) => match[1] ?? '');
}

describe('published declarations', () => {
  const files = readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file));

  it('exist for every entry', () => {
    for (const entry of Object.keys(ALLOWED)) expect(files, entry).toContain(`${entry}.d.ts`);
  });

  it.each(Object.keys(ALLOWED))('%s names no other package’s types', (entry) => {
    // Shared declaration chunks (no entry's name) are read with the main entry's rule.
    const own = files.filter(
      (file) => file.startsWith(`${entry}.`) || (entry === 'index' && !Object.keys(ALLOWED).some((name) => file.startsWith(`${name}.`))),
    );
    for (const file of own) {
      expect(
        packagesOf(file).filter((name) => !(ALLOWED[entry] ?? []).some((allowed) => name === allowed || name.startsWith(`${allowed}/`))),
        file,
      ).toEqual([]);
    }
  });
});
