// Writes docs/record-reference.md and src/schema/record-types.ts from the built zod schemas (run
// after `npm run build`, then build again so the types reach dist/). See scripts/record-reference.mjs.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { diagnosticSchema, embedRecordSchema } from '../dist/schema.js';
import { namedObjects, renderReference, renderTypes } from './record-reference.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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
