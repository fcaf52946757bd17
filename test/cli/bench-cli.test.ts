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
    expect(r.stderr).toContain('PIT7002: --only nope: no such benchmark (known: index-build, matmul-grid, ffn, crossover, tuning, in-place)');
  });
});
