import type { Diagnostic } from '../schema/index.js';
import { trimEnd, trimStart, wordStart } from '../kit/index.js';
import { lineAt, type LineTable } from './line-table.js';
import { startsMediaLink } from './post-length.js';
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
 * signed one continues to its end. When that next line opens the body of a signed post instead,
 * and a line of that body before its last ends with a media link (which ends a tweet's text), the
 * lines down to it are the rest of the post above, and the next body begins below them. Linear:
 * one pass over the signatures, each line of a body read once.
 *
 * @example
 * // 'First line.\n— A (@a) May 1, 2024\nThe rest. pic.twitter.com/x1'
 * // → one signature, continued to the end of 'pic.twitter.com/x1'
 */
export function joinSplitSignatures(
  text: string,
  lines: LineTable,
  signatures: readonly Signature[],
  starts: readonly number[],
): JoinedSignatures {
  const joined: JoinedSignatures = { signatures: [], starts: [], continuations: [] };
  // A start moved down when the lines above it went to the previous post.
  let movedStart: number | null = null;
  for (let i = 0; i < signatures.length; i++) {
    const signature = signatures[i] as Signature;
    const next = signatures[i + 1];
    const nextStart = starts[i + 1];
    joined.signatures.push(signature);
    joined.starts.push(movedStart ?? starts[i] ?? signature.start);
    movedStart = null;
    if (
      next === undefined ||
      nextStart === undefined ||
      signature.markup !== 'signature' ||
      !continuesBelow(text, lines, signature, nextStart)
    ) {
      joined.continuations.push(signature.end);
    } else if (next.markup === 'unsigned') {
      joined.continuations.push(next.end);
      i++;
    } else {
      // The next body opens right below and holds a line ending in a media link before its own
      // last line: a tweet's media link ends its text, so the lines down to it are this post's rest.
      const nextLine = lineAt(lines, next.start);
      // The next post's own last line (the one above its signature, when that opens its line) is not looked at.
      const opensLine = trimStart(text, lines.starts[nextLine] ?? 0, next.start) === next.start;
      const split = lastMediaLinkLine(text, lines, lineAt(lines, nextStart), opensLine ? nextLine - 1 : nextLine);
      if (split === null) {
        joined.continuations.push(signature.end);
      } else {
        joined.continuations.push(trimEnd(text, lines.starts[split] ?? 0, lines.ends[split] ?? 0));
        const below = split + 1;
        movedStart = trimStart(
          text,
          lines.starts[below] ?? next.start,
          below === lineAt(lines, next.start) ? next.start : (lines.ends[below] ?? next.start),
        );
      }
    }
  }
  return joined;
}

/**
 * The last line in `[first, last)` that ends with a tweet's media link, all of them non-blank;
 * null when none does (or a blank line comes first).
 */
function lastMediaLinkLine(text: string, lines: LineTable, first: number, last: number): number | null {
  let found: number | null = null;
  for (let line = first; line < last; line++) {
    if (lines.blank[line] === true) return null;
    const start = lines.starts[line] ?? 0;
    const end = trimEnd(text, start, lines.ends[line] ?? 0);
    const token = wordStart(text, start, end);
    if (end - token > 'pic.x.com/'.length && startsMediaLink(text, token)) found = line;
  }
  return found;
}

/** Whether the signature ends its line and `bodyStart` opens the line right below it. */
function continuesBelow(text: string, lines: LineTable, signature: Signature, bodyStart: number): boolean {
  const line = lineAt(lines, signature.end);
  const lineEnd = lines.ends[line] ?? 0;
  if (trimStart(text, signature.end, lineEnd) < lineEnd) return false;
  const below = line + 1;
  return (
    lines.starts[below] !== undefined &&
    lineAt(lines, bodyStart) === below &&
    trimStart(text, lines.starts[below] ?? 0, bodyStart) === bodyStart
  );
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
