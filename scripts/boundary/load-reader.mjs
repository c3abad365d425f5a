// Bundles the text reader from src/ (scripts/boundary/entry.ts) with esbuild, which tsup brings,
// and imports it: training and evaluation pass their own model to `extractTextEmbeds`, which the
// package's public API does not expose.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** The bundled reader: `{ extractTextEmbeds, unlimitedRecords, BOUNDARY_FEATURES, boundaryModel, handRulesModel }`. */
export async function loadReader() {
  const outDir = join(root, 'node_modules', '.cache', 'embedsift-boundary');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'reader.mjs');
  await build({ entryPoints: [join(here, 'entry.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
