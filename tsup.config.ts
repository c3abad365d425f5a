import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  splitting: false,
};

export default defineConfig([
  // The parse path: pure, no Node-only import, so it runs in browsers and edge runtimes.
  { ...shared, entry: { index: 'src/index.ts' }, platform: 'neutral' },
  // Link expansion: the only code that touches the network (undici), Node only.
  { ...shared, entry: { expand: 'src/expand/index.ts' }, platform: 'node' },
  // The `embedsift` command and its worker threads: ESM only, not a library entry.
  {
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    splitting: false,
  },
]);
