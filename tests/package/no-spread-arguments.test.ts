/**
 * Spreading an array into call arguments (`push(...items)`, `splice(0, n, ...items)`,
 * `Math.max(...items)`, `String.fromCharCode(...codes)`) puts every element on the stack: past
 * about 100,000 elements it throws `RangeError: Maximum call stack size exceeded`. In src/ such
 * arrays grow with the input, so the rule holds everywhere: no spread element in the arguments of a
 * call or `new`, and no `.apply(…)`. The one way out is a call whose arguments are bounded by a
 * constant, such as decoding a buffer in fixed-size chunks: the line above it says so in a comment
 * that starts `bounded-arguments:` and names the bound. This test parses every src/**\/*.ts file
 * with the TypeScript compiler and lists each offence as file:line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every .ts file under a folder, recursively. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `name:line` of every spread argument and every `.apply(…)` call in one source text. */
function spreadArguments(name: string, source: string): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const lineOf = (node: ts.Node): number => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const lines = source.split('\n');
  const bounded = (node: ts.Node): boolean => /\/\/ bounded-arguments: \S/.test(lines[lineOf(node) - 2] ?? '');
  const visit = (node: ts.Node): void => {
    if (bounded(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const argument of node.arguments ?? []) {
        if (ts.isSpreadElement(argument)) found.push(`${name}:${lineOf(argument)}: ${argument.getText(file)}`);
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'apply') {
      found.push(`${name}:${lineOf(node)}: ${node.expression.getText(file)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no spread into call arguments in src/', () => {
  it('finds none in any source file', () => {
    const files = sourceFiles(join(root, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => spreadArguments(relative(root, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  it('reports each spread argument and apply call with its line', () => {
    const source = [
      'const items: number[] = [];',
      'items.push(...more);',
      'const top = Math.max(0, ...items);',
      'const copy = new Set(...lists);',
      'const text = String.fromCharCode.apply(null, codes);',
      'const fine = [...items, ...more];',
      'const { a, ...rest } = { a: 1, ...other };',
      '// bounded-arguments: at most CHUNK codes',
      'const chunk = String.fromCharCode.apply(null, codes.subarray(0, CHUNK));',
      '// a comment that names no bound',
      'items.push(...others);',
    ].join('\n');
    expect(spreadArguments('sample.ts', source)).toEqual([
      'sample.ts:2: ...more',
      'sample.ts:3: ...items',
      'sample.ts:4: ...lists',
      'sample.ts:5: String.fromCharCode.apply',
      'sample.ts:11: ...others',
    ]);
  });
});
