import { parseAttributes } from '../kit/index.js';

/** The longest refresh target read, in characters; anything longer is not a redirect we follow. */
const MAX_TARGET = 4096;

/**
 * Options of {@link readRefreshTarget}.
 *
 * @example
 * const options: RefreshOptions = { scripts: false };
 */
export interface RefreshOptions {
  /** Also read script redirects (`location.replace(…)`, …). Default true. */
  scripts?: boolean;
  /** The longest meta refresh delay that counts as a redirect, in seconds. Default 5. */
  maxDelaySeconds?: number;
}

/**
 * The target of a client-side redirect in an HTML page, as written (possibly relative), or null.
 * Reads `<meta http-equiv="refresh" content="0;URL=…">` (delay up to `maxDelaySeconds`) and the
 * script forms `location.replace("…")`, `location.assign("…")`, `location.href = "…"`,
 * `window.location = "…"` and `document.location = "…"`; the first one in the page wins. Linear
 * time: only `indexOf` scans and bounded loops, no backtracking regular expression, so a hostile
 * page cannot stall it.
 *
 * @example
 * readRefreshTarget('<meta http-equiv="refresh" content="0;URL=https://example.com/a">'); // 'https://example.com/a'
 * readRefreshTarget('<script>location.replace("https:\\/\\/example.com\\/b")</script>'); // 'https://example.com/b'
 */
export function readRefreshTarget(html: string, options: RefreshOptions = {}): string | null {
  const lower = html.toLowerCase();
  const meta = readMetaRefresh(html, lower, options.maxDelaySeconds ?? 5);
  const script = options.scripts === false ? null : readScriptLocation(html, lower);
  if (meta === null) return script?.target ?? null;
  if (script === null) return meta.target;
  return meta.at <= script.at ? meta.target : script.target;
}

interface Found {
  at: number;
  target: string;
}

function readMetaRefresh(html: string, lower: string, maxDelaySeconds: number): Found | null {
  let from = 0;
  for (;;) {
    const at = lower.indexOf('<meta', from);
    if (at === -1) return null;
    const end = lower.indexOf('>', at);
    if (end === -1) return null;
    const attributes = parseAttributes(html.slice(at, end + 1));
    from = end + 1;
    if (attributes.get('http-equiv')?.trim().toLowerCase() !== 'refresh') continue;
    const content = attributes.get('content');
    if (content === undefined) continue;
    const target = refreshContentTarget(content, maxDelaySeconds);
    if (target !== null) return { at, target };
  }
}

/** `0;URL=https://…`, `0; url='…'`, `5;https://…` → the URL part, when the delay is short enough. */
function refreshContentTarget(content: string, maxDelaySeconds: number): string | null {
  const semicolon = content.search(/[;,]/);
  if (semicolon === -1) return null;
  const delay = Number.parseFloat(content.slice(0, semicolon).trim() || '0');
  if (!(delay <= maxDelaySeconds)) return null;
  let rest = content.slice(semicolon + 1).trim();
  if (rest.slice(0, 3).toLowerCase() === 'url') {
    const afterName = rest.slice(3).trimStart();
    if (afterName.startsWith('=')) rest = afterName.slice(1).trim();
  }
  const first = rest[0];
  if (first === '"' || first === "'") {
    const close = rest.indexOf(first, 1);
    rest = rest.slice(1, close === -1 ? rest.length : close);
  }
  rest = rest.trim();
  return rest === '' || rest.length > MAX_TARGET ? null : rest;
}

/** After `location`: `.replace(`, `.assign(`, `.href =`, or ` =`. */
function readScriptLocation(html: string, lower: string): Found | null {
  let from = 0;
  for (;;) {
    const at = lower.indexOf('location', from);
    if (at === -1) return null;
    from = at + 8;
    let i = skipSpaces(lower, at + 8);
    if (lower.startsWith('.replace', i) || lower.startsWith('.assign', i)) {
      i = skipSpaces(lower, i + (lower.startsWith('.replace', i) ? 8 : 7));
      if (lower[i] !== '(') continue;
      i = skipSpaces(lower, i + 1);
    } else {
      if (lower.startsWith('.href', i)) i = skipSpaces(lower, i + 5);
      if (lower[i] !== '=' || lower[i + 1] === '=') continue;
      i = skipSpaces(lower, i + 1);
    }
    const read = readJsString(html, i);
    if (read.value !== null) return { at, target: read.value };
    // Resume after the unreadable literal, so every character is scanned a bounded number of times.
    from = Math.max(from, read.end);
  }
}

/** A JavaScript string literal starting at `start` (quote included), unescaped; `end` is where reading stopped. */
function readJsString(text: string, start: number): { value: string | null; end: number } {
  const quote = text[start];
  if (quote !== '"' && quote !== "'") return { value: null, end: start };
  let out = '';
  const limit = Math.min(text.length, start + 1 + MAX_TARGET * 2);
  for (let i = start + 1; i < limit; i++) {
    const c = text[i];
    if (c === quote) return { value: out.trim() === '' ? null : out.trim(), end: i };
    if (c === '\n' || c === '\r') return { value: null, end: i };
    if (c === '\\') {
      const next = text[i + 1];
      if (next === 'x' || next === 'u') {
        const width = next === 'x' ? 2 : 4;
        const hex = text.slice(i + 2, i + 2 + width);
        if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === width) {
          out += String.fromCharCode(Number.parseInt(hex, 16));
          i += 1 + width;
          continue;
        }
      }
      if (next !== undefined) out += next;
      i++;
      continue;
    }
    out += c;
  }
  return { value: null, end: limit };
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}
