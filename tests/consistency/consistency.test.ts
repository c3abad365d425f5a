/**
 * The consistency harness over the invented HTML fixtures: each real flattener (html-to-text,
 * Readability + turndown, node-html-markdown, Readability's textContent) flattens every page, and
 * the text reader on the flattened page must agree with the HTML reader on the page. The floors
 * are today's agreement; raise them as the readers improve. (`npm run consistency` also measures
 * the dev corpus, which tests never read.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLATTENERS } from '../../bench/consistency/flatteners.mjs';
import type { Flattener } from '../../bench/consistency/flatteners.mjs';
import { keptWhole, measureConsistency, summarise } from '../../bench/consistency/harness.mjs';
import type { ConsistencySummary } from '../../bench/consistency/harness.mjs';
import { extractEmbeds } from '../../src/index.js';

const dir = join(import.meta.dirname, '../../fixtures/html');
const pages = readdirSync(dir)
  .filter((file) => file.endsWith('.html'))
  .sort()
  .map((file) => ({ name: file, html: readFileSync(join(dir, file), 'utf8') }));

/** Floors per flattener: F1, and the share of matched posts whose body text is exact. */
const FLOORS: Record<string, { f1: number; text: number; handle: number; id: number }> = {
  'html-to-text': { f1: 0.93, text: 0.98, handle: 0.99, id: 0.98 },
  'html-to-text-nowrap': { f1: 0.95, text: 0.98, handle: 0.99, id: 0 },
  'readability-turndown': { f1: 0.97, text: 0.99, handle: 0.99, id: 0.93 },
  'node-html-markdown': { f1: 0.97, text: 0.97, handle: 0.97, id: 0.91 },
  'readability-text': { f1: 0.97, text: 0.71, handle: 0.99, id: 0 },
};

const readerFormat = (flattener: Flattener): string => (flattener.markdown ? 'markdown' : 'text');
const extract = (input: string, options: { format: string }): unknown[] =>
  extractEmbeds(input, options as Parameters<typeof extractEmbeds>[1]);

describe('consistency of the text reader with the HTML reader, per flattener', () => {
  const summaries = new Map<string, ConsistencySummary>();
  const summary = (name: string): ConsistencySummary => {
    let found = summaries.get(name);
    if (found === undefined) {
      const flattener = FLATTENERS.filter((f) => f.name === name);
      const [counts] = measureConsistency(pages, extract, flattener, readerFormat);
      if (counts === undefined) throw new Error(`no flattener ${name}`);
      found = summarise(counts);
      summaries.set(name, found);
    }
    return found;
  };

  it('measures every flattener the floors name', () => {
    expect(FLATTENERS.map((f) => f.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(Object.entries(FLOORS))('%s keeps agreement at or above its floor', (name, floor) => {
    const s = summary(name);
    expect(s.kept, 'the flattener kept some embeds whole').toBeGreaterThan(20);
    expect(s.f1).toBeGreaterThanOrEqual(floor.f1);
    expect(s.fields.text ?? 0).toBeGreaterThanOrEqual(floor.text);
    expect(s.fields.handle ?? 0).toBeGreaterThanOrEqual(floor.handle);
    expect(s.fields.id ?? 0).toBeGreaterThanOrEqual(floor.id);
  });
});

describe('how the harness compares', () => {
  /** Readability's `textContent` in small: `<br>` gives nothing, each block ends its line. */
  const textContent: Flattener = {
    name: 'text-content',
    markdown: false,
    describe: 'tags dropped, <br> lost',
    flatten: (html: string) =>
      html
        .replace(/<br\s*\/?>/g, '')
        .replace(/<\/(?:p|blockquote)>/g, '$&\n')
        .replace(/<[^>]+>/g, ''),
  };
  const tweet = (body: string): string =>
    `<blockquote class="twitter-tweet"><p lang="ja" dir="ltr">${body}</p>— 山田花子 (@hanako_yamada) <a href="https://twitter.com/hanako_yamada/status/1631625466475446272">March 3, 2023</a></blockquote>`;
  const measure = (html: string): ConsistencySummary => {
    const [counts] = measureConsistency([{ name: 'page.html', html }], extract, [textContent], readerFormat);
    if (counts === undefined) throw new Error('no counts');
    return summarise(counts);
  };

  it('compares bodies with whitespace collapsed only: the space of a <br> the flattener lost is a difference', () => {
    const html = `<p>市は新しい橋の計画を発表しました。工事は来月から始まります。</p>\n${tweet('橋が直るらしい。<br><br>楽しみです！ <a href="https://t.co/Ab12Cd34Ef">pic.twitter.com/Ab12Cd34Ef</a>')}\n<p>次の段落です。</p>`;
    const s = measure(html);
    expect(s.matched).toBe(1);
    expect(s.fields.text).toBe(0);
  });

  it('still tells apart bodies that differ in more than such a space', () => {
    const html = `<p>市は新しい橋の計画を発表しました。</p>\n${tweet('橋が直るらしい。<br><br>楽しみです！')}\n<p>次の段落です。</p>`;
    // Letters and digits all there (the embed is kept), one mark changed.
    const wrong: Flattener = {
      ...textContent,
      flatten: (page: string) => textContent.flatten(page.replace('楽しみです！', '楽しみです？'), {}),
    };
    const [counts] = measureConsistency([{ name: 'page.html', html }], extract, [wrong], readerFormat);
    expect(counts?.matched).toBe(1);
    expect(counts?.fields.text).toEqual([0, 1]);
  });

  it('pairs a record whose body the flattener dropped by its handle and day, neither right nor wrong', () => {
    const html = `<p>市の発表は次の通り：</p>\n${tweet('橋が直るらしい。')}\n<p>次の段落です。</p>`;
    const dropBody: Flattener = {
      ...textContent,
      flatten: (page: string) => textContent.flatten(page.replace(/<p lang="ja"[^>]*>.*?<\/p>/, ''), {}),
    };
    const [counts] = measureConsistency([{ name: 'page.html', html }], extract, [dropBody], readerFormat);
    expect(counts?.kept).toBe(0);
    expect(counts?.falsePositives).toBe(0);
  });
});

describe('keptWhole', () => {
  const flatOf = (text: string) => ({
    fingerprint: text
      .replace(/https?:\/\/\S*/g, ' ')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ''),
    lower: text.toLowerCase(),
    collapsed: text.replace(/\s+/g, ' ').trim(),
  });
  const linkOnly = { text: 'https://twitter.com/Space\\_Probe/status/532496644231942144', author: { handle: null }, dateText: null };

  it('does not count a body of links alone as kept when the output lost it', () => {
    expect(keptWhole(linkOnly, flatOf('The probe went dark. Nobody laments an aluminium box.'))).toBe(false);
  });

  it('counts it kept where it still stands, Markdown escapes aside', () => {
    const markdown =
      '> [https://twitter.com/Space\\\\\\_Probe/status/532496644231942144](https://twitter.com/Space_Probe/status/532496644231942144)';
    expect(keptWhole(linkOnly, flatOf(markdown))).toBe(true);
  });
});
