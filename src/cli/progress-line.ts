/**
 * The counters a progress line shows.
 *
 * @example
 * const counters: ProgressCounters = { items: 0, embeds: 0, errors: 0, bytesDone: 0 };
 */
export interface ProgressCounters {
  /** Articles (lines or files) done. */
  items: number;
  /** Embeds found. */
  embeds: number;
  /** Error lines or files. */
  errors: number;
  /** Input bytes done: the input offset reached by the batches finished so far. */
  bytesDone: number;
}

/**
 * Formats one progress line: articles, articles/s, embeds, errors, and percent and ETA when the
 * input size is known.
 *
 * @example
 * formatProgress({ items: 1200, embeds: 310, errors: 2, bytesDone: 50 }, 100, 2000);
 * // '1,200 articles · 600/s · 310 embeds · 2 errors · 50% · ETA 2s'
 */
export function formatProgress(counters: ProgressCounters, totalBytes: number | null, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = Math.round(counters.items / seconds);
  const parts = [
    `${counters.items.toLocaleString('en-US')} articles`,
    `${rate.toLocaleString('en-US')}/s`,
    `${counters.embeds.toLocaleString('en-US')} embeds`,
    `${counters.errors.toLocaleString('en-US')} error${counters.errors === 1 ? '' : 's'}`,
  ];
  if (totalBytes !== null && totalBytes > 0) {
    const fraction = Math.min(counters.bytesDone / totalBytes, 1);
    parts.push(`${Math.floor(fraction * 100)}%`);
    if (fraction > 0 && fraction < 1) parts.push(`ETA ${formatDuration((seconds * (1 - fraction)) / fraction)}`);
  }
  return parts.join(' · ');
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Shows progress on stderr: on a terminal one line rewritten in place 4 times a second and
 * cleared at the end; elsewhere (only with `--progress`) one line a second and a final line.
 *
 * @example
 * const progress = new ProgressLine(process.stderr, true, counters, 1_000_000);
 * progress.start();
 * progress.stop();
 */
export class ProgressLine {
  private timer: NodeJS.Timeout | null = null;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly inPlace: boolean,
    private readonly counters: ProgressCounters,
    private readonly totalBytes: number | null,
  ) {}

  /** Starts drawing. */
  start(): void {
    this.timer = setInterval(() => this.draw(), this.inPlace ? 250 : 1000);
    this.timer.unref();
  }

  /** Stops drawing: clears the line on a terminal, prints a final line elsewhere. */
  stop(): void {
    if (this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
    if (this.inPlace) this.stream.write('\r\x1b[K');
    else this.stream.write(`${this.text()}\n`);
  }

  private text(): string {
    return `embedsift: ${formatProgress(this.counters, this.totalBytes, Date.now() - this.started)}`;
  }

  private draw(): void {
    if (this.inPlace) this.stream.write(`\r\x1b[K${this.text()}`);
    else this.stream.write(`${this.text()}\n`);
  }
}
