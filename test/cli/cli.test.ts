import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeNpy } from '../../src/runtime/npy.js';
import { hasStackTrace, runCli, workspace } from './cli-harness.js';

const MATMUL = `# small matmul
dim M = 5
input a: f32[M, 7] @dynamic
weight b: f32[7, 3]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;

const BAD = `input x: f32[4, 4]
y[i] = sum[k] x[i, k] * q[k]
`;

describe('pitc check', () => {
  it('accepts a good program', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const r = await runCli(['check', 'mm.pit'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('mm.pit: ok (1 op)');
    expect(r.stderr).toBe('');
  });

  it('reports a mistake with code, line:col and caret, exit 1, no stack trace', async () => {
    const dir = workspace({ 'bad.pit': BAD });
    const r = await runCli(['check', 'bad.pit'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.pit:2:25: error PIT3001: unknown tensor 'q'");
    expect(r.stderr).toContain('   2 | y[i] = sum[k] x[i, k] * q[k]\n     |                         ^');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('reports a missing file as PIT6016', async () => {
    const r = await runCli(['check', 'nope.pit'], workspace({}));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error PIT6016: cannot read 'nope.pit': no such file/);
  });
});

describe('pitc ir', () => {
  it('prints the AST with positions and full parentheses', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const r = await runCli(['ir', 'mm.pit', '--stage', 'ast'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5:1     def c[m, n] = (sum[k] (a[m, k] * b[k, n]))');
  });

  it('prints the graph IR with inferred types', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const r = await runCli(['ir', 'mm.pit', '--stage', 'graph'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('c: f32[M, 3]');
    expect(r.stdout).toContain('c[m: M, n: 3] = (sum[k] (a[m, k] * b[k, n])) : f32 where k: 7');
  });

  it('prints the graph as written at --stage graph and in normal form at --stage normalized', async () => {
    const text = 'dim S = 8\ninput e: f32[S, S]\ninput v: f32[S, 4]\ninput z: f32[S]\no[i, d] = sum[j] e[i, j] * v[j, d] / z[i]\n';
    const dir = workspace({ 'att.pit': text });
    const graph = await runCli(['ir', 'att.pit', '--stage', 'graph'], dir);
    expect(graph.stdout).toContain('o[i: S, d: 4] = (sum[j] ((e[i, j] * v[j, d]) / z[i])) : f32 where j: S');
    const normalized = await runCli(['ir', 'att.pit', '--stage', 'normalized'], dir);
    expect(normalized.code).toBe(0);
    expect(normalized.stdout).toContain('o[i: S, d: 4] = ((sum[j] (e[i, j] * v[j, d])) / z[i]) : f32 where j: S');
    const rules = await runCli(['rules', 'att.pit'], dir);
    expect(rules.stdout).toContain('op o[i: S, d: 4] = ((sum[j] (e[i, j] * v[j, d])) / z[i])');
  });

  it('prints the loop IR, symbolic or specialised with --dim', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const symbolic = await runCli(['ir', 'mm.pit', '--stage', 'loops'], dir);
    expect(symbolic.code).toBe(0);
    expect(symbolic.stdout).toContain('loops (extents as declared)');
    expect(symbolic.stdout).toContain('for m in [$u[0], min($u[0] + 1, M)):');
    expect(symbolic.stdout).toContain('update $r0[m, n] += (a[m, k] * b[k, n])');
    const bound = await runCli(['ir', 'mm.pit', '--stage', 'loops', '--dim', 'M=40'], dir);
    expect(bound.code).toBe(0);
    expect(bound.stdout).toContain('loops (M = 40)');
    expect(bound.stdout).toContain('tensor a: f32[40, 7] input');
    expect(bound.stdout).toContain('for m in [$u[0], min($u[0] + 1, 40)):');
  });

  it('prints the per-cell loop IR (--stage cells): spatial loops outermost, the PIT walk inside a cell', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const cells = await runCli(['ir', 'mm.pit', '--stage', 'cells', '--dim', 'M=40'], dir);
    expect(cells.code).toBe(0);
    expect(cells.stdout).toContain('[cell pit: ');
    expect(cells.stdout).toContain('buffer $r0 = sum[k] over () : f32');
    expect(cells.stdout).toMatch(/for m in \[0, 40\):\n\s+for n in \[0, \d+\):\n\s+init \$r0 = 0/);
    expect(cells.stdout).toContain('holding the cell');
  });

  it('rejects a --dim the program does not have, or a bad value, as PIT6006', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const unknown = await runCli(['ir', 'mm.pit', '--stage', 'loops', '--dim', 'Q=4'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("PIT6006: 'Q' is not a dimension of this program (its dims: M)");
    const bad = await runCli(['ir', 'mm.pit', '--stage', 'loops', '--dim', 'M=0'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/error PIT\d{4}: .*M/);
    expect(hasStackTrace(unknown.stderr + bad.stderr)).toBe(false);
  });

  it('rejects an unknown stage as a usage error', async () => {
    const r = await runCli(['ir', 'mm.pit', '--stage', 'bogus'], workspace({ 'mm.pit': MATMUL }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/PIT7001: Invalid values/);
  });
});

describe('pitc run', () => {
  it('runs with random inputs and prints one JSON report', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const r = await runCli(['run', 'mm.pit', '--random', '1', '--json'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.outputs.c.shape).toEqual([5, 3]);
    expect(typeof report.outputs.c.checksum).toBe('number');
    expect(report.ops).toEqual([expect.objectContaining({ name: 'c', target: 'wasm' })]); // the default target
    expect(report.timings).toEqual(expect.objectContaining({ compileMs: expect.any(Number), kernelMs: expect.any(Number), totalMs: expect.any(Number) }));
    expect(report.dims).toEqual({ M: 5 });
  });

  it('reports medians of --repeat runs: the whole call, the phases and every op (times are numbers, never asserted)', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const r = await runCli(['run', 'mm.pit', '--random', '1', '--density', 'a=0.3', '--repeat', '3', '--json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.repeat).toBe(3);
    expect(report.timings).toEqual({ compileMs: expect.any(Number), indexMs: expect.any(Number), kernelMs: expect.any(Number), totalMs: expect.any(Number) });
    expect(report.ops).toEqual([expect.objectContaining({ name: 'c', kernelMs: expect.any(Number) })]);
    const text = await runCli(['run', 'mm.pit', '--random', '1', '--repeat', '3'], dir);
    expect(text.stdout).toMatch(/time: compile [\d.]+ ms, index [\d.]+ ms, kernels [\d.]+ ms, total [\d.]+ ms \(median of 3 runs after a warm-up\)\n/);
    expect(text.stdout).toMatch(/time per op \(kernel \+ index ms\): c [\d.]+/);
  });

  it('computes the right values (checked against a hand loop over the saved inputs)', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    // the reference sums in float64 in k order and rounds once: bit-exact with this loop
    const r = await runCli(['run', 'mm.pit', '--target', 'ref', '--random', '7', '--save-inputs', 'in', '--out', 'out'], dir);
    expect(r.code).toBe(0);
    const load = (f: string) => decodeNpy(readFileSync(join(dir, f)), f).tensor!;
    const a = load('in/a.npy');
    const b = load('in/b.npy');
    const c = load('out/c.npy');
    expect(c.shape).toEqual([5, 3]);
    for (let m = 0; m < 5; m++) {
      for (let n = 0; n < 3; n++) {
        let s = 0;
        for (let k = 0; k < 7; k++) s += (a.data[m * 7 + k] as number) * (b.data[k * 3 + n] as number);
        expect(c.data[m * 3 + n]).toBe(Math.fround(s));
      }
    }
  });

  it('reproduces a random run from the saved inputs', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const first = await runCli(['run', 'mm.pit', '--random', '3', '--density', 'a=0.5', '--save-inputs', 'in', '--out', 'o1'], dir);
    expect(first.code).toBe(0);
    const second = await runCli(['run', 'mm.pit', '--input', 'a=in/a.npy', '--input', 'b=in/b.npy', '--out', 'o2'], dir);
    expect(second.code).toBe(0);
    expect(readFileSync(join(dir, 'o2/c.npy')).equals(readFileSync(join(dir, 'o1/c.npy')))).toBe(true);
  });

  it('binds dims from input shapes and reports conflicts with --dim', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    await runCli(['run', 'mm.pit', '--random', '1', '--dim', 'M=4', '--save-inputs', 'in'], dir);
    const ok = await runCli(['run', 'mm.pit', '--input', 'a=in/a.npy', '--input', 'b=in/b.npy', '--json'], dir);
    expect(JSON.parse(ok.stdout).dims).toEqual({ M: 4 });
    const clash = await runCli(['run', 'mm.pit', '--input', 'a=in/a.npy', '--random', '1', '--dim', 'M=6'], dir);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/PIT6005: --input a=in\/a.npy has 4 at dimension 0 where 'a' uses M, but M = 6 from --dim M=6/);
  });

  it('says which inputs are missing, with their declarations', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const r = await runCli(['run', 'mm.pit'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mm.pit:3:7: error PIT6001: no value for input 'a'/);
    expect(r.stderr).toMatch(/mm.pit:4:8: error PIT6001: no value for weight 'b'/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('applies --density at the --microtile granularity and reports the measured density', async () => {
    const dir = workspace({ 'mm.pit': MATMUL.replace('dim M = 5', 'dim M = 64') });
    const r = await runCli(['run', 'mm.pit', '--random', '1', '--density', 'a=0.0', '--microtile', 'a=4x7', '--json', '--check'], dir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.inputs.a.density).toBe(0);
    expect(report.inputs.a.microTile).toEqual([4, 7]);
    expect(report.outputs.c.checksum).toBe(0);
    expect(report.check.c.ok).toBe(true);
  });

  it('reports bad option values and unknown names as diagnostics', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const cases: [string[], RegExp][] = [
      [['--dim', 'M'], /PIT7002: --dim expects NAME=VALUE/],
      [['--dim', 'M=0'], /PIT7002: --dim M=0: expected a positive integer/],
      [['--dim', 'Q=3'], /PIT6006: 'Q' is not a dimension of this program \(its dims: M\)/],
      [['--density', 'b=0.5', '--density', 'q=0.1'], /PIT7002: --density names 'q'/],
      [['--microtile', 'a=32'], /PIT4001: micro-tile hint 32 for 'a' has 1 extent\(s\); 'a' has rank 2/],
      [['--repeat', '0'], /PIT7002: --repeat must be a positive integer/],
      [['--input', 'a=missing.npy'], /PIT6016: cannot read/],
      [['--input', 'zz=mm.pit'], /PIT601[04]/],
    ];
    for (const [extra, pattern] of cases) {
      const r = await runCli(['run', 'mm.pit', '--random', '1', ...extra], dir);
      expect(r.code, extra.join(' ')).toBe(1);
      expect(r.stderr, extra.join(' ')).toMatch(pattern);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });

  it('warns when a zero pattern is asked of a tensor that is not @dynamic', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const r = await runCli(['run', 'mm.pit', '--random', '1', '--density', 'b=0.5'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning PIT7003: 'b' is not @dynamic/);
  });

  it('reports medians over --repeat runs', async () => {
    const dir = workspace({ 'mm.pit': MATMUL });
    const r = await runCli(['run', 'mm.pit', '--random', '1', '--repeat', '3'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/median of 3 runs after a warm-up/);
  });
});

describe('pitc usage', () => {
  it('prints help and version', async () => {
    const help = await runCli(['--help'], workspace({}));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/pitc run <file>/);
    const version = await runCli(['--version'], workspace({}));
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects unknown commands and options with exit 1', async () => {
    for (const args of [['frobnicate'], ['run', 'x.pit', '--bogus'], []]) {
      const r = await runCli(args, workspace({}));
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(/error PIT7001/);
    }
  });

  const bin = join(import.meta.dirname, '../../dist/src/cli/bin.js');
  // `npm test` builds first; a bare `vitest` run on an unbuilt tree skips this one
  it.skipIf(!existsSync(bin))('the built bin runs as a program', async () => {
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
