import { describe, expect, it } from 'vitest';
import { PendingJobs } from '../../codegen/wasm/thread-pool.js';

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
