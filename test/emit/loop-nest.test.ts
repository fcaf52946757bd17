import { describe, expect, it } from 'vitest';
import { cLanguage } from '../../codegen/emit/c.js';
import { JS } from '../../codegen/emit/js.js';
import { renderDenseOp, type NestStorage } from '../../codegen/emit/loop-nest.js';
import { CTextBuilder } from '../../codegen/emit/text-builder.js';
import { lowerDenseOp } from '../../codegen/lower/to-loops.js';
import { compileRefOp } from '../../codegen/ref/compile-op.js';
import { opExtents } from '../../codegen/ref/evaluate.js';
import { InternalError } from '../../ir/core/errors.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import { compilePit } from '../helpers/pit-harness.js';

/**
 * Dense loop nests of the loop IR rendered as text (codegen/emit/loop-nest.ts): the reference's
 * dense kernel is rendered this way, so every target test that compares with the reference
 * runs it; here, what the renderer itself promises.
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
    renderDenseOp(b, lowerDenseOp(expr, extentsOf(expr)), STORAGE, 0);
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
    renderDenseOp(b, lowerDenseOp(expr, extentsOf(expr)), STORAGE, 0);
    expect(b.lines.join('\n')).toMatch(/out\[a0\] = pit_to_bool\(/);
  });

  it('refuses what it does not render (a PIT form), naming the stage', () => {
    const expr = opExpr(SOFTMAX);
    const op = { ...lowerDenseOp(expr, extentsOf(expr)), form: 'pit' as const };
    const b = new CTextBuilder(expr, extentsOf(expr), JS, { shapeOf: () => [2, 3] });
    expect(() => renderDenseOp(b, op, STORAGE, 0)).toThrow(InternalError);
    expect(() => renderDenseOp(b, op, STORAGE, 0)).toThrow(/ref/);
  });
});
