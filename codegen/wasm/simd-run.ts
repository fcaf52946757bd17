import type { SimdStageProgram } from './pointwise-kernels.js';
import { runJobs, type KernelCall, type ThreadPool } from './thread-pool.js';

/**
 * Work (points × cost per point, see LoopPlan.work) below which a SIMD stage stays on the
 * calling thread. Handing a job to a worker and waiting for it costs 0.06–0.1 ms here, so a
 * split pays from about 0.2 ms of work on one thread: ~2^20 points of a load-and-add (a row sum
 * in cache, 0.15 ns a point), ~2^17 of an exp (1.6 ns a point). The costs are measured with
 * `npm run bench -- --only pointwise-threads` (docs/benchmarks.md).
 */
export const MIN_PARALLEL_WORK = 1 << 20;

export interface SimdTuning {
  /** Smallest stage (work units) split across threads. */
  readonly minParallelWork?: number;
}

/**
 * The jobs `(rowLo, rowHi, vLo, vHi)` of one stage for `threads` threads: equal row ranges, or
 * when there are fewer rows than threads and the lanes are cells, ranges of the vector axis cut
 * at multiples of 4 (so only the last range has a remainder). Every cell is computed by one
 * thread in the same order whatever the split.
 */
export function stageJobs(stage: Pick<SimdStageProgram, 'rows' | 'vector' | 'lanes' | 'work'>, threads: number, minWork = MIN_PARALLEL_WORK): number[][] {
  const whole = [[0, stage.rows, 0, stage.vector]];
  if (threads <= 1 || stage.work < minWork) return whole;
  if (stage.rows >= threads) {
    const per = Math.ceil(stage.rows / threads);
    const jobs: number[][] = [];
    for (let lo = 0; lo < stage.rows; lo += per) jobs.push([lo, Math.min(stage.rows, lo + per), 0, stage.vector]);
    return jobs;
  }
  if (stage.lanes === 'cells' && stage.vector >= 8 * threads) {
    const per = Math.ceil(stage.vector / threads / 4) * 4;
    const jobs: number[][] = [];
    for (let lo = 0; lo < stage.vector; lo += per) jobs.push([0, stage.rows, lo, Math.min(stage.vector, lo + per)]);
    return jobs;
  }
  return whole;
}

/** Runs the stages in order (each one complete before the next reads its buffer); returns the most threads used. */
export async function runSimdStages(
  stages: readonly SimdStageProgram[],
  pool: ThreadPool | undefined,
  module: WebAssembly.Module,
  call: KernelCall,
  tuning: SimdTuning = {},
): Promise<{ threads: number }> {
  let threads = 1;
  for (const stage of stages) {
    const jobs = stageJobs(stage, pool?.size ?? 1, tuning.minParallelWork);
    threads = Math.max(threads, jobs.length);
    await runJobs(stage.fn, jobs, pool, module, call);
  }
  return { threads };
}
