/**
 * C = A·B, 2048³, as samples/matmul.pit but with B a `weight`: A zeroed in 32×1 tiles to sparsity
 * 0.5, 0.9 and 0.99 (`applyDensity`, seeded). The only layer NumPy also runs (`a @ b`).
 */
import { applyDensity } from '../../runtime/density.js';
import { randomTensor } from '../../runtime/random.js';
import type { HostTensor } from '../../../ir/tensor.js';
import { OnnxGraphBuilder } from '../../onnx/graph-builder.js';
import { boundGoal, ratioGoal } from './goals.js';
import type { LayerCase, OnnxLayer } from './layer-case.js';

export const MATMUL_PROGRAM = `dim M = 2048, K = 2048, N = 2048
input  a : f32[M, K] @dynamic
weight b : f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;

const TILE = [32, 1] as const;

export function matmulCases(quick: boolean): LayerCase[] {
  const n = quick ? 128 : 2048;
  return [0.5, 0.9, 0.99].map((sparsity) => ({
    layer: 'matmul',
    config: `${n}³, a ${sparsity * 100} % zero in ${TILE.join('×')} tiles, b a weight`,
    program: MATMUL_PROGRAM,
    file: 'matmul.pit',
    dims: { M: n, K: n, N: n },
    output: 'c',
    sampling: quick ? { warmup: 1, runs: 2, budgetMs: 1000 } : { warmup: 1, runs: 11, budgetMs: 10_000 },
    data: () => ({
      a: applyDensity(randomTensor('f32', [n, n], 1, 'a'), 1 - sparsity, TILE, 7, `a:${sparsity}`),
      b: randomTensor('f32', [n, n], 2, 'b'),
    }),
    onnx: (data) => matmulOnnx(n, data),
    numpy: { a: 'a', b: 'b' },
    // issue 9, at 0.9: the whole call within 1.3× of its kernels and index, and ≥ 2× NumPy dense
    ...(sparsity === 0.9
      ? { goals: (t) => [boundGoal('run() ≤ 1.3 × (kernels + index)', t.pitcMs / t.kernelIndexMs, { max: 1.3 }), ratioGoal('≥ 2× NumPy', t.numpyMs, t.pitcMs, 2)] }
      : {}),
  }));
}

function matmulOnnx(n: number, data: Readonly<Record<string, HostTensor>>): OnnxLayer {
  const g = new OnnxGraphBuilder('matmul');
  g.output(g.node('MatMul', [g.input('a', 'f32', [n, n]), g.initializer('b', data['b'] as HostTensor)], {}, 'c'), 'f32', [n, n]);
  return { model: g.toModel(), feeds: { a: data['a'] as HostTensor }, output: 'c' };
}
