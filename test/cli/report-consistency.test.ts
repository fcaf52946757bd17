import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesJson, rulesText } from '../../src/cli/rules-report.js';
import { writeNpyFile } from '../../src/runtime/npy-file.js';
import { analyse } from '../../src/pipeline.js';
import { compilePit } from '../helpers/pit-harness.js';
import { runCli, workspace } from './cli-harness.js';
import { cpuTargetIds } from '../../src/targets/registry.js';

/**
 * What the reports say must be what runs: the rules report shows, for the planned rule, the
 * write mode the plan and kernel stages lower (a hint or a shared index can change it), and the
 * text report of `pitc run` says what its JSON says about a failed guard.
 */

const SAMPLES = join(import.meta.dirname, '../../samples');

/** Hint sets per sample: none, and a few that change micro-tiles (and with them write modes). */
const HINTS: Readonly<Record<string, readonly Readonly<Record<string, number[]>>[]>> = {
  'matmul.pit': [{}, { a: [1, 64] }, { a: [1, 32] }, { a: [32, 64] }, { a: [1, 1] }],
  'moe.pit': [{}, { r: [4, 1] }],
  'ffn-relu.pit': [{}, { a: [1, 32] }],
  'attention.pit': [{}, { mask: [1, 1] }],
};

describe('pitc rules reports the write mode the kernel lowers', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.pit'));
  const cases = files.flatMap((file) => (HINTS[file] ?? [{}]).map((hints) => ({ file, hints })));
  it.each(cases)('$file with hints $hints', ({ file, hints }) => {
    const c = compilePit(readFileSync(join(SAMPLES, file), 'utf8'), file);
    const analysis = analyse(c.graph, { hints: new Map(Object.entries(hints)) });
    const json = rulesJson(c.graph, analysis) as { ops: { name: string; plan: { mode: string; write?: string } }[] };
    const text = rulesText(c.graph, analysis);
    const blocks = text.split('\nop ').slice(1);
    analysis.kernels.forEach((kernel, i) => {
      const op = json.ops[i];
      if (kernel.kind !== 'pit') return;
      expect(op?.plan.write, `${file} op ${op?.name}`).toBe(kernel.swrite.mode);
      const chosen = blocks[i]?.split('\n').find((l) => l.startsWith('  * '));
      expect(chosen, `${file} op ${op?.name}: no chosen rule line`).toBeDefined();
      expect(chosen?.split(': micro-tile ')[1]?.split(', ')[1]?.split(' ')[0], `${file} op ${op?.name}: ${chosen}`).toBe(kernel.swrite.mode);
    });
  });

  it('a hint that changes the write mode shows both: what runs and the rule at its own micro-tile', async () => {
    const dir = workspace({ 'mt.pit': 'dim M = 64, K = 64, N = 64\ninput a : f32[M, K] @dynamic @microtile(1x32)\ninput b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\n' });
    const rules = await runCli(['rules', 'mt.pit'], dir);
    expect(rules.stdout).toMatch(/\* a\[m, k\] along m \(spatial\): micro-tile 1x32, accumulate \(scatter at its own micro-tile 1xK\)/);
    const kernel = await runCli(['ir', 'mt.pit', '--stage', 'kernel'], dir);
    expect(kernel.stdout).toMatch(/swrite accumulate c/);
    const json = JSON.parse((await runCli(['rules', 'mt.pit', '--json'], dir)).stdout) as { ops: { plan: { write: string } }[] };
    expect(json.ops[0]?.plan.write).toBe('accumulate');
  });
});

describe('pitc run: the text report says what the JSON says', () => {
  const program = [
    'dim N = 6',
    'input x : f32[N, 13]',
    'input mask : bool[N, 13] @dynamic',
    's[i, j]  = where(mask[i, j], x[i, j], -inf)',
    'mx[i]    = max[j] s[i, j]',
    'ex[i, j] = exp(s[i, j] - mx[i])',
    'z[i]     = sum[j] ex[i, j]',
    'output z',
    '',
  ].join('\n');
  const dir = workspace({ 'guard.pit': program });
  const mask = new Uint8Array(78).fill(1);
  mask.fill(0, 26, 39); // row 2 entirely masked: its max is -inf, the guard fails
  writeNpyFile(join(dir, 'mask.npy'), { dtype: 'bool', shape: [6, 13], data: mask });

  it.each(cpuTargetIds())('a failed guard (dense rerun) is reported in text as in JSON on %s', async (target) => {
    const args = ['run', 'guard.pit', '--target', target, '--random', '1', '--input', 'mask=mask.npy', '--check'];
    const json = JSON.parse((await runCli([...args, '--json'], dir)).stdout) as { ops: { guard?: string }[] };
    const guard = json.ops.find((o) => o.guard !== undefined)?.guard;
    expect(guard).toMatch(/not finite.*ran densely/);
    const text = await runCli(args, dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`guard failed: ${guard as string}`);
  });

  it.each(cpuTargetIds())('no guard line when the guard holds on %s', async (target) => {
    const r = await runCli(['run', 'guard.pit', '--target', target, '--random', '1', '--density', 'mask=1'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/guard failed/);
  });
});
