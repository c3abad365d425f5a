// Writes docs/record-reference.md and src/schema/record-types.ts from the zod schemas in
// src/schema/. No build is needed: src/schema is bundled (with its zod) by esbuild, which tsup
// brings, into a temporary file that is imported and then removed. See scripts/record-reference.mjs.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { namedObjects, renderReference, renderTypes } from './record-reference.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles src/schema and the zod it uses into one module, so that the schemas and `z` agree. */
async function loadSchemas() {
  const dir = await mkdtemp(join(tmpdir(), 'embedsift-record-reference-'));
  const outfile = join(dir, 'schema.mjs');
  try {
    await build({
      stdin: {
        contents: "export { diagnosticSchema, embedRecordSchema } from './src/schema/index.ts';\nexport { z } from 'zod';\n",
        resolveDir: root,
        sourcefile: 'record-reference-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const { z, diagnosticSchema, embedRecordSchema } = await loadSchemas();
const objects = namedObjects(
  z.toJSONSchema(embedRecordSchema, { target: 'draft-2020-12' }),
  z.toJSONSchema(diagnosticSchema, { target: 'draft-2020-12' }),
);
const outputs = [
  [join(root, 'docs', 'record-reference.md'), renderReference(objects)],
  [join(root, 'src', 'schema', 'record-types.ts'), renderTypes(objects)],
];
for (const [file, text] of outputs) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  console.log(`wrote ${file.slice(root.length + 1)}`);
}
