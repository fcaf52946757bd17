import { describe, expect, it } from 'vitest';
import { measure } from '../../src/tune/measure.js';

/** A fake candidate: each run returns the next time from the list and advances a fake clock by it. */
function fake(times: readonly number[]) {
  let now = 0;
  let runs = 0;
  return {
    clock: () => now,
    runs: () => runs,
    runOnce: async () => {
      const t = times[Math.min(runs, times.length - 1)] as number;
      runs++;
      now += t;
      return t;
    },
  };
}

describe('measure', () => {
  it('warms up, repeats, and reports median and spread', async () => {
    const f = fake([100, 5, 3, 4, 9, 4]);
    const r = await measure(f.runOnce, undefined, { warmup: 1, repeats: 5, earlyStop: 3, timeLimitMs: 1e9 }, f.clock);
    expect(r.status).toBe('ok');
    expect(r.samples).toEqual([5, 3, 4, 9, 4]);
    expect(r.measurement).toEqual({ medianMs: 4, minMs: 3, maxMs: 9, runs: 5 });
    expect(f.runs()).toBe(6);
  });

  it('stops early when even the fastest of two runs is far slower than the best', async () => {
    const f = fake([10, 10, 10, 10, 10, 10]);
    const r = await measure(f.runOnce, 2, { warmup: 1, repeats: 5, earlyStop: 3, timeLimitMs: 1e9 }, f.clock);
    expect(r.status).toBe('early-stop');
    expect(f.runs()).toBe(3);
    // one slow run is not enough (a busy machine)
    const g = fake([1, 50, 1, 1, 1, 1]);
    expect((await measure(g.runOnce, 2, { warmup: 1, repeats: 5, earlyStop: 3, timeLimitMs: 1e9 }, g.clock)).status).toBe('ok');
  });

  it('keeps going for a candidate within the early-stop factor', async () => {
    const f = fake([5, 5, 5, 5, 5, 5]);
    expect((await measure(f.runOnce, 2, { warmup: 1, repeats: 5, earlyStop: 3, timeLimitMs: 1e9 }, f.clock)).status).toBe('ok');
  });

  it('stops at the per-candidate time limit, keeping the runs it has', async () => {
    const f = fake([40, 40, 40, 40, 40, 40]);
    const r = await measure(f.runOnce, undefined, { warmup: 1, repeats: 5, earlyStop: 3, timeLimitMs: 100 }, f.clock);
    expect(r.status).toBe('timeout');
    expect(r.measurement?.runs).toBe(2);
    const g = fake([500]);
    expect(await measure(g.runOnce, undefined, { warmup: 1, repeats: 5, earlyStop: 3, timeLimitMs: 100 }, g.clock)).toEqual({ status: 'timeout', samples: [] });
  });
});

describe('paired comparison (what "faster than noise" means)', () => {
  it('calls a candidate faster only when most rounds agree and the median gain is real', async () => {
    const { pairedVerdict } = await import('../../src/tune/paired.js');
    expect(pairedVerdict([5, 5, 5, 5, 5], [10, 10, 10, 10, 10])).toEqual({ speedup: 2, verdict: 'faster' });
    // the machine slowed down for both in round 3: paired ratios are not fooled by it
    expect(pairedVerdict([5, 5, 50, 5, 5], [10, 10, 100, 10, 10]).verdict).toBe('faster');
    // one lucky round is noise
    expect(pairedVerdict([10, 10, 2, 10, 10], [10, 10, 10, 10, 10]).verdict).toBe('same (noise)');
    expect(pairedVerdict([12, 12, 12, 12, 9], [10, 10, 10, 10, 10]).verdict).toBe('slower');
  });
});
