import { randomTensor } from '../runtime/random.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compileOrThrow, timeOp } from './program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';

/**
 * The OPT FFN shape of DESIGN §7 (T tokens × 768 × 3072) with ReLU activation sparsity. Trained
 * FFNs have per-neuron biases that leave most neurons silent for most tokens; a random bias per
 * neuron reproduces that structure: b1[f] = −σ·z_f with z_f uniform, so neuron f fires for a
 * fraction of tokens that varies from neuron to neuron, and the mean sparsity is set by z's range.
 */
const PROGRAM = `dim T
input  x : f32[T, 768]
weight w1: f32[768, 3072]
weight b1: f32[3072]
weight w2: f32[3072, 768]
h[t, f] = b1[f] + sum[k] x[t, k] * w1[k, f]
a[t, f] = relu(h[t, f])
y[t, d] = sum[f] a[t, f] * w2[f, d]
output y
`;

/** Bias ranges (in units of h's standard deviation) giving ~50%, ~90%, ~95% and ~99% zeros. */
const BIAS_RANGES: readonly (readonly [number, number])[] = [
  [-0.5, 0.5],
  [0.6, 2.2],
  [1.1, 2.6],
  [1.8, 3.3],
];

export const ffnBenchmark: Benchmark = {
  name: 'ffn',
  title: 'OPT FFN (T × 768 × 3072, ReLU activation sparsity): dense wasm vs PIT wasm',
  columns: [
    { key: 'threads', header: 'threads' },
    { key: 'T', header: 'T' },
    { key: 'sparsity', header: 'zeros in a', digits: 3 },
    { key: 'density', header: 'a density at 32×1', digits: 3 },
    { key: 'denseFc2Ms', header: 'fc2 dense ms', digits: 1 },
    { key: 'pitFc2Ms', header: 'fc2 PIT ms', digits: 1 },
    { key: 'fc2Speedup', header: 'fc2 speedup', digits: 2 },
    { key: 'efficiency', header: 'efficiency', digits: 2 },
    { key: 'indexMs', header: 'index ms', digits: 2 },
    { key: 'denseTotalMs', header: 'FFN dense ms', digits: 1 },
    { key: 'pitTotalMs', header: 'FFN PIT ms', digits: 1 },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const T = ctx.quick ? 512 : 4096;
    const [warmup, runs] = ctx.quick ? [1, 3] : [1, 5];
    const x = randomTensor('f32', [T, 768], 1, 'x');
    const w1 = randomTensor('f32', [768, 3072], 2, 'w1');
    const w2 = randomTensor('f32', [3072, 768], 3, 'w2');
    const sigma = Math.sqrt(768 / 9); // x, w1 uniform in [-1, 1): var 1/3 each
    const records: BenchRecord[] = [];
    for (const threads of [1, 2]) {
      const dense = await compileOrThrow(PROGRAM, { file: 'ffn.pit', target: 'wasm', dense: true, threads });
      const pit = await compileOrThrow(PROGRAM, { file: 'ffn.pit', target: 'wasm', threads, denseCrossover: 1 });
      for (const [lo, hi] of BIAS_RANGES) {
        const z = randomTensor('f32', [3072], 4, 'z');
        const b1 = makeTensor('f32', [3072], Float32Array.from(z.data, (u) => -sigma * (lo + ((u + 1) / 2) * (hi - lo))));
        const inputs = { x, w1, b1, w2 };
        const d = await timeOp(dense, 'y', inputs, { T }, warmup, runs);
        const p = await timeOp(pit, 'y', inputs, { T }, warmup, runs);
        const report = await pit.execute(inputs, { dims: { T } });
        const a = report.ops.find((o) => o.name === 'y')?.detail ?? {};
        const density = Number(a['density'] ?? NaN);
        const zeros = zeroShare(x, w1, b1, T);
        records.push({
          threads,
          T,
          sparsity: zeros,
          density,
          denseFc2Ms: d.kernelMs,
          pitFc2Ms: p.kernelMs,
          fc2Speedup: d.kernelMs / p.kernelMs,
          efficiency: (d.kernelMs * density) / p.kernelMs,
          indexMs: p.indexMs,
          denseTotalMs: d.totalMs,
          pitTotalMs: p.totalMs,
        });
        ctx.log(`ffn T=${T}, ${threads} thread(s), zeros ${zeros.toFixed(3)}: fc2 ${d.kernelMs.toFixed(1)} → ${p.kernelMs.toFixed(1)} ms`);
      }
      await dense.dispose();
      await pit.dispose();
    }
    return records;
  },
};

/** Share of zeros in the ReLU output, from h's definition on a sample of 64 token rows. */
function zeroShare(x: HostTensor, w1: HostTensor, b1: HostTensor, T: number): number {
  let zeros = 0;
  let total = 0;
  for (let t = 0; t < T; t += Math.max(1, Math.floor(T / 64))) {
    for (let f = 0; f < 3072; f++) {
      let h = b1.data[f] as number;
      for (let k = 0; k < 768; k++) h += (x.data[t * 768 + k] as number) * (w1.data[k * 3072 + f] as number);
      if (h <= 0) zeros++;
      total++;
    }
  }
  return zeros / total;
}
