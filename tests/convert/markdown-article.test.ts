import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, markdownProse } from '../../src/convert/markdown-article.js';

describe('markdownProse', () => {
  it('collapses spaces, trims lines, keeps one blank line between paragraphs and escapes', () => {
    expect(markdownProse('\n\n  The   harbour *reopened*\n\n\n\n# Crews  worked  ')).toBe('The harbour \\*reopened\\*\n\n\\# Crews worked');
    expect(markdownProse('line one\nline two')).toBe('line one\nline two');
    expect(markdownProse(' \n\t\n')).toBe('');
  });
});

describe('htmlToMarkdown', () => {
  const html = '<p>Intro.</p><blockquote class="twitter-tweet"><p>Ferry at dawn</p></blockquote><p>Outro.</p>';
  const unit = { start: html.indexOf('<blockquote'), end: html.indexOf('<p>Outro'), records: [0] };

  it('writes the prose as paragraphs and the blocks in place of the unit, with placements', () => {
    const seen: string[] = [];
    const { output, placements } = htmlToMarkdown(html, [unit], 1, (_unit, embedText) => {
      seen.push(embedText.trim());
      return [{ text: '> Ferry at dawn', records: [0] }];
    });
    expect(seen).toEqual(['Ferry at dawn']);
    expect(output).toBe('Intro.\n\n> Ferry at dawn\n\nOutro.\n');
    expect(output.slice(placements[0]?.start, placements[0]?.end)).toBe('> Ferry at dawn');
  });

  it('places a removed embed as an empty range between the paragraphs', () => {
    const { output, placements } = htmlToMarkdown(html, [unit], 1, () => []);
    expect(output).toBe('Intro.\n\nOutro.\n');
    expect(placements[0]?.start).toBe(placements[0]?.end);
    expect(htmlToMarkdown('', [], 0, () => []).output).toBe('');
  });
});
