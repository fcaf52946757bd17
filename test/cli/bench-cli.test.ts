import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from './cli-harness.js';

/** `pitc bench` is `npm run bench` from the CLI (timings are reported, never asserted). */
describe('pitc bench', () => {
  it('runs the chosen benchmarks, prints the report and writes the JSON records', async () => {
    const dir = workspace({});
    const r = await runCli(['bench', '--only', 'index-build', '--quick', '--out', 'results'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# pitc benchmarks\n\nMachine: .* \(--quick\)\n/);
    expect(r.stdout).toContain('## Index build');
    const file = join(dir, 'results', 'index-build.json');
    expect(existsSync(file)).toBe(true);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ name: 'index-build', quick: true });
    expect(json.records.length).toBeGreaterThan(10);
  });

  it('runs the layers benchmark in --quick mode with every result checked against onnxruntime', async () => {
    const dir = workspace({});
    const r = await runCli(['bench', '--only', 'layers', '--quick', '--out', 'results'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('## Whole layers end to end');
    const json = JSON.parse(readFileSync(join(dir, 'results', 'layers.json'), 'utf8'));
    expect(json).toMatchObject({ name: 'layers', quick: true });
    expect(json.records.map((row: { layer: string }) => row.layer)).toEqual([
      ...new Array(8).fill('attention'),
      ...new Array(3).fill('OPT FFN'),
      'MoE',
      'MoE',
      'matmul',
      'matmul',
      'matmul',
    ]);
    for (const row of json.records) {
      expect(row.check, row.config).toBe('ok');
      for (const key of ['pitcMs', 'kernelIndexMs', 'denseMs', 'ortMs']) expect(typeof row[key], `${row.config}: ${key}`).toBe('number');
      expect(row.ops, row.config).not.toBe('');
    }
    // NumPy times the matmul rows, or says why it could not
    for (const row of json.records.filter((row: { layer: string }) => row.layer === 'matmul')) {
      expect(typeof row.numpyMs === 'number' || /^skipped: /.test(row.numpy), row.numpy).toBe(true);
    }
  });

  it('in-place: every way of calling runs, their products are checked, NumPy beside them or skipped', async () => {
    const dir = workspace({});
    const r = await runCli(['bench', '--only', 'in-place', '--quick', '--out', 'results'], dir);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'results', 'in-place.json'), 'utf8'));
    const names = json.records.map((x: { variant: string }) => x.variant);
    expect(names.slice(0, 4)).toEqual(['run(), uploads b every call', 'run(), copying (b held)', 'run({ a }, { into: { c } })', "run({ a: inputView }, { outputs: 'view' })"]);
    for (const x of json.records.slice(0, 4)) expect(x.kernelIndexMs).toBeGreaterThan(0);
    expect(names.length === 5 || r.stderr.includes('NumPy: skipped')).toBe(true);
  });

  it('names the benchmarks it knows when asked for another (PIT7002)', async () => {
    const r = await runCli(['bench', '--only', 'nope'], workspace({}));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('PIT7002: --only nope: no such benchmark (known: index-build, matmul-grid, ffn, crossover, tuning, pointwise, pointwise-threads, layers, in-place, sddmm, gpu)');
  });
});
