import { constants, crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { concatBytes } from './concat-bytes.js';

/** A member that inflates to at most this many bytes is inflated in one call; a larger one streams. */
const WHOLE_MEMBER_LIMIT = 8 << 20;
/** The output chunk of a streamed member. */
const STREAM_CHUNK = 1 << 16;
/**
 * Input is gathered to this many bytes before each member, so that a member is mostly whole in
 * the bytes at hand (inflated in one call) however small the chunks the input comes in.
 */
const WINDOW = 1 << 20;
/** A member header (with its optional name, comment and extra field) longer than this is no header. */
const HEADER_LIMIT = 1 << 20;
const EMPTY = new Uint8Array(0);

/**
 * Why a gzip stream could not be read to its end, and the offset (in the compressed input) of the
 * member where it broke.
 *
 * @example
 * const problem: GzipProblem = { reason: 'truncated gzip member (the file ends inside it)', offset: 81920 };
 */
export interface GzipProblem {
  /** What is wrong, in words. */
  reason: string;
  /** The offset of the broken member's first byte in the compressed input. */
  offset: number;
}

/**
 * The length of a gzip member's header (RFC 1952: 10 fixed bytes, then the optional extra field,
 * file name, comment and header CRC that its flags announce); -1 when `bytes` end inside it.
 *
 * @example
 * gzipHeaderLength(gzipSync('hello')); // 10
 * gzipHeaderLength(Uint8Array.of(0x1f, 0x8b, 8)); // -1
 */
export function gzipHeaderLength(bytes: Uint8Array): number {
  if (bytes.length < 10) return -1;
  const flags = bytes[3] ?? 0;
  let at = 10;
  if (flags & 4) {
    if (bytes.length < 12) return -1;
    at += 2 + ((bytes[10] ?? 0) | ((bytes[11] ?? 0) << 8));
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const end = bytes.indexOf(0, at);
    if (end === -1) return -1;
    at = end + 1;
  }
  if (flags & 2) at += 2;
  return at <= bytes.length ? at : -1;
}

/**
 * Streams a gzip file of many members (a `.warc.gz`: one member per record) as its inflated bytes,
 * with Node's native zlib, and remembers where each member starts, so that a position in the
 * inflated bytes can be named by the compressed offset of its member (the offset a WARC index
 * gives). Input that does not open with a gzip member passes through unchanged.
 *
 * Memory stays bounded: input is gathered to 1 MiB (whatever size its chunks) and a member is
 * inflated in one call when it is whole in those bytes and inflates to at most 8 MiB; a larger
 * member is inflated as a stream, in 64 KiB pieces. Each member's CRC-32 and length are checked. Broken data
 * never throws: the bytes end at the last good member and {@link GzipMembers.problem} says why.
 *
 * @example
 * const members = new GzipMembers(createReadStream('crawl.warc.gz'));
 * for await (const chunk of members) inflated += chunk.length;
 * members.problem; // null, or { reason, offset }
 */
export class GzipMembers implements AsyncIterable<Uint8Array> {
  /** Null while the input reads well; else why it stopped, and where. */
  problem: GzipProblem | null = null;
  /** Whether the input is gzip (known once the first bytes were read). */
  compressed = false;
  /** Inflated bytes given out so far. */
  produced = 0;

  readonly #source: AsyncIterator<Uint8Array>;
  /** Unread input, and the offset of its first byte in the whole input. */
  #rest: Uint8Array = EMPTY;
  #restAt = 0;
  #done = false;
  /** Member starts not yet forgotten: inflated offset, compressed offset (pairs). */
  #starts: number[] = [];

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#source = source[Symbol.asyncIterator]();
  }

  /**
   * The compressed offset of the member holding inflated byte `at` (for input that is not gzip,
   * `at` itself). Positions must be asked in increasing order: the members before the one found
   * are forgotten, which keeps the table as short as the reader's look-ahead.
   *
   * @example
   * members.sourceOffset(parser.offset); // 0 for the first record, then each record's member offset
   */
  sourceOffset(at: number): number {
    if (!this.compressed) return at;
    const starts = this.#starts;
    let found = 0;
    while (found + 2 < starts.length && (starts[found + 2] ?? 0) <= at) found += 2;
    if (found > 0) this.#starts = starts.slice(found);
    return this.#starts[1] ?? 0;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    await this.#need(3);
    const rest = this.#rest;
    this.compressed = rest[0] === 0x1f && rest[1] === 0x8b && rest[2] === 8;
    if (!this.compressed) {
      for (let chunk = rest; chunk.length > 0 || !this.#done; chunk = await this.#next()) {
        this.produced += chunk.length;
        if (chunk.length > 0) yield chunk;
      }
      return;
    }
    for (;;) {
      await this.#need(WINDOW);
      if (this.#rest.length === 0) return;
      const start = this.#restAt;
      const head = this.#rest;
      if (head[0] !== 0x1f || head[1] !== 0x8b || head[2] !== 8) {
        this.problem = { reason: 'data that is no gzip member', offset: start };
        return;
      }
      let headerLength = gzipHeaderLength(head);
      while (headerLength === -1 && !this.#done && this.#rest.length <= HEADER_LIMIT) {
        await this.#need(this.#rest.length + 1);
        headerLength = gzipHeaderLength(this.#rest);
      }
      if (headerLength === -1) {
        this.problem = this.#done
          ? { reason: 'truncated gzip member (the file ends inside it)', offset: start }
          : { reason: 'broken gzip member (a header longer than 1 MiB)', offset: start };
        return;
      }
      this.#starts.push(this.produced, start);
      this.#take(headerLength);
      const whole = this.#inflateWhole();
      if (whole !== null) {
        if (!(await this.#trailerMatches(whole, start))) return;
        this.produced += whole.bytes.length;
        if (whole.bytes.length > 0) yield whole.bytes;
        continue;
      }
      const member = { crc: 0, size: 0 };
      for await (const piece of this.#inflateStreaming(member, start)) {
        this.produced += piece.length;
        yield piece;
      }
      if (this.problem !== null || !(await this.#trailerMatches(member, start))) return;
    }
  }

  /** Inflates the member at the head of `#rest` when it is whole there and small enough; else null. */
  #inflateWhole(): { bytes: Uint8Array; crc: number; size: number } | null {
    try {
      const { buffer, engine } = inflateRawSync(this.#rest, {
        info: true,
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: WHOLE_MEMBER_LIMIT,
        chunkSize: STREAM_CHUNK,
      }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      // All input taken: the member may go on in the next chunk (or the file ends inside it).
      if (engine.bytesWritten >= this.#rest.length) return null;
      this.#take(engine.bytesWritten);
      return { bytes: buffer, crc: crc32(buffer), size: buffer.length };
    } catch {
      // Too large to inflate at once, or broken data: the streaming path says which.
      return null;
    }
  }

  /**
   * Inflates the deflate data at the head of `#rest` (of the member at compressed offset `start`)
   * as a stream, feeding it input chunk by chunk until the data ends; yields the output and adds it
   * to `member`'s CRC and size. Sets `problem` when the data is broken or cut short; rethrows a
   * failure to read the input.
   */
  async *#inflateStreaming(member: { crc: number; size: number }, start: number): AsyncGenerator<Uint8Array> {
    const inflater = createInflateRaw({ chunkSize: STREAM_CHUNK });
    let readFailure: unknown = null;
    const feed = async (): Promise<void> => {
      let fed = 0;
      for (let chunk = this.#rest; ; chunk = await this.#next()) {
        if (chunk.length === 0) {
          if (!this.#done) continue;
          inflater.end();
          return;
        }
        fed += chunk.length;
        const failed = await new Promise<Error | null | undefined>((resolve) => inflater.write(chunk, resolve));
        if (failed) return;
        const unused = fed - inflater.bytesWritten;
        if (unused > 0) {
          // The deflate data ended inside this chunk: the rest of it is the trailer and what follows.
          this.#rest = chunk.subarray(chunk.length - unused);
          this.#restAt += chunk.length - unused;
          return;
        }
        this.#restAt += chunk.length;
        this.#rest = EMPTY;
      }
    };
    const feeding = feed().catch((error: unknown) => {
      readFailure = error;
      inflater.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    try {
      for await (const piece of inflater as AsyncIterable<Buffer>) {
        member.crc = crc32(piece, member.crc);
        member.size += piece.length;
        yield piece;
      }
      await feeding;
    } catch (error) {
      if (readFailure !== null) throw readFailure;
      this.problem =
        this.#done && (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR'
          ? { reason: 'truncated gzip member (the file ends inside it)', offset: start }
          : { reason: `broken gzip data (${error instanceof Error ? error.message : String(error)})`, offset: start };
    } finally {
      inflater.destroy();
    }
  }

  /** Reads the 8-byte trailer (CRC-32, length mod 2^32) and checks it; sets `problem` when it fails. */
  async #trailerMatches(member: { crc: number; size: number }, start: number): Promise<boolean> {
    await this.#need(8);
    const trailer = this.#rest;
    if (trailer.length < 8) {
      this.problem = { reason: 'truncated gzip member (the file ends inside it)', offset: start };
      return false;
    }
    const view = new DataView(trailer.buffer, trailer.byteOffset, 8);
    if (view.getUint32(0, true) !== member.crc >>> 0 || view.getUint32(4, true) !== member.size % 2 ** 32) {
      this.problem = { reason: 'broken gzip member (its CRC or length does not match)', offset: start };
      return false;
    }
    this.#take(8);
    return true;
  }

  /** Drops `count` bytes from the head of `#rest`. */
  #take(count: number): void {
    this.#rest = this.#rest.subarray(count);
    this.#restAt += count;
  }

  /** The next input chunk, or an empty one at the end; the unread bytes are taken as read. */
  async #next(): Promise<Uint8Array> {
    this.#restAt += this.#rest.length;
    this.#rest = EMPTY;
    if (this.#done) return EMPTY;
    const step = await this.#source.next();
    if (step.done === true) {
      this.#done = true;
      return EMPTY;
    }
    this.#rest = step.value;
    return step.value;
  }

  /** Reads until `#rest` holds at least `count` bytes or the input ends. */
  async #need(count: number): Promise<void> {
    if (this.#rest.length >= count || this.#done) return;
    const pieces = [this.#rest];
    let length = this.#rest.length;
    while (length < count) {
      const step = await this.#source.next();
      if (step.done === true) {
        this.#done = true;
        break;
      }
      pieces.push(step.value);
      length += step.value.length;
    }
    this.#rest = pieces.length === 1 ? (pieces[0] ?? EMPTY) : concatBytes(pieces, length);
  }
}
