import { describe, expect, it } from 'vitest';
import { renderCell } from '../../codegen/emit/cell.js';
import { cLanguage } from '../../codegen/emit/c.js';
import { JS } from '../../codegen/emit/js.js';
import { CTextBuilder } from '../../codegen/emit/text-builder.js';
import { lowerCellOp, lowerDenseOp } from '../../codegen/lower/to-loops.js';
import { compileRefOp, instantiate, paramLines } from '../../codegen/ref/compile-op.js';
import { opExtents } from '../../codegen/ref/evaluate.js';
import { InternalError } from '../../ir/core/errors.js';
import { evalDim } from '../../ir/dim-expr.js';
import { reductionsOf, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import { compilePit } from '../helpers/pit-harness.js';

/**
 * One cell of the per-cell loop IR rendered as text (codegen/emit/cell.ts), the body of every
 * one-thread-per-cell kernel (gpu.js, WGSL, CUDA): run here as JavaScript over every cell, it
 * must store what the reference's dense kernel stores, bit for bit (both compute in float64 in
 * the same order and round once at the store).
 */

const DIMS = new Map([
  ['N', 3],
  ['M', 5],
  ['K', 4],
]);

function opExpr(text: string): { expr: TensorExpr; shapeOf: (t: string) => number[] } {
  const graph = compilePit(text).graph;
  const expr = graph.ops[0]?.expr;
  if (!expr) throw new Error('no op');
  const shapeOf = (t: string): number[] => {
    const tensor = graph.tensors.find((x) => x.name === t);
    if (!tensor) throw new Error(`no tensor ${t}`);
    return tensor.shape.map((d) => evalDim(d, DIMS) ?? 0);
  };
  return { expr, shapeOf };
}

/** Every cell in row-major order, each rendered by renderCell, as a JS function. */
function cellKernel(
  expr: TensorExpr,
  shapeOf: (t: string) => number[],
  bindEach: boolean,
): (out: Float32Array, ins: Float32Array[]) => void {
  const extents = opExtents(expr, DIMS);
  const b = new CTextBuilder(expr, extents, JS, { shapeOf });
  const spatial = expr.spatial.map((a) => a.name);
  const depth = spatial.length + 1;
  const value = renderCell(b, lowerCellOp(expr, extents), depth, { bindEach });
  const cellLines = [...b.lines];
  b.lines.length = 0;
  spatial.forEach((a, i) => b.openLoop(a, i + 1));
  b.lines.push(...cellLines);
  b.emit(`out[${b.offsetOver(spatial)}] = ${b.lang.store(expr.dtype, value)};`, depth);
  b.closeLoops(spatial.length, 1);
  return instantiate<(out: Float32Array, ins: Float32Array[]) => void>([
    'return function (out, ins) {',
    ...paramLines(b),
    ...b.lines,
    '};',
  ]).run;
}

/** Seeded values with NaN, ±inf, ±0 and ties among them. */
function values(n: number, seed: number): Float32Array {
  const special = [NaN, Infinity, -Infinity, 0, -0, 1, 1];
  let s = seed;
  return Float32Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % 17 === 0 ? (special[s % special.length] as number) : ((s % 2000) - 1000) / 250;
  });
}

const PROGRAMS: Record<string, string> = {
  'nested reductions (softmax)': `dim N = 3, M = 5
input x : f32[N, M]
y[n, m] = exp(x[n, m] - max[k] x[n, k]) / sum[j] exp(x[n, j] - max[q] x[n, q])
output y
`,
  'identities (max of negatives, product, min)': `dim N = 3, M = 5
input x : f32[N, M]
y[n] = (max[k] x[n, k]) + (prod[j] x[n, j]) - (min[q] x[n, q])
output y
`,
  'a reduction inside a reduction': `dim N = 3, M = 5, K = 4
input x : f32[N, M]
input w : f32[M, K]
y[n] = sum[m] relu(sum[k] x[n, m] * w[m, k])
output y
`,
  'where, comparisons and an axis value': `dim N = 3, M = 5
input x : f32[N, M]
y[n, m] = where(x[n, m] > 0, x[n, m] * m, sum[k] x[n, k])
output y
`,
};

describe('one cell of the per-cell loop IR as text', () => {
  for (const [what, text] of Object.entries(PROGRAMS)) {
    it.each([true, false])(
      `stores what the reference stores: ${what} (bindEach %s)`,
      (bindEach) => {
        const { expr, shapeOf } = opExpr(text);
        const extents = opExtents(expr, DIMS);
        const ref = compileRefOp(expr, { extents, shapeOf });
        const cell = cellKernel(expr, shapeOf, bindEach);
        const size = (t: string): number => shapeOf(t).reduce((n, x) => n * x, 1);
        for (const seed of [1, 2, 3]) {
          const ins = ref.reads.map((t, i) => values(size(t), seed * 7 + i));
          const want = new Float32Array(size(expr.output));
          const got = new Float32Array(size(expr.output));
          ref.run(want, ins);
          cell(got, ins);
          got.forEach((v, i) =>
            expect(Object.is(v, want[i]), `cell ${i}: ${v} vs ${want[i]}`).toBe(true),
          );
        }
      },
    );
  }

  it('computes every reduction inside the cell, in the op type, with no buffers over axes', () => {
    const { expr, shapeOf } = opExpr(PROGRAMS['nested reductions (softmax)'] as string);
    const extents = opExtents(expr, DIMS);
    const b = new CTextBuilder(expr, extents, cLanguage('float'), { shapeOf });
    renderCell(b, lowerCellOp(expr, extents), 1, { bindEach: false });
    // a scalar accumulator (no array) per reduction: max[k], sum[j] and max[q] inside it
    expect(b.lines.filter((l) => /^\s*float r\d+ = /.test(l))).toHaveLength(3);
    expect(b.lines.filter((l) => l.includes('float r'))).toHaveLength(3);
    // the spatial axes are the caller's: no loop binds them
    expect(b.lines.some((l) => /for \(int a[01] /.test(l))).toBe(false);
  });

  it('reads a given reduction through the caller, computing only the others', () => {
    const { expr, shapeOf } = opExpr(
      PROGRAMS['identities (max of negatives, product, min)'] as string,
    );
    const extents = opExtents(expr, DIMS);
    const [max] = reductionsOf(expr.body);
    const b = new CTextBuilder(expr, extents, JS, { shapeOf });
    const value = renderCell(b, lowerCellOp(expr, extents, max ? [max] : []), 1, {
      bindEach: false,
      given: (buf) => `g[${b.offsetOver(buf.over)}]`,
    });
    expect(value).toContain('g[a0]');
    expect(b.lines.filter((l) => l.includes('for ('))).toHaveLength(2);
    expect(b.lines.join('\n')).not.toContain('Math.max');
  });

  it('refuses a form other than the per-cell one, and a given read with no reader, naming the stage', () => {
    const { expr, shapeOf } = opExpr(PROGRAMS['nested reductions (softmax)'] as string);
    const extents = opExtents(expr, DIMS);
    const b = new CTextBuilder(expr, extents, JS, { shapeOf });
    expect(() => renderCell(b, lowerDenseOp(expr, extents), 1, { bindEach: true })).toThrow(
      InternalError,
    );
    const [first] = reductionsOf(expr.body);
    const op = lowerCellOp(expr, extents, first ? [first] : []);
    expect(() => renderCell(b, op, 1, { bindEach: true })).toThrow(/ref.*given|given/);
  });

  it("refuses a given reduction that is not one of the op's (it would be computed in place, silently)", () => {
    const { expr } = opExpr(PROGRAMS['nested reductions (softmax)'] as string);
    const other = opExpr(PROGRAMS['identities (max of negatives, product, min)'] as string).expr;
    const [foreign] = reductionsOf(other.body);
    expect(() => lowerCellOp(expr, opExtents(expr, DIMS), foreign ? [foreign] : [])).toThrow(
      InternalError,
    );
  });
});
