import { describe, expect, it } from 'vitest';
import { resolveConvertOptions } from '../../src/convert/convert-options.js';
import { groupEmbedRanges } from '../../src/convert/embed-units.js';
import { planTextCuts } from '../../src/convert/plan-text-cuts.js';
import { extractEmbeds } from '../../src/index.js';

const ARTICLE = [
  'The harbour reopened on Monday after the storm.',
  '',
  'First ferry of the season leaves at dawn *weather permitting*',
  '— Port of Eastvale (@EastvalePort) March 5, 2024',
  '',
  'Crews worked through the night.',
].join('\n');

function plan(options: Record<string, unknown>) {
  const embeds = extractEmbeds(ARTICLE, { format: 'text' });
  const units = groupEmbedRanges(embeds, ARTICLE.length);
  return { embeds, cuts: planTextCuts(ARTICLE, units, embeds, resolveConvertOptions(ARTICLE, { format: 'text', ...options })) };
}

describe('planTextCuts', () => {
  it('removes each unit', () => {
    const { embeds, cuts } = plan({ embeds: 'remove' });
    expect(embeds).toHaveLength(1);
    expect(cuts).toEqual([{ start: embeds[0]?.source.start, end: embeds[0]?.source.end, kind: 'remove', pieces: [], records: [0] }]);
  });

  it('puts a marker inline, its fields escaped for Markdown output only', () => {
    const plain = plan({ embeds: 'marker', marker: '[{name}]' }).cuts[0];
    expect(plain?.kind).toBe('inline');
    expect(plain?.pieces).toEqual([{ text: '[Port of Eastvale]', records: [0] }]);
    const markdown = plan({ embeds: 'marker', marker: '[*{handle}*]', output: 'markdown' }).cuts[0];
    expect(markdown?.pieces[0]?.text).toBe('[*EastvalePort*]');
  });

  it('keeps an embed in Markdown output as a blockquote block', () => {
    const cut = plan({ embeds: 'keep', output: 'markdown' }).cuts[0];
    expect(cut?.kind).toBe('block');
    expect(cut?.pieces[0]?.text.startsWith('> First ferry of the season leaves at dawn')).toBe(true);
    expect(cut?.pieces[0]?.text).toContain('(@EastvalePort)');
  });
});
