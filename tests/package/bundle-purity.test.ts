/**
 * The parse path must run anywhere JavaScript runs (browsers, edge workers, Deno, Bun), so the
 * built main entry may not import a Node built-in, neither itself nor through its dependencies.
 * These tests read and load the real build output in dist/ (`npm test` builds first: `pretest`).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const helpers = join(root, 'tests', 'package', 'helpers');
const bundles = ['dist/index.js', 'dist/index.cjs', 'dist/schema.js', 'dist/schema.cjs', 'dist/text.js', 'dist/text.cjs'] as const;
const publicExports = ['extractEmbeds', 'extractEmbedsWithDiagnostics', 'extractEntities'];
const schemaExports = ['embedRecordSchema', 'linkSchema', 'diagnosticSchema'];

const builtins = new Set(builtinModules);

/** Whether a module specifier names a Node built-in (`node:fs`, `fs`, `fs/promises`). */
function isBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  if (specifier.endsWith('/')) return false; // 'punycode/' is the npm package
  return builtins.has(specifier) || builtins.has(specifier.split('/')[0] ?? '');
}

/** Every module specifier a bundle imports or requires, statically or dynamically. */
function specifiersOf(code: string): string[] {
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g, // import x from '…', export … from '…'
    /\bimport\s*["']([^"']+)["']/g, // import '…'
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, // import('…')
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g, // require('…')
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** Runs node on a script with the given flags from the package root; returns stdout. */
function runNode(flags: string[], script: string): string {
  return execFileSync(process.execPath, [...flags, '-e', script], { cwd: root, encoding: 'utf8' });
}

/**
 * The code of a bundle and of every chunk it imports by a relative path (the ESM build splits
 * code shared between entries into chunks), so the checks cover all that the entry loads.
 */
function codeWithChunks(bundle: string): string {
  const seen = new Set<string>();
  const pending = [join(root, bundle)];
  const parts: string[] = [];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    parts.push(code);
    for (const specifier of specifiersOf(code)) if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier));
  }
  return parts.join('\n');
}

describe.each(bundles)('%s', (bundle) => {
  const code = codeWithChunks(bundle);

  it('is read together with the chunks it imports', () => {
    if (bundle.startsWith('dist/index') || bundle.startsWith('dist/text')) {
      // The main ESM entry shares chunks with the other entries; embedsift/text is self-contained.
      if (bundle === 'dist/index.js') expect(code.length).toBeGreaterThan(readFileSync(join(root, bundle), 'utf8').length);
      expect(code).toContain('extractEmbedsWithDiagnostics');
    } else {
      expect(code).toContain('embedRecordSchema');
    }
  });

  it('imports no Node built-in', () => {
    const offending = specifiersOf(code).filter(isBuiltin);
    expect(offending, `${bundle} imports Node built-ins`).toEqual([]);
  });

  it('imports only declared dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const declared = new Set(Object.keys(pkg.dependencies ?? {}));
    const packageOf = (specifier: string) =>
      specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? '');
    const undeclared = specifiersOf(code)
      .filter((specifier) => !specifier.startsWith('.') && !isBuiltin(specifier))
      .filter((specifier) => !declared.has(packageOf(specifier)));
    expect(undeclared, `${bundle} imports packages missing from "dependencies"`).toEqual([]);
  });
});

describe('the main entry and zod', () => {
  // Parsing never needs the schemas: they are the `embedsift/schema` entry, so that importing
  // the parser neither loads zod nor bundles it (issue 17).
  it.each(['dist/index.js', 'dist/index.cjs', 'dist/text.js', 'dist/text.cjs'])(
    '%s imports no zod, neither itself nor through its chunks',
    (bundle) => {
      expect(specifiersOf(codeWithChunks(bundle)).filter((specifier) => specifier === 'zod' || specifier.startsWith('zod/'))).toEqual([]);
    },
  );

  it('embedsift/schema exposes the schemas, to import() and to require()', async () => {
    const esm = (await import(pathToFileURL(join(root, 'dist/schema.js')).href)) as Record<string, { safeParse?: unknown }>;
    const cjs = createRequire(import.meta.url)(join(root, 'dist/schema.cjs')) as Record<string, { safeParse?: unknown }>;
    for (const name of schemaExports) {
      expect(typeof esm[name]?.safeParse, name).toBe('function');
      expect(typeof cjs[name]?.safeParse, name).toBe('function');
    }
  });
});

describe('loading the main entry', () => {
  it('ESM import of dist/index.js exposes the public API', async () => {
    const mod = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as Record<string, unknown>;
    for (const name of publicExports) expect(mod[name], name).toBeDefined();
    expect(typeof mod.extractEmbeds).toBe('function');
    expect(typeof mod.extractEmbedsWithDiagnostics).toBe('function');
    expect(typeof mod.extractEntities).toBe('function');
  });

  it('CJS require of dist/index.cjs exposes the public API', () => {
    const require = createRequire(import.meta.url);
    const mod = require(join(root, 'dist/index.cjs')) as Record<string, unknown>;
    for (const name of publicExports) expect(mod[name], name).toBeDefined();
    expect(typeof mod.extractEmbeds).toBe('function');
  });

  it('ESM: no Node built-in is loaded through the dependency graph', () => {
    // HTML is parsed with htmlparser2 alone (a bare `cheerio` import would pull in undici and node:stream).
    const out = runNode(
      ['--import', pathToFileURL(join(helpers, 'deny-builtins-register.mjs')).href, '--input-type=module'],
      `const m = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)});
       console.log(Object.keys(m).sort().join(','));`,
    );
    for (const name of publicExports) expect(out).toContain(name);
  });

  it('CJS: no Node built-in is required through the dependency graph', () => {
    const out = runNode(
      ['--require', join(helpers, 'deny-builtins-require.cjs')],
      `const m = require(${JSON.stringify(join(root, 'dist/index.cjs'))});
       console.log(Object.keys(m).sort().join(','));`,
    );
    for (const name of publicExports) expect(out).toContain(name);
  });
});
