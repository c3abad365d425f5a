// Reading inputs: a stream that fails part way becomes an InputReadError naming the file.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InputReadError, openInput, readChunks, readWholeInput } from '../../src/cli/open-input.js';

/** A stream that yields `chunks`, then fails with `code`. */
function failingStream(chunks: string[], code: string): Readable {
  return Readable.from(
    (async function* () {
      for (const chunk of chunks) yield Buffer.from(chunk);
      throw Object.assign(new Error(`${code}: i/o error, read`), { code });
    })(),
  );
}

describe('open-input', () => {
  it('readChunks passes the chunks before a failure on, then throws an InputReadError naming the file', async () => {
    const seen: string[] = [];
    const reading = (async () => {
      for await (const chunk of readChunks(failingStream(['{"id":1}\n', '{"id":'], 'EIO'), 'corpus.jsonl', new AbortController().signal))
        seen.push(chunk.toString());
    })();
    await expect(reading).rejects.toThrow(new InputReadError('corpus.jsonl', 'EIO: i/o error, read'));
    expect(seen).toEqual(['{"id":1}\n', '{"id":']);
  });

  it('readWholeInput rejects when the input fails part way: an article is never parsed from part of its bytes', async () => {
    const reading = readWholeInput(failingStream(['<p>first half'], 'EIO'), 'article.html', new AbortController().signal);
    await expect(reading).rejects.toMatchObject({
      name: 'InputReadError',
      file: 'article.html',
      message: 'cannot read article.html: EIO: i/o error, read',
    });
  });

  it('a missing file and a directory fail on the first read, with a plain reason', async () => {
    const signal = new AbortController().signal;
    await expect(readWholeInput(openInput('no/such/file.txt', signal), 'no/such/file.txt', signal)).rejects.toThrow(
      'cannot read no/such/file.txt: no such file',
    );
    await expect(readWholeInput(openInput('fixtures', signal), 'fixtures', signal)).rejects.toThrow('cannot read fixtures: is a directory');
  });

  it('an aborted read ends quietly', async () => {
    const controller = new AbortController();
    const stream = failingStream(['a'], 'EIO');
    controller.abort();
    const chunks: Buffer[] = [];
    for await (const chunk of readChunks(stream, 'x', controller.signal)) chunks.push(chunk);
    expect(chunks.map(String)).toEqual(['a']);
  });
});
