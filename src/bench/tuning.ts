import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import type { HostTensor } from '../../ir/tensor.js';
import type { CompileOptions } from '../api/compile.js';
import type { PitProgram } from '../api/program.js';
import { runFrontEnd } from '../frontend/index.js';
import { compareTensors } from '../runtime/compare.js';
import { applyDensity, measureDensity } from '../runtime/density.js';
import { randomTensor } from '../runtime/random.js';
import { median } from '../runtime/stats.js';
import { resolveTuning, withTuning } from '../tune/apply.js';
import { alternating } from '../tune/confirm.js';
import { memoryDb } from '../tune/db.js';
import { pairedVerdict } from '../tune/paired.js';
import { machineId } from '../tune/machine-id.js';
import { tuneProgram } from '../tune/tuner.js';
import { GRANULARITIES, MATMUL_SAMPLE, SPARSITIES } from './matmul-grid.js';
import { compileOrThrow } from './program-timer.js';
import type { BenchContext, BenchRecord, Benchmark } from './types.js';


/**
 * The tuner's budget per grid cell (seconds) and its timing per candidate. Bounded so that the
 * whole grid takes minutes: 16 cells × 20 s at 2048 (about 6 minutes with the side-by-side
 * timing), 16 × 3 s with --quick.
 */
export const TUNE_BUDGET_S = { full: 20, quick: 3 } as const;
const TUNE_MEASURE = { warmup: 1, repeats: 3 } as const;

/**
 * The matmul grid of DESIGN §7, default plan (static planner, default blocking, every core) vs
 * the tuned plan (what `pitc tune` finds for that data within the budget and `pitc run` then
 * uses), timed side by side in alternation after tuning. The speed-up is the median of per-round
 * ratios; the verdict says "faster" or "SLOWER" only when at least 3/4 of the rounds agree
 * (src/tune/paired.ts), "same (noise)" otherwise, and "default kept" when the tuner found nothing
 * clearly better (both programs are then the same, and their ratio shows the noise).
 */
export const tuningBenchmark: Benchmark = {
  name: 'tuning',
  title: 'Tuned vs default plans on the sparse matmul grid (wasm; tuner budget per cell bounded)',
  columns: [
    { key: 'granularity', header: 'granularity' },
    { key: 'sparsity', header: 'sparsity' },
    { key: 'density', header: 'density', digits: 4 },
    { key: 'defaultPlan', header: 'default plan' },
    { key: 'defaultMs', header: 'default ms', digits: 2 },
    { key: 'defaultSpread', header: 'default min–max' },
    { key: 'tunedPlan', header: 'tuned plan' },
    { key: 'tunedMs', header: 'tuned ms', digits: 2 },
    { key: 'tunedSpread', header: 'tuned min–max' },
    { key: 'speedup', header: 'speed-up (paired)', digits: 2 },
    { key: 'verdict', header: 'verdict' },
    { key: 'trials', header: 'trials (failed)' },
    { key: 'tuneS', header: 'tuning s', digits: 1 },
  ],
  async run(ctx: BenchContext): Promise<BenchRecord[]> {
    const n = ctx.quick ? 512 : 2048;
    const rounds = ctx.quick ? 5 : 7;
    const budget = ctx.quick ? TUNE_BUDGET_S.quick : TUNE_BUDGET_S.full;
    const threads = availableParallelism();
    const text = readFileSync(MATMUL_SAMPLE, 'utf8');
    const dims = new Map([
      ['M', n],
      ['K', n],
      ['N', n],
    ]);
    const a0 = randomTensor('f32', [n, n], 1, 'a');
    const b = randomTensor('f32', [n, n], 2, 'b');
    const base: CompileOptions = { file: 'matmul.pit', target: 'wasm', threads };
    const machine = machineId();
    const graph = runFrontEnd(text, 'matmul.pit').graph;
    if (!graph) throw new Error('samples/matmul.pit does not compile');
    const records: BenchRecord[] = [];
    ctx.log(`tuning: ${n}³, ${threads} threads, ${budget} s of tuning per cell`);
    for (const g of GRANULARITIES) {
      for (const sparsity of SPARSITIES) {
        const a = applyDensity(a0, 1 - sparsity, g, 7, `a:${g.join('x')}:${sparsity}`);
        const inputs = new Map<string, HostTensor>([
          ['a', a],
          ['b', b],
        ]);
        const db = memoryDb();
        const t0 = performance.now();
        const tuned = await tuneProgram({ text, file: 'matmul.pit', target: 'wasm', dims, inputs, maxThreads: threads, budgetMs: budget * 1000, db, machine, measure: TUNE_MEASURE });
        const tuneS = (performance.now() - t0) / 1000;
        const resolution = await resolveTuning({ graph, target: 'wasm', dims, inputs, maxThreads: threads, records: db.read().records, machine });
        const defaultProgram = await compileOrThrow(text, base);
        const tunedProgram = await compileOrThrow(text, withTuning(base, resolution.options));
        const [d, t] = (await sideBySide([defaultProgram, tunedProgram], inputs, dims, rounds)) as [SideTiming, SideTiming];
        await defaultProgram.dispose();
        await tunedProgram.dispose();
        const op = tuned.ops[0];
        const { speedup, verdict } = pairedVerdict(t.samples, d.samples);
        // the tuner kept the default: both programs are the same, and the speed-up shows the noise
        const kept = op?.winner !== undefined && op.winner.candidate === op.trials[0]?.candidate;
        const source = resolution.sources[0];
        records.push({
          granularity: g.join('x'),
          sparsity,
          density: measureDensity(a, g),
          defaultPlan: op?.trials[0] ? op.trials[0].candidate.plan.label : '',
          defaultMs: d.medianMs,
          defaultSpread: `${d.minMs.toFixed(1)}–${d.maxMs.toFixed(1)}`,
          tunedPlan: source?.source !== 'tuned' ? `(cost model: ${source?.why ?? 'no record'})` : kept ? '= default' : (source.record?.label ?? ''),
          tunedMs: t.medianMs,
          tunedSpread: `${t.minMs.toFixed(1)}–${t.maxMs.toFixed(1)}`,
          speedup,
          verdict: !t.agree ? 'OUTPUTS DIFFER' : kept ? 'default kept' : verdict === 'slower' ? 'SLOWER' : verdict,
          trials: `${op?.trials.length ?? 0} (${op?.trials.filter((x) => x.status === 'failed').length ?? 0})`,
          tuneS,
        });
        ctx.log(`  ${g.join('x')} @ ${sparsity}: default ${d.medianMs.toFixed(1)} ms, tuned ${t.medianMs.toFixed(1)} ms (${speedup.toFixed(2)}x, ${verdict}); ${source?.record?.label ?? 'default kept'}`);
      }
    }
    return records;
  },
};

interface SideTiming {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly samples: readonly number[];
  /** The outputs of this program equal the first program's (within f32 tolerance). */
  readonly agree: boolean;
}

/** Op time (kernel + index) of each program, one run each per round in ABBA order, after a warm-up. */
async function sideBySide(programs: readonly PitProgram[], inputs: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>, rounds: number): Promise<SideTiming[]> {
  const outputs: HostTensor[] = [];
  for (const p of programs) outputs.push((await p.execute(inputs, { dims })).outputs.get('c') as HostTensor);
  const samples = programs.map((): number[] => []);
  for (let r = 0; r < rounds; r++) {
    for (const i of alternating(programs.length, r)) {
      const report = await (programs[i] as PitProgram).execute(inputs, { dims });
      const op = report.ops[0];
      (samples[i] as number[]).push((op?.kernelMs ?? 0) + (op?.indexMs ?? 0));
    }
  }
  const agree = outputs.map((o) => compareTensors(o, outputs[0] as HostTensor).ok);
  return samples.map((s, i) => ({ medianMs: median(s), minMs: Math.min(...s), maxMs: Math.max(...s), samples: s, agree: agree[i] as boolean }));
}
