import { open } from 'node:fs/promises';
import type { AsyncBuffer, FileMetaData, SchemaElement } from 'hyparquet';
import { isAbsoluteUrl } from '../links/index.js';
import { BatchBuilder } from './batch-builder.js';
import { ENTRY_WIDTH, type Batch, type RowMeta } from './batch-protocol.js';
import { inputBudget } from './batch-pipeline.js';
import type { JobContext } from './job-context.js';
import { InputReadError, readFailureReason } from './open-input.js';
import { inShard } from './shard.js';
import { UsageError } from './usage-error.js';

/** A batch is handed to a worker at about this many bytes… */
const BATCH_BYTES = 1 << 20;
/** …or this many rows, whichever comes first. */
const BATCH_ROWS = 256;

type Hyparquet = typeof import('hyparquet');

/**
 * Loads hyparquet, the Parquet reader (an optional peer dependency, so the library does not carry
 * it). Throws {@link UsageError} (exit 2) with the install command when it is not installed.
 *
 * @example
 * const { parquetMetadataAsync } = await loadParquetReader();
 */
export async function loadParquetReader(): Promise<Hyparquet> {
  try {
    return await import('hyparquet');
  } catch {
    throw new UsageError('--from parquet needs the optional package hyparquet: npm install hyparquet');
  }
}

/**
 * Whether a file is a Parquet file: it opens with the magic bytes `PAR1`, or its name ends in
 * `.parquet` (a broken one is then reported as a broken Parquet file, not read as HTML).
 *
 * @example
 * looksLikeParquet(Buffer.from('PAR1\x15\x04'), 'part-0.bin'); // true
 * looksLikeParquet(Buffer.from('<!doctype html>'), 'page.html'); // false
 */
export function looksLikeParquet(head: Uint8Array, file: string): boolean {
  const magic = head.length >= 4 && head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31;
  return magic || /\.parquet$/i.test(file);
}

/**
 * Runs Parquet mode: reads each input file's footer, then its row groups one at a time (only the
 * columns the field flags name: `--html-field`, `--text-field`, `--id-field`, `--url-field`), and
 * sends each row's article (the HTML cell, else the text cell; `--format` picks one) to the
 * workers in batches. One output line per row, in file order: `{"id", "url", "file", "row",
 * "format", "embeds", "diagnostics"}`; a row that cannot be read (null cells, no article column,
 * an unreadable row group, a cell over `--max-line-bytes`) gets an error line
 * `{"id", "url", "file", "row", "error"}`. `--shard k/n` keeps every n-th row group, numbered
 * across the files from 1. Memory stays bounded by one row group (its needed columns) plus the
 * batches in flight: reading waits while the writer or the workers are full. With
 * `context.rowRange` (a queue job) only the rows in that range are read, and a file with fewer
 * rows than the range names is reported in `context.unread` and not read.
 *
 * A file that cannot be opened, is no Parquet file, has no article column or fails part way is
 * named in `context.unread` (exit 3); its rows that were not read get error lines when the footer
 * says how many there are, and the next file goes on. With `--shard`, a file that is no Parquet
 * file is reported by one shard only: the one its next row group would be in.
 *
 * @example
 * await runParquetJob(context);
 */
export async function runParquetJob(context: JobContext): Promise<void> {
  const { options, writer, pipeline, signal } = context;
  const hyparquet = await loadParquetReader();
  const budget = inputBudget(options.workers, options.maxLineBytes);
  const ready: [Omit<Batch, 'seq'>, number][] = [];
  let metas: RowMeta[] = [];
  let progress = 0;
  const builder = new BatchBuilder(BATCH_BYTES, BATCH_ROWS, (bytes, entries) => {
    const rows = metas.slice(0, entries.length / ENTRY_WIDTH);
    metas = metas.slice(rows.length);
    ready.push([{ kind: 'rows', bytes, entries, names: null, rows }, progress]);
  });
  const submitWithRoom = async (): Promise<void> => {
    while (ready.length > 0) {
      if (!signal.aborted) await writer.waitForRoom();
      if (!signal.aborted) await pipeline.waitForInputRoom(ready[0]?.[0].bytes.byteLength ?? 0, budget);
      const next = ready.shift();
      if (next !== undefined) pipeline.submit({ ...next[0], seq: writer.begin() }, next[1]);
    }
  };
  const addRow = async (meta: RowMeta, body: Uint8Array | null): Promise<void> => {
    metas.push(meta);
    const number = meta.row ?? 0;
    if (body === null) builder.add(new Uint8Array(0), number);
    else if (body.length > options.maxLineBytes) builder.addOversized(number);
    else builder.add(body, number);
    await submitWithRoom();
  };
  const failRows = async (file: string, from: number, to: number, error: string): Promise<void> => {
    for (let row = from; row < to && !signal.aborted; row++) await addRow(blankRow(file, row, error), null);
  };

  let groupNumber = 0;
  let filesBefore = 0;
  for (const file of options.files) {
    if (signal.aborted) break;
    let source: ParquetSource;
    let metadata: FileMetaData;
    try {
      source = await openParquetFile(file);
    } catch (error) {
      context.unread.push(error instanceof InputReadError ? error.message : String(error));
      continue;
    }
    try {
      try {
        metadata = await hyparquet.parquetMetadataAsync(source.buffer);
      } catch (error) {
        // One error line for the file, in one shard only: the one the next row group would be in.
        if (!inShard(groupNumber + 1, options.shard)) continue;
        const reason = `not a readable Parquet file (${messageOf(error)})`;
        context.unread.push(`${file}: ${reason}`);
        await addRow(blankRow(file, null, reason), null);
        continue;
      }
      const plan = columnPlan(metadata, options);
      const groups = metadata.row_groups.map((group) => Number(group.num_rows));
      const range = context.rowRange ?? { start: 0, end: Number.POSITIVE_INFINITY };
      if (range.end !== Number.POSITIVE_INFINITY && range.end > Number(metadata.num_rows)) {
        context.unread.push(
          `${file}: the job reads rows ${range.start}–${range.end - 1}, but the file has ${metadata.num_rows} rows (did it change after it was queued?)`,
        );
        continue;
      }
      let told = false;
      let groupStart = 0;
      let broken: string | null = null;
      for (const [g, rowCount] of groups.entries()) {
        const groupEnd = groupStart + rowCount;
        // The rows of this group that are read: all of them, or those in the job's range.
        const rowStart = Math.max(groupStart, range.start);
        const rowEnd = Math.min(groupEnd, range.end);
        groupStart = groupEnd;
        groupNumber++;
        if (signal.aborted || rowStart >= rowEnd || !inShard(groupNumber, options.shard)) continue;
        progress = filesBefore + Math.round((source.buffer.byteLength * rowEnd) / Math.max(1, Number(metadata.num_rows)));
        if (plan.missing !== null && !told) {
          told = true;
          context.unread.push(`${file}: ${plan.missing}; its rows got error lines`);
        }
        // With no article column, the id and URL columns (if any) are still read, for the error lines.
        if (broken !== null || plan.columns.length === 0) {
          await failRows(file, rowStart, rowEnd, broken ?? plan.missing ?? '');
          continue;
        }
        let cells: Record<string, unknown>[];
        try {
          cells = await hyparquet.parquetReadObjects({
            file: source.buffer,
            metadata,
            columns: plan.columns,
            rowStart,
            rowEnd,
            utf8: false,
            // Keep the bytes of STRING columns: the worker decodes them, and reports bytes that are not UTF-8.
            parsers: { stringFromBytes: (bytes: Uint8Array) => bytes },
          });
        } catch (error) {
          // A read that failed (an I/O error, a file cut short) ends the file; bad data ends the row group.
          const reason = `row group ${g} is unreadable (${messageOf(error)})`;
          if (error instanceof InputReadError) {
            broken = `not read: ${error.message}`;
            context.unread.push(`${error.message} (in row group ${g}); its rows from ${rowStart} on got error lines`);
          } else {
            context.unread.push(`${file}: ${reason}; its ${rowEnd - rowStart} rows got error lines`);
          }
          await failRows(file, rowStart, rowEnd, broken ?? reason);
          continue;
        }
        for (let i = 0; i < cells.length && !signal.aborted; i++) {
          const read = readRow(cells[i] ?? {}, plan);
          await addRow({ ...read.meta, file, row: rowStart + i }, read.body);
        }
      }
    } finally {
      filesBefore += source.buffer.byteLength;
      await source.close();
    }
  }
  if (!signal.aborted) builder.flush();
  await submitWithRoom();
  await writer.finish();
}

/** A Parquet file opened for random reads (the footer first, then each row group's column chunks). */
interface ParquetSource {
  buffer: AsyncBuffer;
  close(): Promise<void>;
}

/**
 * Opens a file for hyparquet: each slice is read with positional reads into a buffer of its own.
 * Throws {@link InputReadError} when the file cannot be opened (or is stdin, which cannot be read
 * from its end), and a slice that fails rejects with one.
 */
async function openParquetFile(file: string): Promise<ParquetSource> {
  if (file === '-') throw new InputReadError(file, 'Parquet input must be a file (its index is at its end), not stdin');
  let handle: Awaited<ReturnType<typeof open>>;
  let size: number;
  try {
    handle = await open(file, 'r');
    const stats = await handle.stat();
    if (stats.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    size = stats.size;
  } catch (error) {
    throw new InputReadError(file, readFailureReason(error));
  }
  return {
    buffer: {
      byteLength: size,
      async slice(start: number, end = size): Promise<ArrayBuffer> {
        const length = Math.max(0, end - start);
        const bytes = new Uint8Array(length);
        try {
          for (let done = 0; done < length; ) {
            const { bytesRead } = await handle.read(bytes, done, length - done, start + done);
            if (bytesRead === 0) throw new Error(`the file ends at byte ${start + done}, before its index said`);
            done += bytesRead;
          }
        } catch (error) {
          throw new InputReadError(file, readFailureReason(error));
        }
        return bytes.buffer;
      },
    },
    close: () => handle.close(),
  };
}

/** The columns a file's rows are read from, or why its rows cannot be read. */
interface ColumnPlan {
  /** The top-level columns to read. */
  columns: string[];
  html: string | null;
  text: string | null;
  id: string | null;
  url: string | null;
  /** The columns (of html, text) declared UTF-8. */
  utf8: Set<string>;
  /** Set when the file has no article column. */
  missing: string | null;
}

function columnPlan(metadata: FileMetaData, options: JobContext['options']): ColumnPlan {
  const top = new Map<string, SchemaElement>();
  const root = metadata.schema[0];
  let at = 1;
  for (let child = 0; child < (root?.num_children ?? 0) && at < metadata.schema.length; child++) {
    const element = metadata.schema[at];
    if (element === undefined) break;
    top.set(element.name, element);
    at = skipSubtree(metadata.schema, at);
  }
  const has = (name: string): string | null => (top.has(name) ? name : null);
  const html = options.format === 'text' ? null : has(options.htmlField);
  const text = options.format === 'html' ? null : has(options.textField);
  const id = has(options.idField);
  const url = has(options.urlField);
  const utf8 = new Set<string>();
  for (const name of [html, text]) {
    const element = name === null ? undefined : top.get(name);
    if (element?.converted_type === 'UTF8' || element?.logical_type?.type === 'STRING' || element?.converted_type === 'JSON') {
      utf8.add(name as string);
    }
  }
  const wanted =
    options.format === 'html'
      ? `"${options.htmlField}"`
      : options.format === 'text'
        ? `"${options.textField}"`
        : `"${options.textField}" or "${options.htmlField}"`;
  const names = [...top.keys()];
  const listed = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
  const missing = html === null && text === null ? `no column ${wanted} (its columns: ${listed || 'none'})` : null;
  const columns = [html, text, id, url].filter((name, i, all): name is string => name !== null && all.indexOf(name) === i);
  return { columns, html, text, id, url, utf8, missing };
}

/** The index just past the schema element at `at` and all its descendants (the schema is flattened depth-first). */
function skipSubtree(schema: SchemaElement[], at: number): number {
  let pending = 1;
  let next = at;
  while (pending > 0 && next < schema.length) {
    pending += (schema[next]?.num_children ?? 0) - 1;
    next++;
  }
  return next;
}

/** One row's metadata (without file and row) and its article bytes, or the reason it has none. */
function readRow(cells: Record<string, unknown>, plan: ColumnPlan): { meta: Omit<RowMeta, 'file' | 'row'>; body: Uint8Array | null } {
  const id = plan.id === null ? null : idOf(cells[plan.id]);
  const rawUrl = plan.url === null ? null : textOf(cells[plan.url]);
  const base = { id, url: null as string | null, format: 'html' as 'html' | 'text', utf8: false, error: null as string | null };
  if (rawUrl !== null && rawUrl !== undefined) {
    if (!isAbsoluteUrl(rawUrl)) {
      const shown = JSON.stringify(rawUrl.length > 60 ? `${rawUrl.slice(0, 60)}…` : rawUrl);
      return { meta: { ...base, error: `column "${plan.url}" must be an absolute URL (the article's), got ${shown}` }, body: null };
    }
    base.url = rawUrl;
  } else if (rawUrl === undefined) {
    return { meta: { ...base, error: `column "${plan.url}" must hold text, got ${kindOf(cells[plan.url ?? ''])}` }, body: null };
  }
  for (const [column, format] of [
    [plan.html, 'html'],
    [plan.text, 'text'],
  ] as const) {
    if (column === null) continue;
    const body = bytesOf(cells[column]);
    if (body !== null) return { meta: { ...base, format, utf8: plan.utf8.has(column) }, body };
  }
  // No usable cell: name the first column that is present, and what it held.
  const column = plan.html ?? plan.text;
  if (column === null) return { meta: { ...base, error: plan.missing }, body: null };
  const value = cells[column];
  const error =
    value === null || value === undefined
      ? plan.html !== null && plan.text !== null
        ? `columns "${plan.html}" and "${plan.text}" are null`
        : `column "${column}" is null`
      : `column "${column}" must hold text, got ${kindOf(value)}`;
  return { meta: { ...base, error }, body: null };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A text cell's bytes: a BYTE_ARRAY (or STRING) cell as read, a string encoded; null for anything else. */
function bytesOf(value: unknown): Uint8Array | null {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return encoder.encode(value);
  return null;
}

/** A text cell as a string; null for a null cell; undefined for a cell that holds no text. */
function textOf(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return decoder.decode(value);
  return undefined;
}

/** An id cell: text, or a number (a 64-bit integer beyond 2^53 becomes its decimal string). */
function idOf(value: unknown): string | number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  const text = textOf(value);
  return typeof text === 'string' ? text : text === null ? null : String(value);
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a timestamp';
  return typeof value === 'object' ? 'a struct' : `a ${typeof value}`;
}

function blankRow(file: string, row: number | null, error: string): RowMeta {
  return { id: null, url: null, file, row, format: 'html', utf8: false, error };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
