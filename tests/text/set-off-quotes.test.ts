import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/text/line-table.js';
import { bodyStarts } from '../../src/text/post-bodies.js';
import { setOffQuoteStart } from '../../src/text/set-off-quotes.js';
import { scanSignatures } from '../../src/text/signature-scanner.js';

const signature = '— Jonas Brettschneider (@jbrettschneider) 3. März 2023';

/** Article paragraphs of prose, each long enough to count as one, separated by bare line breaks. */
const prose = [
  'Der Stadtrat hat am Dienstagabend nach einer langen Debatte beschlossen, die Brücke über den Kanal im Frühjahr zu sanieren.',
  'Die Arbeiten sollen rund acht Monate dauern; in dieser Zeit fahren die Busse der Linie 12 eine Umleitung über den Hafen.',
  'Viele Anwohner reagierten in den sozialen Netzwerken erleichtert, einige aber auch mit Spott über die lange Planungszeit.',
].join('\n');

/** Where the rule starts each post's body in `text`, as the text from there to the signature (null: the rule does not apply). */
function setOffBodies(text: string): Array<string | null> {
  const { signatures } = scanSignatures(text);
  const lines = readLines(text);
  let previousEnd = 0;
  return signatures.map((s) => {
    const start = setOffQuoteStart(text, lines, s, previousEnd);
    previousEnd = s.end;
    return start === null ? null : text.slice(start, s.start).trim();
  });
}

/** The body of each post as the body rules give it. */
function bodies(text: string): string[] {
  const { signatures } = scanSignatures(text);
  const starts = bodyStarts(text, signatures);
  return signatures.map((s, i) => text.slice(starts[i], s.start).trim());
}

describe('setOffQuoteStart', () => {
  it('takes the block between the blank line above and the signature, its line breaks the post’s own', () => {
    const text = `${prose}\nEndlich.\n\nDie Brücke hält noch ein Jahr.\n„Wer hätte das gedacht!“\n${signature}\n\n${prose}\n`;
    expect(setOffBodies(text)).toEqual(['Die Brücke hält noch ein Jahr.\n„Wer hätte das gedacht!“']);
    // The short line above the blank line (`Endlich.`) is the article's, in the body rules too.
    expect(bodies(text)).toEqual(['Die Brücke hält noch ein Jahr.\n„Wer hätte das gedacht!“']);
  });

  it('leaves a list above the blank lines to the article', () => {
    const text = `${prose}\nDas Rezept:\n\nFrüh posten\nEin Foto dazu\nFreundlich bleiben\n\n\nBravo #Kanal – so geht Stadtplanung! pic.twitter.com/Rt5Kw2Lp9Q\n${signature}\n\n${prose}\n`;
    expect(bodies(text)).toEqual(['Bravo #Kanal – so geht Stadtplanung! pic.twitter.com/Rt5Kw2Lp9Q']);
  });

  it('stops below a lead-in ending with a colon inside the block', () => {
    const text = `${prose}\n\nEr schrieb dazu:\nDie Brücke hält noch ein Jahr.\n${signature}\n\n${prose}\n`;
    expect(setOffBodies(text)).toEqual(['Die Brücke hält noch ein Jahr.']);
  });

  it('keeps a line ending with a colon that heads the post’s own list', () => {
    const post = 'Der Plan für die Brücke:\n(1) Gerüst aufbauen\n(2) Fahrbahn erneuern\n(3) Feiern';
    const text = `${prose}\n\n${post}\n${signature}\n\n${prose}\n`;
    expect(setOffBodies(text)).toEqual([post]);
  });

  it('keeps a one-line body glued to its signature apart from a sentence above it', () => {
    const glued = `${prose}\n\nDie Stadt bestätigte den Termin.\nDie Brücke hält noch ein Jahr.${signature}\n\n${prose}\n`;
    expect(setOffBodies(glued)).toEqual(['Die Brücke hält noch ein Jahr.']);
  });

  it('does not apply where no blank line follows the signature, or only the document’s end does', () => {
    expect(setOffBodies(`${prose}\n\nDie Brücke hält.\n${signature}\n${prose}\n`)).toEqual([null]);
    expect(setOffBodies(`${prose}\n\nDie Brücke hält.\n${signature}\n\n`)).toEqual([null]);
  });

  it('does not apply where the article separates its paragraphs by blank lines, however many short lines run together', () => {
    const code = Array.from({ length: 16 }, (_, i) => `const span${i} = measure(bridge, ${i});`).join('\n');
    const blankProse = prose.split('\n').join('\n\n');
    const text = `${blankProse}\n\n${code}\n\n${blankProse}\n\nNeuer Beitrag im Blog\n\nhttps://example.org/bruecke\n${signature}\n\n${blankProse}\n`;
    expect(readLines(text).baseGap).toBe(0);
    expect(setOffBodies(text)).toEqual([null]);
  });

  it('does not apply to a block longer than a post, nor to one reaching the document’s start', () => {
    expect(setOffBodies(`\n\n${prose}\n${prose}\n${signature}\n\n${prose}\n`)).toEqual([null]);
    expect(setOffBodies(`Die Brücke hält.\n${signature}\n\n${prose}\n`)).toEqual([null]);
  });

  it('starts the block below the previous embed', () => {
    const text = `${prose}\n\nErster Beitrag.\n${signature}\nZweiter Beitrag.\n${signature.replace('3. März', '4. März')}\n\n${prose}\n`;
    expect(setOffBodies(text)).toEqual([null, 'Zweiter Beitrag.']);
  });
});
