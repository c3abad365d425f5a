/** The part of the platform's `TextDecoder` used here (typed locally: the parse path has no DOM or Node types). */
interface PlatformTextDecoder {
  decode(bytes: Uint8Array): string;
}

type TextDecoderClass = new (label: string, options?: { fatal?: boolean }) => PlatformTextDecoder;

const { TextDecoder: PlatformDecoder } = globalThis as unknown as { TextDecoder: TextDecoderClass };

/**
 * The Encoding Standard's index-windows-1252 for bytes 0x80–0x9F (the other bytes are Latin-1).
 * Node from 20.18.3 and 22.13 decodes these bytes as Latin-1 controls (nodejs/node#60888), so
 * `’` came out as U+0092; where the platform's decoder is found to do that, these are put right.
 */
const WINDOWS_1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

let latin1Windows1252: boolean | undefined;

/** Whether the platform's windows-1252 decoder gives Latin-1 for 0x80–0x9F (asked once). */
function decodesWindows1252AsLatin1(): boolean {
  latin1Windows1252 ??= new PlatformDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '\u20AC';
  return latin1Windows1252;
}

/**
 * Decodes bytes in a WHATWG encoding with the platform's `TextDecoder` (a byte order mark of that
 * encoding is dropped): `valid` is false when some bytes were not valid and became U+FFFD. Null
 * when the runtime has no decoder for the encoding (a Node built with small ICU lacks the legacy
 * ones). `x-user-defined`, which Node's `TextDecoder` lacks, is decoded here (it is one line of
 * the standard), and so are windows-1252's bytes 0x80–0x9F where the platform gets them wrong.
 *
 * @example
 * decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'windows-1252'); // { text: 'café', valid: true }
 * decodeBytes(new Uint8Array([0xe9]), 'UTF-8'); // { text: '\uFFFD', valid: false }
 */
export function decodeBytes(bytes: Uint8Array, encoding: string): { text: string; valid: boolean } | null {
  if (encoding === 'x-user-defined') return { text: decodeUserDefined(bytes), valid: true };
  let strict: PlatformTextDecoder;
  try {
    strict = new PlatformDecoder(encoding, { fatal: true });
  } catch {
    return null; // RangeError: no such decoder here
  }
  if (encoding === 'windows-1252' && decodesWindows1252AsLatin1()) {
    return { text: strict.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1.charAt(c.charCodeAt(0) - 0x80)), valid: true };
  }
  try {
    return { text: strict.decode(bytes), valid: true };
  } catch {
    return { text: new PlatformDecoder(encoding).decode(bytes), valid: false };
  }
}

/** The Encoding Standard's x-user-defined decoder: ASCII as is, 0x80–0xFF to U+F780–U+F7FF. */
function decodeUserDefined(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte < 0x80 ? byte : 0xf780 + byte - 0x80);
  return text;
}
