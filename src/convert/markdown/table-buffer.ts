/** Tables wider than this are written as paragraphs: a GFM row that long reads as nothing. */
const MAX_COLUMNS = 32;

/**
 * The cells of one HTML table as it is read, and the GFM table they make: the first row is the
 * header, shorter rows are padded, rows with only empty cells (layout spacers) are left out. Cell
 * text arrives as inline Markdown, escaped already (`|` included).
 *
 * @example
 * const table = new TableBuffer();
 * table.startRow(); table.addCell('Name'); table.addCell('Votes');
 * table.startRow(); table.addCell('Achterberg'); table.addCell('4,210');
 * table.lines(); // ['| Name | Votes |', '| --- | --- |', '| Achterberg | 4,210 |']
 */
export class TableBuffer {
  private rows: string[][] = [];
  private row: string[] | null = null;
  /** Whether a cell is open (its text is being collected by the caller). */
  inCell = false;
  /** The table's caption, as inline Markdown. */
  caption = '';

  /** Ends the row being read, if any, and starts a new one. */
  startRow(): void {
    this.endRow();
    this.row = [];
  }

  /** Ends the row being read. */
  endRow(): void {
    if (this.row?.some((cell) => cell !== '')) this.rows.push(this.row);
    this.row = null;
  }

  /** Adds a cell's text to the current row (a cell outside any row starts one). */
  addCell(text: string): void {
    if (this.row === null) this.row = [];
    this.row.push(text);
  }

  /** The GFM table's lines, or null when there is no row or the table is too wide for one. */
  lines(): string[] | null {
    this.endRow();
    let columns = 0;
    for (const row of this.rows) columns = Math.max(columns, row.length);
    if (columns === 0 || columns > MAX_COLUMNS) return null;
    const line = (row: readonly string[]): string => {
      const cells: string[] = [];
      for (let k = 0; k < columns; k++) cells.push(row[k] ?? '');
      return `| ${cells.join(' | ')} |`;
    };
    const lines = [line(this.rows[0] as string[]), `|${' --- |'.repeat(columns)}`];
    for (let k = 1; k < this.rows.length; k++) lines.push(line(this.rows[k] as string[]));
    return lines;
  }

  /** Every non-empty cell read so far, in order, and forgets them (for writing the table as paragraphs). */
  drain(): string[] {
    this.endRow();
    const cells: string[] = [];
    for (const row of this.rows) for (const cell of row) if (cell !== '') cells.push(cell);
    this.rows = [];
    return cells;
  }
}
