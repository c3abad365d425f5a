/**
 * The invented articles in `fixtures/convert/` converted in every mode and compared with their
 * expected outputs (`<name>.remove.*`, `<name>.marker.*`, `<name>.md`), plus the properties each
 * mode must have on them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../src/convert/index.js';
import { extractEmbeds } from '../../src/extract/index.js';

const root = join(import.meta.dirname, '../../fixtures/convert');
const read = (name: string): string => readFileSync(join(root, name), 'utf8');

const articles = [
  { name: 'ferry-storm', ext: 'txt', format: 'text', embeds: 7 },
  { name: 'lifeboat-open-day', ext: 'html', format: 'html', embeds: 7 },
] as const;

describe.each(articles)('fixtures/convert: $name ($format)', ({ name, ext, format, embeds }) => {
  const input = read(`${name}.${ext}`);

  it('is read in the right format with every embed found', () => {
    const result = convertArticle(input, { embeds: 'keep' });
    expect(result.format).toBe(format);
    expect(result.embeds).toHaveLength(embeds);
    expect(result.embeds).toEqual(extractEmbeds(input));
  });

  it('remove: matches the expected output, and no embed is left in it', () => {
    const { output, placements } = convertArticle(input, { embeds: 'remove' });
    expect(output).toBe(read(`${name}.remove.${ext}`));
    expect(extractEmbeds(output)).toEqual([]);
    for (const placement of placements) expect(placement.end).toBe(placement.start);
  });

  it('marker: matches the expected output, and each placement holds its marker', () => {
    const { output, placements, embeds: records } = convertArticle(input, { embeds: 'marker' });
    expect(output).toBe(read(`${name}.marker.${ext}`));
    expect(placements).toHaveLength(records.length);
    placements.forEach((placement, k) => {
      const record = records[k]!;
      expect(output.slice(placement.start, placement.end)).toBe(
        `[embed ${record.platform}${record.author.handle === null ? '' : ` @${record.author.handle}`}${record.id === null ? '' : ` ${record.id}`}]`,
      );
    });
    expect(extractEmbeds(output)).toEqual([]);
  });

  it('keep: the output is the input, and placements are the source ranges', () => {
    const { output, placements, embeds: records } = convertArticle(input, { embeds: 'keep' });
    expect(output).toBe(input);
    expect(placements).toEqual(records.map((record) => ({ start: record.source.start, end: record.source.end })));
  });

  it('markdown: matches the expected output; each placement is one blockquote', () => {
    const { output, placements } = convertArticle(input, { embeds: 'keep', output: 'markdown' });
    expect(output).toBe(read(`${name}.md`));
    for (const placement of placements) {
      const quote = output.slice(placement.start, placement.end);
      expect(quote.split('\n').every((line) => line.startsWith('>'))).toBe(true);
      expect(quote).toMatch(/^> /);
      expect(quote).toMatch(/(?:^|\n)> — [^\n]+(?:\n> <https:[^\n]+>)?$/);
      // A blank line before and after, unless at the very start or end.
      if (placement.start > 0) expect(output.slice(placement.start - 2, placement.start)).toBe('\n\n');
      expect(['\n\n', '\n'].includes(output.slice(placement.end, placement.end + 2)) || placement.end === output.length).toBe(true);
    }
  });
});

describe('the ferry-storm text article', () => {
  const input = read('ferry-storm.txt');

  it('remove: an embed opening the article leaves no leading blank line', () => {
    const { output } = convertArticle(input, { embeds: 'remove' });
    expect(output.startsWith('Storm Halvard closed')).toBe(true);
  });

  it('remove: an embed closing the article leaves only the final line break', () => {
    const { output } = convertArticle(input, { embeds: 'remove' });
    expect(output.endsWith('reduced timetable.\n')).toBe(true);
  });

  it('remove: no run of more than one blank line, no line starting or ending with a space', () => {
    const { output } = convertArticle(input, { embeds: 'remove' });
    expect(output).not.toMatch(/\n\n\n/);
    expect(output).not.toMatch(/^ | $/m);
    expect(output).not.toMatch(/ {2}/);
  });

  it('remove: text after a signature on the same line keeps its place, without a leading space', () => {
    const { output } = convertArticle(input, { embeds: 'remove' });
    expect(output).toContain('blankets and soup.\n\nA spokesperson said no one needed hospital treatment.\n\nThe island');
  });

  it('remove: back-to-back embeds go as one, leaving a single paragraph gap', () => {
    const { output } = convertArticle(input, { embeds: 'remove' });
    expect(output).toContain('crew handing out blankets and soup.\n\nA spokesperson');
  });

  it('marker: markers stand where the embeds stood, article paragraphs untouched', () => {
    const { output } = convertArticle(input, { embeds: 'marker' });
    expect(output.startsWith('[embed twitter @wennapascoe]\n\nStorm Halvard')).toBe(true);
    expect(output).toContain('[embed twitter @tobyvenn]\n\n[embed twitter @priyalund_]\n\n[embed twitter @MarrickCG] A spokesperson');
    expect(output.endsWith('[embed twitter @MarrickPorts 1720512345678901234]\n')).toBe(true);
  });

  it('markdown: a multi-paragraph post keeps its paragraphs', () => {
    const { output } = convertArticle(input, { embeds: 'keep', output: 'markdown' });
    expect(output).toContain(
      '> We asked for beds and you gave us 130 of them in two hours.\n>\n> That is Marrick.\n>\n> — Marrick Island Council (@MarrickCouncil), November 4, 2023',
    );
  });

  it('markdown: a bare permalink becomes an attribution with an autolink on its own line', () => {
    const { output } = convertArticle(input, { embeds: 'keep', output: 'markdown' });
    expect(output.endsWith('> — @MarrickPorts\n> <https://twitter.com/MarrickPorts/status/1720512345678901234>\n')).toBe(true);
  });
});

describe('the lifeboat-open-day HTML article', () => {
  const input = read('lifeboat-open-day.html');
  const removed = convertArticle(input, { embeds: 'remove' }).output;

  it('remove: a WordPress figure goes whole, with the widget script inside it', () => {
    expect(removed).not.toContain('wp-block-embed');
    expect(removed).toContain('<p>The coxswain, Demelza Trago, thanked the town:</p>\n<p>The station raised');
  });

  it('remove: a <p> that only held the embed goes, with the widget script after it', () => {
    expect(removed).not.toContain('instagram');
    expect(removed).toContain('blue paint by lunchtime.</p>\n<p>The coxswain');
    expect(removed).not.toMatch(/<p>\s*<\/p>/);
  });

  it('remove: an embed after a sentence in the same <p> goes, the sentence and its <p> stay', () => {
    expect(removed).toContain('<p>The crew ran a capsize drill in the harbour at noon. The station filmed it from the breakwater:</p>');
  });

  it('remove: back-to-back embeds with their scripts go, and so does the wrapper they alone filled', () => {
    expect(removed).not.toContain('social-embeds');
    expect(removed).not.toContain('bsky');
  });

  it('remove: embeds opening and closing the body leave the body element tidy', () => {
    expect(removed).toContain('<div class="story-body">\n<p>More than 3,000 people');
    expect(removed).toContain('first Saturday in September.</p>\n</div>\n</article>');
  });

  it('remove: every widget script of a removed embed is gone, other scripts stay', () => {
    expect(removed).not.toMatch(/platform\.twitter\.com|embed\.bsky\.app|instagram\.com\/embed/);
    expect(removed).toContain('<script>window.siteConfig={section:"news"};</script>');
    expect(removed).toContain('<script src="/static/js/site.js" defer></script>');
  });

  it('marker: the display name with markup in it is escaped in a name template', () => {
    const { output, placements } = convertArticle(input, { embeds: 'marker', marker: '[{name}]' });
    expect(output.slice(placements[3]!.start, placements[3]!.end)).toBe('[Demelza Trago &lt;Coxswain&gt;]');
    expect(output).not.toContain('<Coxswain>');
  });

  it('markdown: HTML is flattened, each embed a blockquote where it stood', () => {
    const { output } = convertArticle(input, { embeds: 'keep', output: 'markdown' });
    expect(output).not.toMatch(/<(?:p|div|script|blockquote)\b/);
    expect(output).toContain(
      'thanked the town:\n\n> What a day. Every pound raised keeps us at sea.\n>\n> Huge thanks to the 60 volunteers who made it happen & to everyone who came.\n>\n> — Demelza Trago \\<Coxswain\\> (@DemelzaTrago), [September 5, 2023](https://twitter.com/DemelzaTrago/status/1699034567890123456)\n\nThe station raised',
    );
    expect(output).toContain('from the breakwater:\n\n> — YouTube, id Xk3pQ9LmN2a\n\nVolunteers said');
  });
});
