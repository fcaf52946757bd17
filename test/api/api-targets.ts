import { afterAll } from 'vitest';
import { createGpujsTarget } from '../../codegen/gpujs/target.js';
import type { Target } from '../../codegen/target.js';
import type { TargetId } from '../../src/targets/registry.js';
import type { HostTensor } from '../../ir/tensor.js';
import { compileWithTargets, type CompileOptions, type CompileResult } from '../../src/api/compile.js';
import type { PitProgram } from '../../src/api/program.js';
import { allTargets } from '../../src/targets/node.js';

/**
 * The targets the API tests run on, through the public compile() path: the reference
 * interpreter, wasm on one thread and on two (worker threads over shared memory), and gpu.js on
 * its `cpu` backend (fast to build; the executor and argument checks are the same for every
 * backend). CUDA's executor needs a GPU; its arguments go through the same shared checks.
 */
/** A PIT matmul (`a` sparse) followed by an elementwise op: a GEMM and a generic kernel per run. */
export const MATMUL_RELU = `dim M, K, N
input  a : f32[M, K] @dynamic
weight b : f32[K, N]
c[m, n] = sum[k] a[m, k] * b[k, n]
d[m, n] = relu(c[m, n]) + 1
output c, d
`;

/** One input of each dtype: f32 data, a bool mask, an i32 vector. */
export const MASKED = `dim T
input x : f32[T, 4]
input m : bool[T, 4]
input k : i32[4]
y[t, j] = where(m[t, j], x[t, j], 0) + k[j]
output y
`;

export interface ApiTarget {
  readonly name: string;
  readonly options: CompileOptions;
}

export const API_TARGETS: readonly ApiTarget[] = [
  { name: 'ref', options: { target: 'ref' } },
  { name: 'wasm (1 thread)', options: { target: 'wasm', threads: 1 } },
  { name: 'wasm (2 threads)', options: { target: 'wasm', threads: 2 } },
  { name: 'gpujs (cpu)', options: { target: 'gpujs' } },
];

const TARGETS: ReadonlyMap<TargetId, Target> = new Map([...allTargets(), ['gpujs', createGpujsTarget({ mode: 'cpu' })]]);

/** compile() on a test target (gpu.js on its cpu backend); `extra` options go on top. */
export function compileOn(target: ApiTarget, text: string, extra: CompileOptions = {}): Promise<CompileResult> {
  return compileWithTargets(text, { ...target.options, ...extra }, TARGETS);
}

/** A compiled program, or a failed test with the diagnostics. */
export async function programOn(target: ApiTarget, text: string, extra: CompileOptions = {}): Promise<PitProgram> {
  const result = await compileOn(target, text, extra);
  if (!result.program) throw new Error(`${target.name} did not compile:\n${result.formatted}`);
  return result.program;
}

/**
 * `open(target, text)`: programOn(), with every program it opened disposed after the test file
 * (call it at the top level of the file).
 */
export function programsDisposedAfterAll(): (target: ApiTarget, text: string) => Promise<PitProgram> {
  const programs: PitProgram[] = [];
  afterAll(async () => {
    await Promise.all(programs.map((p) => p.dispose()));
  });
  return async (target, text) => {
    const program = await programOn(target, text);
    programs.push(program);
    return program;
  };
}

/** Rejects when `promise` has not settled within `ms` (so a hang fails the test, with a name). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Bit-exact comparison of two tensors (NaN equals NaN); a message when they differ. */
export function bitDifference(got: HostTensor, want: HostTensor): string | undefined {
  if (got.dtype !== want.dtype) return `dtype ${got.dtype} != ${want.dtype}`;
  if (got.shape.join('x') !== want.shape.join('x')) return `shape ${got.shape.join('x')} != ${want.shape.join('x')}`;
  for (let i = 0; i < want.data.length; i++) {
    const a = got.data[i] as number;
    const b = want.data[i] as number;
    if (!Object.is(a, b) && !(Number.isNaN(a) && Number.isNaN(b))) return `element ${i}: ${a} != ${b}`;
  }
  return undefined;
}
