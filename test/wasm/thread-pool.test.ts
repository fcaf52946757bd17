import { describe, expect, it } from 'vitest';
import { equalWorkRanges, PendingJobs } from '../../codegen/wasm/thread-pool.js';

/** The job table both worker pools use: ids out, answers in, a dead worker fails what it held. */
describe('PendingJobs', () => {
  it('settles each job by the answer that names it, ignores answers to nothing, and fails the rest when the worker dies', async () => {
    const jobs = new PendingJobs();
    const posted: Record<string, unknown>[] = [];
    const post = (m: Record<string, unknown>): void => void posted.push(m);
    const first = jobs.send({ kind: 'run', fn: 'a' }, post);
    const second = jobs.send({ kind: 'run', fn: 'b' }, post);
    const third = jobs.send({ kind: 'run', fn: 'c' }, post);
    expect(posted.map((m) => m['fn'])).toEqual(['a', 'b', 'c']);
    const [id1, id2] = posted.map((m) => m['id'] as number) as [number, number];
    expect(new Set(posted.map((m) => m['id'])).size).toBe(3);
    jobs.answer({ kind: 'error', id: id2, message: 'trap: out of bounds' });
    jobs.answer({ kind: 'done', id: id1 });
    jobs.answer({ kind: 'done', id: 999 });
    await expect(first).resolves.toBeUndefined();
    await expect(second).rejects.toThrow(/worker failed: trap: out of bounds/);
    expect(jobs.size).toBe(1);
    jobs.failAll('worker exited (code 1)');
    await expect(third).rejects.toThrow(/worker exited \(code 1\)/);
    expect(jobs.size).toBe(0);
  });
});

/** How GEMM tasks, prepacks and stage-group tasks are split over threads. */
describe('equalWorkRanges', () => {
  const split = (work: number[], parts: number) => equalWorkRanges(work.length, (i) => work[i] as number, parts).map((r) => [r.start, r.count]);

  it('cuts contiguous ranges of about equal work that cover every item once', () => {
    expect(split([1, 1, 1, 1], 2)).toEqual([[0, 2], [2, 2]]);
    expect(split([3, 1, 1, 1], 2)).toEqual([[0, 1], [1, 3]]);
    expect(split([1, 1, 1, 1, 1, 1], 3)).toEqual([[0, 2], [2, 2], [4, 2]]);
    expect(split([5, 0, 0], 1)).toEqual([[0, 3]]);
  });

  it('never makes more ranges than parts, also when the last items have no work (each range may own per-thread scratch)', () => {
    expect(split([5, 5, 0, 0], 2)).toEqual([[0, 1], [1, 3]]);
    expect(split([0, 0, 0], 2)).toEqual([[0, 1], [1, 2]]);
    for (let parts = 1; parts <= 4; parts++) {
      const ranges = split([0, 7, 0, 0, 3, 0, 1, 0, 0], parts);
      expect(ranges.length).toBeLessThanOrEqual(parts);
      expect(ranges.reduce((n, [, c]) => n + (c as number), 0)).toBe(9);
      expect(ranges.every(([, c]) => (c as number) > 0)).toBe(true);
    }
  });

  it('gives one empty range for no items', () => {
    expect(split([], 2)).toEqual([[0, 0]]);
  });
});
