/** Timing helpers: median of repeated runs after warm-up (wall clock, milliseconds). */
import { median } from '../runtime/stats.js';

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

export function timeRuns(fn: () => void, warmup: number, runs: number): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), minMs: Math.min(...times), runs };
}
