import { isAbsoluteUrl } from '../links/index.js';
import type { WorkerConfig } from './cli-options.js';

/**
 * What one JSONL line holds: an article to read, or the reason it cannot be read.
 *
 * @example
 * const line: JsonlLine = { ok: true, id: 'a1', input: 'text…', format: 'text', url: null };
 */
export type JsonlLine =
  | { ok: true; id: string | number | null; input: string; format: 'text' | 'html'; url: string | null }
  | { ok: false; id: string | number | null; error: string };

const BLANK = /^[\s\uFEFF]*$/;

/**
 * Reads one decoded JSONL line: the id, the article's URL (the URL field, absolute, or null when
 * absent or null), and the article from the HTML field (read as HTML) or the text field (read as
 * text). With `format: 'auto'` the HTML field wins when both are strings; `'text'` or `'html'`
 * reads only that field. Never throws.
 *
 * @example
 * readJsonlLine('{"id":1,"text":"hi"}', config); // { ok: true, id: 1, input: 'hi', format: 'text', url: null }
 * readJsonlLine('', config); // { ok: false, id: null, error: 'empty line' }
 */
export function readJsonlLine(line: string, config: WorkerConfig): JsonlLine {
  if (BLANK.test(line)) return { ok: false, id: null, error: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, id: null, error: `invalid JSON: ${message.length > 160 ? `${message.slice(0, 160)}…` : message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      id: null,
      error: `line is not a JSON object (got ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value})`,
    };
  }
  const record = value as Record<string, unknown>;
  const rawId = record[config.idField];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const url = record[config.urlField] ?? null;
  if (url !== null && (typeof url !== 'string' || !isAbsoluteUrl(url))) {
    const got =
      typeof url === 'string' ? JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url) : Array.isArray(url) ? 'array' : typeof url;
    return { ok: false, id, error: `field "${config.urlField}" must be an absolute URL (the article's), got ${got}` };
  }
  const html = config.format === 'text' ? undefined : record[config.htmlField];
  const text = config.format === 'html' ? undefined : record[config.textField];
  if (typeof html === 'string') return { ok: true, id, input: html, format: 'html', url };
  if (typeof text === 'string') return { ok: true, id, input: text, format: 'text', url };
  const present = [html === undefined ? null : config.htmlField, text === undefined ? null : config.textField].find((f) => f !== null);
  if (present !== undefined && present !== null) {
    const got = record[present];
    return {
      ok: false,
      id,
      error: `field "${present}" must be a string, got ${got === null ? 'null' : Array.isArray(got) ? 'array' : typeof got}`,
    };
  }
  const wanted =
    config.format === 'html'
      ? `"${config.htmlField}"`
      : config.format === 'text'
        ? `"${config.textField}"`
        : `"${config.textField}" or "${config.htmlField}"`;
  return { ok: false, id, error: `missing field ${wanted}` };
}
