import type { EmbedRecord } from '../schema/index.js';
import type { ResolvedConvertOptions } from './convert-options.js';
import { markerPieces, quotePieces } from './embed-replacements.js';
import type { EmbedUnit } from './embed-units.js';
import { escapeMarkdown } from './markdown/index.js';
import type { Cut } from './splice-cuts.js';

/**
 * The cuts that convert a text article: a `remove` cut per unit, an `inline` marker (fields
 * Markdown-escaped when the output is Markdown), or, keeping embeds in Markdown output, a `block`
 * of blockquotes.
 *
 * @example
 * planTextCuts(input, units, embeds, { format: 'text', embeds: 'marker', marker: null, output: 'same' });
 * // [{ start: 53, end: 221, kind: 'inline', pieces: [{ text: '[embed twitter @MayorAchterberg]', records: [0] }], records: [0] }]
 */
export function planTextCuts(
  input: string,
  units: readonly EmbedUnit[],
  embeds: readonly EmbedRecord[],
  options: ResolvedConvertOptions,
): Cut[] {
  return units.map((unit): Cut => {
    const { start, end, records } = unit;
    if (options.embeds === 'remove') return { start, end, kind: 'remove', pieces: [], records };
    if (options.embeds === 'marker') {
      const escapeField = options.output === 'markdown' ? escapeMarkdown : undefined;
      return { start, end, kind: 'inline', pieces: markerPieces(unit, embeds, options.marker, { separator: ' ', escapeField }), records };
    }
    return { start, end, kind: 'block', pieces: quotePieces(unit, embeds, input.slice(start, end)), records };
  });
}
