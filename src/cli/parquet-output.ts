import { closeSync, fstatSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { SchemaElement } from 'hyparquet';
import { UsageError } from './usage-error.js';

type HyparquetWriter = typeof import('hyparquet-writer');

/** A row group is written when it holds this many rows… */
const GROUP_ROWS = 100_000;
/** …or about this many bytes of text, whichever comes first (memory stays near this). */
const GROUP_BYTES = 64 << 20;
/** The encoder's buffer is written out when it holds more than this (within a row group). */
const FLUSH_BYTES = 1 << 20;

/**
 * Loads hyparquet-writer (an optional peer dependency, so the library does not carry it). Throws
 * {@link UsageError} (exit 2) with the install command when it is not installed.
 *
 * @example
 * const writerModule = await loadParquetWriter();
 */
export async function loadParquetWriter(): Promise<HyparquetWriter> {
  try {
    return await import('hyparquet-writer');
  } catch {
    throw new UsageError('--to parquet needs the optional package hyparquet-writer: npm install hyparquet-writer');
  }
}

/** A column of the output table: its name, its Parquet type, and how a row's value is read. */
interface Column {
  name: string;
  kind: 'string' | 'int32' | 'int64' | 'double' | 'json' | 'strings' | 'links';
  read: (article: Record<string, unknown>, record: Record<string, unknown> | null, index: number | null) => unknown;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const field = (record: Record<string, unknown> | null, name: string): unknown => record?.[name];
const inner = (record: Record<string, unknown> | null, object: string, name: string): unknown => {
  const value = record?.[object];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
};
const strings = (value: unknown): string[] | null => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : null);

/**
 * The flat table `--to parquet` writes: one row per record, with its article's columns
 * (`article_…`) repeated; an article with no record, or an error, has one row whose record
 * columns are null. docs/cli.md lists the columns.
 */
const COLUMNS: Column[] = [
  { name: 'article_id', kind: 'string', read: (a) => (typeof a.id === 'number' ? String(a.id) : str(a.id)) },
  { name: 'article_url', kind: 'string', read: (a) => str(a.url) },
  { name: 'article_file', kind: 'string', read: (a) => str(a.file) },
  { name: 'article_row', kind: 'int64', read: (a) => num(a.row) },
  { name: 'article_line', kind: 'int64', read: (a) => num(a.line) },
  { name: 'article_offset', kind: 'int64', read: (a) => num(a.offset) },
  { name: 'article_format', kind: 'string', read: (a) => str(a.format) },
  { name: 'error', kind: 'string', read: (a) => str(a.error) },
  { name: 'diagnostics', kind: 'json', read: (a) => (Array.isArray(a.diagnostics) ? a.diagnostics : null) },
  { name: 'record_index', kind: 'int32', read: (_a, _r, index) => index },
  { name: 'platform', kind: 'string', read: (_a, r) => str(field(r, 'platform')) },
  { name: 'id', kind: 'string', read: (_a, r) => str(field(r, 'id')) },
  { name: 'url', kind: 'string', read: (_a, r) => str(field(r, 'url')) },
  { name: 'author_name', kind: 'string', read: (_a, r) => str(inner(r, 'author', 'name')) },
  { name: 'author_handle', kind: 'string', read: (_a, r) => str(inner(r, 'author', 'handle')) },
  { name: 'author_url', kind: 'string', read: (_a, r) => str(inner(r, 'author', 'url')) },
  { name: 'text', kind: 'string', read: (_a, r) => str(field(r, 'text')) },
  { name: 'lang', kind: 'string', read: (_a, r) => str(field(r, 'lang')) },
  { name: 'published_at', kind: 'string', read: (_a, r) => str(field(r, 'publishedAt')) },
  { name: 'date_precision', kind: 'string', read: (_a, r) => str(field(r, 'datePrecision')) },
  { name: 'published_at_local', kind: 'string', read: (_a, r) => str(field(r, 'publishedAtLocal')) },
  { name: 'date_text', kind: 'string', read: (_a, r) => str(field(r, 'dateText')) },
  { name: 'links', kind: 'links', read: (_a, r) => (r === null ? null : linksOf(field(r, 'links'))) },
  { name: 'mentions', kind: 'strings', read: (_a, r) => strings(field(r, 'mentions')) },
  { name: 'hashtags', kind: 'strings', read: (_a, r) => strings(field(r, 'hashtags')) },
  { name: 'cashtags', kind: 'strings', read: (_a, r) => strings(field(r, 'cashtags')) },
  { name: 'source_format', kind: 'string', read: (_a, r) => str(inner(r, 'source', 'format')) },
  { name: 'source_start', kind: 'int64', read: (_a, r) => num(inner(r, 'source', 'start')) },
  { name: 'source_end', kind: 'int64', read: (_a, r) => num(inner(r, 'source', 'end')) },
  { name: 'source_markup', kind: 'string', read: (_a, r) => str(inner(r, 'source', 'markup')) },
  { name: 'body_confidence', kind: 'double', read: (_a, r) => num(inner(r, 'source', 'bodyConfidence')) },
];

/** A record's links as the `links` column's structs (`expandedUrl` is `expanded_url`, null when not expanded). */
function linksOf(value: unknown): Record<string, string | null>[] {
  const links: Record<string, string | null>[] = [];
  if (!Array.isArray(value)) return links;
  for (const link of value as Record<string, unknown>[]) {
    links.push({ url: str(link.url) ?? '', text: str(link.text) ?? '', kind: str(link.kind) ?? '', expanded_url: str(link.expandedUrl) });
  }
  return links;
}

const UTF8 = { type: 'BYTE_ARRAY', converted_type: 'UTF8' } as const;

/**
 * The Parquet schema of the table (flattened depth-first, as Parquet writes it): every column
 * optional; `links`, `mentions`, `hashtags`, `cashtags` are 3-level LIST columns.
 *
 * @example
 * parquetSchema()[1]; // { name: 'article_id', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' }
 */
export function parquetSchema(): SchemaElement[] {
  const schema: SchemaElement[] = [{ name: 'root', num_children: COLUMNS.length }];
  for (const { name, kind } of COLUMNS) {
    const optional = { name, repetition_type: 'OPTIONAL' } as const;
    if (kind === 'string') schema.push({ ...optional, ...UTF8 });
    else if (kind === 'json') schema.push({ ...optional, type: 'BYTE_ARRAY', converted_type: 'JSON' });
    else if (kind === 'int32') schema.push({ ...optional, type: 'INT32' });
    else if (kind === 'int64') schema.push({ ...optional, type: 'INT64' });
    else if (kind === 'double') schema.push({ ...optional, type: 'DOUBLE' });
    else {
      schema.push({ ...optional, converted_type: 'LIST', num_children: 1 }, { name: 'list', repetition_type: 'REPEATED', num_children: 1 });
      if (kind === 'strings') schema.push({ name: 'element', repetition_type: 'REQUIRED', ...UTF8 });
      else {
        schema.push(
          { name: 'element', repetition_type: 'REQUIRED', num_children: 4 },
          { name: 'url', repetition_type: 'REQUIRED', ...UTF8 },
          { name: 'text', repetition_type: 'REQUIRED', ...UTF8 },
          { name: 'kind', repetition_type: 'REQUIRED', ...UTF8 },
          { name: 'expanded_url', repetition_type: 'OPTIONAL', ...UTF8 },
        );
      }
    }
  }
  return schema;
}

/**
 * Turns one output object (a JSON line: an article's result or error) into table rows, one value
 * per column in {@link parquetSchema} order: one row per record, or one row with null record
 * columns when the article has no record (or failed).
 *
 * @example
 * flattenResult({ id: 'a1', format: 'text', embeds: [], diagnostics: [] }).length; // 1
 */
export function flattenResult(article: Record<string, unknown>): unknown[][] {
  const embeds = Array.isArray(article.embeds) ? (article.embeds as Record<string, unknown>[]) : [];
  const rows: unknown[][] = [];
  const count = Math.max(1, embeds.length);
  for (let index = 0; index < count; index++) {
    const record = embeds[index] ?? null;
    const row: unknown[] = [];
    for (const column of COLUMNS) row.push(column.read(article, record, record === null ? null : index));
    rows.push(row);
  }
  return rows;
}

/**
 * A Parquet file being written by `--to parquet -o FILE`: `stream` takes the run's JSON lines (as
 * the JSONL output would be), turns each into rows ({@link flattenResult}) and writes a row group
 * every 100,000 rows or 64 MiB of text, so memory stays bounded; `close` writes the last row
 * group and the footer, flushes to the disk (`fsync`) and closes. A write that fails (a full disk)
 * fails the stream's write, and `close` throws: the file then has no footer and cannot be read.
 * Throws when the file cannot be created.
 *
 * @example
 * const out = openParquetOutput('records.parquet', await loadParquetWriter());
 * out.stream.write('{"id":"a1","format":"text","embeds":[],"diagnostics":[]}\n');
 * out.close();
 */
export function openParquetOutput(
  path: string,
  writerModule: HyparquetWriter,
  limits: { groupRows: number; groupBytes: number } = { groupRows: GROUP_ROWS, groupBytes: GROUP_BYTES },
): { stream: NodeJS.WritableStream; close(): void } {
  const fd = openSync(path, 'w');
  const bytes: InstanceType<HyparquetWriter['ByteWriter']> & { flush?: () => void } = new writerModule.ByteWriter();
  const flush = (): void => {
    const chunk = new Uint8Array(bytes.buffer, 0, bytes.index);
    for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written, chunk.length - written);
    bytes.index = 0;
  };
  const ensure = bytes.ensure.bind(bytes);
  bytes.ensure = (size: number): void => {
    if (bytes.index > FLUSH_BYTES) flush();
    ensure(size);
  };
  bytes.flush = flush;
  bytes.finish = flush;
  const table = new writerModule.ParquetWriter({ writer: bytes, schema: parquetSchema(), createdBy: 'embedsift' });

  let columns: unknown[][] = COLUMNS.map(() => []);
  let rows = 0;
  let size = 0;
  let tail = '';
  let failed: Error | null = null;
  let closed = false;
  const writeGroup = (): void => {
    if (rows === 0) return;
    const columnData = COLUMNS.map((column, i) => ({ name: column.name, data: columns[i] ?? [] }));
    columns = COLUMNS.map(() => []);
    const count = rows;
    rows = 0;
    size = 0;
    table.write({ columnData, rowGroupSize: count });
  };
  const take = (line: string): void => {
    if (line === '') return;
    for (const row of flattenResult(JSON.parse(line) as Record<string, unknown>)) {
      for (let i = 0; i < row.length; i++) {
        const kind = COLUMNS[i]?.kind;
        const value = row[i] ?? null;
        (columns[i] as unknown[]).push(kind === 'int64' && typeof value === 'number' ? BigInt(Math.trunc(value)) : value);
      }
      rows++;
    }
    size += line.length;
    if (rows >= limits.groupRows || size >= limits.groupBytes) writeGroup();
  };
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      if (failed !== null) {
        callback(failed);
        return;
      }
      try {
        const text = tail + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        let from = 0;
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
          take(text.slice(from, at));
          from = at + 1;
        }
        tail = text.slice(from);
      } catch (error) {
        failed = error instanceof Error ? error : new Error(String(error));
        callback(failed);
        return;
      }
      callback();
    },
  });
  return {
    stream,
    close() {
      if (closed) return;
      closed = true;
      try {
        if (failed !== null) throw failed;
        take(tail);
        writeGroup();
        table.finish();
        if (fstatSync(fd).isFile()) fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}
