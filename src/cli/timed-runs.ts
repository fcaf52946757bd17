import type { OpRunRecord } from '../../codegen/target.js';
import type { RunReport } from '../api/program.js';
import { median } from '../runtime/stats.js';

/** What `pitc run` reports of its runs: every time a median over the same timed runs. */
export interface TimedRuns {
  /** The last run's report (outputs, dims). */
  readonly report: RunReport;
  /** The last run's op records with kernelMs and indexMs replaced by their medians. */
  readonly ops: readonly OpRunRecord[];
  readonly kernelMs: number;
  readonly indexMs: number;
  /** Median wall time of the whole call, as an API caller pays it (inputs in, outputs out). */
  readonly totalMs: number;
}

/**
 * One run (`repeat` 1: a cold run), or a warm-up plus `repeat` timed runs. `totalMs` is measured
 * around the call, not inside it, so it holds everything the caller waits for.
 */
export async function timedRuns(run: () => Promise<RunReport>, repeat: number): Promise<TimedRuns> {
  if (repeat > 1) await run();
  const reports: RunReport[] = [];
  const walls: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    reports.push(await run());
    walls.push(performance.now() - start);
  }
  return {
    report: reports[reports.length - 1] as RunReport,
    ops: medianOps(reports),
    kernelMs: median(reports.map((r) => r.timings.kernelMs)),
    indexMs: median(reports.map((r) => r.timings.indexMs)),
    totalMs: median(walls),
  };
}

/** The last report's op records, each op's kernel and index ms the median over every report. */
export function medianOps(reports: readonly RunReport[]): OpRunRecord[] {
  const last = reports[reports.length - 1];
  if (!last) return [];
  return last.ops.map((op) => {
    const same = reports.map((r) => r.ops.find((o) => o.name === op.name)).filter((o): o is OpRunRecord => o !== undefined);
    const indexes = same.map((o) => o.indexMs).filter((ms): ms is number => ms !== undefined);
    return {
      ...op,
      kernelMs: median(same.map((o) => o.kernelMs)),
      ...(op.indexMs !== undefined ? { indexMs: median(indexes) } : {}),
    };
  });
}
