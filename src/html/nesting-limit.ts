import { findRawTextEnd, RAW_TEXT_ELEMENTS, readTagAt, VOID_ELEMENTS } from '../kit/index.js';

/**
 * How deep an embed's markup may nest before it is taken as hostile. Real embeds nest a dozen or
 * so levels; htmlparser2 keeps its open-element stack with `unshift`, so every level costs the
 * depth again and 50,000 unclosed `<div>`s in one fragment would take seconds.
 */
export const MAX_FRAGMENT_DEPTH = 256;

/** Elements that a start tag of the same name closes implicitly (`<p>a<p>b` are siblings). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);
/** Foreign content, where `/>` closes an element as in XML. */
const FOREIGN_ROOTS = new Set(['svg', 'math']);
/** How far down the stack an end tag looks for its element (a stray end tag is ignored). */
const CLOSE_SEARCH = 16;

/**
 * The offset of the first tag in `html[start, end)` that opens an element deeper than `maxDepth`,
 * or `end` when none does. The depth model follows the parser's closely enough: void elements and
 * raw-text content never nest, a `<p>`, `<li>`, `<td>` … closes an open sibling of its name, an
 * end tag closes up to its element when that is near the top of the stack, and `/>` closes only
 * inside `<svg>`/`<math>`. Linear: each tag is read once and the stack never exceeds `maxDepth`.
 *
 * @example
 * depthLimitedEnd('<div><div><div>x', 0, 16, 2); // 10: the third <div> is one level too deep
 */
export function depthLimitedEnd(html: string, start: number, end: number, maxDepth = MAX_FRAGMENT_DEPTH): number {
  const stack: string[] = [];
  let foreign = 0;
  let lt = html.indexOf('<', start);
  while (lt !== -1 && lt < end) {
    const tag = readTagAt(html, lt);
    let next = lt + 1;
    if (tag !== null) {
      next = tag.end;
      if (tag.kind === 'open' && !VOID_ELEMENTS.has(tag.name)) {
        if (RAW_TEXT_ELEMENTS.has(tag.name) && !tag.selfClosing) {
          next = findRawTextEnd(html, tag.end, tag.name).end;
        } else if (!(tag.selfClosing && foreign > 0)) {
          if (SELF_CLOSING_SIBLINGS.has(tag.name) && stack[stack.length - 1] === tag.name) stack.pop();
          if (stack.length >= maxDepth) return lt;
          stack.push(tag.name);
          if (FOREIGN_ROOTS.has(tag.name)) foreign++;
        }
      } else if (tag.kind === 'close') {
        const floor = Math.max(0, stack.length - CLOSE_SEARCH);
        for (let k = stack.length - 1; k >= floor; k--) {
          if (stack[k] !== tag.name) continue;
          for (let popped = stack.length - 1; popped >= k; popped--) if (FOREIGN_ROOTS.has(stack[popped] ?? '')) foreign--;
          stack.length = k;
          break;
        }
      }
    }
    lt = html.indexOf('<', next);
  }
  return end;
}
