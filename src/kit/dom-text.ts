import type { AnyNode } from 'domhandler';
import { collapseWhitespace } from './characters.js';
import { BLOCK_ELEMENTS } from './element-kinds.js';

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe']);

/**
 * The text of DOM nodes as a reader sees it: entities already decoded by the parser, `<br>` and
 * block boundaries as whitespace, all whitespace collapsed and trimmed, and no space invented
 * between inline elements. Iterative, so deep nesting cannot overflow the stack.
 *
 * @example
 * // <p>Hi<br>there <a>@jane</a>!</p> → 'Hi there @jane!'
 */
export function textOf(nodes: readonly AnyNode[]): string {
  const parts: string[] = [];
  const stack: (AnyNode | typeof BREAK)[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === BREAK) {
      parts.push(' ');
      continue;
    }
    if (node.type === 'text') {
      parts.push((node as AnyNode & { data: string }).data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const element = node as AnyNode & { name: string; children: AnyNode[] };
    if (SKIP.has(element.name)) continue;
    if (element.name === 'br') {
      parts.push(' ');
      continue;
    }
    const block = BLOCK_ELEMENTS.has(element.name);
    if (block) stack.push(BREAK);
    for (let k = element.children.length - 1; k >= 0; k--) stack.push(element.children[k] as AnyNode);
    if (block) parts.push(' ');
  }
  return collapseWhitespace(parts.join(''));
}

const BREAK = Symbol('break');
