import type { AnyNode, Element } from 'domhandler';

// Element queries for the platform readers. Each is one iterative walk over the nodes given, so
// hostile nesting cannot overflow the stack and thousands of siblings stay linear. (cheerio's
// `find` de-duplicates its roots with a pairwise check: an unclosed embed holding 50,000 sibling
// paragraphs made a single `find` take seconds.)

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Every element among `nodes` and their descendants that passes `test`, in document order.
 *
 * @example
 * // nodes = [<p>a <a href="x">x</a></p>] → elementsWhere(nodes, (e) => 'href' in e.attribs) = [<a>]
 */
export function elementsWhere(nodes: readonly AnyNode[], test: (element: Element) => boolean, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...nodes].reverse();
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (test(node)) found.push(node);
    for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k] as AnyNode);
  }
  return found;
}

/**
 * Every element named `name` among `nodes` and their descendants, in document order.
 *
 * @example
 * // nodes = [<p>a <a>x</a></p>, <a>y</a>] → [<a>x</a>, <a>y</a>]
 */
export function elementsNamed(nodes: readonly AnyNode[], name: string): Element[] {
  return elementsWhere(nodes, (element) => element.name === name);
}

/**
 * The first descendant of `root` (not `root` itself) that passes `test`, in document order, or
 * `null`.
 *
 * @example
 * // <div class="wrap"><blockquote>…</blockquote></div> → firstDescendant(div, (e) => e.name === 'blockquote')
 */
export function firstDescendant(root: Element, test: (element: Element) => boolean): Element | null {
  return elementsWhere(root.children, test, 1)[0] ?? null;
}

/**
 * The direct child elements of `root` named `name`.
 *
 * @example
 * // <blockquote><p>a</p><a>b</a><p>c</p></blockquote> → childElements(quote, 'p') = both <p>
 */
export function childElements(root: Element, name: string): Element[] {
  return root.children.filter((node): node is Element => isElement(node) && node.name === name);
}

/**
 * `nodes` without those in `excluded` (a set, so thousands of each stay linear).
 *
 * @example
 * // without(quote.children, [p1, p2]) → the attribution nodes
 */
export function without(nodes: readonly AnyNode[], excluded: Iterable<AnyNode | null | undefined>): AnyNode[] {
  const skip = new Set<AnyNode | null | undefined>(excluded);
  return nodes.filter((node) => !skip.has(node));
}

/**
 * The outermost elements named `name` inside `root` (not inside another such element, nor inside
 * a nested `blockquote`), in document order.
 *
 * @example
 * // <blockquote><p>a</p><div><p>b<p>c</p></p></div></blockquote> → the first two <p>
 */
export function outermost(root: Element, name: string): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    const element = node as Element;
    if (element.name === name) {
      found.push(element);
      continue;
    }
    if (element.name === 'blockquote') continue;
    for (let k = element.children.length - 1; k >= 0; k--) stack.push(element.children[k] as AnyNode);
  }
  return found;
}
