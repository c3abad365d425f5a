import type { Batch } from './batch-protocol.js';
import { BatchBuilder } from './batch-builder.js';
import { inputBudget } from './batch-pipeline.js';
import type { JobContext } from './job-context.js';
import { LineSplitter } from './line-splitter.js';
import { InputReadError, readChunks } from './open-input.js';
import { inShard } from './shard.js';

/** A batch is handed to a worker at about this many bytes… */
const BATCH_BYTES = 1 << 20;
/** …or this many lines, whichever comes first. */
const BATCH_LINES = 1024;
/** A partial batch waits at most this long for more input (slow pipes, interactive use). */
const IDLE_FLUSH_MS = 50;

/**
 * Runs `--jsonl` mode: streams every input operand (one after the other, lines numbered across
 * them from 1), splits lines as bytes, keeps this shard's lines, batches them to the workers, and
 * writes exactly one output line per kept input line, in input order. Reading pauses while the
 * writer has no room (too many batches in flight, or stdout asked to wait), so memory stays
 * bounded whatever the input size. Stops early, with a whole prefix of the output written, when
 * `context.signal` aborts. An input that fails (missing, a directory, an I/O error part way) keeps
 * every line read before the failure, drops the line it cut short, adds a message naming the file
 * and the line to `context.unread`, and the next input goes on.
 *
 * @example
 * await runJsonlJob(context);
 */
export async function runJsonlJob(context: JobContext): Promise<void> {
  const { options, writer, pipeline, signal } = context;
  // Each cut batch with the input offset it reaches (bytes read when it was cut), for the progress
  // line. A batch takes its seq only when it is submitted: the writer counts begun seqs as in
  // flight, so a seq taken by a batch still waiting here would hold room that nothing can free.
  const ready: [Omit<Batch, 'seq'>, number][] = [];
  let bytesRead = 0;
  const builder = new BatchBuilder(BATCH_BYTES, BATCH_LINES, (bytes, entries) => {
    ready.push([{ kind: 'lines', bytes, entries, names: null }, bytesRead]);
  });
  const submit = ([batch, offset]: [Omit<Batch, 'seq'>, number]): void => pipeline.submit({ ...batch, seq: writer.begin() }, offset);
  const before = (context.firstLine ?? 1) - 1;
  const splitter = new LineSplitter(
    options.maxLineBytes,
    (line, number) => builder.add(line, before + number),
    (number) => builder.addOversized(before + number),
    (number) => inShard(before + number, options.shard),
  );
  const submitReady = (): void => {
    for (let next = ready.shift(); next !== undefined; next = ready.shift()) submit(next);
  };
  const budget = inputBudget(options.workers, options.maxLineBytes);
  const submitWithRoom = async (): Promise<void> => {
    while (ready.length > 0) {
      if (!signal.aborted) await writer.waitForRoom();
      if (!signal.aborted) await pipeline.waitForInputRoom(ready[0]?.[0].bytes.byteLength ?? 0, budget);
      const next = ready.shift();
      if (next !== undefined) submit(next);
    }
  };

  let idle: NodeJS.Timeout | undefined;
  for (const file of options.files) {
    if (signal.aborted) break;
    let fileBytes = 0;
    try {
      for await (const chunk of readChunks(context.open(file, signal), file, signal)) {
        clearTimeout(idle);
        bytesRead += chunk.length;
        fileBytes += chunk.length;
        splitter.push(chunk);
        await submitWithRoom();
        if (signal.aborted) break;
        if (!builder.empty) {
          idle = setTimeout(() => {
            builder.flush();
            submitReady();
          }, IDLE_FLUSH_MS);
        }
      }
    } catch (error) {
      clearTimeout(idle);
      if (!(error instanceof InputReadError)) throw error;
      const lastWhole = before + splitter.lines;
      const cut = splitter.abandonLine();
      context.unread.push(describeFailure(error, fileBytes, lastWhole, cut === null ? null : before + cut));
      await submitWithRoom();
      continue;
    }
    clearTimeout(idle);
    if (signal.aborted) break;
    splitter.endInput();
    await submitWithRoom();
  }
  // Every cut batch is submitted; a partial batch is dropped only when the run was interrupted
  // (the output stays a whole prefix).
  if (!signal.aborted) builder.flush();
  await submitWithRoom();
  await writer.finish();
}

/** The message for an input that failed: the file, why, and where its lines stop. */
function describeFailure(error: InputReadError, fileBytes: number, lastWhole: number, cut: number | null): string {
  if (fileBytes === 0) return error.message;
  const cutShort = cut === null ? '' : `; line ${cut} was cut short and got no output line`;
  return `${error.message} (after ${fileBytes} bytes; input lines up to ${lastWhole} were read${cutShort}; the rest of it was not read)`;
}
