import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers, ROOT, sourceFiles } from './source-files.js';

/**
 * No import cycles among our modules (type-only imports included: a cycle of types is still two
 * files that cannot be read one before the other). Strongly connected components of the graph of
 * relative imports, by Tarjan's algorithm.
 */

/** The files of ours a file imports or re-exports from. */
function importedFiles(file: string): string[] {
  return importSpecifiers(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => join(dirname(file), s.replace(/\.js$/, '.ts')))
    .filter((f) => existsSync(f));
}

function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, order.get(w) as number));
    }
    if (low.get(v) !== order.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return cycles;
}

describe('import graph', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']], ['e', ['e']]]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(importCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('has no cycles among src/, ir/, rules/ and codegen/', () => {
    const graph = new Map<string, string[]>();
    for (const folder of ['src', 'ir', 'rules', 'codegen']) {
      for (const file of sourceFiles(join(ROOT, folder))) graph.set(file, importedFiles(file));
    }
    expect(graph.size).toBeGreaterThan(100);
    const cycles = importCycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(', '));
    expect(cycles).toEqual([]);
  });
});
