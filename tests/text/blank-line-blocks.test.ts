import { describe, expect, it } from 'vitest';
import { blockTop, opensListItem } from '../../src/text/blank-line-blocks.js';
import { lineAt, readLines } from '../../src/text/line-table.js';
import { bodyStarts } from '../../src/text/post-bodies.js';
import { scanSignatures } from '../../src/text/signature-scanner.js';

const signature = '— Harbour Board (@HarbourBoard) February 11, 2025';

/** Article paragraphs separated by bare line breaks, as Readability's textContent writes a page's `<p>`s. */
const prose = [
  'The harbour board met on Tuesday evening to decide the future of the old ferry terminal on the east quay.',
  'Members voted by seven to two to keep the building, which has stood empty since the new pier opened.',
  'A spokesperson said the board would publish its plans for the site before the summer.',
].join('\n');

/** The body of each post as the body rules give it. */
function bodies(text: string): string[] {
  const { signatures } = scanSignatures(text);
  const starts = bodyStarts(text, signatures);
  return signatures.map((s, i) => text.slice(starts[i], s.start).trim());
}

describe('blockTop', () => {
  it('takes every line between the blank line above and the signature, one that ends a sentence too', () => {
    const post = 'The board signed the order to keep the terminal.\nThis is a good day for the east quay. pic.twitter.com/Hb4Kd9Lm2Q';
    const text = `${prose}\n\n${post}\n${signature}\n${prose}\n`;
    expect(bodies(text)).toEqual([post]);
  });

  it("takes a line ending with `:` that heads the post's own list", () => {
    const post = 'Rules for the ferry queue:\n(1) Arrive early\n(2) Bring your ticket\n(3) Be kind to the crew';
    const text = `${prose}\n\n${post}— Kilbrenna Ferries (@KilbrennaFerry)\nAugust 22, 2013\n\n${prose}\n`;
    expect(bodies(text)).toEqual([post]);
  });

  it('reads the block from the line table directly', () => {
    const text = 'Article.\nMore.\n\nThe order is signed.\nIt starts today. — Ana Ruiz (@anaruizharbour) May 3, 2024';
    expect(blockTop(text, readLines(text), 4, 16, 0)).toBe(text.indexOf('The order'));
  });

  it('leaves text hard-wrapped at a width alone: a blank line there is only a paragraph break', () => {
    const text = `${prose}\n\nThe board will publish the plans for the old terminal\nbefore the summer, a spokesperson said on Tuesday, and\nhopes to open it again. — Ana Ruiz (@anaruizharbour) May 3, 2024`;
    const lines = readLines(text);
    const top = lineAt(lines, text.indexOf('hopes'));
    expect(blockTop(text, lines, top, 24, 0)).toBeNull();
  });

  it('leaves a blank line with nothing above it, or right below the previous embed, alone', () => {
    const atStart = '\n\nThe order is signed.\nIt starts today. — Ana Ruiz (@anaruizharbour) May 3, 2024';
    expect(blockTop(atStart, readLines(atStart), 3, 16, 0)).toBeNull();
    const first = `Ferry late. ${signature}`;
    const afterEmbed = `${first}\n\nThe order is signed.\nIt starts today. — Ana Ruiz (@anaruizharbour) May 3, 2024`;
    expect(blockTop(afterEmbed, readLines(afterEmbed), 3, 16, first.length)).toBeNull();
  });

  it('does not apply where the document separates its paragraphs by blank lines, or when the block is longer than a post', () => {
    const spaced = 'Article.\n\nThe order is signed.\nIt starts today. — Ana Ruiz (@anaruizharbour) May 3, 2024\n\nMore.\n\nEnd.';
    expect(blockTop(spaced, readLines(spaced), 3, 16, 0)).toBeNull();
    const long = `${prose}\n\n${prose}\n${prose}\nIt starts today. — Ana Ruiz (@anaruizharbour) May 3, 2024\n${prose}`;
    const lines = readLines(long);
    expect(blockTop(long, lines, lineAt(lines, long.indexOf('It starts')), 16, 0)).toBeNull();
  });

  it('keeps a one-line body glued to its signature apart from the sentence above it', () => {
    const text = `${prose}\n\nThe board thanked the crew.\nIt starts today.${signature}\n${prose}\n`;
    const lines = readLines(text);
    const top = lineAt(lines, text.indexOf('It starts'));
    expect(blockTop(text, lines, top, 16, 0, true)).toBeNull();
    expect(blockTop(text, lines, top, 16, 0, false)).toBe(text.indexOf('The board thanked'));
  });
});

describe('opensListItem', () => {
  it('tells a numbered or bulleted line from prose', () => {
    const text = 'Rules:\n(1) Arrive early\n2. Bring a ticket\n• Be kind\n2024 was a good year.\nThe end.';
    const lines = readLines(text);
    expect([0, 1, 2, 3, 4, 5].map((line) => opensListItem(text, lines, line))).toEqual([false, true, true, true, false, false]);
  });
});
