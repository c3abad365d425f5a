import { describe, expect, it } from 'vitest';
import { extractTextEmbeds } from '../../src/text/text-embeds.js';

const signature = '— Ken Example (@kenexample) October 28, 2022';

describe('joinSplitSignatures (through extractTextEmbeds)', () => {
  it('joins a post whose signature stands after its first line, the rest below it, into one record', () => {
    const text = `The council met late.\nFirst line of the post.\n${signature}\nAnd the rest of it, with a photo. pic.twitter.com/Rk2mQ8vX1a\nThe article goes on here.`;
    const { embeds, diagnostics } = extractTextEmbeds(text);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]?.text).toBe('First line of the post. And the rest of it, with a photo. pic.twitter.com/Rk2mQ8vX1a');
    expect(embeds[0]?.author.handle).toBe('kenexample');
    expect(text.slice(embeds[0]?.source.start, embeds[0]?.source.end)).toContain('pic.twitter.com/Rk2mQ8vX1a');
    expect(diagnostics.map((d) => d.code)).toContain('split-signature');
  });

  it('keeps an unsigned post apart when a blank line separates it from the signature', () => {
    const text = `First line of the post.\n${signature}\n\nAnother post that lost its signature. pic.twitter.com/Rk2mQ8vX1a\n`;
    const { embeds, diagnostics } = extractTextEmbeds(text);
    expect(embeds.map((e) => e.text)).toEqual([
      'First line of the post.',
      'Another post that lost its signature. pic.twitter.com/Rk2mQ8vX1a',
    ]);
    expect(diagnostics.map((d) => d.code)).not.toContain('split-signature');
  });

  it('keeps them apart when the article goes on after the signature on its line', () => {
    const text = `First line of the post.\n${signature} and the article goes on\nAnother post. pic.twitter.com/Rk2mQ8vX1a\n`;
    expect(extractTextEmbeds(text).embeds).toHaveLength(2);
  });
});

describe('joinSplitSignatures: the rest of a post taken for the next post’s first lines', () => {
  it('gives the lines down to a media link to the post above, the rest to the next post', () => {
    const next = '— Dana Roe (@danaroe) October 28, 2022';
    const text = `Since the bridge closed${signature}\n- three buses were late\n- two ferries ran twice pic.twitter.com/Rk2mQ8vX1a\nThe ferry is full again${next}\n`;
    const { embeds } = extractTextEmbeds(text);
    expect(embeds.map((e) => e.text)).toEqual([
      'Since the bridge closed - three buses were late - two ferries ran twice pic.twitter.com/Rk2mQ8vX1a',
      'The ferry is full again',
    ]);
  });

  it('leaves a post whose own last line ends with a media link whole', () => {
    const next = '— Dana Roe (@danaroe) October 28, 2022';
    const text = `First line of the post.\n${signature}\nThe ferry is full again pic.twitter.com/Rk2mQ8vX1a\n${next}\n`;
    const { embeds } = extractTextEmbeds(text);
    expect(embeds.map((e) => e.text)).toEqual(['First line of the post.', 'The ferry is full again pic.twitter.com/Rk2mQ8vX1a']);
  });
});
