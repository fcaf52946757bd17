/**
 * The OPT FFN (T × 768 × 3072 by default, biases on both linear layers) with ReLU zeros per neuron (whole
 * columns of the ReLU output: a bias of −1000 silences a neuron for every token, as dead neurons
 * of a trained model are) or scattered (bias 0: about half of every column is zero).
 */
import { randomStream, randomTensor } from '../../runtime/random.js';
import { makeTensor, type HostTensor } from '../../../ir/tensor.js';
import { OnnxGraphBuilder } from '../../onnx/graph-builder.js';
import { boundGoal, ratioGoal } from './goals.js';
import type { GoalCheck, LayerCase, OnnxLayer, RowTimes } from './layer-case.js';

export const FFN_PROGRAM = `dim T = 2048, D = 768, F = 3072
input  x : f32[T, D]
weight w1: f32[D, F]
weight b1: f32[F]
weight w2: f32[F, D]
weight b2: f32[D]
h[t, f] = b1[f] + sum[k] x[t, k] * w1[k, f]
a[t, f] = relu(h[t, f])
y[t, d] = b2[d] + sum[f] a[t, f] * w2[f, d]
output y
`;

/** Share of neurons silenced for every token (per-neuron rows), or none (elementwise row). */
const CONFIGS: readonly { readonly deadNeurons: number; readonly label: string }[] = [
  { deadNeurons: 0.9, label: 'per-neuron zeros 90 % (+ ~half of the live columns)' },
  { deadNeurons: 0.99, label: 'per-neuron zeros 99 % (+ ~half of the live columns)' },
  { deadNeurons: 0, label: 'elementwise zeros ~50 %' },
];

export function ffnCases(quick: boolean): LayerCase[] {
  const [T, D, F] = quick ? [64, 64, 256] : [2048, 768, 3072];
  return CONFIGS.map(({ deadNeurons, label }) => ({
    layer: 'OPT FFN',
    config: `T=${T}, ${D}×${F}, ${label}`,
    program: FFN_PROGRAM,
    file: 'ffn.pit',
    dims: { T, D, F },
    output: 'y',
    sampling: quick ? { warmup: 1, runs: 2, budgetMs: 1000 } : { warmup: 1, runs: 9, budgetMs: 10_000 },
    denseOps: true,
    data: () => ffnData(T, D, F, deadNeurons),
    onnx: (data) => ffnOnnx(T, D, data),
    ...(deadNeurons === 0 || deadNeurons >= 0.99 ? { goals: (t: RowTimes) => ffnGoals(deadNeurons, t) } : {}),
  }));
}

/** Issue 9: at 99 % fc2 at efficiency ≥ 0.8 and the FFN as fast as onnxruntime; elementwise zeros no slower than dense. */
function ffnGoals(deadNeurons: number, t: RowTimes): GoalCheck[] {
  if (deadNeurons === 0) return [ratioGoal('no slower than pitc dense', t.denseMs, t.pitcMs, 1)];
  const pit = t.opKernelMs('y', 'pitc');
  const dense = t.opKernelMs('y', 'dense');
  const density = Number(t.opDetail('y', 'density') ?? NaN);
  const efficiency = pit !== undefined && dense !== undefined ? (dense * density) / pit : undefined;
  return [boundGoal('fc2 efficiency ≥ 0.8', efficiency, { min: 0.8 }), ratioGoal('≥ 1× onnxruntime', t.ortMs, t.pitcMs, 1)];
}

function ffnData(T: number, D: number, F: number, deadNeurons: number): Record<string, HostTensor> {
  const b1 = new Float32Array(F);
  for (const f of sample(F, Math.round(deadNeurons * F), 'dead')) b1[f] = -1000;
  const b2 = randomTensor('f32', [D], 5, 'b2');
  return {
    x: randomTensor('f32', [T, D], 1, 'x'),
    w1: randomTensor('f32', [D, F], 2, 'w1'),
    b1: makeTensor('f32', [F], b1),
    w2: randomTensor('f32', [F, D], 3, 'w2'),
    b2: makeTensor('f32', [D], b2.data.map((v) => v / 10)),
  };
}

/** `count` distinct indices below `n`, seeded (a partial Fisher–Yates shuffle). */
function sample(n: number, count: number, stream: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const rng = randomStream(6, stream);
  for (let i = 0; i < count; i++) {
    const j = i + (rng.nextUint32() % (n - i));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order.slice(0, count);
}

/** MatMul + Add + Relu + MatMul + Add, the weights as initializers (resident in the session). */
function ffnOnnx(T: number, D: number, data: Readonly<Record<string, HostTensor>>): OnnxLayer {
  const g = new OnnxGraphBuilder('ffn');
  const x = g.input('x', 'f32', [T, D]);
  const w = (name: string) => g.initializer(name, data[name] as HostTensor);
  const h = g.node('Add', [g.node('MatMul', [x, w('w1')]), w('b1')]);
  const a = g.node('Relu', [h]);
  g.output(g.node('Add', [g.node('MatMul', [a, w('w2')]), w('b2')], {}, 'y'), 'f32', [T, D]);
  return { model: g.toModel(), feeds: { x: data['x'] as HostTensor }, output: 'y' };
}
