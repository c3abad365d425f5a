// The ordered writer on its own: order, failed writes, and that nothing is held once written.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OrderedWriter } from '../../src/cli/ordered-writer.js';

/** A stream that keeps what it is given and fails every write after the first `working` ones. */
function output(working: number, code = 'ENOSPC'): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  let writes = 0;
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (++writes > working) {
        callback(Object.assign(new Error(`${code}: no space left on device, write`), { code }));
        return;
      }
      chunks.push(chunk);
      callback();
    },
  });
  stream.on('error', () => {});
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('OrderedWriter', () => {
  it('writes batches in sequence order whatever order they finish in, and holds none afterwards', async () => {
    const { stream, text } = output(Infinity);
    const writer = new OrderedWriter(stream, 10);
    const seqs = [writer.begin(), writer.begin(), writer.begin(), writer.begin()];
    writer.complete(seqs[3] as number, 'd\n');
    writer.complete(seqs[1] as number, 'b\n');
    expect(writer.held).toBe(2);
    writer.complete(seqs[0] as number, 'a\n');
    writer.complete(seqs[2] as number, new TextEncoder().encode('c\n'));
    await writer.finish();
    expect(text()).toBe('a\nb\nc\nd\n');
    expect(writer.held).toBe(0);
    expect(writer.inFlight).toBe(0);
    expect(writer.linesWritten).toBe(4);
    expect(writer.failure).toBeNull();
  });

  it('a write that fails: the first failure is kept, the writer closes, onFailure is called once, the count stops at the last whole line', async () => {
    const { stream, text } = output(2);
    const failures: string[] = [];
    const writer = new OrderedWriter(stream, 10, (error) => failures.push(String(error.code)));
    for (let i = 0; i < 5; i++) writer.complete(writer.begin(), `line ${i}\nmore ${i}\n`);
    await writer.finish();
    expect(text()).toBe('line 0\nmore 0\nline 1\nmore 1\n');
    expect(writer.linesWritten).toBe(4);
    expect(writer.failure?.code).toBe('ENOSPC');
    expect(failures).toEqual(['ENOSPC']);
    writer.complete(writer.begin(), 'late\n');
    expect(writer.held).toBe(0);
    await writer.waitForRoom(); // a closed writer never makes the job wait
  });

  it('a write that lands in part (error.landed) counts the whole lines it carried, once, though Node hands its error to the writes queued behind it', async () => {
    let writes = 0;
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        writes++;
        // Synchronous, like open-output's: the writes made in the same tick queue behind this one.
        callback(
          Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG', landed: chunk.subarray(0, chunk.indexOf('c')) }),
        );
      },
    });
    stream.on('error', () => {});
    const writer = new OrderedWriter(stream, 4);
    const first = writer.begin();
    const second = writer.begin();
    const third = writer.begin();
    writer.complete(second, 'x\ny\n');
    writer.complete(third, 'z\n');
    writer.complete(first, 'é\nb\ncut'); // written at once, then the two held ones
    await writer.finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toBe(1);
    expect(writer.failure?.code).toBe('EFBIG');
    expect(writer.linesWritten).toBe(2);
  });

  it('finish waits until the output has accepted every write (a slow output)', async () => {
    const pending: (() => void)[] = [];
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        pending.push(() => callback());
      },
    });
    const writer = new OrderedWriter(stream, 4);
    writer.complete(writer.begin(), 'a\n');
    let finished = false;
    const done = writer.finish().then(() => (finished = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toBe(false);
    for (const release of pending) release();
    await done;
    expect(writer.linesWritten).toBe(1);
  });
});
