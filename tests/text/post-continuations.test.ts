import { describe, expect, it } from 'vitest';
import { LineTable } from '../../src/text/line-table.js';
import { bodyStarts } from '../../src/text/post-bodies.js';
import { postEnds } from '../../src/text/post-continuations.js';
import { scanSignatures } from '../../src/text/signature-scanner.js';

function endsOf(text: string): number[] {
  const lines = new LineTable(text);
  const { signatures } = scanSignatures(text);
  return postEnds(text, lines, signatures, bodyStarts(text, signatures, lines));
}

const signature = '— Marguerite Ashdown (@MAshdownWrites) November 4, 2022';

describe('postEnds', () => {
  it('continues a post whose body ends with a spaced hyphen on the lines after its signature', () => {
    const text = `Intro.\nGoodbye for now -\n${signature}\nIt has been a good twelve years.\nFind me on my newsletter.\n`;
    expect(endsOf(text)).toEqual([text.indexOf('newsletter.') + 'newsletter.'.length]);
  });

  it('continues after a comma too, and stops at a blank line', () => {
    const text = `Intro.\n\nDear readers,\n${signature}\nthank you all.\n\nThe article goes on.\n`;
    expect(endsOf(text)).toEqual([text.indexOf('all.') + 4]);
  });

  it('ends at the signature when the body is a finished sentence or a hyphenated word', () => {
    for (const body of ['Goodbye for now.', 'See you -Jkw', 'A well-', '']) {
      const text = `${body}\n${signature}\nNext line of the article.\n`;
      expect(endsOf(text), body).toEqual([text.indexOf('2022') + 4]);
    }
  });

  it('ends at the signature when text follows it on its line', () => {
    const text = `Goodbye for now - ${signature} and then the article.\nMore.\n`;
    expect(endsOf(text)).toEqual([text.indexOf('2022') + 4]);
  });

  it('never takes a line longer than a post, nor more than a post in all', () => {
    const long = 'An article paragraph that keeps going well past what any post could hold. '.repeat(5);
    const text = `Goodbye for now -\n${signature}\n${long}\n`;
    expect(endsOf(text)).toEqual([text.indexOf('2022') + 4]);
    const lines = Array.from({ length: 20 }, (_, i) => `Line ${i} of something rather long, to add up.`).join('\n');
    const many = `Goodbye for now -\n${signature}\n${lines}\n`;
    const [end] = endsOf(many);
    expect(end).toBeGreaterThan(many.indexOf('Line 0'));
    expect(end).toBeLessThan(many.indexOf('Line 19'));
  });

  it('stops before the next embed’s body', () => {
    const text = `Goodbye for now -\n${signature}\nThanks all.\nMy reply to that pic.twitter.com/Ab12Cd34Ef\n— Jo Reyes (@joreyes) November 4, 2022\n`;
    const [first, second] = endsOf(text);
    expect(first).toBe(text.indexOf('Thanks all.') + 'Thanks all.'.length);
    expect(second).toBe(text.length - 1);
  });
});
