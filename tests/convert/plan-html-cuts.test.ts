import { describe, expect, it } from 'vitest';
import { resolveConvertOptions } from '../../src/convert/convert-options.js';
import { groupEmbedRanges } from '../../src/convert/embed-units.js';
import { planHtmlCuts } from '../../src/convert/plan-html-cuts.js';
import { extractEmbeds } from '../../src/index.js';

const tweet = (id: string, text: string) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${text}</p>&mdash; Port of Eastvale (@EastvalePort) <a href="https://twitter.com/EastvalePort/status/${id}">March 5, 2024</a></blockquote>`;
const SCRIPT = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

function plan(html: string, options: Record<string, unknown>) {
  const embeds = extractEmbeds(html);
  const units = groupEmbedRanges(embeds, html.length);
  return planHtmlCuts(html, units, embeds, resolveConvertOptions(html, { format: 'html', ...options }));
}

describe('planHtmlCuts', () => {
  it('removes an embed with its widget script and the wrapper it leaves empty', () => {
    const html = `<p>Intro.</p><div class="embed-twitter">${tweet('1765012345678901234', 'Ferry at dawn')}${SCRIPT}</div><p>Outro.</p>`;
    const cuts = plan(html, { embeds: 'remove' });
    expect(cuts).toHaveLength(1);
    expect(html.slice(cuts[0]?.start, cuts[0]?.end)).toBe(html.slice('<p>Intro.</p>'.length, html.indexOf('<p>Outro.</p>')));
  });

  it('merges back-to-back removals into one cut holding both records', () => {
    const html = `<p>Intro.</p>${tweet('1765012345678901234', 'Ferry at dawn')}\n${tweet('1765012345678901299', 'Second sailing at noon')}<p>Outro.</p>`;
    const cuts = plan(html, { embeds: 'remove' });
    expect(cuts).toHaveLength(1);
    expect(cuts[0]?.records).toEqual([0, 1]);
  });

  it('puts an HTML-escaped marker where the embed stood', () => {
    const html = `<p>Intro.</p>${tweet('1765012345678901234', 'Ferry at dawn')}<p>Outro.</p>`;
    const [cut] = plan(html, { embeds: 'marker', marker: '<{name}> & {handle}' });
    expect(cut?.kind).toBe('inline');
    expect(cut?.pieces).toEqual([{ text: '&lt;Port of Eastvale&gt; &amp; EastvalePort', records: [0] }]);
  });
});
