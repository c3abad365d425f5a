import { describe, expect, it } from 'vitest';
import { bodyStarts } from '../../src/text/post-bodies.js';
import { scanSignatures } from '../../src/text/signature-scanner.js';

const signature = '— Priya Vandermeer (@PVandermeerCllr) May 14, 2024';

/** The body of each post in `text`, as it is written (not collapsed). */
function bodies(text: string): string[] {
  const { signatures } = scanSignatures(text);
  const starts = bodyStarts(text, signatures);
  return signatures.map((s, i) => text.slice(starts[i], s.start).trim());
}

describe('bodyStarts', () => {
  it('takes the line above a signature that opens its line, never the article paragraph above', () => {
    expect(bodies(`An article paragraph.\n\nThe post.\n\n${signature}\n`)).toEqual(['The post.']);
  });

  it('grows across a gap wider than the article’s own, within a post’s length', () => {
    expect(bodies(`Article.\n\nFirst.\n\n\n\nSecond.\n\n${signature}\n`)).toEqual(['First.\n\n\n\nSecond.']);
  });

  it('gives an empty body under a lead-in that ends with a colon', () => {
    expect(bodies(`She wrote:\n\n${signature}\n`)).toEqual(['']);
  });

  describe('a one-line body glued to its signature', () => {
    const glued = '— Priya Vandermeer (@PVandermeerCllr) May 14, 2024';
    it('stops at a bare line break under a sentence, where the article breaks its paragraphs with blank lines', () => {
      const text = `Intro paragraph.\n\nThe council met on Tuesday to discuss the plan.\nThe vote is on Friday. Please come along.${glued}\n\nThe meeting ran late.\n`;
      expect(bodies(text)).toEqual(['The vote is on Friday. Please come along.']);
    });

    it('still grows across the break when the line above does not end a sentence, or the signature is spaced', () => {
      const open = `Intro paragraph.\n\nVote on Friday\nPlease come along.${glued}\n\nThe meeting ran late.\n`;
      expect(bodies(open)).toEqual(['Vote on Friday\nPlease come along.']);
      const spaced = `Intro paragraph.\n\nThe vote is on Friday.\nPlease come along. ${glued}\n\nThe meeting ran late.\n`;
      expect(bodies(spaced)).toEqual(['The vote is on Friday.\nPlease come along.']);
    });
  });

  describe('a document without blank lines', () => {
    it('takes short lines above that do not end with a period as the post’s own lines', () => {
      const text = `A long article paragraph that sets the scene for the reactions below.\nWhy did the raven fly north?\nWhy? pic.twitter.com/Hc4Rv8Wq2L\n${signature}\n`;
      expect(bodies(text)).toEqual(['Why did the raven fly north?\nWhy? pic.twitter.com/Hc4Rv8Wq2L']);
    });

    it('stops at a line ending with a period, a colon, a numbered item, or a long line', () => {
      for (const above of [
        'Some reactions were kinder.',
        'कुछ लोगों ने स्वागत किया।',
        '一部の人は歓迎した。',
        'One fan wrote:',
        '2) Explain the cloud',
        '3.Roll the dice',
        `${'A long article line '.repeat(6)}`,
      ]) {
        expect(bodies(`${above}\nThe post line\n${signature}\n`), above).toEqual(['The post line']);
      }
    });

    it('stops before the lines would be longer than a post', () => {
      const line = 'A short line of the post that is not quite a sentence yet';
      const text = `${Array.from({ length: 8 }, () => line).join('\n')}\nLast line\n${signature}\n`;
      const [body] = bodies(text);
      expect(body?.split('\n').length).toBeLessThan(8);
      expect(body?.endsWith('Last line')).toBe(true);
    });

    it('stops at a short line in another script than the post: the article’s caption above it', () => {
      const text = `Λίγες ώρες αργότερα απάντησε και ο δήμαρχος της πόλης.\nΟ δήμαρχος της Πάτρας — ελπίδα\nHope 🌊\n${signature}\n`;
      expect(bodies(text)).toEqual(['Hope 🌊']);
      // A line without letters, or in the post's own script, is still the post's.
      expect(bodies(`Μια παράγραφος του άρθρου.\n🌊🌊\nHope\n${signature}\n`)).toEqual(['🌊🌊\nHope']);
      expect(bodies(`Μια παράγραφος του άρθρου.\nStill here\nHope\n${signature}\n`)).toEqual(['Still here\nHope']);
    });

    it('does not apply where the article separates paragraphs with blank lines', () => {
      expect(bodies(`Intro.\n\nWhy did the raven fly north?\n\nWhy? pic.twitter.com/Hc4Rv8Wq2L\n\n${signature}\n`)).toEqual([
        'Why? pic.twitter.com/Hc4Rv8Wq2L',
      ]);
    });
  });

  describe('a post in another script than the article', () => {
    const greek = 'Η σημερινή ημέρα είναι ξεχωριστή για έναν συγκεκριμένο λόγο.';

    it('takes the paragraphs above in the post’s script, up to the article’s next paragraph', () => {
      const text = `${greek}\n\nGuys, today is the\n\n21st day of the month.\n\nIt will not happen again. pic.twitter.com/rYwmksBBM3\n\n${signature}\n`;
      expect(bodies(text)).toEqual([
        'Guys, today is the\n\n21st day of the month.\n\nIt will not happen again. pic.twitter.com/rYwmksBBM3',
      ]);
    });

    it('works the other way round: a Japanese post on an English page', () => {
      const text = `The minister replied within the hour.\n\n今日は本当にありがとうございました。\n\nまた会いましょう。\n\n${signature}\n`;
      expect(bodies(text)).toEqual(['今日は本当にありがとうございました。\n\nまた会いましょう。']);
    });

    it('takes nothing when article and post share a script, or no other script comes', () => {
      expect(bodies(`An English article paragraph.\n\nFirst post paragraph.\n\nSecond one.\n\n${signature}\n`)).toEqual(['Second one.']);
      expect(bodies(`First post paragraph.\n\nSecond one.\n\n${signature}\n`)).toEqual(['Second one.']);
    });

    it('takes nothing when the paragraphs in the post’s script are longer than a post', () => {
      const long = 'An English paragraph that goes on well past the length of any post there is. '.repeat(5).trim();
      expect(bodies(`${greek}\n\n${long}\n\nThe post.\n\n${signature}\n`)).toEqual(['The post.']);
    });
  });

  describe('a lead-in ending with ":" a few paragraphs up', () => {
    it('makes the one or two paragraphs between it and the body part of the post', () => {
      expect(bodies(`Article.\n\nShe wrote:\n\nFirst line\n\nSecond line\n\n${signature}\n`)).toEqual(['First line\n\nSecond line']);
      expect(bodies(`Article.\n\nShe wrote:\n\nOne\n\nTwo\n\nThree\n\n${signature}\n`)).toEqual(['One\n\nTwo\n\nThree']);
    });

    it('does not reach a lead-in with three or more paragraphs (a list) before the body', () => {
      expect(bodies(`They listed:\n\nOne\n\nTwo\n\nThree\n\nThe post.\n\n${signature}\n`)).toEqual(['The post.']);
    });

    it('does not take paragraphs that together are longer than a post', () => {
      const long = 'A paragraph of article prose that runs on for a good while. '.repeat(6).trim();
      expect(bodies(`She wrote:\n\n${long}\n\nThe post.\n\n${signature}\n`)).toEqual(['The post.']);
    });

    it('never reaches past the previous embed', () => {
      const text = `She wrote:\n\nFirst post.\n— Jo Reyes (@joreyes) May 14, 2024\n\nArticle line.\n\nSecond post.\n\n${signature}\n`;
      expect(bodies(text)).toEqual(['First post.', 'Second post.']);
    });
  });

  describe('a post the widget cut short with "…"', () => {
    const first = 'UPDATE: The northbound bridge lane stays closed overnight while engineers inspect the joint.';
    const second = 'Buses on routes 7 and 12 run via Quay Street until further notice, every ten minutes.';
    const last = 'We know this is frustrating for everyone who relies on the bridge and we will… pic.twitter.com/Ub7rDg3Kx2';

    it('takes the paragraphs above that bring it close to 280 characters', () => {
      const text = `An article paragraph that comes before the post and is not part of it.\n\n${first}\n\n${second}\n\n${last}\n\n${signature}\n`;
      expect(bodies(text)).toEqual([`${first}\n\n${second}\n\n${last}`]);
    });

    it('takes nothing when the paragraphs above cannot bring it close to the cut', () => {
      expect(bodies(`Short article line.\n\nWait for it… pic.twitter.com/Qe5Tt8Wv0L\n\n${signature}\n`)).toEqual([
        'Wait for it… pic.twitter.com/Qe5Tt8Wv0L',
      ]);
    });

    it('needs a link after the "…": a cut shortened link or a bare "…" is not the widget’s cut', () => {
      expect(bodies(`${first}\n\n${second}\n\nWe know this is frustrating and we will…\n\n${signature}\n`)).toEqual([
        'We know this is frustrating and we will…',
      ]);
      expect(bodies(`${first}\n\n${second}\n\nMap: example.gov/outage-map-upd… pic.twitter.com/Ub7rDg3Kx2\n\n${signature}\n`)).toEqual([
        'Map: example.gov/outage-map-upd… pic.twitter.com/Ub7rDg3Kx2',
      ]);
    });

    it('takes nothing when the cut body alone is already about as long as the cut', () => {
      const full = `${'A long post that fills nearly all of the room it has. '.repeat(4).trim()} and then… pic.twitter.com/Ub7rDg3Kx2`;
      expect(bodies(`Watch: the queue.\n\n${full}\n\n${signature}\n`)).toEqual([full]);
    });
  });
});
