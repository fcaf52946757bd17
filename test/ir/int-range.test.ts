import { describe, expect, it } from 'vitest';
import { simdUnsupported } from '../../codegen/wasm/simd-support.js';
import { evalDim } from '../../ir/dim-expr.js';
import { integerRanges, UNBOUNDED, valueRanges } from '../../ir/expr/int-range.js';
import type { ScalarExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { compilePit } from '../helpers/pit-harness.js';

/**
 * ir/expr/int-range.ts node by node (`valueRanges`), the one interval analysis of integer values
 * that gpu.js, CUDA (`integerRanges`) and the wasm SIMD kernels (codegen/wasm/simd-support.ts)
 * share. The whole-op rules are tested in test/targets/integer-semantics.test.ts and
 * test/wasm/simd-kernels.test.ts.
 */
function opOf(text: string, dims: Record<string, number> = {}): { expr: TensorExpr; extents: Map<string, number> } {
  const expr = compilePit(text).graph.ops[0]?.expr;
  if (!expr) throw new Error('no op');
  const bound = new Map(Object.entries(dims));
  return { expr, extents: new Map([...expr.spatial, ...expr.reduce].map((a) => [a.name, evalDim(a.extent, bound) ?? 1])) };
}

/** The range of every node, outermost first (the order of walkScalar). */
function rangesOf(text: string, dims: Record<string, number> = {}, rangeOf?: (t: string) => { lo: number; hi: number } | undefined): string[] {
  const { expr, extents } = opOf(text, dims);
  const range = valueRanges({ extents, ...(rangeOf ? { rangeOf } : {}) });
  const out: string[] = [];
  const visit = (e: ScalarExpr): void => {
    const r = range(e);
    out.push(`${e.kind}:${r.lo}..${r.hi}`);
    for (const c of e.kind === 'unary' ? [e.arg] : e.kind === 'binary' ? [e.lhs, e.rhs] : e.kind === 'where' ? [e.cond, e.then, e.else] : e.kind === 'reduce' ? [e.body] : []) visit(c);
  };
  visit(expr.body);
  return out;
}

describe('valueRanges: the bounds of each node', () => {
  it('index values, their arithmetic and abs of a range on one side of 0', () => {
    // -i - j for i < 5, j < 3 lies in [-6, 0], its abs in [0, 6]; i − (two counts of 5 bools) in
    // [-10, 4], its abs in [0, 10]; the sum of both abs in [0, 16], plus a bool [0, 17]
    expect(rangesOf('input u : bool[5, 3]\ny[i, j] = abs(-i - j) + abs(i - (sum[k] u[k, j]) - (sum[k2] u[k2, j])) + u[i, j]\noutput y\n')).toEqual([
      'binary:0..17',
      'binary:0..16',
      'unary:0..6',
      'binary:-6..0',
      'unary:-4..0',
      'axis:0..4',
      'axis:0..2',
      'unary:0..10',
      'binary:-10..4',
      'binary:-5..4',
      'axis:0..4',
      'reduce:0..5',
      'access:0..1',
      'reduce:0..5',
      'access:0..1',
      'access:0..1',
    ]);
  });

  it('abs of an all-negative range keeps its lower bound (|[-10, -6]| = [6, 10])', () => {
    const ranges = rangesOf('input u : bool[4]\ny[i] = abs(-(sum[k] u[k]) - 6) + u[i]\noutput y\n');
    // -sum - 6 is f32 (6 is an f32 literal): only the i32 part is bounded as an integer
    expect(ranges[2]).toBe('binary:-10..-6');
    expect(ranges[1]).toBe('unary:6..10');
  });

  it('products: of non-negative terms from 0, of signed ones symmetric, of an unbounded body unbounded (even over an empty axis)', () => {
    expect(rangesOf('dim L\ninput b : bool[L]\ninput c : bool[L]\ny[] = prod[l] (b[l] + c[l])\noutput y\n', { L: 3 })[0]).toBe('reduce:0..8');
    expect(rangesOf('dim L\ninput b : bool[L]\ny[] = prod[l] (l - b[l])\noutput y\n', { L: 3 })[0]).toBe('reduce:-8..8');
    expect(rangesOf('dim L\ninput q : i32[L]\ny[] = prod[l] q[l]\noutput y\n', { L: 0 }, () => UNBOUNDED)[0]).toBe('reduce:-Infinity..Infinity');
  });

  it('rangeOf overrides what a tensor may hold; without it an i32 tensor holds any 32-bit integer', () => {
    // j has extent 1: its value is 0
    const text = 'input q : i32[4, 1]\ny[i, j] = q[i, j] * j\noutput y\n';
    expect(rangesOf(text)[0]).toBe('binary:0..0');
    expect(rangesOf(text, {}, () => ({ lo: -3, hi: 7 }))[1]).toBe('access:-3..7');
    // unbounded times a provable 0 is unbounded (0·inf): no value is taken from an unknown one
    expect(rangesOf(text, {}, () => UNBOUNDED)[0]).toBe('binary:-Infinity..Infinity');
  });

  it('integerRanges reports the innermost i32 value past the limit', () => {
    const { expr, extents } = opOf('dim N\ninput u : bool[N]\ny[i] = i * i * i + u[i]\noutput y\n', { N: 300 });
    expect(integerRanges(expr, { extents }).problem).toMatch(/an i32 value may reach 26730899, past/);
  });
});

describe('the wasm SIMD kernels use the same analysis', () => {
  it('a product of non-negative integers is bounded below by 0: p - count is exact when count ≤ 2^24', () => {
    const { expr, extents } = opOf('dim L\ndim K\ninput b : bool[L]\ninput c : bool[L]\ninput m : bool[K]\ninput x : f32[4]\ny[i] = (prod[l] (b[l] + c[l])) - (sum[k] m[k]) + x[i]\noutput y\n', { L: 3, K: 2 ** 24 });
    expect(simdUnsupported(expr, extents)).toBeUndefined();
    expect(simdUnsupported(expr, new Map([...extents, ['k', 2 ** 24 + 1]]))).toMatch(/i32 arithmetic/);
  });

  it('i32 tensor reads are rounded in the lanes: arithmetic on them stays scalar, even times a provable 0', () => {
    const { expr, extents } = opOf('input q : i32[4, 1]\ninput x : f32[4, 1]\ny[i, j] = q[i, j] * j + x[i, j]\noutput y\n');
    expect(simdUnsupported(expr, extents)).toMatch(/i32 arithmetic/);
  });
});
