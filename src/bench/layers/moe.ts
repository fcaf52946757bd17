/**
 * The mixture-of-experts FFN of samples/moe.pit (T = 2048 tokens, 512 → 2048 → 512 experts with
 * ReLU): 8 experts with top-2 routing and 32 with top-1. The routing r[t, e] is an input with
 * exactly k non-zero gate weights per token (positive, summing to 1), the experts chosen at random.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomStream, randomTensor, unitFromUint32 } from '../../runtime/random.js';
import { makeTensor, type HostTensor } from '../../../ir/tensor.js';
import { OnnxGraphBuilder } from '../../onnx/graph-builder.js';
import { boundGoal, ratioGoal } from './goals.js';
import type { LayerCase, OnnxLayer } from './layer-case.js';

/** samples/moe.pit, seen from the source (src/bench/layers) or the build (dist/src/bench/layers). */
export const MOE_SAMPLE = ['../../../samples/moe.pit', '../../../../samples/moe.pit'].map((p) => join(import.meta.dirname, p)).find((p) => existsSync(p)) ?? 'samples/moe.pit';

export function moeCases(quick: boolean): LayerCase[] {
  const [T, D, F] = quick ? [32, 32, 64] : [2048, 512, 2048];
  const program = readFileSync(MOE_SAMPLE, 'utf8');
  return [
    [8, 2],
    [32, 1],
  ].map(([E, k]) => {
    const experts = E as number;
    const topK = k as number;
    return {
      layer: 'MoE',
      config: `T=${T}, ${D}×${F}, ${experts} experts top-${topK}`,
      program,
      file: 'moe.pit',
      dims: { T, E: experts, D, F },
      output: 'y',
      sampling: quick ? { warmup: 1, runs: 2, budgetMs: 1000 } : { warmup: 1, runs: experts > 8 ? 3 : 5, budgetMs: experts > 8 ? 20_000 : 15_000 },
      data: () => moeData(T, D, F, experts, topK),
      onnx: (data) => moeOnnx(T, D, experts, data),
      // issue 9: 8 experts top-2 ≥ 2× onnxruntime computing every expert; 32 top-1 at efficiency ≥ 0.6
      goals: (t) =>
        topK === 2
          ? [ratioGoal('≥ 2× onnxruntime', t.ortMs, t.pitcMs, 2)]
          : [boundGoal('efficiency (dense ms × k/E / pitc ms) ≥ 0.6', t.denseMs === undefined ? undefined : (t.denseMs * topK) / experts / t.pitcMs, { min: 0.6 })],
    } satisfies LayerCase;
  });
}

function moeData(T: number, D: number, F: number, E: number, k: number): Record<string, HostTensor> {
  return {
    x: randomTensor('f32', [T, D], 1, 'x'),
    r: routing(T, E, k),
    w1: randomTensor('f32', [E, D, F], 2, 'w1'),
    w2: randomTensor('f32', [E, F, D], 3, 'w2'),
  };
}

/** Exactly k distinct experts per token, with positive gate weights that sum to 1. */
function routing(T: number, E: number, k: number): HostTensor {
  const rng = randomStream(4, 'routing');
  const r = new Float32Array(T * E);
  for (let t = 0; t < T; t++) {
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(rng.nextUint32() % E);
    const gates = [...chosen].map(() => 0.1 + 0.9 * unitFromUint32(rng.nextUint32()));
    const total = gates.reduce((s, g) => s + g, 0);
    [...chosen].forEach((e, n) => (r[t * E + e] = (gates[n] as number) / total));
  }
  return makeTensor('f32', [T, E], r);
}

/** Every expert computed densely, then mixed with r: MatMul (broadcast over experts), Relu, MatMul, Mul, ReduceSum. */
function moeOnnx(T: number, D: number, E: number, data: Readonly<Record<string, HostTensor>>): OnnxLayer {
  const g = new OnnxGraphBuilder('moe');
  const x = g.input('x', 'f32', [T, D]);
  const r = g.input('r', 'f32', [T, E]);
  const h = g.node('Relu', [g.node('MatMul', [x, g.initializer('w1', data['w1'] as HostTensor)])]); // [E, T, F]
  const perExpert = g.node('MatMul', [h, g.initializer('w2', data['w2'] as HostTensor)]); // [E, T, D]
  const gate = g.node('Unsqueeze', [g.node('Transpose', [r], { perm: { ints: [1, 0] } }), g.int64s('last_axis', [2])]); // [E, T, 1]
  const mixed = g.node('ReduceSum', [g.node('Mul', [perExpert, gate]), g.int64s('expert_axis', [0])], { keepdims: { int: 0 } }, 'y');
  g.output(mixed, 'f32', [T, D]);
  return { model: g.toModel(), feeds: { x: data['x'] as HostTensor, r: data['r'] as HostTensor }, output: 'y' };
}
