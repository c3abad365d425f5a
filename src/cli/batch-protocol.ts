/**
 * Numbers per entry in {@link Batch.entries}: start, end, item number, flags.
 *
 * @example
 * const lineNumber = batch.entries[i * ENTRY_WIDTH + 2];
 */
export const ENTRY_WIDTH = 4;

/**
 * Entry flag: the JSONL line was longer than `--max-line-bytes`; its bytes were skipped.
 *
 * @example
 * if (flags & FLAG_OVERSIZED) error = 'line too long';
 */
export const FLAG_OVERSIZED = 1;

/**
 * What the main thread knows of one WARC record in a batch: where it came from and how its HTTP
 * body was sent. The worker undoes the codings, decodes the text and parses it.
 *
 * @example
 * const meta: RecordMeta = { id: 'urn:uuid:…', url: 'https://example.org/a', file: 'crawl.warc.gz', offset: 0, contentType: 'text/html; charset=utf-8', transferEncoding: null, contentEncoding: 'gzip', error: null };
 */
export interface RecordMeta {
  /** `WARC-Record-ID`, without the angle brackets. */
  id: string | null;
  /** `WARC-Target-URI`: the page's URL, the base of its relative links. */
  url: string | null;
  /** The input operand. */
  file: string;
  /** The record's offset in the file (of its gzip member, for a `.warc.gz`). */
  offset: number;
  /** The HTTP `Content-Type`. */
  contentType: string | null;
  /** The HTTP `Transfer-Encoding`. */
  transferEncoding: string | null;
  /** The HTTP `Content-Encoding`. */
  contentEncoding: string | null;
  /** Set when the record could not be read (malformed, truncated): it becomes an error line. */
  error: string | null;
}

/**
 * What the main thread knows of one Parquet row in a batch: where it came from, and which column
 * its article bytes were taken from. The worker decodes the bytes and parses them.
 *
 * @example
 * const meta: RowMeta = { id: 'a1', url: 'https://news.example/a', file: 'articles.parquet', row: 0, format: 'html', utf8: true, error: null };
 */
export interface RowMeta {
  /** The id column's value (a string or a safe integer), or null. */
  id: string | number | null;
  /** The URL column's value: the page's URL, the base of its relative links; or null. */
  url: string | null;
  /** The input operand. */
  file: string;
  /** The row's index in the file, from 0 (DuckDB's `file_row_number`); null for an error about the whole file. */
  row: number | null;
  /** Whether the bytes came from the HTML column or the text column. */
  format: 'html' | 'text';
  /** The column is declared UTF-8 (a Parquet STRING): its bytes are decoded as UTF-8, not sniffed. */
  utf8: boolean;
  /** Set when the row cannot be read (a null cell, a missing column): it becomes an error line. */
  error: string | null;
}

/**
 * A batch of input sent to a worker: many JSONL lines (or whole files) packed into one buffer,
 * whose `ArrayBuffer` is transferred, not copied.
 *
 * @example
 * const batch: Batch = { seq: 0, kind: 'lines', bytes, entries: new Float64Array([0, 10, 1, 0]), names: null };
 */
export interface Batch {
  /** Sequence number: output is written in this order. */
  seq: number;
  /** `'lines'` (JSONL), `'files'` (whole-file mode), `'records'` (WARC) or `'rows'` (Parquet). */
  kind: 'lines' | 'files' | 'records' | 'rows';
  /** The bytes of every entry, back to back. */
  bytes: Uint8Array;
  /** {@link ENTRY_WIDTH} numbers per entry: start and end in `bytes`, item number (1-based line or file number), flags. */
  entries: Float64Array;
  /** The file name of each entry (whole-file mode), or null. */
  names: string[] | null;
  /** The record of each entry (WARC mode). */
  records?: RecordMeta[];
  /** The row of each entry (Parquet mode). */
  rows?: RowMeta[];
}

/**
 * One article's result before rendering: the output object and whether it is an error.
 *
 * @example
 * const item: ItemResult = { value: { id: 'a', line: 3, error: 'invalid JSON' }, failed: true, embeds: 0 };
 */
export interface ItemResult {
  /** The JSON object written for this item. */
  value: Record<string, unknown>;
  /** Whether it is an error item. */
  failed: boolean;
  /** How many embeds it holds. */
  embeds: number;
}

/**
 * Counts of a finished batch, for progress and the exit status.
 *
 * @example
 * const stats: BatchStats = { items: 256, embeds: 31, errors: 0, bytes: 1_048_576 };
 */
interface BatchStats {
  /** Items (lines or files) in the batch. */
  items: number;
  /** Embeds found. */
  embeds: number;
  /** Error items. */
  errors: number;
  /** Input bytes of the batch. */
  bytes: number;
}

/**
 * What a worker sends back for a batch: the rendered UTF-8 output (JSONL), rendered pieces (one
 * per file), or the raw results (when the main thread expands links before rendering).
 *
 * @example
 * if (result.text) output.write(result.text);
 */
export interface BatchResult {
  /** The batch's sequence number. */
  seq: number;
  /** JSONL and WARC mode: every output line, UTF-8, newline-terminated. */
  text: Uint8Array | null;
  /** Whole-file mode: one rendered piece per file (framing is the main thread's). */
  pieces: string[] | null;
  /** Raw mode (`--expand`): the results, rendered by the main thread. */
  items: ItemResult[] | null;
  /** Counts. */
  stats: BatchStats;
}
