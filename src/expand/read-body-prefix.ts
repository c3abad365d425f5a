import type { Readable } from 'node:stream';

/**
 * Reads at most `maxBytes` of a response body, then destroys the stream (so an endless or huge
 * body costs no more than `maxBytes` and the socket is released). A slow body is cut short by the
 * request's abort signal or body timeout, which error the stream.
 *
 * @example
 * const head = await readBodyPrefix(response.body, 65_536);
 * head.toString('utf8');
 */
export async function readBodyPrefix(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    if (maxBytes > 0) {
      for await (const chunk of body) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        const take = Math.min(buffer.length, maxBytes - total);
        chunks.push(take === buffer.length ? buffer : buffer.subarray(0, take));
        total += take;
        if (total >= maxBytes) break;
      }
    }
  } finally {
    if (!body.readableEnded && !body.destroyed) body.destroy();
  }
  return Buffer.concat(chunks, total);
}

/** How much of an unwanted body is drained to keep the connection reusable, in bytes. */
const DRAIN_LIMIT = 16 * 1024;

/**
 * Gets rid of a response body we do not need: drains up to 16 KiB so the keep-alive socket can be
 * reused, and destroys the stream beyond that. Never throws.
 *
 * @example
 * await discardBody(response.body);
 */
export async function discardBody(body: Readable): Promise<void> {
  const dumpable = body as Readable & { dump?: (options: { limit: number }) => Promise<void> };
  try {
    if (typeof dumpable.dump === 'function') await dumpable.dump({ limit: DRAIN_LIMIT });
    else body.destroy();
  } catch {
    if (!body.destroyed) body.destroy();
  }
}
