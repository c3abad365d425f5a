import { FLAG_OVERSIZED, type Batch, type RecordMeta } from './batch-protocol.js';
import { inputBudget } from './batch-pipeline.js';
import { concatBytes } from './concat-bytes.js';
import { GzipMembers } from './gzip-members.js';
import type { JobContext } from './job-context.js';
import { InputReadError, readChunks } from './open-input.js';
import { inShard } from './shard.js';
import { UsageError } from './usage-error.js';

/** A batch is handed to a worker at about this many payload bytes… */
const BATCH_BYTES = 1 << 20;
/** …or this many records, whichever comes first. */
const BATCH_RECORDS = 256;
/** Bytes after the last whole record that are not a truncated tail (the record's closing CRLFs). */
const TAIL_SLACK = 4;

/** The part of warcio's reader this job uses (the optional peer dependency `warcio`). */
interface WarcRecord {
  warcHeaders: { statusline: string; headers: { get(name: string): string | null } };
  httpHeaders: { statusCode?: number | string; headers: { get(name: string): string | null } } | null;
  reader: AsyncIterable<Uint8Array> & { limit?: number };
}
interface WarcParser {
  parse(): Promise<WarcRecord | null>;
  readonly offset: number;
  readonly recordLength: number;
}
/**
 * The two warcio classes the job uses: the record parser, and the byte reader it reads through
 * (made with no compression, as the job hands it bytes already inflated).
 *
 * @example
 * const { WARCParser, AsyncIterReader } = await loadWarcio();
 * const parser = new WARCParser(new AsyncIterReader(inflatedChunks, null));
 */
export interface Warcio {
  WARCParser: new (source: AsyncIterable<Uint8Array>) => WarcParser;
  AsyncIterReader: new (source: AsyncIterable<Uint8Array>, compressed: null) => AsyncIterable<Uint8Array>;
}

/**
 * Loads warcio's parser and reader (an optional peer dependency, so the library does not carry it).
 * Throws {@link UsageError} (exit 2) with the install command when it is not installed.
 *
 * @example
 * const { WARCParser } = await loadWarcio();
 */
export async function loadWarcio(): Promise<Warcio> {
  try {
    return (await import('warcio')) as unknown as Warcio;
  } catch {
    throw new UsageError('--from warc needs the optional package warcio: npm install warcio');
  }
}

/**
 * Runs WARC mode: streams each input operand (`--shard` keeps every n-th file), a `.warc.gz`
 * inflated member by member with Node's zlib ({@link GzipMembers}), through warcio's reader, one
 * record at a time, and sends the body of each `response` record with a 2xx status and
 * an HTML `Content-Type` to the workers, in batches; every other record (request, metadata,
 * warcinfo, images, redirects) is read past. One output line per HTML record, in file order:
 * `{"id": WARC-Record-ID, "url": WARC-Target-URI, "format", "embeds", "diagnostics"}`.
 *
 * Memory stays bounded: a record's body is kept only up to `--max-line-bytes` (a longer one is
 * read past and gets an error line), and reading waits while the writer or the workers are full.
 * A malformed record (not a WARC header), a truncated one (the file ends inside it) or a broken
 * gzip member gets an error line naming the file and the offset (of the record; in a `.warc.gz`,
 * of the gzip member it starts in), and a message in `context.unread` (exit 3);
 * the rest of that file cannot be found reliably and is not read; the next file goes on.
 *
 * @example
 * await runWarcJob(context);
 */
export async function runWarcJob(context: JobContext): Promise<void> {
  const { options, writer, pipeline, signal } = context;
  const { WARCParser, AsyncIterReader } = await loadWarcio();
  const budget = inputBudget(options.workers, options.maxLineBytes);
  let pending = emptyPending();
  let bytesRead = 0;
  let recordNumber = 0;

  const flush = async (): Promise<void> => {
    if (pending.records.length === 0) return;
    const { parts, size, records, flags } = pending;
    pending = emptyPending();
    if (!signal.aborted) await writer.waitForRoom();
    if (!signal.aborted) await pipeline.waitForInputRoom(size, budget);
    const bytes = new Uint8Array(size);
    const entries = new Float64Array(records.length * 4);
    let at = 0;
    for (let i = 0; i < records.length; i++) {
      const part = parts[i] ?? new Uint8Array(0);
      bytes.set(part, at);
      entries.set([at, at + part.length, ++recordNumber, flags[i] ?? 0], i * 4);
      at += part.length;
    }
    const batch: Batch = { seq: writer.begin(), kind: 'records', bytes, entries, names: null, records };
    pipeline.submit(batch, bytesRead);
  };
  const add = async (body: Uint8Array, meta: RecordMeta, flag: number): Promise<void> => {
    pending.parts.push(body);
    pending.size += body.length;
    pending.records.push(meta);
    pending.flags.push(flag);
    if (pending.size >= BATCH_BYTES || pending.records.length >= BATCH_RECORDS) await flush();
  };

  for (const [index, file] of options.files.entries()) {
    if (signal.aborted) break;
    if (!inShard(index + 1, options.shard)) continue;
    let fed = 0;
    /** Where the last whole record ended, in the inflated bytes. */
    let lastEnd = 0;
    let offset = 0;
    const source = (async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of readChunks(context.open(file, signal), file, signal)) {
        fed += chunk.length;
        bytesRead += chunk.length;
        yield chunk;
      }
    })();
    // A .warc.gz is inflated here, with Node's zlib, member by member; warcio reads the inflated
    // bytes. Offsets in messages are those of the input: a record's gzip member in a .warc.gz.
    const members = new GzipMembers(source);
    const broken = async (reason: string, at: number): Promise<void> => {
      // Broken gzip data explains whatever the WARC reader made of it.
      const { problem } = members;
      const where = problem?.offset ?? at;
      const message = `${problem?.reason ?? reason} at offset ${where}; the rest of the file was not read`;
      context.unread.push(`${file}: ${message}`);
      await add(new Uint8Array(0), { ...blankMeta(file, where), error: message }, 0);
    };
    try {
      const parser = new WARCParser(new AsyncIterReader(members, null));
      for (;;) {
        if (signal.aborted) break;
        const record = await parser.parse();
        if (record === null) {
          // An interrupted run ends the stream early: that is no truncated file.
          if (!signal.aborted && (members.problem !== null || members.produced - lastEnd > TAIL_SLACK))
            await broken(
              `truncated or malformed data (${members.produced - lastEnd} bytes that are no whole record)`,
              members.sourceOffset(lastEnd),
            );
          break;
        }
        offset = members.sourceOffset(parser.offset);
        const headers = record.warcHeaders;
        if (
          !/^WARC\/1\.[01]\s*$/.test(headers.statusline) ||
          headers.headers.get('Content-Length') === null ||
          headers.headers.get('WARC-Type') === null
        ) {
          await broken(`malformed WARC record (header line '${headers.statusline.slice(0, 40)}')`, offset);
          break;
        }
        const meta = recordMeta(record, file, offset);
        const wanted = meta !== null;
        // Every record is read to its end here (warcio would otherwise skip it itself, which never
        // ends on a truncated file); only a wanted record's body is kept, up to the limit.
        const parts: Uint8Array[] = [];
        let size = 0;
        for await (const chunk of record.reader) {
          if (!wanted || size > options.maxLineBytes) continue;
          size += chunk.length;
          if (size > options.maxLineBytes) parts.length = 0;
          else parts.push(chunk);
        }
        if ((record.reader.limit ?? 0) > 0) {
          await broken('truncated record (the file ends inside it)', offset);
          break;
        }
        lastEnd = parser.offset + parser.recordLength;
        if (meta === null) continue;
        if (size > options.maxLineBytes) await add(new Uint8Array(0), meta, FLAG_OVERSIZED);
        else await add(concatBytes(parts, size), meta, 0);
      }
    } catch (error) {
      if (error instanceof InputReadError) {
        context.unread.push(
          fed === 0
            ? error.message
            : `${error.message} (after ${fed} bytes; the records before offset ${members.sourceOffset(lastEnd)} were read)`,
        );
        continue;
      }
      if (signal.aborted) break;
      await broken(`unreadable WARC data (${error instanceof Error ? error.message : String(error)})`, offset);
    }
  }
  if (!signal.aborted) await flush();
  await writer.finish();
}

function emptyPending(): { parts: Uint8Array[]; size: number; records: RecordMeta[]; flags: number[] } {
  return { parts: [], size: 0, records: [], flags: [] };
}

function blankMeta(file: string, offset: number): RecordMeta {
  return { id: null, url: null, file, offset, contentType: null, transferEncoding: null, contentEncoding: null, error: null };
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** The metadata of a record whose body is read: a 2xx `response` with an HTML Content-Type; else null. */
function recordMeta(record: WarcRecord, file: string, offset: number): RecordMeta | null {
  const warc = record.warcHeaders.headers;
  if (warc.get('WARC-Type') !== 'response' || record.httpHeaders === null) return null;
  const status = Number(record.httpHeaders.statusCode);
  const http = record.httpHeaders.headers;
  const contentType = http.get('Content-Type');
  if (!(status >= 200 && status < 300) || contentType === null || !HTML_TYPE.test(contentType)) return null;
  const id = warc.get('WARC-Record-ID');
  const url = warc.get('WARC-Target-URI');
  return {
    id: id === null ? null : id.replace(/^<|>$/g, ''),
    url: url === null ? null : url.replace(/^<|>$/g, ''),
    file,
    offset,
    contentType,
    transferEncoding: http.get('Transfer-Encoding'),
    contentEncoding: http.get('Content-Encoding'),
    error: null,
  };
}
