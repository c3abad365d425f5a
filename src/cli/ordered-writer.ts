/**
 * Writes the results of batches in sequence order, whatever order they finish in, and applies
 * backpressure: {@link OrderedWriter.waitForRoom} waits while too many batches are in flight or
 * the output asked to wait (`write()` returned false, until `'drain'`).
 *
 * @example
 * const writer = new OrderedWriter(process.stdout, 6);
 * const seq = writer.begin();
 * await writer.waitForRoom();
 * writer.complete(seq, '{"id":1,"embeds":[]}\n');
 * await writer.finish();
 */
export class OrderedWriter {
  private nextToAssign = 0;
  private nextToWrite = 0;
  private readonly done = new Map<number, string | Uint8Array>();
  private blocked = false;
  private closed = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly output: NodeJS.WritableStream,
    private readonly maxInFlight: number,
  ) {}

  /** Batches begun and not yet written. */
  get inFlight(): number {
    return this.nextToAssign - this.nextToWrite;
  }

  /** Takes the next sequence number. */
  begin(): number {
    return this.nextToAssign++;
  }

  /** Writes text that precedes every batch (an opening bracket). Only before the first batch. */
  writeNow(text: string): void {
    this.write(text);
  }

  /** Stops writing (the reader went away): pending and future results are dropped. */
  close(): void {
    this.closed = true;
    this.blocked = false;
    this.wake();
  }

  /** Hands in the result of batch `seq`; it is written when every earlier batch has been. */
  complete(seq: number, data: string | Uint8Array): void {
    this.done.set(seq, data);
    while (this.done.has(this.nextToWrite)) {
      const next = this.done.get(this.nextToWrite) as string | Uint8Array;
      this.done.delete(this.nextToWrite);
      this.nextToWrite++;
      this.write(next);
    }
    this.wake();
  }

  /** Resolves when another batch may begin. */
  waitForRoom(): Promise<void> {
    if (this.hasRoom()) return Promise.resolve();
    return new Promise<void>((resolve) => this.waiters.push(resolve)).then(() => this.waitForRoom());
  }

  /** Resolves when every begun batch has been written and the output has drained. */
  async finish(): Promise<void> {
    while (!this.closed && (this.inFlight > 0 || this.blocked)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private hasRoom(): boolean {
    return this.closed || (!this.blocked && this.inFlight < this.maxInFlight);
  }

  private write(data: string | Uint8Array): void {
    if (this.closed || data.length === 0) return;
    if (!this.output.write(data) && !this.blocked) {
      this.blocked = true;
      this.output.once('drain', () => {
        this.blocked = false;
        this.wake();
      });
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}
