import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectationsOf, FIXTURES, readFixtures } from '../frontend/fixture-files.js';
import { decodeNpy } from '../../src/runtime/npy.js';
import { hasStackTrace, runCli, workspace } from './cli-harness.js';

/** The acceptance criteria of the foundation issue, through the CLI as a user runs it. */

describe('pitc check on every bad-program fixture', () => {
  const bad = readFixtures('bad').filter((f) => expectationsOf(f.text).some((e) => !e.code.startsWith('PIT31')));
  it.each(bad.map((f) => [f.name]))('%s: its expected codes at their line:col, exit 1, no stack trace', async (name) => {
    const dir = workspace({});
    copyFileSync(join(FIXTURES, 'bad', name as string), join(dir, name as string));
    const r = await runCli(['check', name as string], dir);
    expect(r.code).toBe(1);
    for (const e of expectationsOf(readFileSync(join(FIXTURES, 'bad', name as string), 'utf8'))) {
      expect(r.stderr).toContain(`${name}:${e.at}: ${e.code.startsWith('PIT31') ? 'warning' : 'error'} ${e.code}:`);
    }
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

const SAMPLES = join(import.meta.dirname, '../../samples');
const hasNumpy = (() => {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('every sample runs with --random 1 and its default sizes', () => {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.pit'));
  it.each(samples.map((s) => [s]))('%s: writes .npy outputs, and --input reproduces them', async (file) => {
    const dir = workspace({});
    mkdirSync(join(dir, 'samples'));
    copyFileSync(join(SAMPLES, file as string), join(dir, 'samples', file as string));
    const path = `samples/${file}`;
    const first = await runCli(['run', path, '--target', 'wasm', '--random', '1', '--out', 'o', '--save-inputs', 'in', '--json'], dir);
    expect(first.code, first.stderr).toBe(0);
    const report = JSON.parse(first.stdout);
    const outputs = Object.keys(report.outputs);
    expect(outputs.length).toBeGreaterThan(0);
    for (const name of outputs) {
      const t = decodeNpy(readFileSync(join(dir, 'o', `${name}.npy`)), name).tensor;
      expect(t?.shape).toEqual(report.outputs[name].shape);
      let finite = true;
      for (const v of t?.data ?? []) finite &&= Number.isFinite(v);
      expect(finite, `${name} is finite`).toBe(true);
    }
    const inputs = readdirSync(join(dir, 'in')).map((f) => ['--input', `${f.replace(/\.npy$/, '')}=in/${f}`]).flat();
    const second = await runCli(['run', path, '--target', 'wasm', ...inputs, '--out', 'o2'], dir);
    expect(second.code, second.stderr).toBe(0);
    // Buffer.equals, not toEqual: a deep comparison of megabytes element by element is minutes
    for (const name of outputs) expect(readFileSync(join(dir, 'o2', `${name}.npy`)).equals(readFileSync(join(dir, 'o', `${name}.npy`))), name).toBe(true);
    if (hasNumpy) {
      // NumPy reads what pitc wrote: same shape, same checksum
      const script = `import numpy as np, json, sys\nprint(json.dumps({n: [list(np.load(sys.argv[1] + '/' + n + '.npy').shape), float(np.load(sys.argv[1] + '/' + n + '.npy').astype(np.float64).sum())] for n in sys.argv[2:]}))`;
      const seen = JSON.parse(execFileSync('python3', ['-c', script, join(dir, 'o'), ...outputs], { encoding: 'utf8' }));
      for (const name of outputs) {
        expect(seen[name][0]).toEqual(report.outputs[name].shape);
        expect(seen[name][1]).toBeCloseTo(report.outputs[name].checksum, 0);
      }
    }
  });
});
