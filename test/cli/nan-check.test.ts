import { describe, expect, it } from 'vitest';
import { writeNpyFile } from '../../src/runtime/npy-file.js';
import { memoryDb } from '../../src/tune/db.js';
import { tuneProgram } from '../../src/tune/tuner.js';
import { join } from 'node:path';
import { matmulInputs } from '../tune/program-data.js';
import { runCli, workspace } from './cli-harness.js';
import { cpuTargetIds } from '../../src/targets/registry.js';

/**
 * Valid programs whose reference result holds NaN: `pitc run --check` must call that agreement
 * (exit 0) on every target, and the tuner must not record candidates as failed for it.
 */

const PROGRAMS: Readonly<Record<string, string>> = {
  // log and sqrt of the negative half of the random inputs
  'log.pit': 'dim N = 37\ninput x : f32[N]\ny[i] = log(x[i]) + sqrt(x[i])\noutput y\n',
  // a row with every key masked: max is -inf, exp(-inf - -inf) is NaN (the dense semantics)
  'masked.pit': [
    'dim S = 9',
    'input s : f32[S, S]',
    'input m : bool[S, S] @dynamic',
    'p[i, j] = where(m[i, j], s[i, j], -inf)',
    'mx[i] = max[j] p[i, j]',
    'e[i, j] = exp(p[i, j] - mx[i])',
    'z[i] = sum[j] e[i, j]',
    'y[i, j] = e[i, j] / z[i]',
    'output y',
    '',
  ].join('\n'),
  // NaN in the input flows to the output
  'nan-input.pit': 'dim N = 5\ninput x : f32[N]\ny[i] = x[i] * 2 + 1\noutput y\n',
};

describe('pitc run --check with NaN in the reference', () => {
  const dir = workspace(PROGRAMS);
  writeNpyFile(join(dir, 'x.npy'), { dtype: 'f32', shape: [5], data: Float32Array.from([1, NaN, -Infinity, NaN, 0]) });
  writeNpyFile(join(dir, 'm.npy'), { dtype: 'bool', shape: [9, 9], data: Uint8Array.from({ length: 81 }, (_, i) => (i >= 18 && i < 27 ? 0 : (i * 7) % 3 === 0 ? 1 : 0)) });

  const cases: readonly { file: string; args: readonly string[] }[] = [
    { file: 'log.pit', args: ['--random', '3'] },
    { file: 'masked.pit', args: ['--random', '3', '--input', 'm=m.npy'] },
    { file: 'nan-input.pit', args: ['--input', 'x=x.npy'] },
  ];
  for (const c of cases) {
    it.each(cpuTargetIds())(`${c.file} on %s: NaN where the reference has NaN is agreement (exit 0)`, async (target) => {
      const r = await runCli(['run', c.file, ...c.args, '--target', target, '--check'], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/check y: ok/);
    });
  }
});

describe('pitc tune with NaN in the reference', () => {
  it('records no candidate as failed because both sides hold NaN', async () => {
    const text = [
      'dim M = 64, K = 64, N = 64',
      'input a : f32[M, K] @dynamic',
      'input b : f32[K, N]',
      'c[m, n] = sum[k] a[m, k] * b[k, n]',
      'y[m, n] = log(c[m, n])',
      'output y',
      '',
    ].join('\n');
    const { dims, inputs } = matmulInputs(64, 64, 64, 0.2, [1, 1]);
    const db = memoryDb();
    const result = await tuneProgram({ text, target: 'wasm', dims, inputs, maxThreads: 1, budgetMs: 60_000, db, machine: 'test', measure: { warmup: 1, repeats: 2 } });
    const trials = result.ops.flatMap((o) => o.trials);
    expect(trials.length).toBeGreaterThan(1);
    expect(trials.filter((t) => t.status === 'failed').map((t) => t.reason)).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('PIT8005');
  });
});
