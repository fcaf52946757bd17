/**
 * Timing one candidate: warm-up runs, then repeats; median and spread; an early stop once the
 * candidate is clearly far slower than the best so far (its fastest of at least two runs above
 * `earlyStop` × best, as tinygrad's BEAM stops at 3×); a time limit per candidate. A run already in progress cannot be
 * interrupted (wasm runs on this thread), so the limit is checked between runs.
 */
import { median } from '../runtime/stats.js';
import type { Measurement } from './record.js';

export interface MeasureOptions {
  readonly warmup: number;
  readonly repeats: number;
  /** Stop when the fastest run so far exceeds this many times the best median. */
  readonly earlyStop: number;
  /** Wall-clock limit for warm-up plus repeats (ms). */
  readonly timeLimitMs: number;
}

export const DEFAULT_MEASURE: MeasureOptions = { warmup: 1, repeats: 5, earlyStop: 3, timeLimitMs: 20_000 };

export interface MeasureOutcome {
  readonly status: 'ok' | 'early-stop' | 'timeout';
  /** Absent only when not one timed run finished. */
  readonly measurement?: Measurement;
  readonly samples: readonly number[];
}

/** `runOnce` runs the candidate and returns the time to count (ms). */
export async function measure(runOnce: () => Promise<number>, bestMs: number | undefined, options: MeasureOptions = DEFAULT_MEASURE, clock: () => number = () => performance.now()): Promise<MeasureOutcome> {
  const start = clock();
  const over = (): boolean => clock() - start > options.timeLimitMs;
  for (let i = 0; i < options.warmup; i++) {
    await runOnce();
    if (over()) return { status: 'timeout', samples: [] };
  }
  const samples: number[] = [];
  while (samples.length < Math.max(1, options.repeats)) {
    samples.push(await runOnce());
    // two runs at least: one slow run on a busy machine says little
    if (bestMs !== undefined && samples.length >= 2 && Math.min(...samples) > options.earlyStop * bestMs) return { status: 'early-stop', measurement: summarise(samples), samples };
    if (over() && samples.length < options.repeats) return { status: 'timeout', measurement: summarise(samples), samples };
  }
  return { status: 'ok', measurement: summarise(samples), samples };
}

export function summarise(samples: readonly number[]): Measurement {
  return { medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), runs: samples.length };
}
