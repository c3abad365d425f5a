import { ENTRY_WIDTH, FLAG_OVERSIZED, type Batch, type BatchResult, type ItemResult, type RecordMeta } from './batch-protocol.js';
import { decodeHttpBody } from './http-body.js';
import type { WorkerConfig } from './cli-options.js';
import { decodedItem } from './decoded-item.js';
import { rowItem } from './parquet-row-item.js';
import { processArticle } from './process-article.js';
import { readJsonlLine } from './read-jsonl-line.js';
import { renderBounded } from './render-item.js';
import { decodeUtf8Line } from './utf8-line.js';

const encoder = new TextEncoder();

/**
 * Turns a batch into its output: decodes each entry (a JSONL line as UTF-8, and a line that is
 * not valid UTF-8 gets an error line; a whole file in the encoding a browser would pick), reads
 * the JSONL line, runs extract or convert, and renders. One result per entry, in order;
 * never throws on any input (a failure becomes an error item). Runs in a worker thread, or in the
 * main thread with `--workers 0`.
 *
 * @example
 * const { result, transfer } = processBatch(batch, config);
 * parentPort.postMessage(result, transfer);
 */
export function processBatch(batch: Batch, config: WorkerConfig): { result: BatchResult; transfer: ArrayBuffer[] } {
  const count = batch.entries.length / ENTRY_WIDTH;
  const items: ItemResult[] = [];
  // Rendered at once, so the records die young (a batch's results held as objects until its end
  // would be promoted to the old generation and cost the GC threads far more).
  const pieces: string[] = [];
  const output = batch.kind === 'files' ? config.output : 'jsonl';
  let embeds = 0;
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const at = i * ENTRY_WIDTH;
    const start = batch.entries[at] ?? 0;
    const end = batch.entries[at + 1] ?? 0;
    const number = batch.entries[at + 2] ?? 0;
    const flags = batch.entries[at + 3] ?? 0;
    const found =
      batch.kind === 'lines'
        ? lineItem(batch.bytes, start, end, number, flags, config)
        : batch.kind === 'records'
          ? recordItem(batch.bytes.subarray(start, end), batch.records?.[i], flags, config)
          : batch.kind === 'rows'
            ? rowItem(batch.bytes.subarray(start, end), batch.rows?.[i], flags, config)
            : fileItem(batch.bytes.subarray(start, end), batch.names?.[i] ?? '-', flags, config);
    const { item, text } = config.raw ? { item: found, text: '' } : renderBounded(found, output, config.command, number);
    embeds += item.embeds;
    if (item.failed) errors++;
    if (config.raw) items.push(item);
    else pieces.push(text);
  }
  const stats = { items: count, embeds, errors, bytes: batch.bytes.byteLength };
  if (config.raw) return { result: { seq: batch.seq, text: null, pieces: null, items, stats }, transfer: [] };
  if (batch.kind === 'files') return { result: { seq: batch.seq, text: null, pieces, items: null, stats }, transfer: [] };
  // 'lines', 'records' and 'rows': one JSON line each, encoded here.
  const text = encoder.encode(pieces.join(''));
  return { result: { seq: batch.seq, text, pieces: null, items: null, stats }, transfer: [text.buffer as ArrayBuffer] };
}

function lineItem(bytes: Uint8Array, start: number, end: number, line: number, flags: number, config: WorkerConfig): ItemResult {
  if (flags & FLAG_OVERSIZED) {
    return failure({ id: null, line, error: `line longer than --max-line-bytes (${config.maxLineBytes} bytes); skipped` });
  }
  const decoded = decodeUtf8Line(bytes.subarray(start, end));
  if (!decoded.ok) return failure({ id: null, line, error: decoded.error });
  const read = readJsonlLine(decoded.text, config);
  if (!read.ok) return failure({ id: read.id, line, error: read.error });
  try {
    const result = processArticle(read.input, read.format, config, read.url ?? config.baseUrl);
    const value: Record<string, unknown> = { id: read.id, format: result.format, embeds: result.embeds, diagnostics: result.diagnostics };
    if (result.output !== undefined) value.output = result.output;
    return { value, failed: false, embeds: result.embeds.length };
  } catch (error) {
    return failure({ id: read.id, line, error: `internal error: ${error instanceof Error ? error.message : String(error)}` });
  }
}

function fileItem(bytes: Uint8Array, file: string, flags: number, config: WorkerConfig): ItemResult {
  if (flags & FLAG_OVERSIZED) {
    return failure({ file, error: `file longer than --max-file-bytes (${config.maxFileBytes} bytes); not read` });
  }
  try {
    const result = processArticle(bytes, config.format, config, config.baseUrl);
    const value: Record<string, unknown> = { file, format: result.format, embeds: result.embeds, diagnostics: result.diagnostics };
    if (result.output !== undefined) value.output = result.output;
    return { value, failed: false, embeds: result.embeds.length };
  } catch (error) {
    return failure({ file, error: `internal error: ${error instanceof Error ? error.message : String(error)}` });
  }
}

function recordItem(bytes: Uint8Array, meta: RecordMeta | undefined, flags: number, config: WorkerConfig): ItemResult {
  if (meta === undefined) return failure({ id: null, error: 'internal error: a record without its metadata' });
  const where = { id: meta.id, url: meta.url, file: meta.file, offset: meta.offset };
  if (meta.error !== null) return failure({ ...where, error: meta.error });
  if (flags & FLAG_OVERSIZED) {
    return failure({ ...where, error: `record payload longer than --max-line-bytes (${config.maxLineBytes} bytes); skipped` });
  }
  const body = decodeHttpBody(bytes, meta, config.maxLineBytes);
  if (!body.ok) return failure({ ...where, error: body.error });
  // The HTTP Content-Type's charset is the transport hint; the record's URI is the base URL.
  const decode = meta.contentType === null ? {} : { contentType: meta.contentType };
  return decodedItem(body.bytes, decode, 'html', config, meta.url ?? config.baseUrl, { id: meta.id, url: meta.url }, where);
}

function failure(value: Record<string, unknown>): ItemResult {
  return { value, failed: true, embeds: 0 };
}
