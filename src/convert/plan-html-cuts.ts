import { htmlPlatforms, type PlatformInfo } from '../platforms/index.js';
import type { EmbedRecord } from '../schema/index.js';
import { isBlank } from '../kit/index.js';
import type { ResolvedConvertOptions } from './convert-options.js';
import { markerPieces } from './embed-replacements.js';
import type { EmbedUnit } from './embed-units.js';
import { escapeHtml } from './escape-html.js';
import { growAround, growHtmlCut } from './html-cuts.js';
import type { Cut, CutPiece } from './splice-cuts.js';

/**
 * The cuts that convert an HTML article (`remove` or `marker`). Each unit grows as
 * `growHtmlCut` says (widget script, wrappers left empty); for `remove`, back-to-back units
 * become one cut, which may then take a wrapper that held only them. Markers are HTML-escaped. A
 * unit that crosses element boundaries is replaced in place, the tags reaching outside it kept
 * (after the marker, which stands where the embed began).
 *
 * @example
 * planHtmlCuts(html, units, embeds, { format: 'html', embeds: 'remove', marker: null, output: 'same' });
 * // [{ start: 26, end: 479, kind: 'remove', pieces: [], records: [0] }]
 */
export function planHtmlCuts(
  html: string,
  units: readonly EmbedUnit[],
  embeds: readonly EmbedRecord[],
  options: ResolvedConvertOptions,
): Cut[] {
  const cuts: Cut[] = [];
  let lower = 0;
  // For merging back-to-back removals: the lower bound and platforms of the last cut.
  let lastLower = 0;
  let lastOwners: PlatformInfo[] = [];
  units.forEach((unit, k) => {
    const upper = units[k + 1]?.start ?? html.length;
    const owners = ownersOf(unit, embeds);
    const unitLower = lower;
    const range = growHtmlCut(html, unit.start, unit.end, owners, { dropWrappers: true, lower, upper });
    lower = range.end;
    const inPlace = range.closes.length > 0 || range.opens.length > 0;
    if (options.embeds === 'remove' && !inPlace) {
      const last = cuts[cuts.length - 1];
      if (last !== undefined && last.kind === 'remove' && isBlank(html, last.end, range.start)) {
        lastOwners = [...new Set([...lastOwners, ...owners])];
        const merged = growAround(html, last.start, range.end, lastOwners, { dropWrappers: true, lower: lastLower, upper });
        // Grown in place: copying the record list at every merge would be quadratic.
        for (const record of unit.records) last.records.push(record);
        last.start = merged.start;
        last.end = merged.end;
        lower = merged.end;
        return;
      }
      cuts.push({ start: range.start, end: range.end, kind: 'remove', pieces: [], records: [...unit.records] });
      lastOwners = owners;
      lastLower = unitLower;
      return;
    }
    const tags = (list: string[]): CutPiece[] => (list.length > 0 ? [{ text: list.join(''), records: [] }] : []);
    const middle: CutPiece[] =
      options.embeds === 'remove'
        ? [{ text: '', records: unit.records }]
        : markerPieces(unit, embeds, options.marker, { separator: ' ', escapeMarker: escapeHtml });
    cuts.push({
      start: range.start,
      end: range.end,
      kind: 'inline',
      pieces: [...middle, ...tags(range.closes), ...tags(range.opens)],
      records: unit.records,
    });
  });
  return cuts;
}

function ownersOf(unit: EmbedUnit, embeds: readonly EmbedRecord[]): PlatformInfo[] {
  const names = new Set(unit.records.map((index) => embeds[index]?.platform));
  return htmlPlatforms.filter((platform) => names.has(platform.name));
}
