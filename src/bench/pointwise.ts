import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWasmExecutor } from '../../codegen/wasm/executor.js';
import { createNodePool } from '../../codegen/wasm/node-pool.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { PitProgram } from '../api/program.js';
import { programName } from '../api/compile.js';
import { analyse } from '../pipeline.js';
import { runFrontEnd } from '../frontend/index.js';
import { applyDensity } from '../runtime/density.js';
import { createIndexService } from '../runtime/index-service.js';
import { randomTensor } from '../runtime/random.js';
import { median } from '../runtime/stats.js';
import { compileOrThrow } from './program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';

const SAMPLES = join(import.meta.dirname, '../../../samples');

interface Workload {
  readonly sample: string;
  /** Label in the table (default: the sample). */
  readonly label?: string;
  /** Tensors set to all ones (a mask keeping everything). */
  readonly ones?: readonly string[];
  readonly dims: Readonly<Record<string, number>>;
  readonly densities: Readonly<Record<string, number>>;
  readonly tiles?: Readonly<Record<string, readonly number[]>>;
}

const WORKLOADS: readonly Workload[] = [
  { sample: 'attention.pit', dims: { S: 1024 }, densities: { mask: 0.1 }, tiles: { mask: [32, 32] } },
  // every score kept: exp computes every lane (no vector of underflowing −inf lanes to skip)
  { sample: 'attention.pit', label: 'attention.pit, mask all ones', dims: { S: 1024 }, densities: {}, ones: ['mask'] },
  { sample: 'softmax.pit', dims: {}, densities: { x: 0.1 } },
  { sample: 'layernorm.pit', dims: {}, densities: { x: 0.1 } },
  { sample: 'ffn-relu.pit', dims: {}, densities: {} },
];

/** Seeded inputs of a compiled program, with some tensors zeroed down to a density (in micro-tiles). */
function inputsOf(program: PitProgram, w: Workload): Record<string, HostTensor> {
  const dims = new Map(program.graph.dims.map((d) => [d.name, w.dims[d.name] ?? (d.default as number)]));
  const out: Record<string, HostTensor> = {};
  for (const t of program.graph.tensors.filter((x) => x.role !== 'intermediate')) {
    const shape = t.shape.map((d) => evalDim(d, dims) as number);
    let tensor = randomTensor(t.dtype, shape, 1, t.name);
    if (w.ones?.includes(t.name)) tensor = { ...tensor, data: tensor.data.map(() => 1) as typeof tensor.data };
    const density = w.densities[t.name];
    if (density !== undefined) tensor = applyDensity(tensor, density, w.tiles?.[t.name] ?? shape.map(() => 1), 2, `${t.name}:density`);
    out[t.name] = tensor;
  }
  return out;
}

/**
 * Every op that is not a GEMM (and GEMM epilogues) as f32 SIMD kernels on all threads, against
 * the exact float64 scalar kernels (`exact`: what every such op ran before): per-op medians, the
 * two programs run alternately in one process so drift on a shared machine hits both alike.
 */
export const pointwiseBenchmark: Benchmark = {
  name: 'pointwise',
  title: 'Ops other than GEMMs: f32 SIMD kernels (default) vs exact float64 kernels, per op (wasm, 2 threads)',
  columns: [
    { key: 'program', header: 'program' },
    { key: 'op', header: 'op' },
    { key: 'path', header: 'path' },
    { key: 'exactMs', header: 'exact ms', digits: 2 },
    { key: 'simdMs', header: 'SIMD ms', digits: 2 },
    { key: 'speedup', header: 'speedup', digits: 1 },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const runs = ctx.quick ? 2 : 7;
    const records: BenchRecord[] = [];
    for (const w of ctx.quick ? WORKLOADS.slice(2, 4) : WORKLOADS) {
      const text = readFileSync(join(SAMPLES, w.sample), 'utf8');
      const simd = await compileOrThrow(text, { file: w.sample, target: 'wasm', threads: 2 });
      const exact = await compileOrThrow(text, { file: w.sample, target: 'wasm', threads: 2, exact: true });
      const inputs = inputsOf(simd, w);
      const times = { simd: new Map<string, number[]>(), exact: new Map<string, number[]>() };
      const paths = new Map<string, string>();
      /** Ops a fused stage group computed: the group's time is its first op's, compared with its members' exact times summed. */
      const fused = new Map<string, readonly string[]>();
      for (let r = 0; r <= runs; r++) {
        for (const [kind, program] of [['simd', simd], ['exact', exact]] as const) {
          const report = await program.execute(inputs, { dims: w.dims });
          if (r === 0) continue; // warm-up
          for (const o of report.ops) {
            const list = times[kind].get(o.name) ?? [];
            list.push(o.kernelMs);
            times[kind].set(o.name, list);
            if (kind === 'simd') paths.set(o.name, describePath(o.detail));
            if (kind === 'simd' && Array.isArray(o.detail?.['fused'])) fused.set(o.name, o.detail['fused'] as string[]);
          }
        }
      }
      const inGroup = new Set([...fused.values()].flatMap((ops) => ops.slice(1)));
      for (const [op, simdTimes] of times.simd) {
        if (inGroup.has(op)) continue;
        const simdMs = median(simdTimes);
        const exactMs = (fused.get(op) ?? [op]).reduce((sum, member) => sum + median(times.exact.get(member) ?? [NaN]), 0);
        records.push({ program: w.label ?? w.sample, op, path: paths.get(op) ?? '', exactMs, simdMs, speedup: exactMs / simdMs });
        ctx.log(`pointwise ${w.sample} ${op}: exact ${exactMs.toFixed(2)} ms, SIMD ${simdMs.toFixed(2)} ms`);
      }
      await simd.dispose();
      await exact.dispose();
    }
    return records;
  },
};

function describePath(detail: Readonly<Record<string, unknown>> | undefined): string {
  if (!detail) return '';
  if (detail['path'] === 'gemm') {
    const epilogue = detail['epilogue'] as Record<string, unknown> | undefined;
    return epilogue ? `gemm + ${String(epilogue['path'])} epilogue` : 'gemm';
  }
  const mode = detail['mode'] === 'pit' ? ', PIT' : '';
  const fused = Array.isArray(detail['fused']) ? `, fused ${(detail['fused'] as string[]).join(' → ')}` : '';
  return `${String(detail['path'])}${mode}${fused}`;
}

/**
 * Where splitting a SIMD stage across threads starts to pay: an elementwise exp and a row sum at
 * growing sizes on 1 thread and split over 2 (MIN_PARALLEL_POINTS in codegen/wasm/simd-run.ts).
 */
export const pointwiseThreadsBenchmark: Benchmark = {
  name: 'pointwise-threads',
  title: 'SIMD stage split over 2 threads vs 1, by size (the dispatch threshold)',
  columns: [
    { key: 'op', header: 'op' },
    { key: 'points', header: 'points' },
    { key: 'oneMs', header: '1 thread ms', digits: 3 },
    { key: 'twoMs', header: '2 threads ms', digits: 3 },
    { key: 'ratio', header: '2 / 1', digits: 2 },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const text = 'dim R, C\ninput x: f32[R, C]\ne[r, c] = exp(x[r, c])\ns[r] = sum[c] x[r, c]\noutput e, s\n';
    const front = runFrontEnd(text, 'threshold.pit');
    if (!front.graph) throw new Error('threshold program does not compile');
    const graph = front.graph;
    const analysis = analyse(graph);
    const program = { name: programName('threshold.pit'), graph: analysis.graph, kernels: analysis.kernels, guards: [] };
    const features = detectFeatures();
    const executor = (threads: number) =>
      // one stage per op, unfused: the threshold is a property of one stage
      createWasmExecutor(program, createIndexService(), { features, threads, createPool: createNodePool, denseCrossover: 2, fuse: false, simd: { minParallelWork: threads > 1 ? 0 : Infinity } });
    const one = executor(1);
    const two = executor(2);
    const runs = ctx.quick ? 5 : 21;
    const records: BenchRecord[] = [];
    for (const log2 of ctx.quick ? [12, 16, 20] : [10, 12, 13, 14, 15, 16, 17, 18, 20]) {
      const dims = new Map([
        ['R', 2 ** Math.max(0, log2 - 8)],
        ['C', 2 ** Math.min(8, log2)],
      ]);
      const x = randomTensor('f32', [dims.get('R') as number, dims.get('C') as number], 1, 'x');
      const inputs = new Map([['x', x]]);
      const times = { one: new Map<string, number[]>(), two: new Map<string, number[]>() };
      for (let r = 0; r <= runs; r++) {
        for (const [kind, ex] of [['one', one], ['two', two]] as const) {
          const result = await ex.run(inputs, dims);
          if (r === 0) continue;
          for (const o of result.ops) times[kind].set(o.name, [...(times[kind].get(o.name) ?? []), o.kernelMs]);
        }
      }
      for (const op of ['e', 's']) {
        const oneMs = median(times.one.get(op) ?? []);
        const twoMs = median(times.two.get(op) ?? []);
        records.push({ op: op === 'e' ? 'exp(x)' : 'sum[c] x', points: 2 ** log2, oneMs, twoMs, ratio: twoMs / oneMs });
      }
      ctx.log(`pointwise-threads 2^${log2} done`);
    }
    await one.dispose();
    await two.dispose();
    return records;
  },
};
