import { describe, expect, it } from 'vitest';
import { cLanguage } from '../../codegen/emit/c.js';
import { JS } from '../../codegen/emit/js.js';
import { renderLoopOp, type NestStorage } from '../../codegen/emit/loop-nest.js';
import { CTextBuilder } from '../../codegen/emit/text-builder.js';
import { lowerDenseOp, lowerPitOp } from '../../codegen/lower/to-loops.js';
import { compileRefOp } from '../../codegen/ref/compile-op.js';
import { opExtents } from '../../codegen/ref/evaluate.js';
import { InternalError } from '../../ir/core/errors.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import { indexGeometry } from '../../ir/index-geometry.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { compilePit, forceRules } from '../helpers/pit-harness.js';

/**
 * Dense and PIT loop nests of the loop IR rendered as text (codegen/emit/loop-nest.ts): the
 * reference's kernels are rendered this way, so every target test that compares with the
 * reference runs it; here, what the renderer itself promises.
 */

function opExpr(text: string, index = 0): TensorExpr {
  const expr = compilePit(text).graph.ops[index]?.expr;
  if (!expr) throw new Error('no op');
  return expr;
}

const SOFTMAX = `dim N = 2, M = 3
input x : f32[N, M]
y[n, m] = exp(x[n, m] - max[k] x[n, k]) / sum[j] exp(x[n, j] - max[q] x[n, q])
output y
`;

const STORAGE: NestStorage = {
  output: 'out',
  declare: (buf, size) => `double ${buf.name}[${size}];`,
  fill: (buf, value) => `for (int s = 0; s < ${buf.name}_n; ++s) ${buf.name}[s] = ${value};`,
};

/** The axis extents of an op at the sizes its program declares (`dim N = 2`). */
function extentsOf(expr: TensorExpr): Map<string, number> {
  return opExtents(
    expr,
    new Map([
      ['N', 2],
      ['M', 3],
      ['I', 2],
      ['J', 3],
      ['K', 4],
    ]),
  );
}

describe('dense loop nests as text', () => {
  it('computes nested reductions as the loops say (softmax, executed in JS)', () => {
    const expr = opExpr(SOFTMAX);
    const kernel = compileRefOp(expr, { extents: extentsOf(expr), shapeOf: () => [2, 3] });
    const x = Float32Array.from([1, 2, 3, -1, NaN, 0.5]);
    const out = new Float32Array(6);
    kernel.run(out, [x]);
    const row = (r: number[]): number[] => {
      const m = Math.max(...r);
      const s = r.reduce((a, v) => a + Math.exp(v - m), 0);
      return r.map((v) => Math.fround(Math.exp(v - m) / s));
    };
    expect([...out.slice(0, 3)]).toEqual(row([1, 2, 3]));
    expect(out.slice(3).every(Number.isNaN)).toBe(true); // NaN in a row: NaN everywhere
  });

  it('starts every buffer at its identity (max of negatives, product)', () => {
    const expr = opExpr(`dim N = 2, M = 3
input x : f32[N, M]
y[n] = max[k] x[n, k] + prod[j] x[n, j]
output y
`);
    const kernel = compileRefOp(expr, { extents: extentsOf(expr), shapeOf: () => [2, 3] });
    const out = new Float32Array(2);
    kernel.run(out, [Float32Array.from([-1, -2, -3, -4, -0.5, -2])]);
    expect([...out]).toEqual([-1 + -6, -0.5 + -4]);
  });

  it('runs the last free axis of a buffer innermost, its own axes in between', () => {
    const expr = opExpr(`dim I = 2, J = 3, K = 4
input a : f32[I, K]
input b : f32[K, J]
c[i, j] = sum[k] a[i, k] * b[k, j]
output c
`);
    const b = new CTextBuilder(expr, extentsOf(expr), cLanguage('float'), {
      shapeOf: (t) => (t === 'a' ? [2, 4] : [4, 3]),
    });
    renderLoopOp(b, lowerDenseOp(expr, extentsOf(expr)), STORAGE, 0);
    const loops = b.lines.filter((l) => l.trimStart().startsWith('for (int a'));
    expect(loops.map((l) => /a\d/.exec(l)?.[0])).toEqual(['a0', 'a2', 'a1', 'a0', 'a1']);
    expect(b.lines).toContain(
      '      r0[3 * a0 + a1] = r0[3 * a0 + a1] + (t0[4 * a0 + a2] * t1[3 * a2 + a1]);',
    );
    expect(b.lines[0]).toBe('double r0[6];');
  });

  it('stores through the language: ToInt32 and bool conversions at the store', () => {
    const expr = opExpr(`dim N = 3
input x : f32[N]
y[n] = x[n] > 0
output y
`);
    const b = new CTextBuilder(expr, extentsOf(expr), cLanguage('float'), { shapeOf: () => [2] });
    renderLoopOp(b, lowerDenseOp(expr, extentsOf(expr)), STORAGE, 0);
    expect(b.lines.join('\n')).toMatch(/out\[a0\] = pit_to_bool\(/);
  });

  it('refuses what it does not render (a per-cell form), naming the stage', () => {
    const expr = opExpr(SOFTMAX);
    const op = { ...lowerDenseOp(expr, extentsOf(expr)), form: 'cell' as const };
    const b = new CTextBuilder(expr, extentsOf(expr), JS, { shapeOf: () => [2, 3] });
    expect(() => renderLoopOp(b, op, STORAGE, 0)).toThrow(InternalError);
    expect(() => renderLoopOp(b, op, STORAGE, 0)).toThrow(/ref/);
  });
});

describe('PIT loop nests as text', () => {
  // y = x · w with x sparse: the rule gathers k (micro-tile 1 × 2), strips run along i
  const c = compilePit(`dim I = 3, K = 5, J = 2
input x : f32[I, K] @dynamic
weight w : f32[K, J]
y[i, j] = sum[k] x[i, k] * w[k, j]
output y
`);
  const rule = c.rules[0]?.rules.find((r) => r.axis === 'k' && r.access.startsWith('x'));
  if (!rule) throw new Error('no rule gathering k');
  const forced = { ...rule, microTile: [1, 2], index: { ...rule.index, microTile: [1, 2] } };
  const kernel = forceRules(c, new Map([['y', forced]])).program.kernels[0] as PitKernel;
  const extents = new Map([
    ['i', 3],
    ['j', 2],
    ['k', 5],
  ]);
  const shapeOf = (t: string): number[] => (t === 'x' ? [3, 5] : [5, 2]);
  const { op, index } = lowerPitOp(kernel, extents, shapeOf);
  const walked = {
    stripPtr: 'idx.stripPtr',
    coords: 'idx.coords',
    geometry: indexGeometry([3, 5], index.grid.microTile, index.grid.gatherDim),
  };

  it('walks strips and listed micro-tiles, the listed range clipped at the extent', () => {
    const b = new CTextBuilder(kernel.expr, extents, JS, { shapeOf });
    renderLoopOp(b, op, STORAGE, 0, new Map([[index.key, walked]]));
    const text = b.lines.join('\n');
    expect(text).toMatch(/for \(let s\d+ = 0; s\d+ < 3; s\d+\+\+\)/);
    expect(text).toMatch(/for \(let p\d+ = ptr\d+\[s\d+\]; p\d+ < ptr\d+\[s\d+ \+ 1\]; p\d+\+\+\)/);
    expect(text).toMatch(/const glo\d+ = crd\d+\[p\d+\] \* 2;/);
    expect(text).toMatch(/a2 < Math\.min\(glo\d+ \+ 2, 5\)/);
  });

  it('refuses a PIT form whose index it was not given, naming the stage', () => {
    const b = new CTextBuilder(kernel.expr, extents, JS, { shapeOf });
    expect(() => renderLoopOp(b, op, STORAGE, 0)).toThrow(InternalError);
    expect(() => renderLoopOp(b, op, STORAGE, 0)).toThrow(/ref/);
  });
});
