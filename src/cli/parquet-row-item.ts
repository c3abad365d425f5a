import { FLAG_OVERSIZED, type ItemResult, type RowMeta } from './batch-protocol.js';
import type { WorkerConfig } from './cli-options.js';
import { decodedItem } from './decoded-item.js';

/**
 * Turns one Parquet row's article bytes into its result (runs in a worker): the bytes of a STRING
 * column are decoded as UTF-8, those of a plain BYTE_ARRAY column as bytes input is (byte order
 * mark, `--encoding`, `<meta charset>`, UTF-8); bytes that are not valid in the encoding become
 * U+FFFD with an `invalid-encoding` diagnostic, as for any bytes input. Every row gets a result
 * or an error item naming its file and row; never throws.
 *
 * @example
 * const item = rowItem(new TextEncoder().encode('<p>hi</p>'), { id: 1, url: null, file: 'a.parquet', row: 0, format: 'html', utf8: true, error: null }, 0, config);
 * item.value; // { id: 1, url: null, file: 'a.parquet', row: 0, format: 'html', embeds: [], diagnostics: [] }
 */
export function rowItem(bytes: Uint8Array, meta: RowMeta | undefined, flags: number, config: WorkerConfig): ItemResult {
  if (meta === undefined) return failure({ id: null, error: 'internal error: a row without its metadata' });
  const where = { id: meta.id, url: meta.url, file: meta.file, row: meta.row };
  if (meta.error !== null) return failure({ ...where, error: meta.error });
  if (flags & FLAG_OVERSIZED) {
    return failure({ ...where, error: `cell longer than --max-line-bytes (${config.maxLineBytes} bytes); skipped` });
  }
  const hint = meta.utf8 ? 'utf-8' : config.encoding;
  return decodedItem(bytes, hint === null ? {} : { encoding: hint }, meta.format, config, meta.url ?? config.baseUrl, where, where);
}

function failure(value: Record<string, unknown>): ItemResult {
  return { value, failed: true, embeds: 0 };
}
