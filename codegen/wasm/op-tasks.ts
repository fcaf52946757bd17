import { indexDensity, type SparseIndex } from '../../ir/sparse-index.js';
import type { OpProgram } from './op-program.js';
import { pitDetail } from './run-records.js';
import { denseTasks, pitTasks, type GemmTask, type ListCache } from './tasks.js';

/** The run's index of a key (built once per run): the index, whether it was reused, and the ms it took. */
export type IndexLookup = (key: string) => { index: SparseIndex; reused: boolean; ms: number };

/** A sample of an index's source before it is built (codegen/run/density-sample.ts): the record's words when it says dense, else undefined. */
export type DenseBySample = (key: string) => Record<string, unknown> | undefined;

/** A GEMM op's tasks for one run, and what its record says of them. */
export interface GemmOpTasks {
  readonly tasks: GemmTask[];
  /** The index whose listed micro-tiles the tasks cover (absent: dense tasks). */
  readonly listed?: SparseIndex;
  readonly indexMs?: number;
  /** ms making the task lists (part of the kernel's time, not the index's). */
  readonly taskMs: number;
  readonly detail: Record<string, unknown>;
}

/**
 * A GEMM op's tasks: from its PIT index when the index's density is at most the dense crossover,
 * else dense, also when there is no `index` lookup (a dense rerun) or a sample of the source says
 * it is dense (`sample`: the index is then not built). `kept` gives the tasks of a plan kept from
 * an earlier run when it fits this run's index (plan-memo.ts). The op-by-op run (executor.ts) and a loop
 * chain's member (chain-run.ts) both take them from here.
 */
export function gemmOpTasks(
  op: Extract<OpProgram, { kind: 'gemm' }>,
  lists: ListCache,
  crossover: number,
  index?: IndexLookup,
  sample?: DenseBySample,
  kept?: () => GemmTask[] | undefined,
): GemmOpTasks {
  // dense with no index: no PIT form or no lookup, or the sample's record words
  const dense = (words: Record<string, unknown>): GemmOpTasks => {
    const t0 = performance.now();
    const tasks = denseTasks(op.contraction, op.extents, lists);
    return { tasks, taskMs: performance.now() - t0, detail: { path: 'gemm', ...words } };
  };
  if (op.kernel.kind !== 'pit' || !op.pitLoops || !index) return dense({ mode: 'dense' });
  const sampled = sample?.(op.pitLoops.index);
  if (sampled) return dense(sampled);
  const built = index(op.pitLoops.index);
  const pit = indexDensity(built.index) <= crossover;
  const t0 = performance.now();
  const tasks = pit
    ? (kept?.() ?? pitTasks(op.pitLoops, op.contraction, op.extents, built.index, lists))
    : denseTasks(op.contraction, op.extents, lists);
  const taskMs = performance.now() - t0;
  const detail = { path: 'gemm', ...pitDetail(op.kernel, built.index, built.reused, pit) };
  return { tasks, ...(pit ? { listed: built.index } : {}), indexMs: built.ms, taskMs, detail };
}
