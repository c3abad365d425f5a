import { FLAG_OVERSIZED } from './batch-protocol.js';
import { inputBudget } from './batch-pipeline.js';
import type { CliOptions } from './cli-options.js';
import type { JobContext } from './job-context.js';
import { InputReadError, readWholeInput } from './open-input.js';
import { inShard } from './shard.js';

/**
 * Runs whole-file mode: every input operand is one article (`--shard` keeps every n-th file),
 * parsed by the workers, written in operand order. `json` writes a JSON array of one document per
 * file, however many files (one object only for the deprecated `-o json` with one file); `jsonl`
 * one line per file; `md` Markdown. A file that cannot be
 * read gets an error item in its place (`{"file", "error"}`) and a message in `context.unread`;
 * the other files go on.
 *
 * @example
 * await runFileJob(context);
 */
export async function runFileJob(context: JobContext): Promise<void> {
  const { options, writer, pipeline, signal } = context;
  const array = options.to === 'json' && options.jsonArray;
  let bytesRead = 0;
  let submitted = 0;
  if (array) writer.writeNow('[\n');
  for (const [index, file] of options.files.entries()) {
    if (signal.aborted) break;
    if (!inShard(index + 1, options.shard)) continue;
    await writer.waitForRoom();
    await pipeline.waitForInputRoom(options.maxFileBytes, inputBudget(options.workers, options.maxFileBytes));
    if (signal.aborted) break;
    let read: Uint8Array | null;
    let failure: InputReadError | null = null;
    try {
      read = await readWholeInput(context.open(file, signal), file, signal, options.maxFileBytes);
    } catch (error) {
      if (!(error instanceof InputReadError)) throw error;
      read = new Uint8Array(0);
      failure = error;
    }
    if (signal.aborted) break;
    // A file over --max-file-bytes travels as a flag, without its bytes, and gets an error item.
    const bytes = read ?? new Uint8Array(0);
    const flags = read === null ? FLAG_OVERSIZED : 0;
    bytesRead += bytes.length;
    submitted++;
    const batch = {
      seq: writer.begin(),
      kind: 'files' as const,
      bytes,
      entries: Float64Array.of(0, bytes.length, index + 1, flags),
      names: [file],
    };
    if (failure === null) {
      pipeline.submit(batch, bytesRead);
    } else {
      context.unread.push(failure.message);
      pipeline.submitFailed(batch, `cannot read: ${failure.reason}`, bytesRead);
    }
  }
  await writer.finish();
  if (array) {
    // An empty array (no operand in this shard) is `[]`, not `[\n\n]`.
    writer.writeNow(submitted === 0 ? ']\n' : '\n]\n');
    await writer.finish();
  }
}

/**
 * Joins the rendered pieces of one whole-file batch for the output form: commas between array
 * items (json), a file comment before each converted article (md with
 * several operands), a blank line between Markdown pieces.
 *
 * @example
 * const frame = fileFrame(options);
 * frame(0, ['{…}'], ['a.txt']); // '{…}' (first array item), then ',\n{…}' for the next
 */
export function fileFrame(options: CliOptions): (seq: number, pieces: string[], names: string[]) => string {
  const several = options.files.length > 1;
  const array = options.jsonArray;
  return (seq, pieces, names) => {
    let text = '';
    pieces.forEach((piece, i) => {
      const first = seq === 0 && i === 0;
      if (options.to === 'json') text += array ? `${first ? '' : ',\n'}${piece}` : `${piece}\n`;
      else if (options.to === 'jsonl' || options.to === 'parquet') text += piece;
      else if (options.command === 'convert' && several)
        text += `${first ? '' : '\n'}<!-- embedsift: file ${names[i] ?? '-'} -->\n${piece}`;
      else text += `${first ? '' : '\n'}${piece}`;
    });
    return text;
  };
}
