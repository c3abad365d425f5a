import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  clean: false,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  // htmlparser2 (bundled: a devDependency) imports domutils only for parseFeed and its DomUtils
  // re-export, which embedsift never uses: a stub stands in (scripts/stubs/domutils.mjs), which
  // keeps dom-serializer and a second copy of the entity tables out of users' bundles.
  // encoding-sniffer (bundled: a devDependency) imports whatwg-encoding only for its label table;
  // that package's main module loads iconv-lite and Node's Buffer. Point it at the same table.
  esbuildPlugins: [
    {
      name: 'whatwg-encoding-labels',
      setup(build) {
        build.onResolve({ filter: /^whatwg-encoding$/ }, () => ({ path: resolve('src/encoding/encoding-labels.ts') }));
        build.onResolve({ filter: /^domutils$/ }, () => ({ path: resolve('scripts/stubs/domutils.mjs') }));
      },
    },
  ],
};

export default defineConfig([
  // ESM: every entry in one build with code splitting, so the parse path exists once and the
  // link expander, the command and its workers share it (and its module state) with the main
  // entry. The main entry and its chunks import nothing Node-only (tests/package checks).
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      // Not a package entry: it makes the splitter put the entity scanners in a chunk of their
      // own, so a bundler that needs only extractEntities drops the rest of the parse path.
      entities: 'src/entities/index.ts',
      expand: 'src/expand/index.ts',
      cli: 'src/cli/main.ts',
      'cli-worker': 'src/cli/worker.ts',
    },
    format: ['esm'],
    platform: 'node',
    splitting: true,
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema/index.ts', expand: 'src/expand/index.ts' } },
  },
  // CommonJS for require() users: each entry self-contained (no splitting in CJS).
  { ...shared, entry: { index: 'src/index.ts' }, format: ['cjs'], platform: 'neutral', splitting: false, dts: true },
  // The zod schemas: their own entry, so that parsing never loads zod (issue 17).
  { ...shared, entry: { schema: 'src/schema/index.ts' }, format: ['cjs'], platform: 'neutral', splitting: false, dts: true },
  // embedsift/text (flattened text only, issue 17): self-contained in ESM too. Out of the split
  // build, a browser bundle of it holds only what the text reader uses; inside it, the chunk it
  // shared with the HTML reader kept that reader's module-level tables (the encoding sniffer, the
  // tokenizer's) in every text bundle, about 3 KB gzipped. The price: a program that imports both
  // 'embedsift' and 'embedsift/text' loads the text reader twice.
  // The Markdown projection imports entities' decodeHTML for Markdown's inline reader, which
  // quoted text never runs: with external packages taken as free of side effects, the unused
  // import leaves no bare `import 'entities'` behind (about 0.6 KB gzipped of its module-level code).
  {
    ...shared,
    entry: { text: 'src/text-entry.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    splitting: false,
    dts: true,
    treeshake: { moduleSideEffects: 'no-external' },
  },
  { ...shared, entry: { expand: 'src/expand/index.ts' }, format: ['cjs'], platform: 'node', splitting: false, dts: true },
]);
