/**
 * Splits a byte stream into lines over Buffers, without decoding and without ever holding more
 * than `maxLineBytes` of one line: a longer line is skipped up to its newline and reported with
 * `onOversized`. Lines end at `\n`; a `\r` before it is dropped; the last line needs no newline.
 * Lines are numbered from 1 across every `push` (and across `endInput`, which ends a file's last
 * line), so several files read one after the other number their lines like `cat` would.
 *
 * @example
 * const splitter = new LineSplitter(1024, (bytes, n) => console.log(n, bytes.length), (n) => console.log(n, 'too long'));
 * splitter.push(Buffer.from('{"id":1}\n{"id":2}'));
 * splitter.endInput(); // 1 8, then 2 8
 */
export class LineSplitter {
  private pieces: Buffer[] = [];
  private pendingBytes = 0;
  private skipping = false;
  private lineNumber = 0;

  /**
   * @param maxLineBytes the longest line (bytes, without the newline) that is passed on whole
   * @param onLine receives each line; `bytes` is only valid during the call
   * @param onOversized receives the number of each line that was too long
   * @param wanted lines for which it returns false are counted but neither copied nor reported
   */
  constructor(
    private readonly maxLineBytes: number,
    private readonly onLine: (bytes: Buffer, lineNumber: number) => void,
    private readonly onOversized: (lineNumber: number) => void,
    private readonly wanted: (lineNumber: number) => boolean = () => true,
  ) {}

  /** The number of the last line that ended. */
  get lines(): number {
    return this.lineNumber;
  }

  /** Feeds the next chunk of input. */
  push(chunk: Buffer): void {
    let position = 0;
    const length = chunk.length;
    while (position < length) {
      const newline = chunk.indexOf(10, position);
      if (newline === -1) {
        this.keep(chunk.subarray(position));
        return;
      }
      this.endLine(chunk, position, newline);
      position = newline + 1;
    }
  }

  /** Ends the current input: a last line without a newline is passed on. */
  endInput(): void {
    if (this.pendingBytes > 0 || this.skipping || this.pieces.length > 0) this.endLine(Buffer.alloc(0), 0, 0);
  }

  /**
   * Drops a line cut short because its input failed part way: it is counted (so the next input
   * starts on the next line number) but neither passed on nor reported. Returns its number, or
   * null when the input failed at a line boundary.
   */
  abandonLine(): number | null {
    if (this.pendingBytes === 0 && !this.skipping && this.pieces.length === 0) return null;
    this.pieces = [];
    this.pendingBytes = 0;
    this.skipping = false;
    return ++this.lineNumber;
  }

  private keep(part: Buffer): void {
    if (this.skipping) return;
    if (this.pendingBytes + part.length > this.maxLineBytes + 1) {
      // +1: a trailing '\r' may still be dropped.
      this.skipping = true;
      this.pieces = [];
      this.pendingBytes = 0;
      return;
    }
    this.pieces.push(part);
    this.pendingBytes += part.length;
  }

  private endLine(chunk: Buffer, start: number, end: number): void {
    const number = ++this.lineNumber;
    if (this.skipping) {
      this.skipping = false;
      if (this.wanted(number)) this.onOversized(number);
      return;
    }
    let line: Buffer;
    if (this.pieces.length === 0) {
      line = chunk.subarray(start, end);
    } else {
      const parts = this.pieces;
      const total = this.pendingBytes + (end - start);
      this.pieces = [];
      this.pendingBytes = 0;
      if (!this.wanted(number)) return;
      if (total > this.maxLineBytes + 1) {
        this.onOversized(number);
        return;
      }
      parts.push(chunk.subarray(start, end));
      line = Buffer.concat(parts, total);
    }
    if (!this.wanted(number)) return;
    if (line.length > 0 && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
    if (line.length > this.maxLineBytes) this.onOversized(number);
    else this.onLine(line, number);
  }
}
