/** A Markdown container that prefixes the lines inside it. */
interface Container {
  kind: 'quote' | 'list' | 'item';
  /** For a list: whether it is ordered, and the number of its next item. */
  ordered: boolean;
  next: number;
  /** For an item: its marker (`- `, `3. `); for a quote: `> `. */
  marker: string;
  /** Whether a line has been written inside it (an item's later lines are indented, not marked). */
  started: boolean;
}

/** The separation before the next block: none yet, a line break, or a blank line. */
type Gap = 0 | 1 | 2;

/**
 * Writes Markdown blocks, line by line, inside nested containers (blockquotes, lists, list items):
 * each line gets its containers' prefix (`> `, an item's `- ` or `1. ` on its first line and the
 * marker's width of spaces after), blocks are separated by a blank line (a line break between the
 * items of a list), and a blank line inside a quote keeps its `>`. The caller bounds the nesting;
 * every write is O(its text + the depth).
 *
 * @example
 * const blocks = new BlockWriter();
 * blocks.openQuote(); blocks.write(['Hello']); blocks.write(['World']); blocks.close();
 * blocks.output(); // '> Hello\n>\n> World\n'
 */
export class BlockWriter {
  private parts: string[] = [];
  private length = 0;
  private containers: Container[] = [];
  private gap: Gap = 0;

  /** How many quotes are open. */
  quoteDepth = 0;
  /** How many lists are open. */
  listDepth = 0;

  /** The innermost container's kind, or null. */
  get top(): Container['kind'] | null {
    return this.containers[this.containers.length - 1]?.kind ?? null;
  }

  /** How many containers are open. */
  get depth(): number {
    return this.containers.length;
  }

  /** Where the text written so far ends (before its last line break): where a removed block is placed. */
  get textEnd(): number {
    return Math.max(0, this.length - 1);
  }

  /** Opens a blockquote. */
  openQuote(): void {
    this.containers.push({ kind: 'quote', ordered: false, next: 0, marker: '> ', started: false });
    this.quoteDepth++;
  }

  /** Opens a list; a list inside an item that has started follows it on the next line. */
  openList(ordered: boolean, start: number): void {
    const parent = this.containers[this.containers.length - 1];
    if (parent?.kind === 'item' && parent.started && (!ordered || start === 1)) this.gap = 1;
    this.containers.push({ kind: 'list', ordered, next: start, marker: '', started: false });
    this.listDepth++;
  }

  /** Opens an item of the innermost list (which must be the top container). */
  openItem(): void {
    const list = this.containers[this.containers.length - 1];
    if (list === undefined || list.kind !== 'list') return;
    const marker = list.ordered ? `${list.next}. ` : '- ';
    list.next++;
    // Items of one list follow each other on the next line (a tight list).
    if (list.started) this.gap = 1;
    this.containers.push({ kind: 'item', ordered: false, next: 0, marker, started: false });
  }

  /** Closes the innermost container. */
  close(): void {
    const container = this.containers.pop();
    if (container === undefined) return;
    if (container.kind === 'quote') this.quoteDepth--;
    if (container.kind === 'list') this.listDepth--;
    if (container.kind !== 'item') this.gap = 2;
  }

  /**
   * Writes one block of lines (each without its line break) after the gap, and returns where its
   * text starts (after the first line's prefix) and ends (before the last line break).
   */
  write(lines: readonly string[]): { start: number; end: number } {
    if (lines.length === 0) return { start: this.length, end: this.length };
    if (this.gap === 2 && this.length > 0) this.push(`${this.gapPrefix()}\n`);
    let start = this.length;
    lines.forEach((line, k) => {
      const prefix = this.linePrefix();
      if (k === 0) start = this.length + prefix.length;
      this.push(line === '' ? prefix.trimEnd() : `${prefix}${line}`);
      this.push('\n');
    });
    this.gap = 2;
    return { start, end: this.length - 1 };
  }

  /** The Markdown written. */
  output(): string {
    return this.parts.join('');
  }

  private linePrefix(): string {
    let prefix = '';
    for (const container of this.containers) {
      if (container.kind === 'list') {
        container.started = true;
        continue;
      }
      if (container.kind === 'item') prefix += container.started ? ' '.repeat(container.marker.length) : container.marker;
      else prefix += container.marker;
      container.started = true;
    }
    return prefix;
  }

  /** The prefix of a blank line between blocks: the containers already started, trailing space trimmed. */
  private gapPrefix(): string {
    let prefix = '';
    for (const container of this.containers) {
      if (container.kind === 'list') continue;
      if (!container.started) break;
      prefix += container.kind === 'item' ? ' '.repeat(container.marker.length) : container.marker;
    }
    return prefix.trimEnd();
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}
