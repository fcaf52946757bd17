import { describe, expect, it } from 'vitest';
import type { OpRunRecord } from '../../codegen/target.js';
import type { RunReport } from '../../src/api/program.js';
import { medianOps, timedRuns } from '../../src/cli/timed-runs.js';

function report(ops: readonly OpRunRecord[], kernelMs = 0): RunReport {
  return { outputs: new Map(), dims: new Map(), ops, timings: { kernelMs, indexMs: 0, totalMs: 0 }, kept: new Map() };
}

const op = (name: string, kernelMs: number, indexMs?: number, detail?: Record<string, unknown>): OpRunRecord => ({
  name,
  target: 'wasm',
  kernelMs,
  form: indexMs !== undefined ? 'pit' : 'dense',
  ...(indexMs !== undefined ? { indexMs } : {}),
  ...(detail ? { detail } : {}),
});

describe('pitc run: medians over the timed runs', () => {
  it("gives every op the median of its own kernel and index times, with the last run's details", () => {
    const ops = medianOps([
      report([op('s', 9, 1, { density: 0.1 }), op('e', 5)]),
      report([op('s', 1, 3, { density: 0.2 }), op('e', 7)]),
      report([op('s', 4, 2, { density: 0.3 }), op('e', 6)]),
    ]);
    expect(ops).toEqual([op('s', 4, 2, { density: 0.3 }), op('e', 6)]);
  });

  it('takes the median of an even count as the mean of the middle two, and keeps an op without index time without one', () => {
    expect(medianOps([report([op('c', 1)]), report([op('c', 3)])])).toEqual([op('c', 2)]);
    expect(medianOps([])).toEqual([]);
  });

  it('warms up once before several runs (never before one) and reports the last report', async () => {
    let calls = 0;
    const run = async () => report([op('c', ++calls)], calls);
    const one = await timedRuns(run, 1);
    expect(calls).toBe(1);
    expect(one.ops).toEqual([op('c', 1)]);
    calls = 0;
    const three = await timedRuns(run, 3);
    expect(calls).toBe(4); // a warm-up, then 3 timed runs: kernel times 2, 3, 4
    expect(three.kernelMs).toBe(3);
    expect(three.ops).toEqual([op('c', 3)]);
    expect(three.report.ops).toEqual([op('c', 4)]);
    expect(three.totalMs).toBeGreaterThanOrEqual(0);
  });
});
