// Renders the record's JSON Schema (from the zod schemas in src/schema/) as two derived files:
// docs/record-reference.md, the "Record reference" table, and src/schema/record-types.ts, the
// named interfaces an editor shows on hover, each field with its description and an example.
// scripts/write-record-reference.mjs writes them; tests/schema/record-reference.test.ts fails when
// the committed files drift from the schema. Pure: no file or network access here.

/**
 * The named objects of the record, in reference order: [name, JSON Schema] pairs.
 * @param {Record<string, any>} record the JSON Schema of EmbedRecord
 * @param {Record<string, any>} diagnostic the JSON Schema of Diagnostic
 */
export function namedObjects(record, diagnostic) {
  return [
    ['EmbedRecord', record],
    ['Author', record.properties.author],
    ['EmbedLink', record.properties.links.items],
    ['EmbedSource', record.properties.source],
    ['Diagnostic', diagnostic],
  ];
}

/** The name of a schema that is one of the named objects, or null. */
function nameOf(schema, objects) {
  const found = objects.find(([, object]) => object === schema);
  return found ? found[0] : null;
}

const literal = (value) => (typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value));

/** The TypeScript type of a JSON Schema node, as z.infer gives it. */
function tsType(schema, objects) {
  const named = nameOf(schema, objects);
  if (named !== null) return named;
  if (schema.anyOf) return schema.anyOf.map((part) => tsType(part, objects)).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.map((type) => tsType({ ...schema, type }, objects)).join(' | ');
  if (schema.enum) return schema.enum.map(literal).join(' | ');
  switch (schema.type) {
    case 'null':
      return 'null';
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const item = tsType(schema.items, objects);
      return /[ |]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    default:
      return 'unknown';
  }
}

/** The type as the reference table shows it: enums listed, patterns named. */
function shownType(schema, objects) {
  const named = nameOf(schema, objects);
  if (named !== null) return `[${named}](#${named.toLowerCase()})`;
  if (schema.anyOf) return schema.anyOf.map((part) => shownType(part, objects)).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.map((type) => shownType({ ...schema, type }, objects)).join(' | ');
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(', ');
  if (schema.type === 'array') return `array of ${shownType(schema.items, objects)}`;
  if (schema.type === 'string' && schema.pattern) return `string matching \`${schema.pattern}\``;
  if (schema.type === 'integer' && schema.minimum === 0) return 'integer ≥ 0';
  return String(schema.type ?? 'any');
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * docs/record-reference.md: one table per named object, one row per field.
 * @param {Array<[string, Record<string, any>]>} objects from namedObjects()
 */
export function renderReference(objects) {
  const lines = [
    '# Record reference',
    '',
    '<!-- Generated from src/schema/ by scripts/write-record-reference.mjs; do not edit. -->',
    '',
    'Every record `extractEmbeds` returns is an `EmbedRecord`; `extractEmbedsWithDiagnostics` also',
    'returns `Diagnostic`s. The same words are in the JSON Schema (`embedsift/schema.json`) and in the',
    'type an editor shows on hover. A field the input does not carry is `null` (or `[]`), never',
    'invented. Dates follow one grammar: see "Dates" in the README.',
    '',
  ];
  for (const [name, schema] of objects) {
    lines.push(
      `## ${name}`,
      '',
      cell(schema.description ?? ''),
      '',
      '| Field | Type | Required | Description | Example |',
      '| --- | --- | --- | --- | --- |',
    );
    const required = new Set(schema.required ?? []);
    for (const [field, property] of Object.entries(schema.properties)) {
      const example = property.examples?.[0];
      const shown = example === undefined ? '' : `\`${JSON.stringify(example)}\``;
      lines.push(
        `| \`${field}\` | ${cell(shownType(property, objects))} | ${required.has(field) ? 'yes' : 'no'} | ${cell(property.description ?? '')} | ${cell(shown)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

/** A doc comment at `indent`, wrapped to 100 columns. */
function docComment(text, example, indent) {
  const width = 100 - indent.length - 3;
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  if (example !== undefined) lines.push(`@example ${JSON.stringify(example)}`);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l.replace(/\*\//g, '*\\/')}`), `${indent} */`].join('\n');
}

/**
 * src/schema/record-types.ts: one exported interface per named object, each field documented.
 * @param {Array<[string, Record<string, any>]>} objects from namedObjects()
 */
export function renderTypes(objects) {
  const out = [
    '// Generated from src/schema/ by scripts/write-record-reference.mjs; do not edit.',
    "// tests/schema/record-reference.test.ts checks that these interfaces are the zod schemas' types.",
    '',
  ];
  for (const [name, schema] of objects) {
    out.push(typeComment(name, schema.description ?? ''));
    out.push(`export interface ${name} {`);
    const required = new Set(schema.required ?? []);
    for (const [field, property] of Object.entries(schema.properties)) {
      out.push(docComment(property.description ?? '', property.examples?.[0], '  '));
      const optional = !required.has(field);
      out.push(`  ${field}${optional ? '?' : ''}: ${tsType(property, objects)}${optional ? ' | undefined' : ''};`);
    }
    out.push('}', '');
  }
  return out.join('\n');
}

/** The zod schema each named object comes from, and an example of its use. */
const TYPE_NOTES = {
  EmbedRecord: ['embedRecordSchema', 'const handles = extractEmbeds(article).map((record: EmbedRecord) => record.author.handle);'],
  Author: ['authorSchema', "const author: Author = { name: 'Jane Doe', handle: 'janedoe', url: 'https://twitter.com/janedoe' };"],
  EmbedLink: ['linkSchema', "const link: EmbedLink = { url: 'https://t.co/lav5U0u7bi', text: 'https://t.co/lav5U0u7bi', kind: 'short' };"],
  EmbedSource: ['sourceSchema', "const source: EmbedSource = { format: 'text', start: 0, end: 120, markup: 'signature' };"],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a code sample, printed as written into the generated docs
  Diagnostic: ['diagnosticSchema', 'for (const d of diagnostics) console.warn(`${d.code} at ${d.start}: ${d.message}`);'],
};

/** The doc comment of a named interface. */
function typeComment(name, description) {
  const [schema, example] = TYPE_NOTES[name];
  const text = docComment(`${description} The type of \`${schema}\`.`, undefined, '').split('\n');
  text.splice(text.length - 1, 0, ' *', ' * @example', ` * ${example}`);
  return text.join('\n');
}
