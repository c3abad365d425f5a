import { createReadStream } from 'node:fs';
import { addAbortSignal } from 'node:stream';

/**
 * An input operand could not be read (missing, a directory, no permission, an I/O error part way
 * through). Carries the operand and the errno code; the message names both.
 *
 * @example
 * try { await readWholeInput(openInput('gone.txt', signal), 'gone.txt', signal); } catch (error) {
 *   if (error instanceof InputReadError) console.error(error.message); // 'cannot read gone.txt: no such file'
 * }
 */
export class InputReadError extends Error {
  override readonly name = 'InputReadError';

  constructor(
    /** The operand as given (`-` for stdin). */
    readonly file: string,
    /** Why, in words (`no such file`, `is a directory`, or the system's message). */
    readonly reason: string,
  ) {
    super(`cannot read ${file === '-' ? 'stdin' : file}: ${reason}`);
  }
}

/**
 * Opens an input operand as a byte stream: `'-'` is stdin, anything else a file read in 1 MiB
 * chunks. When `signal` aborts, the stream is destroyed, so a loop reading it ends (see
 * {@link readChunks}) even while it waits for input that never comes. A file that cannot be opened
 * fails on the first read, like one that fails later.
 *
 * @example
 * for await (const chunk of readChunks(openInput('corpus.jsonl', signal), 'corpus.jsonl', signal)) splitter.push(chunk);
 */
export function openInput(file: string, signal: AbortSignal): AsyncIterable<Buffer> {
  const stream = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  return addAbortSignal(signal, stream);
}

/**
 * Iterates the chunks of an input stream (one opened by {@link openInput}, or any other); ends
 * quietly when the signal aborted it, and turns any other failure into an {@link InputReadError}
 * naming `file`.
 *
 * @example
 * for await (const chunk of readChunks(stream, 'corpus.jsonl', signal)) total += chunk.length;
 */
export async function* readChunks(stream: AsyncIterable<Buffer>, file: string, signal: AbortSignal): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (error) {
    if (!signal.aborted) throw new InputReadError(file, readFailureReason(error));
  }
}

/**
 * Reads a whole input into one buffer that owns its memory (so it can be transferred to a worker
 * thread). Rejects with an {@link InputReadError} when the input fails, whatever was read before.
 * An input longer than `maxBytes` is not read further: the result is null.
 *
 * @example
 * const bytes = await readWholeInput(openInput('article.html', signal), 'article.html', signal, 16 * 1024 * 1024);
 */
export async function readWholeInput(
  stream: AsyncIterable<Buffer>,
  file: string,
  signal: AbortSignal,
  maxBytes = Infinity,
): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of readChunks(stream, file, signal)) {
    chunks.push(chunk);
    length += chunk.length;
    if (length > maxBytes) return null; // leaving the loop closes the stream
  }
  const whole = Buffer.allocUnsafeSlow(length);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
};

/**
 * Why an input could not be read, in words: `no such file`, `permission denied`, `is a directory`,
 * or the system's message.
 *
 * @example
 * readFailureReason(Object.assign(new Error('ENOENT: …'), { code: 'ENOENT' })); // 'no such file'
 */
export function readFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && REASONS[code] !== undefined) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}
