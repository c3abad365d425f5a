import type { EmbedRecord } from '../schema/index.js';
import type { MarkerFunction } from './convert-options.js';

/**
 * Escapes one record field before it goes into a marker (identity for text output).
 *
 * @example
 * const escapeField: FieldEscaper = (value) => value.replace(/_/g, '\\_');
 */
export type FieldEscaper = (value: string) => string;

const PLACEHOLDER = /\{(platform|handle|name|id|url|date|index)\}/g;

/**
 * The default marker: `[embed <platform> @<handle> <id>]`, leaving out a null handle or id, so
 * `[embed twitter @SecBlinken 1755259323123712345]`, `[embed twitter @SecBlinken]`,
 * `[embed youtube dQw4w9WgXcQ]` or `[embed instagram]`.
 *
 * @example
 * defaultMarker(record); // '[embed twitter @SecBlinken 1755259323123712345]'
 */
export function defaultMarker(record: EmbedRecord, escapeField: FieldEscaper = (value) => value): string {
  const parts = ['embed', record.platform];
  if (record.author.handle !== null) parts.push(`@${escapeField(record.author.handle)}`);
  if (record.id !== null) parts.push(escapeField(record.id));
  return `[${parts.join(' ')}]`;
}

/**
 * Renders the marker of the embed at `index`: the default marker when `template` is null, the
 * template string with `{platform}`, `{handle}`, `{name}`, `{id}`, `{url}`, `{date}` (`dateText`,
 * else `publishedAt`) and `{index}` (1-based) replaced (null fields become `''`; each value goes
 * through `escapeField`), or what a template function returns (which must be a string).
 *
 * @example
 * renderMarker('{platform}:{id}', record, 0); // 'twitter:1755259323123712345'
 * renderMarker((r, i) => `#${i} ${r.platform}`, record, 0); // '#0 twitter'
 */
export function renderMarker(
  template: string | MarkerFunction | null,
  record: EmbedRecord,
  index: number,
  escapeField: FieldEscaper = (value) => value,
): string {
  if (template === null) return defaultMarker(record, escapeField);
  if (typeof template === 'function') {
    const marker: unknown = template(record, index);
    if (typeof marker !== 'string') {
      throw new TypeError(
        `convertArticle: options.marker returned ${marker === null ? 'null' : typeof marker} for embed ${index}; it must return a string`,
      );
    }
    return marker;
  }
  return template.replace(PLACEHOLDER, (_match, field: string) => escapeField(fieldValue(record, field, index)));
}

function fieldValue(record: EmbedRecord, field: string, index: number): string {
  switch (field) {
    case 'platform':
      return record.platform;
    case 'handle':
      return record.author.handle ?? '';
    case 'name':
      return record.author.name ?? '';
    case 'id':
      return record.id ?? '';
    case 'url':
      return record.url ?? '';
    case 'date':
      return record.dateText ?? record.publishedAt ?? '';
    default:
      return String(index + 1);
  }
}
