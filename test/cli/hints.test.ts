import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { hasStackTrace, runCli, workspace } from './cli-harness.js';

/** Micro-tile hints the planner cannot use are reported, never silently dropped. */
const HINTED = `dim M = 40, K = 24, N = 8
input a: f32[M, K] @dynamic
input b: f32[K, N] @microtile(8x1)
c[m, n] = sum[k] a[m, k] * b[k, n]
h[m, n] = relu(c[m, n])
output h
`;

describe('micro-tile hints', () => {
  it('warns (PIT4002, with a caret) about @microtile on a tensor that is not dynamic, in check and in compile()', async () => {
    const r = await runCli(['check', 'h.pit'], workspace({ 'h.pit': HINTED }));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('h.pit: ok (2 ops, 1 warning)');
    expect(r.stderr).toContain("h.pit:3:7: warning PIT4002: 'b' is not dynamically sparse (dense input), so the @microtile hint is ignored");
    expect(r.stderr).toContain('   3 | input b: f32[K, N] @microtile(8x1)\n     |       ^');
    const api = await compile(HINTED, { file: 'h.pit', target: 'ref' });
    expect(api.program).toBeDefined();
    expect(api.diagnostics.map((d) => d.code)).toEqual(['PIT4002']);
  });

  it('rejects hints given to compile() that name no tensor or do not fit it (PIT4001)', async () => {
    const cases: [Record<string, number[]>, RegExp][] = [
      [{ q: [8, 1] }, /micro-tile hint for 'q': the program has no tensor of that name \(tensors: a, b, c, h\)/],
      [{ a: [8] }, /micro-tile hint 8 for 'a' has 1 extent\(s\); 'a' has rank 2/],
      [{ a: [8, 0] }, /micro-tile hint 8x0 for 'a': every extent must be a positive integer/],
    ];
    for (const [microTiles, message] of cases) {
      const r = await compile(HINTED, { file: 'h.pit', target: 'ref', microTiles });
      expect(r.program).toBeUndefined();
      expect(r.diagnostics.find((d) => d.code === 'PIT4001')?.message).toMatch(message);
    }
  });

  it('accepts --microtile on an intermediate (it steers the planner) but not --density', async () => {
    const dir = workspace({ 'h.pit': HINTED });
    const hint = await runCli(['run', 'h.pit', '--random', '1', '--density', 'a=0.3', '--microtile', 'c=1x8', '--check'], dir);
    expect(hint.code, hint.stderr).toBe(0);
    expect(hint.stdout).toMatch(/check h: ok/);
    const density = await runCli(['run', 'h.pit', '--random', '1', '--density', 'c=0.5'], dir);
    expect(density.code).toBe(1);
    expect(density.stderr).toMatch(/PIT7002: --density names 'c', which the program computes/);
    const unknown = await runCli(['run', 'h.pit', '--random', '1', '--microtile', 'zz=1x8'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/PIT4001: micro-tile hint for 'zz': the program has no tensor of that name/);
    for (const r of [hint, density, unknown]) expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
