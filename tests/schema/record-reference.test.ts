/**
 * The "Record reference" (docs/record-reference.md) and the named record interfaces
 * (src/schema/record-types.ts) are generated from the zod schemas by
 * scripts/write-record-reference.mjs; this fails when either drifts from the schemas, when a field
 * has no description or example, or when an interface is not exactly its schema's type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { namedObjects, renderReference, renderTypes, type JsonSchema } from '../../scripts/record-reference.mjs';
import {
  type authorSchema,
  diagnosticSchema,
  embedRecordSchema,
  type linkSchema,
  markupSchema,
  type sourceSchema,
  type Author,
  type Diagnostic,
  type EmbedLink,
  type EmbedRecord,
  type EmbedSource,
} from '../../src/schema/index.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const objects = namedObjects(
  z.toJSONSchema(embedRecordSchema, { target: 'draft-2020-12' }),
  z.toJSONSchema(diagnosticSchema, { target: 'draft-2020-12' }),
);
const regenerate = 'run `node scripts/write-record-reference.mjs` and commit the result';

describe('record reference', () => {
  it(`docs/record-reference.md is generated from the schema (${regenerate})`, () => {
    expect(read('docs/record-reference.md')).toBe(renderReference(objects));
  });

  it(`src/schema/record-types.ts is generated from the schema (${regenerate})`, () => {
    expect(read('src/schema/record-types.ts')).toBe(renderTypes(objects));
  });

  it('names the five record types', () => {
    expect(objects.map(([name]) => name)).toEqual(['EmbedRecord', 'Author', 'EmbedLink', 'EmbedSource', 'Diagnostic']);
  });

  it('gives every field of every record type a description and an example', () => {
    const missing: string[] = [];
    for (const [name, schema] of objects) {
      for (const [field, property] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
        if (typeof property.description !== 'string' || property.description.length < 10) missing.push(`${name}.${field} description`);
        if (!Array.isArray(property.examples) || property.examples.length === 0) missing.push(`${name}.${field} example`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every value of a closed set in the reference', () => {
    const reference = read('docs/record-reference.md');
    for (const markup of markupSchema.options) expect(reference).toContain(`\`"${markup}"\``);
  });

  it('types each interface as exactly its zod schema', () => {
    expectTypeOf<EmbedRecord>().toEqualTypeOf<z.infer<typeof embedRecordSchema>>();
    expectTypeOf<Author>().toEqualTypeOf<z.infer<typeof authorSchema>>();
    expectTypeOf<EmbedLink>().toEqualTypeOf<z.infer<typeof linkSchema>>();
    expectTypeOf<EmbedSource>().toEqualTypeOf<z.infer<typeof sourceSchema>>();
    expectTypeOf<Diagnostic>().toEqualTypeOf<z.infer<typeof diagnosticSchema>>();
    expectTypeOf<EmbedSource['markup']>().toEqualTypeOf<z.infer<typeof markupSchema>>();
  });
});
