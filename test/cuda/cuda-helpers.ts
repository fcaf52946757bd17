import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nvccArgs, probeCuda } from '../../codegen/cuda/toolchain.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { LoweredProgram } from '../../codegen/target.js';
import { guardsOf, programName } from '../../src/api/compile.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { analyse } from '../../src/pipeline.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES_DIR = join(ROOT, 'samples');
export const GOLDEN_DIR = join(ROOT, 'test', 'golden', 'cuda');
export const EMULATOR_DIR = join(ROOT, 'test', 'cuda', 'emulator');

export const SAMPLES = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.pit'))
  .sort();

/** A guarded program: a fully masked row makes its max -inf, so the guard fails. */
export const GUARDED = `
dim N = 6
input x : f32[N, 13]
input mask : bool[N, 13] @dynamic
s[i, j]  = where(mask[i, j], x[i, j], -inf)
mx[i]    = max[j] s[i, j]
ex[i, j] = exp(s[i, j] - mx[i])
z[i]     = sum[j] ex[i, j]
output z
`;

/** Every reducer, i32 and bool outputs, the unary functions, PIT forms of non-matmul ops. */
export const MIXED = `
dim M = 9
input a : f32[M, 11] @dynamic
input k : i32[M, 11]
w[m]       = sum[j] a[m, j] * 2
flag[m, j] = a[m, j] > 0.25
cnt[m]     = sum[j] where(flag[m, j], k[m, j], 0)
ks[m]      = sum[j] k[m, j]
back[m, j] = where(flag[m, j], 3, -2)
gl[m, j]   = gelu(a[m, j]) + sigmoid(a[m, j]) - tanh(a[m, j]) + abs(a[m, j]) + sqrt(abs(a[m, j])) + log(1 + abs(a[m, j]))
pm[m]      = prod[j] (1 + a[m, j] / 8)
mn[m]      = min[j] a[m, j]
output w, flag, cnt, ks, back, gl, pm, mn
`;

/** A matmul with both operands transposed (A m-contiguous, B k-contiguous): the other load forms. */
export const TRANSPOSED = `
dim M = 40, K = 50, N = 36
input a : f32[K, M] @dynamic
input b : f32[N, K]
c[m, n] = sum[k] a[k, m] * b[n, k]
output c
`;

/** A matmul whose symbolic K defaults to one 64-wide micro-tile. */
export const SMALL_K = `
dim M = 40, K = 64, N = 36
input a : f32[M, K] @dynamic
input b : f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
output c
`;

/** Causal attention written in the program: the score is -inf above the diagonal (no @dynamic input). */
export const CAUSAL = `
dim H = 2, S = 37
input q : f32[H, S, 8]
input k : f32[H, S, 8]
input v : f32[H, S, 8]
s[h, i, j]  = where(j <= i, 0.25 * sum[d] q[h, i, d] * k[h, j, d], -inf)
mx[h, i]    = max[j] s[h, i, j]
ex[h, i, j] = exp(s[h, i, j] - mx[h, i])
z[h, i]     = sum[j] ex[h, i, j]
o[h, i, d]  = (sum[j] ex[h, i, j] * v[h, j, d]) / z[h, i]
output o
`;

/** Front end + middle end: the program a target receives (PIT forms, or every op dense). */
export function lowerSource(text: string, file: string, pit = true, hints?: Readonly<Record<string, readonly number[]>>): LoweredProgram {
  const front = runFrontEnd(text, file);
  if (!front.graph) throw new Error(`${file}: ${front.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  const analysis = analyse(front.graph, { pit, ...(hints ? { hints: new Map(Object.entries(hints)) } : {}) });
  return { name: programName(file), graph: analysis.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
}

export function lowerSample(file: string, pit = true, hints?: Readonly<Record<string, readonly number[]>>): LoweredProgram {
  return lowerSource(readFileSync(join(SAMPLES_DIR, file), 'utf8'), `samples/${file}`, pit, hints);
}

export function graphOf(text: string, file = 'test.pit'): Graph {
  const front = runFrontEnd(text, file);
  if (!front.graph) throw new Error(front.diagnostics.map((d) => `${d.code} ${d.message}`).join('; '));
  return front.graph;
}

/** Whether a command answers `--version` (tools come from the machine image, not from npm). */
export function hasTool(command: string): boolean {
  const r = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0;
}

export interface ToolRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs a command asynchronously (so several can run at once on the two cores). */
export function runTool(command: string, args: readonly string[], cwd?: string): Promise<ToolRun> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: performance.now() - start }));
    child.on('error', (err) => resolve({ status: -1, stdout, stderr: String(err), ms: performance.now() - start }));
  });
}

/**
 * Several emitted programs in one translation unit: the shared head once, then each body in its
 * own namespace (`pitc_b<N>`), and a `main` that runs program N on `main N ARGS...`. Compiling
 * one bundle pays the CUDA headers' fixed cost once instead of per program. `first` numbers the
 * bodies from there (one part of a bundle split for a parallel build answers its own numbers).
 */
export function bundle(head: string, bodies: readonly string[], first = 0): string {
  const parts = bodies.map((body, i) => `namespace pitc_b${first + i} {\n${body}\n} /* namespace pitc_b${first + i} */\n`);
  const cases = bodies.map((_, i) => `    case ${first + i}: return pitc_b${first + i}::main(argc - 1, argv + 1);`);
  return [
    head,
    ...parts,
    'int main(int argc, char** argv) {',
    '  if (argc < 2) return 2;',
    '  switch (std::atoi(argv[1])) {',
    ...cases,
    '    default: return 2;',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * Where a bundle runs: `emulator` builds it with g++ against the CPU emulator (every machine with
 * g++); `gpu` builds it with nvcc for the probed device's compute capability and runs it on that
 * device (only where nvidia-smi lists a GPU and nvcc is on PATH).
 */
export type BundleHost = 'emulator' | 'gpu';

/** Why a bundle cannot be built and run on this host here, or undefined when it can. */
export function bundleHostMissing(host: BundleHost): string | undefined {
  if (host === 'emulator')
    return hasTool('g++') ? undefined : 'g++ is not on PATH (the CUDA emulator is built with it)';
  const probe = probeCuda();
  return probe.device && probe.nvcc ? undefined : `no CUDA device: ${probe.why}`;
}

/** A bundle built into one or more executables; `run(n, args)` runs program n of the bundle. */
export interface BuiltBundle {
  run(n: number, args: readonly string[]): Promise<ToolRun>;
}

/**
 * Builds the programs (a shared head, one body each) for `host`, in `work`: split into as many
 * parts as the machine has cores (at most 16, at least 4 bodies a part), each its own bundle and
 * executable, compiled side by side. gxxOptimize is the emulator's -O level (its runs are tiny;
 * -O0 compiles fastest); the GPU build is the executor's own (nvccArgs, -O3, warnings are errors).
 */
export async function buildBundles(work: string, head: string, bodies: readonly string[], host: BundleHost, gxxOptimize = '-O1'): Promise<BuiltBundle> {
  const parts = Math.max(1, Math.min(16, availableParallelism(), Math.floor(bodies.length / 4)));
  const size = Math.ceil(bodies.length / parts);
  const binaries: string[] = [];
  const builds: Promise<void>[] = [];
  for (let first = 0; first < bodies.length; first += size) {
    const source = `bundle-${host}-${first}.cu`;
    const binary = join(work, source.replace(/\.cu$/, ''));
    writeFileSync(join(work, source), bundle(head, bodies.slice(first, first + size), first));
    binaries.push(binary);
    const build = host === 'emulator'
      ? runTool('g++', ['-std=c++17', gxxOptimize, '-DPIT_EMULATE', `-I${EMULATOR_DIR}`, '-x', 'c++', source, '-o', binary], work)
      : runTool('nvcc', nvccArgs(source, binary, { archs: [probeCuda().device?.arch ?? '90'] }), work);
    builds.push(
      build.then((r) => {
        if (r.status !== 0 || (host === 'gpu' && r.stderr !== '')) throw new Error(`${host === 'gpu' ? 'nvcc' : 'g++'} failed on ${source}:\n${r.stderr.slice(0, 4000)}`);
      }),
    );
  }
  await Promise.all(builds);
  return {
    run(n, args) {
      const binary = binaries[Math.floor(n / size)];
      if (binary === undefined) throw new Error(`no program ${n} in a bundle of ${bodies.length}`);
      return runTool(binary, [String(n), ...args]);
    },
  };
}
