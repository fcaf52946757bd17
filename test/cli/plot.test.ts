import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSvg, rootNumber, withAttribute } from '../helpers/svg.js';
import { hasStackTrace, runCli, workspace } from './cli-harness.js';

/**
 * `pitc run --plot DIR` writes the pictures of the run; their numbers are the run's: the pattern's
 * skipped and listed micro-tiles are the op's record in `--json`, for an input index source and for
 * one the program computes (a relu output, kept from the run), on every CPU target.
 */
const FFN = `dim T = 12
input x: f32[T, 10]
weight w1: f32[10, 40]
weight w2: f32[40, 6]
h[t, f] = sum[k] x[t, k] * w1[k, f]
a[t, f] = relu(h[t, f])
y[t, d] = sum[f] a[t, f] * w2[f, d]
output y
`;
const MATMUL = `dim M = 70
input a: f32[M, 50] @dynamic
input b: f32[50, 9]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;

describe('pitc run --plot', () => {
  for (const target of ['wasm', 'ref', 'gpujs']) {
    for (const [name, program, flags, op, tensor] of [
      ['an input', MATMUL, ['--density', 'a=0.2', '--microtile', 'a=4x1'], 'c', 'a'],
      ['a relu output', FFN, ['--microtile', 'a=1x1'], 'y', 'a'],
    ] as const) {
      it(`${target}: pictures of ${name}'s micro-tiles carry the run's counts`, async () => {
        const dir = workspace({ 'p.pit': program });
        const r = await runCli(['run', 'p.pit', '--target', target, '--random', '2', ...flags, '--plot', 'pics', '--json', '--threads', '1'], dir);
        expect(r.code, r.stderr).toBe(0);
        const json = JSON.parse(r.stdout) as { ops: { name: string; form: string; microTilesSkipped: number; microTilesListed: number; kernelMs: number; indexMs?: number }[]; written: string[]; words: string[]; dense: { kernelMs: number } };
        const record = json.ops.find((o) => o.name === op);
        expect(record?.microTilesSkipped, 'the op skipped something').toBeGreaterThan(0);
        expect(json.written.map((f) => f.replace(/\\/g, '/')).sort()).toEqual([`pics/${op}-coverage.svg`, `pics/${op}-index.svg`, `pics/${op}-pattern.svg`, 'pics/times.svg'].sort());
        const pattern = parseSvg(readFileSync(join(dir, 'pics', `${op}-pattern.svg`), 'utf8'));
        expect(pattern.documentElement?.getAttribute('data-tensor')).toBe(tensor);
        expect(rootNumber(pattern, 'data-tiles-skipped')).toBe(record?.microTilesSkipped);
        expect(rootNumber(pattern, 'data-tiles-listed')).toBe(record?.microTilesListed);
        const index = parseSvg(readFileSync(join(dir, 'pics', `${op}-index.svg`), 'utf8'));
        expect(rootNumber(index, 'data-tiles-listed')).toBe(record?.microTilesListed);
        const coverage = parseSvg(readFileSync(join(dir, 'pics', `${op}-coverage.svg`), 'utf8'));
        expect(rootNumber(coverage, 'data-tiles-listed')).toBe(record?.microTilesListed);
        const times = parseSvg(readFileSync(join(dir, 'pics', 'times.svg'), 'utf8'));
        const total = json.ops.reduce((s, o) => s + o.kernelMs + (o.indexMs ?? 0), 0);
        expect(rootNumber(times, 'data-pit-ms')).toBeCloseTo(total, 1);
        expect(withAttribute(times, 'data-group').map((g) => g.getAttribute('data-group'))).toEqual(json.ops.map((o) => o.name));
        // the words follow the form that ran (gpu.js runs a half-dense relu output densely: its crossover)
        if (record?.form === 'pit') expect(json.words[0]).toContain(`skipped ${record.microTilesSkipped.toLocaleString('en-US')} of ${(record.microTilesSkipped + record.microTilesListed).toLocaleString('en-US')} micro-tiles`);
        else expect(json.words[0]).toMatch(/^no op skipped anything \(the op with an index ran dense/);
        if (target !== 'gpujs' || name === 'an input') expect(record?.form).toBe('pit');
      }, 60_000);
    }
  }

  it('says so when DIR cannot be written, without a stack trace', async () => {
    const dir = workspace({ 'p.pit': MATMUL, blocker: 'a file, not a directory' });
    const r = await runCli(['run', 'p.pit', '--target', 'ref', '--random', '1', '--density', 'a=0.2', '--plot', 'blocker/pics'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error PIT6016: cannot write 'blocker\/pics\/c-pattern.svg': /);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
