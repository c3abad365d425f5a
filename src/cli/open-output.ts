import { closeSync, fstatSync, fsyncSync, openSync, readlinkSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';

/**
 * The stream results go to: `stdout` itself, unless it is the process's own stdout redirected to
 * a file or a device (not a terminal, pipe or socket). Then writes go to file descriptor 1 through
 * `writeSync` in a loop that finishes short writes, so a write that fails (a full disk) says how
 * many of its bytes landed (`error.landed`, the bytes that did): Node's own stdout for files drops
 * the rest of a short write without an error.
 *
 * @example
 * const output = openOutput(process.stdout);
 * output.write('{"id":1}\n', (error) => error && console.error(error.code)); // 'ENOSPC' on /dev/full
 */
export function openOutput(stdout: NodeJS.WritableStream & { isTTY?: boolean }): NodeJS.WritableStream {
  if (stdout !== process.stdout || stdout.isTTY === true || !isFileOrDevice(1)) return stdout;
  return descriptorStream(1);
}

/**
 * An output file opened by `-o FILE` (created or truncated): the stream to write to, and `close`,
 * which flushes it to the disk (`fsync`) and closes it, and throws when either fails (a network
 * file system may report a full disk only then). Throws when the file cannot be opened.
 *
 * @example
 * const file = openOutputFile('embeds.jsonl');
 * file.stream.write('{"id":1}\n');
 * file.close();
 */
export function openOutputFile(path: string): { stream: NodeJS.WritableStream; close(): void } {
  const fd = openSync(path, 'w');
  let closed = false;
  return {
    stream: descriptorStream(fd),
    close() {
      if (closed) return;
      closed = true;
      try {
        if (fstatSync(fd).isFile()) fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Writes to a file descriptor with `writeSync`, finishing short writes; a failed write says which bytes landed. */
function descriptorStream(fd: number): NodeJS.WritableStream {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      let written = 0;
      try {
        while (written < chunk.length) written += writeSync(fd, chunk, written, chunk.length - written);
      } catch (error) {
        callback(Object.assign(error as Error, { landed: chunk.subarray(0, written) }));
        return;
      }
      callback();
    },
  });
}

/**
 * Names where `stdout` goes, for messages: `stdout (/path/to/file)` when it is the process's own
 * and the system tells, else `stdout`.
 *
 * @example
 * outputName(process.stdout); // 'stdout (/dev/full)'
 */
export function outputName(stdout: NodeJS.WritableStream): string {
  if (stdout !== process.stdout) return 'stdout';
  try {
    const target = readlinkSync('/proc/self/fd/1');
    return target.startsWith('/') ? `stdout (${target})` : 'stdout';
  } catch {
    return 'stdout';
  }
}

function isFileOrDevice(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isFile() || stats.isCharacterDevice();
  } catch {
    return false;
  }
}
