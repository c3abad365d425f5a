const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/**
 * Decodes one JSONL line, which must be UTF-8 (RFC 8259): the text, or, when some bytes are not
 * valid UTF-8, an error naming the byte offset of the first invalid sequence in the line, so the
 * line gets an error line rather than records read from mangled text.
 *
 * @example
 * decodeUtf8Line(new TextEncoder().encode('{"text":"café"}')); // { ok: true, text: '{"text":"café"}' }
 * decodeUtf8Line(Uint8Array.of(0x7b, 0xe9, 0x7d)); // { ok: false, error: 'invalid UTF-8 at byte 1 of the line (JSONL is UTF-8; was the file saved as windows-1252?)' }
 */
export function decodeUtf8Line(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return {
      ok: false,
      error: `invalid UTF-8 at byte ${firstInvalidByte(bytes)} of the line (JSONL is UTF-8; was the file saved as windows-1252?)`,
    };
  }
}

/** The byte offset of the first sequence that decoding replaced (a U+FFFD the bytes did not spell out). */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = lenient.decode(bytes);
  let from = 0;
  let offset = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
    offset += encoder.encode(text.slice(from, at)).length;
    from = at;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return offset;
}
