import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/text/line-table.js';
import { bodyStarts } from '../../src/text/post-bodies.js';
import { postEnds } from '../../src/text/post-continuations.js';
import { scanSignatures } from '../../src/text/signature-scanner.js';

function endsOf(text: string): number[] {
  const lines = readLines(text);
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

  it('continues a body without closing punctuation, or ending with ":", into a list right below the signature', () => {
    for (const [body, items] of [
      ['This week the council agreed', '-3 new bus lanes\n-a later last ferry\n-free parking on Sundays'],
      // On the signature's line: a line ending with ":" above a signature is the article's lead-in.
      ['Packing list for the trip: ', '• boots\n• a warm hat'],
      ['Still to do', '* paint the fence\n– fix the gate'],
    ] as const) {
      const text = `Intro.\n${body}${body.endsWith(' ') ? '' : '\n'}${signature}\n${items}\n\nThe article goes on.\n`;
      const last = items.split('\n').at(-1) as string;
      expect(endsOf(text), body).toEqual([text.indexOf(last) + last.length]);
    }
  });

  it('does not continue into a list after a finished sentence, nor into a line that is not a list item', () => {
    for (const [body, below] of [
      ['This week the council agreed.', '- 3 new bus lanes'],
      ['This week the council agreed', 'The article goes on about it'],
      ['This week the council agreed', '\n- 3 new bus lanes'],
      // A link or a hashtag ends a post's text; the article's list of sources may follow the embed.
      ['Read the full report https://t.co/Rp0rT12345', '* The harbour report, City Gazette, May 2022'],
      ['Ferry back on time #harbour', '- Sources: the port authority'],
    ] as const) {
      const text = `${body}\n${signature}\n${below}\n`;
      expect(endsOf(text), `${body} / ${below}`).toEqual([text.indexOf('2022') + 4]);
    }
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
