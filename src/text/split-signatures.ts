import type { Diagnostic } from '../schema/diagnostic.js';
import { trimStart } from './characters.js';
import type { LineTable } from './line-table.js';
import type { Signature } from './signature-scanner.js';

/** Signatures with the posts that continue after them joined in, and where each post ends. */
export interface JoinedSignatures {
  /** The signatures left, in document order. */
  signatures: Signature[];
  /** Where each one's body begins. */
  starts: number[];
  /** For each one, where the part of its post after the signature ends (`signature.end` when none). */
  continuations: number[];
}

/**
 * Joins the scraper artifact that writes a post's signature after its first line and the rest of
 * the post below it: when a signature ends its line and the very next line (no blank line between)
 * opens the body of a post without a signature (an `unsigned` one, found by its media link), that
 * body is the rest of the signed post, not a post of its own. The unsigned post is dropped and the
 * signed one continues to its end. Linear: one pass over the signatures.
 *
 * @example
 * // 'First line.\n— A (@a) May 1, 2024\nThe rest. pic.twitter.com/x1'
 * // → one signature, continued to the end of 'pic.twitter.com/x1'
 */
export function joinSplitSignatures(text: string, lines: LineTable, signatures: readonly Signature[], starts: readonly number[]): JoinedSignatures {
  const joined: JoinedSignatures = { signatures: [], starts: [], continuations: [] };
  for (let i = 0; i < signatures.length; i++) {
    const signature = signatures[i] as Signature;
    const next = signatures[i + 1];
    const nextStart = starts[i + 1];
    joined.signatures.push(signature);
    joined.starts.push(starts[i] ?? signature.start);
    if (next !== undefined && nextStart !== undefined && signature.markup === 'signature' && next.markup === 'unsigned' && continuesBelow(text, lines, signature, nextStart)) {
      joined.continuations.push(next.end);
      i++;
    } else {
      joined.continuations.push(signature.end);
    }
  }
  return joined;
}

/** Whether the signature ends its line and `bodyStart` opens the line right below it. */
function continuesBelow(text: string, lines: LineTable, signature: Signature, bodyStart: number): boolean {
  const line = lines.lineAt(signature.end);
  const lineEnd = lines.ends[line] ?? 0;
  if (trimStart(text, signature.end, lineEnd) < lineEnd) return false;
  const below = line + 1;
  return lines.starts[below] !== undefined && lines.lineAt(bodyStart) === below && trimStart(text, lines.starts[below] ?? 0, bodyStart) === bodyStart;
}

/**
 * The info diagnostic of a post whose text continues after its signature (the scraper wrote the
 * signature after the post's first line): the record's text joins both parts.
 *
 * @example
 * splitSignatureDiagnostic(signature, 0, 120).code; // 'split-signature'
 */
export function splitSignatureDiagnostic(signature: Signature, bodyStart: number, postEnd: number): Diagnostic {
  return {
    code: 'split-signature',
    severity: 'info',
    message: `The signature of ${signature.handle === null ? (signature.name ?? 'a post') : `@${signature.handle}`} stands inside its post (after the first part, the rest below it); the record's text joins both parts.`,
    start: bodyStart,
    end: postEnd,
  };
}
