import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliRun } from '../cli/cli-harness.js';
import { fileDb } from '../../src/tune/db-file.js';
import { hasStackTrace, runCli, workspace } from '../cli/cli-harness.js';

const SAMPLE = join(import.meta.dirname, '../../samples/matmul.pit');
const DIMS = ['--dim', 'M=128', '--dim', 'N=128', '--dim', 'K=128'];

/** `pitc tune` in-process: one tuning run shared by the tests below (it takes a few seconds). */
describe('pitc tune', () => {
  const dir = workspace({});
  let tuned: CliRun;
  beforeAll(async () => {
    copyFileSync(SAMPLE, join(dir, 'matmul.pit'));
    tuned = await runCli(['tune', 'matmul.pit', '--target', 'wasm', ...DIMS, '--budget', '120', '--tuning-db', 'db.jsonl'], dir);
  });

  it('shows a progress bar, prints the winners and stores records', async () => {
    const r = tuned;
    expect(r.code, r.stderr).toBe(0);
    // the data is dense (density 1.00): which plan is fastest (dense, or PIT along k or m) is a timing race
    expect(r.stderr).toMatch(/tune c \[#*-*\] +\d+%  \d+(\/\d+)? tried, \d+ failed  [\d.]+\/120\.0 s  best [\d.]+ ms: (a along [km]|dense)/);
    expect(r.stderr).toMatch(/tune c \[#{24}\] 100%/);
    expect(r.stdout).toMatch(/^op +data \(density, granularity\) +default +default ms +tuned +tuned ms +speed-up/);
    expect(r.stdout).toMatch(/\nc +t0 1\.00 g 0\.0 +a along k, 32x1; kc 256, mc 64, nc 512, threads \d/);
    expect(r.stdout).toMatch(/stored \d+ records \(1 winners\) in db\.jsonl/);
    const records = fileDb(join(dir, 'db.jsonl')).read().records;
    expect(records.filter((x) => x.kind === 'winner')).toHaveLength(1);
    expect(records.length).toBeGreaterThan(2);
  });

  it('--show lists the winners', async () => {
    const r = await runCli(['tune', '--show', '--tuning-db', 'db.jsonl'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^record +kind +op/);
    expect(r.stdout).toMatch(/winner +out\[s0, s1\] = \(sum\[r0\] \(t0\[s0, r0\] \* t1\[r0, s1\]\)\) : f32 +r0=128 s0=128 s1=128/);
    expect(r.stdout).toMatch(/\d+ records \(1 winners; --all shows trials too\) in db\.jsonl/);
    const all = await runCli(['tune', '--show', '--all', '--tuning-db', 'db.jsonl'], dir);
    expect(all.stdout.split('\n').filter((l) => / trial /.test(l)).length).toBeGreaterThan(1);
  });

  it('compile uses the record when given the data it was tuned for, and says which plan each op got', async () => {
    const tuned = await runCli(['compile', 'matmul.pit', '--target', 'wasm', ...DIMS, '--random', '1', '--tuning-db', 'db.jsonl', '-o', 'out-tuned'], dir);
    expect(tuned.code, tuned.stderr).toBe(0);
    expect(tuned.stdout).toMatch(/op c: plan: tuned \(record [0-9a-f]{8}: /);
    expect(existsSync(join(dir, 'out-tuned', 'matmul.wasm'))).toBe(true);
    const noData = await runCli(['compile', 'matmul.pit', '--target', 'wasm', ...DIMS, '--tuning-db', 'db.jsonl', '-o', 'out-plain'], dir);
    expect(noData.code, noData.stderr).toBe(0);
    expect(noData.stdout).toMatch(/plans: cost model \(to use tuning records, give the data they were tuned for/);
    const off = await runCli(['compile', 'matmul.pit', '--target', 'wasm', ...DIMS, '--random', '1', '--tuning-db', 'db.jsonl', '--no-tuning', '-o', 'out-off'], dir);
    expect(off.stdout).not.toMatch(/plan/);
  });

  it('run uses the record when the data matches, and the cost model otherwise, and says which', async () => {
    const same = await runCli(['run', 'matmul.pit', '--target', 'wasm', ...DIMS, '--random', '1', '--tuning-db', 'db.jsonl'], dir);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/op c: plan: tuned \(record [0-9a-f]{8}: .* ms when tuned, default [\d.]+ ms\)\)/);
    const json = await runCli(['run', 'matmul.pit', '--target', 'wasm', ...DIMS, '--random', '1', '--tuning-db', 'db.jsonl', '--json'], dir);
    expect(JSON.parse(json.stdout).ops[0].plan).toMatchObject({ source: 'tuned', record: expect.any(String) });
    const sparse = await runCli(['run', 'matmul.pit', '--target', 'wasm', ...DIMS, '--random', '1', '--density', 'a=0.05', '--tuning-db', 'db.jsonl', '--check'], dir);
    expect(sparse.stdout).toMatch(/op c: plan: cost model \(records exist for other data/);
    expect(sparse.stdout).toMatch(/check c: ok/);
    const other = await runCli(['run', 'matmul.pit', '--target', 'wasm', '--dim', 'M=64', '--dim', 'N=128', '--dim', 'K=128', '--random', '1', '--tuning-db', 'db.jsonl'], dir);
    expect(other.stdout).toMatch(/plans: cost model \(no tuning records for these ops and shapes/);
    const off = await runCli(['run', 'matmul.pit', '--target', 'wasm', ...DIMS, '--random', '1', '--tuning-db', 'db.jsonl', '--no-tuning'], dir);
    expect(off.stdout).not.toMatch(/plan:/);
  });

  it('exports records as JSON and imports them into another database', async () => {
    const out = await runCli(['tune', '--export', 'records.json', '--tuning-db', 'db.jsonl'], dir);
    expect(out.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'records.json'), 'utf8')).format).toBe('pitc-tuning-export/1');
    const imported = await runCli(['tune', '--import', 'records.json', '--tuning-db', 'other.jsonl'], dir);
    expect(imported.stdout).toMatch(/imported (\d+) records from records\.json \(0 already there\)/);
    const again = await runCli(['tune', '--import', 'records.json', '--tuning-db', 'other.jsonl'], dir);
    expect(again.stdout).toMatch(/imported 0 records/);
    expect(fileDb(join(dir, 'other.jsonl')).read().records).toEqual(fileDb(join(dir, 'db.jsonl')).read().records);
  });

  it('reports usage mistakes without a stack trace', async () => {
    const none = await runCli(['tune'], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/PIT7001: give a FILE to tune, or one of --show/);
    const ref = await runCli(['tune', 'matmul.pit', '--target', 'ref', ...DIMS, '--tuning-db', 'x.jsonl'], dir);
    expect(ref.code).toBe(1);
    expect(ref.stderr).toMatch(/error PIT8001: ref is the reference interpreter/);
    const budget = await runCli(['tune', 'matmul.pit', '--budget', '0', '--tuning-db', 'x.jsonl'], dir);
    expect(budget.stderr).toMatch(/PIT7002: --budget takes seconds/);
    const bad = await runCli(['tune', '--import', 'matmul.pit', '--tuning-db', 'x.jsonl'], dir);
    expect(bad.stderr).toMatch(/error PIT8007: 'matmul.pit' is not JSON/);
    for (const r of [none, ref, budget, bad]) expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(join(dir, 'x.jsonl'))).toBe(false);
  });
});

describe('pitc tune file errors', () => {
  it('blames the export file, not the database, when the export cannot be written (PIT6016)', async () => {
    const dir = workspace({});
    const r = await runCli(['tune', '--export', 'no/such/dir/x.json', '--tuning-db', 'db.jsonl'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error PIT6016: cannot write the export 'no/such/dir/x.json': no such file or directory");
  });

  it('stops when the database cannot be used, since the results would be lost (PIT6016)', async () => {
    const dir = workspace({ 'm.pit': 'dim N = 8\ninput a: f32[N, N] @dynamic\ninput b: f32[N, N]\nc[i, j] = sum[k] a[i, k] * b[k, j]\noutput c\n' });
    mkdirSync(join(dir, 'db-dir'));
    const r = await runCli(['tune', 'm.pit', '--budget', '5', '--tuning-db', 'db-dir'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error PIT6016: cannot use the tuning database 'db-dir': it is a directory/);
  });
});
