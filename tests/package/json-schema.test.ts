/**
 * schema/embed-record.schema.json is generated at build time from the zod schema
 * (scripts/write-json-schema.mjs) and shipped as `embedsift/schema.json`. These tests check the
 * generated file against the zod schema and validate records with a real JSON Schema validator.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedRecordSchema } from '../../src/schema/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaPath = join(root, 'schema', 'embed-record.schema.json');

interface ObjectSchema {
  type?: string;
  required?: string[];
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
}
type JsonSchema = ObjectSchema & { $schema?: string; $id?: string; title?: string };

/** A complete record, as documented in src/schema/embed-record.ts. */
const sample = {
  platform: 'twitter',
  id: null,
  url: null,
  author: { name: 'Secretary Antony Blinken', handle: 'SecBlinken', url: 'https://twitter.com/SecBlinken' },
  text: 'Met with @IsraeliPM Netanyahu in Jerusalem … pic.twitter.com/EQsKUijoL0',
  lang: null,
  publishedAt: '2024-02-07',
  datePrecision: 'day',
  publishedAtLocal: null,
  dateText: 'February 7, 2024',
  links: [{ url: 'https://pic.twitter.com/EQsKUijoL0', text: 'pic.twitter.com/EQsKUijoL0', kind: 'media' }],
  mentions: ['IsraeliPM'],
  hashtags: [],
  cashtags: [],
  source: { format: 'text', start: 812, end: 1130, markup: 'signature' },
};

let jsonSchema: JsonSchema;
let validate: ReturnType<Ajv2020['compile']>;

beforeAll(() => {
  jsonSchema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonSchema;
  validate = new Ajv2020({ strict: true, allErrors: true }).compile(jsonSchema);
});

/** Validation errors as short strings, for readable failures. */
function errorsOf(record: unknown): string[] {
  return validate(record) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

describe('schema/embed-record.schema.json', () => {
  it('is a draft 2020-12 schema with an $id and a title', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(jsonSchema.$id).toMatch(/\S/);
    expect(jsonSchema.title).toBe('EmbedRecord');
    expect(jsonSchema.type).toBe('object');
  });

  it('requires exactly the fields of the zod schema', () => {
    const zodKeys = Object.keys(embedRecordSchema.shape).sort();
    expect([...(jsonSchema.required ?? [])].sort()).toEqual(zodKeys);
    expect(Object.keys(jsonSchema.properties ?? {}).sort()).toEqual(zodKeys);
  });

  it('requires the nested objects the way zod does', () => {
    const props = jsonSchema.properties as Record<string, ObjectSchema>;
    expect([...(props.author?.required ?? [])].sort()).toEqual(['handle', 'name', 'url']);
    expect([...(props.source?.required ?? [])].sort()).toEqual(['end', 'format', 'markup', 'start']);
  });

  it('is the file the package exports as embedsift/schema.json', () => {
    const require = createRequire(pathToFileURL(join(root, 'package.json')));
    expect(require.resolve('embedsift/schema.json')).toBe(schemaPath);
  });

  it('accepts the documented sample record, as zod does', () => {
    expect(embedRecordSchema.parse(sample)).toEqual(sample);
    expect(errorsOf(sample)).toEqual([]);
  });

  it('accepts an expanded link (optional expandedUrl)', () => {
    const record = {
      ...sample,
      links: [{ url: 'https://t.co/lav5U0u7bi', text: 'https://t.co/lav5U0u7bi', kind: 'short', expandedUrl: 'https://example.com/a' }],
    };
    expect(errorsOf(record)).toEqual([]);
  });

  it.each([
    ['a missing required field', (r: Record<string, unknown>) => delete r.source],
    ['an unknown platform', (r: Record<string, unknown>) => (r.platform = 'myspace')],
    ['an empty id', (r: Record<string, unknown>) => (r.id = '')],
    ['a negative offset', (r: Record<string, unknown>) => (r.source = { ...sample.source, start: -1 })],
    ['a fractional offset', (r: Record<string, unknown>) => (r.source = { ...sample.source, end: 1.5 })],
    ['an unknown link kind', (r: Record<string, unknown>) => (r.links = [{ ...sample.links[0], kind: 'weird' }])],
    ['a non-string mention', (r: Record<string, unknown>) => (r.mentions = [42])],
    ['a time with no zone in publishedAt', (r: Record<string, unknown>) => (r.publishedAt = '2024-02-07T15:04')],
    ['UTC written +00:00', (r: Record<string, unknown>) => (r.publishedAt = '2024-02-07T15:04:05+00:00')],
    ['a time without seconds', (r: Record<string, unknown>) => (r.publishedAt = '2024-02-07T15:04-07:00')],
    ['an unknown date precision', (r: Record<string, unknown>) => (r.datePrecision = 'hour')],
    ['an unknown source.markup', (r: Record<string, unknown>) => (r.source = { ...sample.source, markup: 'widget' })],
    ['a zone in publishedAtLocal', (r: Record<string, unknown>) => (r.publishedAtLocal = '2024-02-07T15:04Z')],
  ])('rejects %s, as zod does', (_name, mutate) => {
    const record: Record<string, unknown> = structuredClone(sample);
    mutate(record);
    expect(embedRecordSchema.safeParse(record).success).toBe(false);
    expect(errorsOf(record)).not.toEqual([]);
  });

  it('accepts the records extractEmbeds returns from the build', async () => {
    const { extractEmbeds } = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as {
      extractEmbeds: (input: string) => unknown[];
    };
    const article = [
      'The secretary arrived on Wednesday.',
      '',
      'Met with @IsraeliPM Netanyahu in Jerusalem to discuss #hostages. pic.twitter.com/EQsKUijoL0',
      '',
      '— Secretary Antony Blinken (@SecBlinken) February 7, 2024',
      '',
      'Talks continued the next day.',
    ].join('\n');
    const records = extractEmbeds(article);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(errorsOf(record)).toEqual([]);
  });
});
