import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from './cli-harness.js';

/**
 * `--exact`: on wasm, ops that are not GEMMs run the float64 kernels that reproduce the
 * reference bit for bit; by default they run f32 SIMD kernels (within tolerance).
 */
const SOFTMAX = `dim T = 6, N = 37
input x: f32[T, N]
mx[t] = max[n] x[t, n]
ex[t, n] = exp(x[t, n] - mx[t])
z[t] = sum[n] ex[t, n]
y[t, n] = ex[t, n] / z[t]
output y
`;

describe('pitc run and compile --exact', () => {
  it('run: SIMD kernels by default, the exact float64 kernels with --exact; both pass --check, --exact with no error at all', async () => {
    const dir = workspace({ 'softmax.pit': SOFTMAX });
    const simd = await runCli(['run', 'softmax.pit', '--target', 'wasm', '--random', '1', '--check', '--json', '--threads', '2'], dir);
    expect(simd.code, simd.stderr).toBe(0);
    const simdReport = JSON.parse(simd.stdout);
    expect(simdReport.ops.map((o: { path: string }) => o.path)).toEqual(['simd', 'simd', 'simd', 'simd']);
    expect(simdReport.check.y.ok).toBe(true);

    const exact = await runCli(['run', 'softmax.pit', '--target', 'wasm', '--random', '1', '--check', '--json', '--exact', '--threads', '2'], dir);
    expect(exact.code, exact.stderr).toBe(0);
    const exactReport = JSON.parse(exact.stdout);
    for (const op of exactReport.ops) {
      expect(op.path).toBe('scalar');
      expect(op.why).toMatch(/exact/);
    }
    expect(exactReport.check.y).toEqual({ ok: true, maxScaledError: 0 });
  });

  it('compile: the .wat of --exact has the float64 kernels, the default has f32x4 ones', async () => {
    const dir = workspace({ 'softmax.pit': SOFTMAX });
    expect((await runCli(['compile', 'softmax.pit', '-o', 'simd'], dir)).code).toBe(0);
    expect((await runCli(['compile', 'softmax.pit', '-o', 'exact', '--exact'], dir)).code).toBe(0);
    const simd = readFileSync(join(dir, 'simd', 'softmax.wat'), 'utf8');
    const exact = readFileSync(join(dir, 'exact', 'softmax.wat'), 'utf8');
    expect(simd).toMatch(/f32x4\.max/);
    expect(exact).not.toMatch(/f32x4\.max/);
    expect(exact).toMatch(/call \$exp/);
  });
});
