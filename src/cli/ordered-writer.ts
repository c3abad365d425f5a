/**
 * The part of a writable stream the writer uses.
 *
 * @example
 * const output: WriterOutput = process.stdout;
 */
export type WriterOutput = Pick<NodeJS.WritableStream, 'write' | 'once'>;

/**
 * Writes the results of batches in sequence order, whatever order they finish in, and applies
 * backpressure: {@link OrderedWriter.waitForRoom} waits while too many batches are in flight or
 * the output asked to wait (`write()` returned false, until `'drain'`). Each write is checked: the
 * first one that fails (a full disk, a closed pipe) closes the writer, is kept in
 * {@link OrderedWriter.failure}, and is passed to `onFailure`; {@link OrderedWriter.linesWritten}
 * then says how many whole lines made it out (with the lines of a write that landed in part, when
 * its error says which bytes did: `error.landed`). Nothing is kept once written: a long run holds
 * only the batches in flight.
 *
 * @example
 * const writer = new OrderedWriter(process.stdout, 6, () => controller.abort());
 * const seq = writer.begin();
 * await writer.waitForRoom();
 * writer.complete(seq, '{"id":1,"embeds":[]}\n');
 * await writer.finish();
 * if (writer.failure) console.error(`output cut after line ${writer.linesWritten}`);
 */
export class OrderedWriter {
  private nextToAssign = 0;
  private nextToWrite = 0;
  private readonly done = new Map<number, string | Uint8Array>();
  private blocked = false;
  private closed = false;
  private writing = 0;
  private lines = 0;
  private partialCounted = false;
  private error: NodeJS.ErrnoException | null = null;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly output: WriterOutput,
    private readonly maxInFlight: number,
    private readonly onFailure: (error: NodeJS.ErrnoException) => void = () => {},
  ) {}

  /** Batches begun and not yet written. */
  get inFlight(): number {
    return this.nextToAssign - this.nextToWrite;
  }

  /** Finished batches held until an earlier one is written (0 once the run has drained). */
  get held(): number {
    return this.done.size;
  }

  /** The first write that failed, or null. */
  get failure(): NodeJS.ErrnoException | null {
    return this.error;
  }

  /** Newlines the output has accepted: the output is whole up to this line. */
  get linesWritten(): number {
    return this.lines;
  }

  /** Takes the next sequence number. */
  begin(): number {
    return this.nextToAssign++;
  }

  /** Writes text outside the batches: an opening bracket before the first, a closing one after {@link finish}. */
  writeNow(text: string): void {
    this.write(text);
  }

  /** Stops writing: pending and future results are dropped. */
  close(): void {
    this.closed = true;
    this.blocked = false;
    this.done.clear();
    this.wake();
  }

  /**
   * Records a failure of the output (its `'error'` event, or a failed write): the first one is
   * kept, the writer closes, and `onFailure` is called once.
   */
  fail(error: NodeJS.ErrnoException): void {
    if (this.error !== null) return;
    this.error = error;
    this.close();
    this.onFailure(error);
  }

  /** Hands in the result of batch `seq`; it is written when every earlier batch has been. */
  complete(seq: number, data: string | Uint8Array): void {
    if (this.closed) return;
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

  /** Resolves when every begun batch has been written and the output has accepted every write. */
  async finish(): Promise<void> {
    while (!this.closed && (this.inFlight > 0 || this.blocked || this.writing > 0)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private hasRoom(): boolean {
    return this.closed || (!this.blocked && this.inFlight < this.maxInFlight);
  }

  private write(data: string | Uint8Array): void {
    if (this.closed || data.length === 0) return;
    this.writing++;
    const accepted = this.output.write(data, (error?: Error | null) => {
      this.writing--;
      if (error) {
        // Node hands the same error to the callbacks of the writes queued behind the one that
        // failed: the part that landed (see open-output.ts) is counted once.
        const landed = (error as { landed?: unknown }).landed;
        if (landed instanceof Uint8Array && !this.partialCounted) this.lines += countNewlines(landed);
        this.partialCounted = true;
        this.fail(error);
      } else {
        this.lines += countNewlines(data);
        this.wake();
      }
    });
    if (!accepted && !this.blocked) {
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

/** Newlines in `data`. */
function countNewlines(data: string | Uint8Array): number {
  let count = 0;
  if (typeof data === 'string') {
    for (let at = data.indexOf('\n'); at !== -1; at = data.indexOf('\n', at + 1)) count++;
    return count;
  }
  for (let at = data.indexOf(10); at !== -1; at = data.indexOf(10, at + 1)) count++;
  return count;
}
