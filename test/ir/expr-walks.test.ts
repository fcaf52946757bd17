import { describe, expect, it } from 'vitest';
import { accessesOf, bareAxis, enclosingReduction, freeAxesOf, reductionsOf, type ReduceExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import { compilePit } from '../helpers/pit-harness.js';

/** The expression queries every stage shares (ir/expr/tensor-expr.ts), on nested reductions. */
function opExpr(text: string): TensorExpr {
  const expr = compilePit(text).graph.ops[0]?.expr;
  if (!expr) throw new Error('no op');
  return expr;
}

describe('expression queries', () => {
  const expr = opExpr(`dim I = 3, J = 4, K = 5
input a : f32[I, J]
input b : f32[J, K]
input c : f32[I]
y[i] = c[i] + sum[j] a[i, j] * max[k] b[j, k]
output y
`);
  const [inner, outer] = reductionsOf(expr.body) as [ReduceExpr, ReduceExpr];

  it('lists reductions inner before outer', () => {
    expect(reductionsOf(expr.body).map((r) => r.reducer)).toEqual(['max', 'sum']);
    expect(reductionsOf(inner.body)).toEqual([]);
  });

  it('finds the innermost reduction around an access, none for one outside all', () => {
    const byTensor = new Map(accessesOf(expr.body).map((a) => [a.tensor, a]));
    expect(enclosingReduction(expr.body, byTensor.get('b') as never)).toBe(inner);
    expect(enclosingReduction(expr.body, byTensor.get('a') as never)).toBe(outer);
    expect(enclosingReduction(expr.body, byTensor.get('c') as never)).toBeUndefined();
  });

  it("gives a reduction's free axes: used in its body, bound by neither it nor a nested one", () => {
    expect([...freeAxesOf(inner)].sort()).toEqual(['j']);
    expect([...freeAxesOf(outer)].sort()).toEqual(['i']);
    expect([...freeAxesOf(expr.body)].sort()).toEqual(['i']);
  });

  it('tells a bare index (the axis itself) from every other affine index', () => {
    expect(bareAxis({ terms: [{ axis: 'i', coef: 1 }], constant: 0 })).toBe('i');
    expect(bareAxis({ terms: [{ axis: 'i', coef: 2 }], constant: 0 })).toBeUndefined();
    expect(bareAxis({ terms: [{ axis: 'i', coef: 1 }], constant: 1 })).toBeUndefined();
    expect(bareAxis({ terms: [{ axis: 'i', coef: 1 }, { axis: 'j', coef: 1 }], constant: 0 })).toBeUndefined();
    expect(bareAxis({ terms: [], constant: 0 })).toBeUndefined();
  });
});
