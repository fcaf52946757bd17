import { describe, expect, it } from 'vitest';
import { makeTensor } from '../../ir/tensor.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { bindDims } from '../../src/runtime/bind.js';

const PROGRAM = `dim M, K, N = 4
input a : f32[M, K]
input b : f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;
const graph = (() => {
  const fe = runFrontEnd(PROGRAM, 'mm.pit');
  if (!fe.graph) throw new Error(fe.diagnostics.map((d) => d.message).join('\n'));
  return fe.graph;
})();
const f32 = (...shape: number[]) => makeTensor('f32', shape);
const codes = (r: ReturnType<typeof bindDims>) => r.diagnostics.map((d) => d.code);

describe('bindDims', () => {
  it('binds from explicit values, then input shapes, then defaults', () => {
    const r = bindDims(graph, new Map([['a', f32(3, 5)]]), new Map([['M', 3]]));
    expect(r.diagnostics).toEqual([]);
    expect(Object.fromEntries(r.dims ?? [])).toEqual({ M: 3, K: 5, N: 4 });
  });

  it('reports an unbound dim (PIT6002) and an unknown or bad explicit one (PIT6006)', () => {
    expect(codes(bindDims(graph, new Map(), new Map([['M', 2]])))).toEqual(['PIT6002']);
    const bad = bindDims(graph, new Map(), new Map([['Q', 2], ['M', 0], ['K', 2]]));
    expect(codes(bad)).toEqual(['PIT6006', 'PIT6006']);
    expect(bad.diagnostics[0]?.message).toContain("'Q' is not a dimension of this program (its dims: M, K, N)");
  });

  it('reports conflicting shapes (PIT6005) and rank or dtype mismatches, without a follow-on PIT6002', () => {
    expect(codes(bindDims(graph, new Map([['a', f32(3, 5)], ['b', f32(6, 4)]]), new Map()))).toEqual(['PIT6005']);
    // a rejected input explains why its dims are unbound: no second error for M or K
    expect(codes(bindDims(graph, new Map([['a', f32(3, 5, 1)]]), new Map()))).toEqual(['PIT6003']);
    expect(codes(bindDims(graph, new Map([['a', makeTensor('i32', [3, 5])]]), new Map()))).toEqual(['PIT6004']);
    expect(codes(bindDims(graph, new Map([['zz', f32(1)]]), new Map([['M', 1], ['K', 1]])))).toEqual(['PIT6009']);
  });

  it('checks the bound sizes: a tensor too large is PIT6017', () => {
    const r = bindDims(graph, new Map(), new Map([['M', 65536], ['K', 65536]]));
    expect(codes(r)).toEqual(['PIT6017']);
    expect(r.dims).toBeUndefined();
  });
});
