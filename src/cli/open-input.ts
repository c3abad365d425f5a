import { createReadStream } from 'node:fs';
import { addAbortSignal } from 'node:stream';

/**
 * Opens an input operand as a byte stream: `'-'` is stdin, anything else a file read in 1 MiB
 * chunks. When `signal` aborts, the stream is destroyed, so a loop reading it ends (see
 * {@link readChunks}) even while it waits for input that never comes.
 *
 * @example
 * for await (const chunk of readChunks(openInput('corpus.jsonl', signal), signal)) splitter.push(chunk);
 */
export function openInput(file: string, signal: AbortSignal): NodeJS.ReadableStream & AsyncIterable<Buffer> {
  const stream = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  return addAbortSignal(signal, stream);
}

/**
 * Iterates the chunks of a stream opened by {@link openInput}; ends quietly when the signal
 * aborted it.
 *
 * @example
 * for await (const chunk of readChunks(stream, signal)) total += chunk.length;
 */
export async function* readChunks(stream: AsyncIterable<Buffer>, signal: AbortSignal): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (error) {
    if (!signal.aborted) throw error;
  }
}

/**
 * Reads a whole input operand into one buffer that owns its memory (so it can be transferred to a
 * worker thread). An input longer than `maxBytes` is not read further: the result is null.
 *
 * @example
 * const bytes = await readWholeInput('article.html', signal, 16 * 1024 * 1024);
 */
export async function readWholeInput(file: string, signal: AbortSignal, maxBytes = Infinity): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of readChunks(openInput(file, signal), signal)) {
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
