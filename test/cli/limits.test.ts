import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, workspace } from './cli-harness.js';
import { TARGET_IDS } from '../../src/targets/registry.js';

/** Sizes a target or pitc cannot hold are user errors with a code, never an internal error. */
const CONV = `dim N = 16
input x : f32[N] @dynamic
input w : f32[3]
y[i] = sum[r] x[i + r] * w[r]
output y
`;
const OUTER = `dim N = 8
input x : f32[N]
y[i, j] = x[i] * x[j]
output y
`;
const MATMUL = `dim M = 4, K = 4, N = 4
input a : f32[M, K]
input b : f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;

describe('limits', () => {
  it('pitc compile: dims too small for the program are PIT6007 on every target', async () => {
    const dir = workspace({ 'conv.pit': CONV });
    for (const target of TARGET_IDS) {
      const r = await runCli(['compile', 'conv.pit', '--target', target, '--dim', 'N=2', '-o', `out-${target}`], dir);
      expect(r.code, `${target}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain("conv.pit:4:1: error PIT6007: with N=2, axis 'i' of 'y' has extent N - 2 = 0");
    }
  });

  it('a tensor over 2^31 - 1 elements is PIT6017 before anything is allocated', async () => {
    const r = await runCli(['run', 'mm.pit', '--random', '1', '--dim', 'M=65536', '--dim', 'K=65536'], workspace({ 'mm.pit': MATMUL }));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error PIT6017: with M=65536, K=65536, N=4, 'a' would have 4294967296 elements (shape [65536, 65536]); a tensor holds at most 2^31 - 1");
  });

  it('a program past the 4 GiB wasm memory is PIT6017, in run and in compile', async () => {
    const dir = workspace({ 'outer.pit': OUTER });
    const run = await runCli(['run', 'outer.pit', '--random', '1', '--dim', 'N=33000'], dir);
    const emit = await runCli(['compile', 'outer.pit', '--target', 'wasm', '--dim', 'N=33000', '-o', 'out'], dir);
    for (const r of [run, emit]) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/error PIT6017: at these dims the wasm target needs at least 4\.\d GiB of memory, and a wasm memory holds at most 4 GiB/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});
