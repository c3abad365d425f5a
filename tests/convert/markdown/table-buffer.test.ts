/**
 * The table buffer: rows of escaped cell text become a GFM table (first row the header, short rows
 * padded, spacer rows left out) that marked reads as a table; too wide a table, or one the caller
 * drains, gives its cells for paragraphs instead.
 */
import { describe, expect, it } from 'vitest';
import { TableBuffer } from '../../../src/convert/markdown/table-buffer.js';
import { renderedHtml } from './rendered-text.js';

/** A buffer filled with rows of cells. */
function tableOf(rows: readonly (readonly string[])[]): TableBuffer {
  const table = new TableBuffer();
  for (const row of rows) {
    table.startRow();
    for (const cell of row) table.addCell(cell);
  }
  return table;
}

describe('TableBuffer.lines', () => {
  it('a results table becomes a GFM table that marked reads with header and body', () => {
    const lines = tableOf([
      ['Candidate', 'Party', 'Votes'],
      ['Achterberg', 'Harbour \\| Green', '4,210'],
      ['Penrose', 'Independent', '3,987'],
    ]).lines();
    expect(lines).toEqual([
      '| Candidate | Party | Votes |',
      '| --- | --- | --- |',
      '| Achterberg | Harbour \\| Green | 4,210 |',
      '| Penrose | Independent | 3,987 |',
    ]);
    const html = renderedHtml(`${(lines as string[]).join('\n')}\n`);
    expect(html).toContain('<th>Candidate</th>');
    expect(html).toContain('<td>Harbour | Green</td>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
  });

  it('shorter rows are padded to the widest row', () => {
    expect(tableOf([['Day'], ['Mon', '9:00', '17:00']]).lines()).toEqual([
      '| Day |  |  |',
      '| --- | --- | --- |',
      '| Mon | 9:00 | 17:00 |',
    ]);
  });

  it('rows of only empty cells (layout spacers) and rows without cells are left out', () => {
    expect(tableOf([['Stop', 'Time'], ['', ''], [], ['Quay', '08:15']]).lines()).toEqual([
      '| Stop | Time |',
      '| --- | --- |',
      '| Quay | 08:15 |',
    ]);
  });

  it('a cell outside any row starts one', () => {
    const table = new TableBuffer();
    table.addCell('Lone');
    expect(table.lines()).toEqual(['| Lone |', '| --- |']);
  });

  it('no rows, or only spacer rows, give null', () => {
    expect(new TableBuffer().lines()).toBeNull();
    expect(tableOf([[''], ['', '']]).lines()).toBeNull();
  });

  it('32 columns is still a table; 33 give null (the caller writes paragraphs)', () => {
    const row = (n: number): string[] => Array.from({ length: n }, (_, k) => `c${k}`);
    expect(tableOf([row(32), row(32)]).lines()?.[1]).toBe(`|${' --- |'.repeat(32)}`);
    expect(tableOf([row(33), row(2)]).lines()).toBeNull();
    expect(tableOf([row(2), row(33)]).lines()).toBeNull();
  });
});

describe('TableBuffer.drain', () => {
  it('gives every non-empty cell in reading order and forgets them', () => {
    const table = tableOf([
      ['Route', ''],
      ['Penhallow – Marrick', 'Suspended'],
    ]);
    expect(table.drain()).toEqual(['Route', 'Penhallow – Marrick', 'Suspended']);
    expect(table.drain()).toEqual([]);
    expect(table.lines()).toBeNull();
  });

  it('a too-wide table drains whole, so no cell is lost', () => {
    const cells = Array.from({ length: 40 }, (_, k) => `seat ${k + 1}`);
    const table = tableOf([cells]);
    expect(table.lines()).toBeNull();
    expect(table.drain()).toEqual(cells);
  });
});
