import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileDb } from '../../src/tune/db-file.js';
import { sampleRecord } from './records.js';
import { buildChild, runChild } from './child-build.js';

/** The database under real processes: concurrent writers, a writer killed mid-write, a compactor racing writers. */
let script = '';
beforeAll(() => {
  script = buildChild();
});

const tempDb = (): string => join(mkdtempSync(join(tmpdir(), 'pitc-dbp-')), 'tuning.jsonl');

describe('the tuning database across processes', () => {
  it('two writers at once lose nothing', async () => {
    const path = tempDb();
    const n = 300;
    const a = runChild(script, ['write', path, 'A', String(n), '2000']);
    const b = runChild(script, ['write', path, 'B', String(n), '2000']);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code, ra.stderr, rb.stderr]).toEqual([0, 0, '', '']);
    const snap = fileDb(path).read();
    expect(snap.skipped).toBe(0);
    const ids = new Set(snap.records.map((r) => r.id));
    expect(ids.size).toBe(2 * n);
    for (let i = 0; i < n; i++) expect(ids.has(`A-${i}`) && ids.has(`B-${i}`)).toBe(true);
  });

  it('a writer killed mid-write leaves a readable database that takes new writes', async () => {
    const path = tempDb();
    // 200 KB records: each write spans many pages, so the kill likely lands inside one
    const child = runChild(script, ['forever', path, 'K', String(200_000)]);
    await child.linesSeen(20);
    child.kill('SIGKILL');
    const end = await child.done;
    expect(end.signal).toBe('SIGKILL');
    const acknowledged = end.stdout.split('\n').filter((l) => l !== '').length;
    const db = fileDb(path);
    const before = db.read();
    expect(before.skipped).toBeLessThanOrEqual(1);
    const ids = new Set(before.records.map((r) => r.id));
    for (let i = 0; i < acknowledged; i++) expect(ids.has(`K-${i}`)).toBe(true);
    db.append([sampleRecord('after-the-crash')]);
    const after = db.read();
    expect(after.records.map((r) => r.id)).toContain('after-the-crash');
    expect(after.skipped).toBe(before.skipped);
  });

  it('compacting while two processes write loses nothing', async () => {
    const path = tempDb();
    fileDb(path).append([sampleRecord('seed')]);
    const n = 200;
    const a = runChild(script, ['write', path, 'A', String(n), '500']);
    const b = runChild(script, ['write', path, 'B', String(n), '500']);
    const c = runChild(script, ['compact', path, '40']);
    const results = await Promise.all([a.done, b.done, c.done]);
    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
      [0, ''],
    ]);
    const ids = new Set(fileDb(path).read().records.map((r) => r.id));
    expect(ids.size).toBe(2 * n + 1);
  });
});
