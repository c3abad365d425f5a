// Writes schema/embed-record.schema.json from the built zod schema (run after tsup).
// The zod schema in src/schema/ is the single source of truth; this file is derived from it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { embedRecordSchema } from '../dist/schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'schema', 'embed-record.schema.json');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const generated = z.toJSONSchema(embedRecordSchema, { target: 'draft-2020-12' });
const { $schema, ...rest } = generated;
const jsonSchema = {
  $schema,
  // A name, not a location: the file ships in the package as `embedsift/schema.json`.
  $id: `urn:embedsift:embed-record:${version}`,
  title: 'EmbedRecord',
  $comment: `Generated from embedsift ${version} src/schema/embed-record.ts by scripts/write-json-schema.mjs; do not edit.`,
  ...rest,
};

await mkdir(dirname(outFile), { recursive: true });
await writeFile(outFile, `${JSON.stringify(jsonSchema, null, 2)}\n`);
console.log(`wrote ${outFile.slice(root.length + 1)}`);
