import { escapeText } from './escape-markdown.js';

/** A pair of delimiters around inline content: emphasis, strong, strikethrough, a link. */
interface Mark {
  open: string;
  close: string;
  /** Whether `open` is in the current block (written lazily, before the first visible content). */
  written: boolean;
}

/** Inline formatting deeper than this is written as plain text (its delimiters are dropped). */
const MAX_MARKS = 32;
/** HTML's whitespace, collapsed to one space in running text. */
const HTML_SPACES = /[\t\n\f\r ]+/g;

/**
 * Collects one block's inline Markdown: text (whitespace collapsed as a browser does, special
 * characters escaped), delimiters for emphasis, strong, strikethrough and links, code spans,
 * images and hard line breaks. Delimiters are written lazily, next to visible content, so an empty
 * `<em>` leaves nothing and `<em> word </em>` becomes ` *word* `; `take()` ends the block, closing
 * the delimiters still open and reopening them in the next block. Every call is O(its text).
 *
 * @example
 * const inline = new InlineWriter();
 * inline.text('Polls '); inline.open('**', '**'); inline.text('closed'); inline.close(); inline.text(' at 10 *pm*.');
 * inline.take(); // 'Polls **closed** at 10 \\*pm\\*.'
 */
export class InlineWriter {
  private parts: string[] = [];
  private marks: Mark[] = [];
  /** Opens past MAX_MARKS, whose closes must be ignored. */
  private overflow = 0;
  private pendingSpace = false;
  private pendingBreak = false;
  private visible = false;
  /** The collapsed text of an open code span, or null. */
  private code: string[] | null = null;
  private codeDepth = 0;

  /** Whether the block holds visible content. */
  get isEmpty(): boolean {
    return !this.visible && (this.code === null || this.code.length === 0);
  }

  /** Whether a delimiter pair with this opening is open (written or not). */
  has(open: string): boolean {
    for (const mark of this.marks) if (mark.open === open) return true;
    return false;
  }

  /** Decoded text: whitespace collapsed, escaped (or kept raw inside a code span). */
  text(decoded: string): void {
    const collapsed = decoded.replace(HTML_SPACES, ' ');
    if (collapsed === '') return;
    if (this.code !== null) {
      this.code.push(collapsed);
      return;
    }
    const lead = collapsed.charCodeAt(0) === 0x20;
    const trail = collapsed.length > 1 && collapsed.charCodeAt(collapsed.length - 1) === 0x20;
    const core = collapsed.slice(lead ? 1 : 0, trail ? -1 : undefined);
    if (lead) this.space();
    if (core !== '' && core !== ' ') this.content(escapeText(core));
    if (trail || core === ' ') this.space();
  }

  /** A space between words (a block edge inside a table cell or a heading). */
  space(): void {
    if (this.code !== null) this.code.push(' ');
    else if (this.visible) this.pendingSpace = true;
  }

  /** Markdown that counts as visible content (an image), written as given. */
  markup(markdown: string): void {
    if (this.code !== null) return;
    this.content(markdown);
  }

  /**
   * A hard line break. Returns true when one was already pending with nothing after it: two
   * `<br>`s in a row, which the caller takes as a paragraph break.
   */
  lineBreak(): boolean {
    if (this.code !== null) {
      this.code.push(' ');
      return false;
    }
    if (!this.visible) return false;
    if (this.pendingBreak) return true;
    this.pendingBreak = true;
    this.pendingSpace = false;
    return false;
  }

  /** Opens a delimiter pair (`*`/`*`, `[`/`](url)`); its opening is written before the next visible content. */
  open(open: string, close: string): void {
    if (this.marks.length >= MAX_MARKS) this.overflow++;
    else this.marks.push({ open, close, written: false });
  }

  /** Closes the innermost delimiter pair; a pair around nothing visible leaves nothing. */
  close(): void {
    if (this.overflow > 0) {
      this.overflow--;
      return;
    }
    const mark = this.marks.pop();
    if (mark?.written === true) this.push(mark.close);
  }

  /** Starts a code span: text up to {@link endCode} is kept as written (whitespace collapsed). */
  beginCode(): void {
    this.codeDepth++;
    if (this.code === null) this.code = [];
  }

  /** Ends a code span, writing it with a backtick fence longer than any run inside it. */
  endCode(): void {
    if (this.codeDepth === 0) return;
    this.codeDepth--;
    if (this.codeDepth === 0) this.writeCode();
  }

  /**
   * Ends the block: returns its Markdown (lines joined by hard breaks `\` + newline), closes the
   * delimiters still open and keeps them pending for the next block.
   */
  take(): string {
    if (this.code !== null) this.writeCode();
    for (let k = this.marks.length - 1; k >= 0; k--) {
      const mark = this.marks[k] as Mark;
      if (mark.written) this.parts.push(mark.close);
      mark.written = false;
    }
    const block = this.parts.join('');
    this.parts = [];
    this.pendingSpace = false;
    this.pendingBreak = false;
    this.visible = false;
    if (this.codeDepth > 0) this.code = [];
    return block;
  }

  private writeCode(): void {
    const text = (this.code ?? []).join('').replace(HTML_SPACES, ' ');
    this.code = this.codeDepth > 0 ? [] : null;
    const trimmed = text.trim();
    if (trimmed === '') {
      if (text !== '') this.space();
      return;
    }
    if (text.charCodeAt(0) === 0x20) this.space();
    let longest = 0;
    let run = 0;
    for (let k = 0; k < trimmed.length; k++) {
      run = trimmed.charCodeAt(k) === 0x60 ? run + 1 : 0;
      if (run > longest) longest = run;
    }
    const fence = '`'.repeat(longest + 1);
    const pad = trimmed.charCodeAt(0) === 0x60 || trimmed.charCodeAt(trimmed.length - 1) === 0x60 ? ' ' : '';
    this.content(`${fence}${pad}${trimmed}${pad}${fence}`);
    if (text.charCodeAt(text.length - 1) === 0x20) this.space();
  }

  /** Visible content: the pending break or space, then the pending openings, then the content. */
  private content(markdown: string): void {
    if (this.pendingBreak) this.push('\\\n');
    else if (this.pendingSpace) this.push(' ');
    this.pendingBreak = false;
    this.pendingSpace = false;
    for (const mark of this.marks) {
      if (mark.written) continue;
      // `![` would read as an image: a `!` just before a link's `[` is escaped.
      if (mark.open === '[') this.escapeBang();
      this.push(mark.open);
      mark.written = true;
    }
    this.push(markdown);
    this.visible = true;
  }

  private escapeBang(): void {
    const last = this.parts[this.parts.length - 1];
    if (last?.endsWith('!') && !last.endsWith('\\!')) this.parts[this.parts.length - 1] = `${last.slice(0, -1)}\\!`;
  }

  private push(markdown: string): void {
    this.parts.push(markdown);
  }
}
