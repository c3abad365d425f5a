// The JSONL job with inputs that fail part way (streams injected through the job context).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runJsonlJob } from '../../src/cli/jsonl-job.js';
import type { OrderedWriter } from '../../src/cli/ordered-writer.js';
import { runJob } from './run-job.js';

function line(id: string): string {
  return `${JSON.stringify({ id, text: `Quoted post by @reporter_${id}: https://twitter.com/reporter_${id}/status/1${id.length}` })}\n`;
}

/** A stream that yields `text` in chunks of `size` bytes, then fails with EIO when `fails`. */
function input(text: string, size: number, fails: boolean): Readable {
  return Readable.from(
    (async function* () {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
      if (fails) throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    })(),
  );
}

async function run(
  files: Record<string, Readable>,
): Promise<{ lines: Record<string, unknown>[]; unread: string[]; writer: OrderedWriter }> {
  const inputs: Record<string, () => Readable> = {};
  for (const [name, stream] of Object.entries(files)) inputs[name] = () => stream;
  const { output, unread, writer } = await runJob(runJsonlJob, ['extract', '--from', 'jsonl'], inputs);
  const lines =
    output === ''
      ? []
      : output
          .trimEnd()
          .split('\n')
          .map((each) => JSON.parse(each) as Record<string, unknown>);
  return { lines, unread, writer };
}

describe('runJsonlJob with an input that fails part way', () => {
  it('keeps every line read before the failure, drops the cut line, names file and line, and goes on with the next file', async () => {
    const first = ['a1', 'a2', 'a3'].map(line).join('');
    const second = ['b4', 'b5', 'b6', 'b7'].map(line).join('');
    const cutAt = second.indexOf('{"id":"b6"') + 9; // inside line 6
    const third = ['c1', 'c2'].map(line).join('');
    const { lines, unread, writer } = await run({
      'first.jsonl': input(first, 7, false),
      'second.jsonl': input(second.slice(0, cutAt), 11, true),
      'third.jsonl': input(third, 64, false),
    });
    expect(lines.map((each) => each.id)).toEqual(['a1', 'a2', 'a3', 'b4', 'b5', 'c1', 'c2']);
    expect(unread).toEqual([
      `cannot read second.jsonl: EIO: i/o error, read (after ${cutAt} bytes; input lines up to 5 were read; line 6 was cut short and got no output line; the rest of it was not read)`,
    ]);
    expect(writer.held).toBe(0);
  });

  it('a failure at a line boundary cuts no line; one before any byte names only the file', async () => {
    const second = ['b2', 'b3'].map(line).join('');
    const { lines, unread } = await run({
      'first.jsonl': input(line('a1'), 5, false),
      'second.jsonl': input(second, 9, true),
      'third.jsonl': input('', 1, true),
      'fourth.jsonl': input(line('d4'), 3, false),
    });
    expect(lines.map((each) => each.id)).toEqual(['a1', 'b2', 'b3', 'd4']);
    expect(unread).toEqual([
      `cannot read second.jsonl: EIO: i/o error, read (after ${Buffer.byteLength(second)} bytes; input lines up to 3 were read; the rest of it was not read)`,
      'cannot read third.jsonl: EIO: i/o error, read',
    ]);
  });
});
