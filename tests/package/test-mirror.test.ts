/**
 * Tests mirror src/ where behaviour lives: every module of src/cli, src/convert and src/platforms
 * has its tests in tests/<same path>.test.ts (src/cli/shard.ts → tests/cli/shard.test.ts). A
 * module that holds no behaviour needs none: an `index.ts` that only re-exports, and the type-only
 * modules of the allow-list below. Both are checked with the TypeScript parser, so neither can
 * hide a function. A new behaviour module without its mirrored test fails this test; the last
 * tests show it on an invented tree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folders whose modules must be mirrored (the others follow as their tests are split). */
const MIRRORED = ['src/cli', 'src/convert', 'src/platforms'];

/**
 * Modules that hold only types, so have no behaviour to test. Each says why. (Re-export-only
 * `index.ts` files need no entry: they are recognised.)
 */
const TYPE_ONLY: Readonly<Record<string, string>> = {
  // The Platform, PlatformInfo and HTML-form interfaces; tests/platforms/parity.test.ts checks every platform against them.
  'src/platforms/types.ts': 'interfaces of a platform definition',
  // The context object a CLI job runs with; the jobs' tests build it.
  'src/cli/job-context.ts': 'the JobContext interface',
};

/** Every .ts file under a folder, recursively, as a path relative to the project root. */
function modulesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return modulesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The mirrored test of a module: src/a/b.ts → tests/a/b.test.ts. */
function mirrorOf(module: string): string {
  return `tests/${module.slice('src/'.length, -'.ts'.length)}.test.ts`;
}

/** What a module declares at its top level that is more than types and re-exports (line: text), or nothing. */
function behaviourIn(name: string, source: string, reExportsOnly: boolean): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of file.statements) {
    const typeOnly =
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly === true) ||
      (ts.isExportDeclaration(statement) && statement.isTypeOnly);
    const reExport = ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined;
    if (reExportsOnly ? typeOnly || reExport : typeOnly) continue;
    const line = file.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
    found.push(`${line}: ${statement.getText().split('\n')[0]}`);
  }
  return found;
}

/**
 * The problems of a tree, one message each: a behaviour module without its mirrored test, an
 * allow-listed or index module that holds behaviour, an allow-list entry for a file that is gone.
 */
function mirrorProblems(
  modules: readonly string[],
  hasTest: (path: string) => boolean,
  read: (path: string) => string,
  typeOnly: Readonly<Record<string, string>>,
): string[] {
  const problems: string[] = [];
  for (const module of modules) {
    if (hasTest(mirrorOf(module))) continue;
    const isIndex = module.endsWith('/index.ts');
    if (!isIndex && !(module in typeOnly)) {
      problems.push(`${module}: no ${mirrorOf(module)}`);
      continue;
    }
    const behaviour = behaviourIn(module, read(module), isIndex);
    if (behaviour.length > 0) {
      const kind = isIndex ? 'an index.ts that does more than re-export' : 'allow-listed as type-only';
      problems.push(`${module}: ${kind} but holds behaviour (${behaviour.join('; ')}); add ${mirrorOf(module)}`);
    }
  }
  for (const module of Object.keys(typeOnly)) {
    if (!modules.includes(module)) problems.push(`${module}: allow-listed but not in the tree`);
  }
  return problems;
}

describe('tests mirror src/cli, src/convert and src/platforms', () => {
  it('every behaviour module has tests/<same path>.test.ts', () => {
    const modules = MIRRORED.flatMap(modulesUnder);
    expect(modules.length).toBeGreaterThan(50);
    const problems = mirrorProblems(
      modules,
      (path) => existsSync(join(root, path)),
      (path) => readFileSync(join(root, path), 'utf8'),
      TYPE_ONLY,
    );
    expect(problems).toEqual([]);
  });
});

describe('the mirror check fails', () => {
  const sources: Record<string, string> = {
    'src/cli/shard.ts': 'export function shardOf(n: number): number { return n % 2; }',
    'src/cli/parquet-sink.ts': 'export function writeParquet(): void {}',
    'src/cli/index.ts': "export { shardOf } from './shard.js';\nexport type { Shard } from './types.js';",
    'src/cli/types.ts': "import type { X } from './x.js';\nexport interface Shard { index: number }\nexport type Count = number;",
    'src/convert/index.ts': "export { a } from './a.js';\nexport const defaults = { keep: true };",
    'src/convert/widths.ts': 'export interface Width { px: number }\nexport const MAX_WIDTH = 640;',
  };
  const tested = new Set(['tests/cli/shard.test.ts']);
  const check = (typeOnly: Record<string, string>) =>
    mirrorProblems(
      Object.keys(sources),
      (path) => tested.has(path),
      (path) => sources[path] ?? '',
      typeOnly,
    );

  it('when a new behaviour module arrives without its test, and when an index or a type-only module holds behaviour', () => {
    expect(check({ 'src/cli/types.ts': 'interfaces', 'src/convert/widths.ts': 'the Width interface' })).toEqual([
      'src/cli/parquet-sink.ts: no tests/cli/parquet-sink.test.ts',
      'src/convert/index.ts: an index.ts that does more than re-export but holds behaviour (2: export const defaults = { keep: true };); add tests/convert/index.test.ts',
      'src/convert/widths.ts: allow-listed as type-only but holds behaviour (2: export const MAX_WIDTH = 640;); add tests/convert/widths.test.ts',
    ]);
  });

  it('when a type-only module is not allow-listed, or the allow-list names a file that is gone', () => {
    expect(check({ 'src/cli/gone.ts': 'removed' })).toContain('src/cli/types.ts: no tests/cli/types.test.ts');
    expect(check({ 'src/cli/gone.ts': 'removed' })).toContain('src/cli/gone.ts: allow-listed but not in the tree');
  });

  it('maps a module to its mirror', () => {
    expect(mirrorOf('src/platforms/twitter/status-url.ts')).toBe('tests/platforms/twitter/status-url.test.ts');
    expect(relative(root, join(root, mirrorOf('src/cli/shard.ts')))).toBe('tests/cli/shard.test.ts');
  });
});
