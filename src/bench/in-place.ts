/**
 * Whole calls with the data in place (issue 9, item 1): C = A·B, 2048³, A 90 % zero in 32×1
 * tiles, B a `weight`, 2 threads. What a caller pays for one call (the wall time of execute(),
 * which is run() plus its report) next to what the call's kernels and index took (the same call's
 * report), for each way of moving the data:
 *
 * - `uploads B`: the copying run() with B uploaded on every call (setWeights() before each, not
 *   timed): what every call cost before weights stayed resident;
 * - `copying run()`: A copied in, C copied out into a fresh array the caller owns, B held;
 * - `into`: C copied into the caller's array;
 * - `views`: A written through inputView() (once, not timed: the caller's producer writes there),
 *   C read as a view.
 *
 * "ms outside" is the median over calls of (call − its kernels and index), paired per call so
 * that the kernels' noise cancels. NumPy's `a @ b` on the same data runs in the same rounds. Each variant has its own program (so
 * each stays in its steady state); every round times one call of each, in turn, so a shared
 * machine's load falls on all alike. Every variant's C is checked against the others (bit for bit)
 * and against NumPy's.
 */
import type { HostTensor } from '../../ir/tensor.js';
import type { PitProgram, RunReport } from '../api/program.js';
import { compareTensors } from '../runtime/compare.js';
import { applyDensity } from '../runtime/density.js';
import { randomTensor } from '../runtime/random.js';
import { median } from '../runtime/stats.js';
import { openNumpySession } from './numpy-session.js';
import { compileOrThrow } from './program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';

const PROGRAM = `dim M = 2048, K = 2048, N = 2048
input  a : f32[M, K] @dynamic
weight b : f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;

const SPARSITY = 0.9;
const TILE = [32, 1];
const THREADS = 2;

/** One way of calling: a timed call, untimed work before it, and the C it gave last. */
interface Variant {
  readonly name: string;
  readonly program?: PitProgram;
  before?(): void;
  call(): Promise<RunReport | number>;
  readonly totals: number[];
  readonly kernelIndex: number[];
  last?: HostTensor;
}

export const inPlaceBenchmark: Benchmark = {
  name: 'in-place',
  title: `Whole calls, data in place: matmul 2048³, a ${SPARSITY * 100} % zero in 32×1 tiles, b a weight, ${THREADS} threads`,
  columns: [
    { key: 'variant', header: 'call' },
    { key: 'totalMs', header: 'whole call ms', digits: 1 },
    { key: 'kernelIndexMs', header: 'kernels + index ms', digits: 1 },
    { key: 'overhead', header: 'call / (kernels + index)', digits: 2 },
    { key: 'outsideMs', header: 'ms outside kernels + index', digits: 1 },
    { key: 'vsNumpy', header: 'NumPy ms / call ms', digits: 2 },
    { key: 'calls', header: 'calls' },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const n = ctx.quick ? 256 : 2048;
    const [warmup, rounds] = ctx.quick ? [1, 3] : [2, 21];
    const dims = { M: n, K: n, N: n };
    const a = applyDensity(randomTensor('f32', [n, n], 1, 'a'), 1 - SPARSITY, TILE, 7, `a:${SPARSITY}`);
    const b = randomTensor('f32', [n, n], 2, 'b');
    const open = (): Promise<PitProgram> => compileOrThrow(PROGRAM, { file: 'matmul.pit', target: 'wasm', threads: THREADS, microTiles: { a: TILE } });
    const [uploads, copying, into, views] = [await open(), await open(), await open(), await open()];
    const view = await views.inputView('a', { dims });
    view.data.set(a.data);
    const c = new Float32Array(n * n);
    const variants: Variant[] = [
      { name: 'run(), uploads b every call', program: uploads, before: () => uploads.setWeights({ b }), call: () => uploads.execute({ a, b }, { dims }), totals: [], kernelIndex: [] },
      { name: 'run(), copying (b held)', program: copying, call: () => copying.execute({ a, b }, { dims }), totals: [], kernelIndex: [] },
      { name: "run({ a }, { into: { c } })", program: into, call: () => into.execute({ a, b }, { dims, into: { c } }), totals: [], kernelIndex: [] },
      { name: "run({ a: inputView }, { outputs: 'view' })", program: views, call: () => views.execute({ a: view, b }, { dims, outputs: 'view' }), totals: [], kernelIndex: [] },
    ];
    const numpy = await openNumpySession(a, b, THREADS);
    if ('skipped' in numpy) ctx.log(`NumPy: skipped (${numpy.skipped})`);
    else variants.push({ name: `NumPy a @ b (${numpy.describe}, ${THREADS} BLAS threads)`, call: () => numpy.run(), totals: [], kernelIndex: [] });
    try {
      for (let round = -warmup; round < rounds; round++) {
        // rotate the order, so no variant always follows the same one
        for (let i = 0; i < variants.length; i++) {
          const v = variants[(i + Math.max(0, round)) % variants.length] as Variant;
          v.before?.();
          const start = performance.now();
          const result = await v.call();
          const wall = performance.now() - start;
          if (round < 0) continue;
          if (typeof result === 'number') {
            v.totals.push(result);
          } else {
            v.totals.push(wall);
            v.kernelIndex.push(result.timings.kernelMs + result.timings.indexMs);
            v.last = result.outputs.get('c');
          }
        }
      }
      checkProducts(variants, 'skipped' in numpy ? undefined : await numpy.product());
    } finally {
      if (!('skipped' in numpy)) numpy.close();
      await Promise.all([uploads, copying, into, views].map((p) => p.dispose()));
    }
    const numpyMs = variants.find((v) => !v.program)?.totals;
    const records = variants.map((v): BenchRecord => {
      const total = median(v.totals);
      const kernelIndex = v.kernelIndex.length > 0 ? median(v.kernelIndex) : null;
      return {
        variant: v.name,
        totalMs: total,
        kernelIndexMs: kernelIndex,
        overhead: kernelIndex === null ? null : total / kernelIndex,
        // paired per call, so the kernels' noise cancels
        outsideMs: kernelIndex === null ? null : median(v.totals.map((t, i) => t - (v.kernelIndex[i] as number))),
        vsNumpy: numpyMs && v.program ? median(numpyMs) / total : null,
        calls: v.totals.length,
      };
    });
    for (const r of records) ctx.log(`${String(r['variant'])}: ${Number(r['totalMs']).toFixed(1)} ms${r['kernelIndexMs'] !== null ? ` (kernels + index ${Number(r['kernelIndexMs']).toFixed(1)} ms)` : ''}`);
    return records;
  },
};

/** Every pitc variant computed the same C, bit for bit; NumPy's agrees within f32 summation error. */
function checkProducts(variants: readonly Variant[], numpy: HostTensor | undefined): void {
  const pitc = variants.filter((v) => v.program);
  const first = pitc[0]?.last;
  if (!first) throw new Error('no product to check');
  for (const v of pitc) {
    const got = v.last as HostTensor;
    if (got.data.length !== first.data.length || got.data.some((x, i) => !Object.is(x, first.data[i]))) throw new Error(`'${v.name}' computed another C than '${pitc[0]?.name}'`);
  }
  if (numpy) {
    const cmp = compareTensors(first, numpy, { rtol: 1e-3, atol: 1e-4 });
    if (!cmp.ok) throw new Error(`pitc's C differs from NumPy's: ${cmp.reason}`);
  }
}
