import { decodeHTML } from 'entities';
import { findRawTextEnd, type ParsedTag, parseAttributes, RAW_TEXT_ELEMENTS, readTagAt } from '../../kit/index.js';
import { resolveUrl } from '../../links/index.js';
import type { Diagnostic } from '../../schema/index.js';
import { BlockWriter } from './block-writer.js';
import { escapeInline, escapeLineStart, linkDestination } from './escape-markdown.js';
import { InlineWriter } from './inline-writer.js';
import { TableBuffer } from './table-buffer.js';

/**
 * One stretch of the page that the caller writes itself (an embed), with the records it holds.
 *
 * @example
 * const stretch: MarkdownStretch = { start: 120, end: 480, records: [0] };
 */
interface MarkdownStretch {
  /** Offset of its first character in the HTML. */
  start: number;
  /** Offset just past it. */
  end: number;
  /** Indices of the records it holds. */
  records: number[];
}

/**
 * A block of Markdown the caller puts in a stretch's place, and the records placed on it.
 *
 * @example
 * const block: MarkdownBlock = { text: '> Hi\n>\n> — Jane (@jane)', records: [0] };
 */
interface MarkdownBlock {
  /** The block's Markdown (lines separated by `\n`, no trailing line break); `''` places the records without writing. */
  text: string;
  /** Indices of the records whose placement this block is. */
  records: number[];
}

/**
 * How an HTML page is written as Markdown.
 *
 * @example
 * const options: HtmlMarkdownOptions = { baseUrl: 'https://news.example/story', stretches: [], recordCount: 0, blocksFor: () => [] };
 */
export interface HtmlMarkdownOptions {
  /** The absolute URL relative links and images are resolved against, or null to keep them as written. */
  baseUrl: string | null;
  /** Sorted, disjoint stretches written by `blocksFor` instead of from their markup. */
  stretches: readonly MarkdownStretch[];
  /** How many records there are (the length of `placements`). */
  recordCount: number;
  /** The blocks that stand for a stretch (none: its records are placed where it was cut). */
  blocksFor: (stretch: MarkdownStretch) => MarkdownBlock[];
}

/**
 * The Markdown of a page, where each record's block landed in it, and what was written flat.
 *
 * @example
 * const written: HtmlMarkdown = { output: 'Hello\n', placements: [], diagnostics: [] };
 */
export interface HtmlMarkdown {
  /** The Markdown, ending with a line break unless empty. */
  output: string;
  /** Per record: `output.slice(start, end)` is its block (empty where it was removed). */
  placements: { start: number; end: number }[];
  /** A `truncated` warning when nesting past the limits was written flat. */
  diagnostics: Diagnostic[];
}

/** Blockquotes nested deeper than this are written as plain paragraphs inside the deepest. */
export const MAX_QUOTE_DEPTH = 8;
/** Lists nested deeper than this are written as plain paragraphs inside the deepest item. */
export const MAX_LIST_DEPTH = 8;
/** Elements open at once beyond this are read as text only (their tags are ignored). */
const MAX_OPEN_ELEMENTS = 1024;
/** How far down the open elements an end tag looks for its element (a stray end tag is ignored). */
const CLOSE_SEARCH = 32;

/** Elements whose content is not part of the article's text: raw text (scripts, styles, iframes…), script fallbacks, templates, graphics, form widgets. */
const SKIPPED: ReadonlySet<string> = new Set([...RAW_TEXT_ELEMENTS, 'noscript', 'template', 'svg', 'math', 'select', 'object']);
/** Foreign roots, which `/>` closes. */
const FOREIGN = new Set(['svg', 'math']);
/** Elements whose edges are paragraph breaks. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'legend',
  'main',
  'nav',
  'p',
  'search',
  'section',
  'summary',
  'amp-twitter',
  'amp-instagram',
  'tbody',
  'thead',
  'tfoot',
]);
const MARKS = new Map([
  ['em', '*'],
  ['i', '*'],
  ['cite', '*'],
  ['dfn', '*'],
  ['var', '*'],
  ['strong', '**'],
  ['b', '**'],
  ['del', '~~'],
  ['s', '~~'],
  ['strike', '~~'],
]);
const CODE = new Set(['code', 'kbd', 'samp', 'tt']);
const HEADINGS = new Map([
  ['h1', 1],
  ['h2', 2],
  ['h3', 3],
  ['h4', 4],
  ['h5', 5],
  ['h6', 6],
]);
/** Elements a GFM table cell cannot hold: the table is written as paragraphs instead. */
const NOT_IN_CELLS = new Set(['blockquote', 'ul', 'ol', 'menu', 'li', 'pre', 'hr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

type Kind = 'plain' | 'block' | 'heading' | 'container' | 'mark' | 'code' | 'pre' | 'table' | 'row' | 'cell' | 'caption';

interface Entry {
  name: string;
  kind: Kind;
  /** For a container: how many containers were open before it. */
  level: number;
}

interface TableState {
  cells: TableBuffer;
  grid: boolean;
  depth: number;
}

/**
 * Writes an HTML page as Markdown in one pass over its tags (the kit's tag reader; no recursion,
 * no DOM): headings, paragraphs, hard breaks, links and images (resolved against `baseUrl`),
 * nested lists, emphasis, strong, strikethrough, code spans and fenced `pre` blocks,
 * blockquotes, rules, and tables as GFM tables (as paragraphs when a cell holds blocks). Scripts,
 * styles, `noscript`, `template`, `iframe` and `svg` content is dropped. Text is escaped so it
 * reads back as the same text. Each stretch (an embed) is replaced by the blocks `blocksFor`
 * returns. Linear in the page: each tag is read once, an end tag looks at most 32 elements down,
 * and nesting past {@link MAX_QUOTE_DEPTH} quotes or {@link MAX_LIST_DEPTH} lists is written flat
 * with a `truncated` warning. Never throws on any string.
 *
 * @example
 * htmlToMarkdown('<h2>Polls</h2><p>Turnout was <b>41%</b>, <a href="/results">see results</a>.</p>', {
 *   baseUrl: 'https://news.example/story', stretches: [], recordCount: 0, blocksFor: () => [],
 * }).output;
 * // '## Polls\n\nTurnout was **41%**, [see results](https://news.example/results).\n'
 */
export function htmlToMarkdown(html: string, options: HtmlMarkdownOptions): HtmlMarkdown {
  const { baseUrl, stretches, blocksFor } = options;
  const blocks = new BlockWriter();
  const inline = new InlineWriter();
  const placements = Array.from({ length: options.recordCount }, () => ({ start: 0, end: 0 }));
  const diagnostics: Diagnostic[] = [];
  const stack: Entry[] = [];
  let heading = 0;
  let pre = null as string[] | null;
  let preLanguage = '';
  let preDepth = 0;
  let table = null as TableState | null;

  const truncated = (at: number, what: string): void => {
    if (diagnostics.length > 0) return;
    diagnostics.push({
      code: 'truncated',
      severity: 'warning',
      message: `Markdown output: ${what}; what is deeper is written flat.`,
      start: at,
      end: at,
    });
  };

  const writeParagraph = (text: string): void => {
    if (text.trim() === '') return;
    blocks.write(text.split('\n').map(escapeLineStart));
  };
  const inGrid = (): boolean => table?.grid === true;
  /** A block boundary: a paragraph break, or a space inside a heading or a table cell. */
  const boundary = (): void => {
    if (pre !== null) return;
    if (heading > 0 || inGrid()) inline.space();
    else writeParagraph(inline.take());
  };
  const writeHeading = (): void => {
    const text = inline.take().replace(/\\\n/g, ' ').trim();
    const level = heading;
    heading = 0;
    // A closing run of `#` would be read as the heading's closing sequence.
    if (text !== '') blocks.write([`${'#'.repeat(level)} ${text.endsWith('#') ? `${text.slice(0, -1)}\\#` : text}`]);
  };
  const endPre = (): void => {
    if (pre === null) return;
    const content = pre.join('').replace(/\r\n?/g, '\n').replace(/^\n/, '').replace(/\s+$/, '');
    pre = null;
    preDepth = 0;
    if (content.trim() === '') return;
    let longest = 0;
    let run = 0;
    for (let k = 0; k < content.length; k++) {
      run = content.charCodeAt(k) === 0x60 ? run + 1 : 0;
      if (run > longest) longest = run;
    }
    const fence = '`'.repeat(Math.max(3, longest + 1));
    blocks.write([`${fence}${preLanguage}`, ...content.split('\n'), fence]);
  };
  const endCell = (): void => {
    if (table === null || !table.cells.inCell) return;
    table.cells.inCell = false;
    table.cells.addCell(inline.take().replace(/\\\n/g, ' ').trim());
  };
  /** Gives up the GFM table: what was read is written as paragraphs, the rest as blocks. */
  const flattenTable = (): void => {
    if (table === null || !table.grid) return;
    table.grid = false;
    const open = table.cells.inCell;
    table.cells.inCell = false;
    if (table.cells.caption !== '') writeParagraph(table.cells.caption);
    // The open cell's text stays in the inline writer and becomes the next paragraph.
    const pending = open ? inline.take() : '';
    for (const cell of table.cells.drain()) writeParagraph(cell);
    if (pending !== '') writeParagraph(pending);
  };
  const writeTable = (state: TableState): void => {
    endCell();
    if (state.cells.caption !== '') writeParagraph(state.cells.caption);
    const lines = state.cells.lines();
    if (lines !== null) blocks.write(lines);
    else for (const cell of state.cells.drain()) writeParagraph(cell);
  };

  const closeEntry = (entry: Entry): void => {
    switch (entry.kind) {
      case 'block':
        boundary();
        break;
      case 'heading':
        if (heading > 0) writeHeading();
        break;
      case 'container':
        boundary();
        while (blocks.depth > entry.level) blocks.close();
        break;
      case 'mark':
        inline.close();
        break;
      case 'code':
        inline.endCode();
        break;
      case 'pre':
        endPre();
        break;
      case 'table':
        if (table === null) break;
        table.depth--;
        if (table.depth > 0) boundary();
        else {
          const state = table;
          if (state.grid) writeTable(state);
          else boundary();
          table = null;
        }
        break;
      case 'row':
      case 'cell':
        if (inGrid()) {
          endCell();
          if (entry.kind === 'row') table?.cells.endRow();
        } else boundary();
        break;
      case 'caption':
        if (table?.grid) table.cells.caption = inline.take().replace(/\\\n/g, ' ').trim();
        else boundary();
        break;
      default:
        break;
    }
  };
  const popTo = (index: number): void => {
    while (stack.length > index) closeEntry(stack.pop() as Entry);
  };
  /** The index of the nearest open element named in `names` before one named in `stops`, or -1. */
  const findOpen = (names: ReadonlySet<string>, stops: ReadonlySet<string>): number => {
    const floor = Math.max(0, stack.length - CLOSE_SEARCH);
    for (let k = stack.length - 1; k >= floor; k--) {
      const name = (stack[k] as Entry).name;
      if (names.has(name)) return k;
      if (stops.has(name)) return -1;
    }
    return -1;
  };
  const push = (name: string, kind: Kind, level = 0): void => {
    stack.push({ name, kind, level });
  };

  const resolve = (written: string): string => {
    const url = written.trim().replace(/[\t\n\r]/g, '');
    if (baseUrl !== null) return resolveUrl(url, baseUrl) ?? url;
    return url.startsWith('//') ? `https:${url}` : url;
  };

  const openTag = (tag: ParsedTag, lt: number): void => {
    const name = tag.name;
    if (name === 'br') {
      if (heading > 0 || inGrid()) inline.space();
      else if (inline.lineBreak()) boundary();
      return;
    }
    if (name === 'img') {
      const attributes = parseAttributes(html.slice(lt, tag.end));
      let src = '';
      for (const key of ['src', 'data-src', 'data-lazy-src', 'data-original']) {
        const value = attributes.get(key)?.trim() ?? '';
        if (value !== '' && !/^data:/i.test(value)) {
          src = value;
          break;
        }
      }
      const alt = (attributes.get('alt') ?? '').replace(/\s+/g, ' ').trim();
      if (src !== '') inline.markup(`![${escapeInline(alt)}](${linkDestination(resolve(src))})`);
      else if (alt !== '') inline.text(alt);
      return;
    }
    if (inGrid() && NOT_IN_CELLS.has(name)) flattenTable();
    if (name === 'hr') {
      if (heading > 0) {
        inline.space();
        return;
      }
      boundary();
      blocks.write(['---']);
      return;
    }
    // `<a/>`, `<em/>`: HTML ignores the slash, but an inline element that never closes would cover the rest.
    if (tag.selfClosing && !BLOCKS.has(name)) return;
    if (stack.length >= MAX_OPEN_ELEMENTS) {
      truncated(lt, `more than ${MAX_OPEN_ELEMENTS} elements open at once`);
      if (BLOCKS.has(name)) boundary();
      return;
    }
    // A block start closes an open `<p>`, as in HTML.
    if (stack[stack.length - 1]?.name === 'p' && (BLOCKS.has(name) || HEADINGS.has(name) || NOT_IN_CELLS.has(name)))
      popTo(stack.length - 1);

    const mark = MARKS.get(name);
    if (mark !== undefined) {
      if (inline.has(mark)) push(name, 'plain');
      else {
        inline.open(mark, mark);
        push(name, 'mark');
      }
      return;
    }
    if (name === 'a') {
      const href = parseAttributes(html.slice(lt, tag.end)).get('href')?.trim() ?? '';
      if (href === '' || /^javascript:/i.test(href) || inline.has('[')) push(name, 'plain');
      else {
        inline.open('[', `](${linkDestination(resolve(href))})`);
        push(name, 'mark');
      }
      return;
    }
    if (CODE.has(name)) {
      inline.beginCode();
      push(name, 'code');
      return;
    }
    const level = HEADINGS.get(name);
    if (level !== undefined) {
      if (heading > 0) {
        push(name, 'plain');
        return;
      }
      boundary();
      heading = level;
      push(name, 'heading');
      return;
    }
    if (heading > 0) {
      // Blocks inside a heading are read as its words.
      if (BLOCKS.has(name) || NOT_IN_CELLS.has(name)) inline.space();
      return;
    }
    switch (name) {
      case 'blockquote':
        boundary();
        if (blocks.quoteDepth >= MAX_QUOTE_DEPTH) {
          truncated(lt, `blockquotes nested deeper than ${MAX_QUOTE_DEPTH}`);
          push(name, 'block');
        } else {
          push(name, 'container', blocks.depth);
          blocks.openQuote();
        }
        return;
      case 'ul':
      case 'ol':
      case 'menu': {
        boundary();
        if (blocks.listDepth >= MAX_LIST_DEPTH) {
          truncated(lt, `lists nested deeper than ${MAX_LIST_DEPTH}`);
          push(name, 'block');
          return;
        }
        const start = name === 'ol' ? Number.parseInt(parseAttributes(html.slice(lt, tag.end)).get('start') ?? '1', 10) : 1;
        push(name, 'container', blocks.depth);
        blocks.openList(name === 'ol', Number.isSafeInteger(start) && start >= 0 && start < 1e9 ? start : 1);
        return;
      }
      case 'li': {
        const open = findOpen(ITEM, LISTS);
        if (open !== -1) popTo(open);
        boundary();
        if (blocks.top === 'list') {
          push(name, 'container', blocks.depth);
          blocks.openItem();
        } else push(name, 'block');
        return;
      }
      case 'pre':
      case 'listing':
        boundary();
        if (pre === null) {
          pre = [];
          const attributes = parseAttributes(html.slice(lt, tag.end));
          preLanguage = /(?:^|\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,32})(?:\s|$)/.exec(attributes.get('class') ?? '')?.[1] ?? '';
        }
        preDepth++;
        push(name, 'pre');
        return;
      case 'table':
        if (table === null) {
          boundary();
          table = { cells: new TableBuffer(), grid: true, depth: 1 };
        } else {
          table.depth++;
          boundary();
        }
        push(name, 'table');
        return;
      case 'tr': {
        const open = findOpen(ROW, TABLE);
        if (open !== -1) popTo(open);
        if (inGrid()) {
          endCell();
          table?.cells.startRow();
        } else boundary();
        push(name, 'row');
        return;
      }
      case 'td':
      case 'th': {
        const open = findOpen(CELL, ROW_OR_TABLE);
        if (open !== -1) popTo(open);
        if (inGrid() && table !== null) {
          endCell();
          table.cells.inCell = true;
        } else boundary();
        push(name, 'cell');
        return;
      }
      case 'caption':
        if (inGrid()) endCell();
        boundary();
        push(name, 'caption');
        return;
      default:
        if (BLOCKS.has(name)) {
          if (name === 'p') {
            const open = findOpen(P, P_STOPS);
            if (open !== -1) popTo(open);
          }
          boundary();
          push(name, 'block');
        }
    }
  };

  const closeTag = (name: string): void => {
    if (name === 'br') {
      // `</br>` is read as `<br>` by browsers.
      if (heading === 0 && !inGrid() && inline.lineBreak()) boundary();
      return;
    }
    const floor = Math.max(0, stack.length - CLOSE_SEARCH);
    for (let k = stack.length - 1; k >= floor; k--) {
      if ((stack[k] as Entry).name === name) {
        popTo(k);
        return;
      }
    }
  };

  const text = (from: number, to: number): void => {
    const raw = html.slice(from, to);
    const decoded = raw.includes('&') ? decodeHTML(raw) : raw;
    if (pre !== null) pre.push(decoded);
    else inline.text(decoded);
  };

  const writeStretch = (stretch: MarkdownStretch): void => {
    endPre();
    flattenTable();
    if (heading > 0) writeHeading();
    writeParagraph(inline.take());
    const pieces = blocksFor(stretch);
    if (pieces.length === 0) place(placements, stretch.records, blocks.textEnd, blocks.textEnd);
    for (const piece of pieces) {
      if (piece.text === '') place(placements, piece.records, blocks.textEnd, blocks.textEnd);
      else {
        const range = blocks.write(piece.text.split('\n'));
        place(placements, piece.records, range.start, range.end);
      }
    }
  };

  let next = 0;
  let i = 0;
  while (i < html.length) {
    const stretch = stretches[next];
    if (stretch !== undefined && stretch.start <= i) {
      writeStretch(stretch);
      next++;
      i = Math.max(i, stretch.end);
      continue;
    }
    const lt = html.indexOf('<', i);
    const textEnd = Math.min(lt === -1 ? html.length : lt, stretch === undefined ? html.length : stretch.start);
    if (textEnd > i) {
      text(i, textEnd);
      i = textEnd;
      continue;
    }
    const tag = readTagAt(html, lt);
    if (tag === null) {
      text(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (tag.kind === 'other') continue;
    if (pre !== null) {
      // Inside `pre` only line breaks and the end of the block count; the rest is read as text.
      if (tag.name === 'br') pre.push('\n');
      else if (tag.kind === 'open' && (tag.name === 'pre' || tag.name === 'listing')) preDepth++;
      else if (tag.kind === 'close' && (tag.name === 'pre' || tag.name === 'listing') && --preDepth === 0) closeTag(tag.name);
      else if (tag.kind === 'open' && SKIPPED.has(tag.name) && !tag.selfClosing) i = findRawTextEnd(html, tag.end, tag.name).end;
      continue;
    }
    if (tag.kind === 'open') {
      if (SKIPPED.has(tag.name)) {
        if (!(tag.selfClosing && FOREIGN.has(tag.name))) i = findRawTextEnd(html, tag.end, tag.name).end;
        continue;
      }
      openTag(tag, lt);
    } else closeTag(tag.name);
  }
  for (; next < stretches.length; next++) writeStretch(stretches[next] as MarkdownStretch);
  popTo(0);
  endPre();
  if (heading > 0) writeHeading();
  writeParagraph(inline.take());
  return { output: blocks.output(), placements, diagnostics };
}

const ITEM = new Set(['li']);
const LISTS = new Set(['ul', 'ol', 'menu']);
const ROW = new Set(['tr']);
const TABLE = new Set(['table']);
const CELL = new Set(['td', 'th']);
const ROW_OR_TABLE = new Set(['tr', 'table']);
const P = new Set(['p']);
const P_STOPS = new Set(['blockquote', 'li', 'td', 'th', 'div', 'section', 'article']);

function place(placements: { start: number; end: number }[], records: readonly number[], start: number, end: number): void {
  for (const record of records) {
    const placement = placements[record];
    if (placement !== undefined) {
      placement.start = start;
      placement.end = end;
    }
  }
}
