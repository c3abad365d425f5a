import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import type { Diagnostic } from '../schema/index.js';
import { describeValue } from '../kit/index.js';
import { charsetParameter } from './charset-parameter.js';
import { labelToName } from './encoding-labels.js';
import { decodeBytes } from './text-decoding.js';

/**
 * Options of {@link decodeDocument}: what the transport said about the bytes.
 *
 * @example
 * const options: DecodeOptions = { contentType: 'text/html; charset=Shift_JIS' };
 */
export interface DecodeOptions {
  /**
   * The encoding the bytes are in, as a WHATWG label (`'windows-1252'`, `'latin1'`, `'sjis'`,
   * `'utf-8'`…), the way HTTP's `charset` would give it. A byte order mark still wins; it wins
   * over `<meta charset>`. A label that names no encoding is a programming error: `TypeError`.
   */
  encoding?: string;
  /**
   * A `Content-Type` value (`'text/html; charset=Shift_JIS'`), as a response or a WARC record
   * carries it; its `charset` is the hint when `encoding` is not given. An unknown charset here is
   * data, not a mistake of the caller: an `unknown-encoding` diagnostic, and sniffing goes on.
   */
  contentType?: string;
}

/**
 * What decided the encoding: a byte order mark, the caller's hint (`encoding` or the
 * `contentType` charset), a `<meta charset>` / `http-equiv` in the first 1,024 bytes, an XML
 * declaration, or nothing (UTF-8, the default).
 *
 * @example
 * const decidedBy: EncodingSource = 'meta';
 */
export type EncodingSource = 'bom' | 'hint' | 'meta' | 'xml' | 'default';

/**
 * What {@link decodeDocument} returns.
 *
 * @example
 * const { text, encoding, diagnostics }: DecodedDocument = decodeDocument(bytes);
 */
export interface DecodedDocument {
  /** The decoded text, without its byte order mark. Offsets of records and diagnostics index it. */
  text: string;
  /** The WHATWG name of the encoding the text was decoded from. @example 'Shift_JIS' */
  encoding: string;
  /** What decided the encoding. */
  decidedBy: EncodingSource;
  /**
   * `invalid-encoding` when some bytes are not valid in the encoding (they became U+FFFD);
   * `unknown-encoding` when a `contentType` charset names no encoding, or the runtime has no
   * decoder for the one named (the text is then read as UTF-8).
   */
  diagnostics: Diagnostic[];
}

/** How many bytes the `<meta>` prescan reads, as browsers do. */
const PRESCAN_BYTES = 1024;

const SOURCES: Record<ResultType, EncodingSource> = {
  [ResultType.BOM]: 'bom',
  [ResultType.PASSED]: 'hint',
  [ResultType.XML_PREFIX]: 'xml',
  [ResultType.META_TAG]: 'meta',
  [ResultType.XML_ENCODING]: 'xml',
  [ResultType.DEFAULT]: 'default',
};

/**
 * Decodes a document's bytes the way a browser decides their encoding: a byte order mark, then
 * the transport hint (`encoding`, or the charset of `contentType`), then a `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in the first 1,024 bytes (the HTML standard's prescan, by
 * `encoding-sniffer`), then UTF-8. Decodes with the platform's `TextDecoder` (browsers, Node,
 * Deno, Bun), so nothing Node-only is loaded. Bytes not valid in the encoding become U+FFFD and
 * an `invalid-encoding` warning counts them and says where. Never throws on any bytes; a bad
 * argument throws a `TypeError`.
 *
 * @example
 * const page = new Uint8Array([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]); // '<p>caf\xE9</p>'
 * decodeDocument(page, { encoding: 'windows-1252' }).text; // '<p>café</p>'
 * decodeDocument(page).diagnostics[0]?.code; // 'invalid-encoding' (0xE9 alone is not UTF-8)
 */
export function decodeDocument(bytes: Uint8Array, options: DecodeOptions = {}): DecodedDocument {
  if (!isBytes(bytes)) throw new TypeError(`decodeDocument: bytes must be a Uint8Array or Buffer, got ${describeValue(bytes)}`);
  const diagnostics: Diagnostic[] = [];
  const hint = transportHint(options, 'decodeDocument', diagnostics);
  const sniffer = new Sniffer({
    maxBytes: PRESCAN_BYTES,
    defaultEncoding: 'UTF-8',
    ...(hint === null ? {} : { transportLayerEncodingLabel: hint }),
  });
  sniffer.write(bytes.subarray(0, PRESCAN_BYTES));
  const decided = { encoding: sniffer.encoding, decidedBy: SOURCES[sniffer.resultType] };
  const decoded = decodeBytes(bytes, decided.encoding);
  if (decoded === null) {
    diagnostics.push({
      code: 'unknown-encoding',
      severity: 'warning',
      message: `This runtime has no ${decided.encoding} decoder (its TextDecoder lacks it); the document was read as UTF-8.`,
      start: 0,
      end: 0,
    });
    const fallback = decodeBytes(bytes, 'UTF-8') as { text: string };
    return {
      text: fallback.text,
      encoding: 'UTF-8',
      decidedBy: 'default',
      diagnostics: diagnostics.concat(replacementDiagnostics(fallback.text, 'UTF-8')),
    };
  }
  const found = decoded.valid ? diagnostics : diagnostics.concat(replacementDiagnostics(decoded.text, decided.encoding));
  return { text: decoded.text, encoding: decided.encoding, decidedBy: decided.decidedBy, diagnostics: found };
}

/**
 * The diagnostics of a parse of decoded text with the decoding's own put in, in offset order
 * (stable: at one offset, the decoding's first). With no decoding (string input), `found` as is.
 *
 * @example
 * const diagnostics = withDecodingDiagnostics(decoded, extracted.diagnostics);
 */
export function withDecodingDiagnostics(decoded: DecodedDocument | null, found: Diagnostic[]): Diagnostic[] {
  if (decoded === null || decoded.diagnostics.length === 0) return found;
  return decoded.diagnostics.concat(found).sort((a, b) => a.start - b.start);
}

/**
 * Whether a value is a `Uint8Array` (a Node `Buffer` is one), from this realm or another.
 *
 * @example
 * isBytes(new TextEncoder().encode('hi')); // true
 * isBytes('hi'); // false
 */
export function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array || Object.prototype.toString.call(value) === '[object Uint8Array]';
}

/**
 * Checks an `encoding` option: undefined, or a label that names an encoding. A label that names
 * none is a programming error and throws a `TypeError` naming the caller.
 *
 * @example
 * checkEncodingOption('latin1', 'extractEmbeds'); // 'windows-1252'
 * checkEncodingOption('latin-9000', 'extractEmbeds'); // throws TypeError
 */
export function checkEncodingOption(encoding: unknown, caller: string): string | undefined {
  if (encoding === undefined) return undefined;
  const name = typeof encoding === 'string' ? labelToName(encoding) : null;
  if (name === null) {
    throw new TypeError(
      `${caller}: options.encoding must be an encoding label such as 'utf-8', 'windows-1252' or 'shift_jis', got ${describeValue(encoding)}`,
    );
  }
  return name;
}

function transportHint(options: DecodeOptions, caller: string, diagnostics: Diagnostic[]): string | null {
  if (typeof options !== 'object' || options === null)
    throw new TypeError(`${caller}: options must be an object, got ${describeValue(options)}`);
  const named = checkEncodingOption(options.encoding, caller);
  if (named !== undefined) return named;
  if (options.contentType === undefined) return null;
  if (typeof options.contentType !== 'string')
    throw new TypeError(`${caller}: options.contentType must be a string, got ${describeValue(options.contentType)}`);
  const label = charsetParameter(options.contentType);
  if (label === null) return null;
  const name = labelToName(label);
  if (name === null) {
    diagnostics.push({
      code: 'unknown-encoding',
      severity: 'info',
      message: `The Content-Type charset "${label.slice(0, 40)}" names no encoding; it was ignored.`,
      start: 0,
      end: 0,
    });
  }
  return name;
}

/** An `invalid-encoding` warning counting the U+FFFD in `text`, from the first to the last. */
function replacementDiagnostics(text: string, encoding: string): Diagnostic[] {
  let count = 0;
  let first = -1;
  let last = -1;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    if (first === -1) first = at;
    last = at;
    count++;
  }
  if (count === 0) return [];
  return [
    {
      code: 'invalid-encoding',
      severity: 'warning',
      message: `The document is not valid ${encoding}: ${count} replacement character${count === 1 ? '' : 's'} (U+FFFD) stand for bytes that could not be decoded, the first at offset ${first}.`,
      start: first,
      end: last + 1,
    },
  ];
}
