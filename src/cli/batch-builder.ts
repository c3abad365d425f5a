import { ENTRY_WIDTH, FLAG_OVERSIZED } from './batch-protocol.js';

/**
 * Packs lines into batches for the workers: each batch is one unpooled buffer (so its
 * `ArrayBuffer` can be transferred) holding many lines back to back, plus their offsets and line
 * numbers. A batch is handed on when it reaches `targetBytes` or `maxEntries` lines, or on
 * {@link BatchBuilder.flush}.
 *
 * @example
 * const builder = new BatchBuilder(1 << 20, 1024, (bytes, entries) => pool.run({ seq: next(), kind: 'lines', bytes, entries, names: null }));
 * builder.add(Buffer.from('{"id":1,"text":"…"}'), 1);
 * builder.flush();
 */
export class BatchBuilder {
  private bytes: Buffer | null = null;
  private used = 0;
  private entries: number[] = [];

  constructor(
    private readonly targetBytes: number,
    private readonly maxEntries: number,
    private readonly onBatch: (bytes: Uint8Array, entries: Float64Array) => void,
  ) {}

  /** Whether no line is waiting. */
  get empty(): boolean {
    return this.entries.length === 0;
  }

  /** Adds a line (copied). */
  add(line: Uint8Array, lineNumber: number): void {
    if (this.bytes === null || this.used + line.length > this.bytes.length) {
      this.flush();
      this.bytes = Buffer.allocUnsafeSlow(Math.max(this.targetBytes, line.length));
    }
    this.bytes.set(line, this.used);
    this.entries.push(this.used, this.used + line.length, lineNumber, 0);
    this.used += line.length;
    if (this.used >= this.targetBytes || this.entries.length >= this.maxEntries * ENTRY_WIDTH) this.flush();
  }

  /** Adds a line that was too long: it travels as a flag, without its bytes. */
  addOversized(lineNumber: number): void {
    this.entries.push(this.used, this.used, lineNumber, FLAG_OVERSIZED);
    if (this.entries.length >= this.maxEntries * ENTRY_WIDTH) this.flush();
  }

  /** Hands on the waiting lines, if any. */
  flush(): void {
    if (this.entries.length === 0) return;
    const bytes = this.bytes === null ? new Uint8Array(0) : this.bytes.subarray(0, this.used);
    const entries = Float64Array.from(this.entries);
    this.bytes = null;
    this.used = 0;
    this.entries = [];
    this.onBatch(bytes, entries);
  }
}
