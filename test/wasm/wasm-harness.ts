import { readFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { join } from 'node:path';
import type { LoweredProgram, OpRunRecord, RuntimeServices } from '../../codegen/target.js';
import { createWasmExecutor, type WasmExecutor, type WasmExecutorOptions } from '../../codegen/wasm/executor.js';
import { createNodePool } from '../../codegen/wasm/node-pool.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import type { HostTensor } from '../../ir/tensor.js';
import { guardsOf, programName } from '../../src/api/compile.js';
import { analyse } from '../../src/pipeline.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { compareTensors } from '../helpers/compare.js';
import type { Compiled } from '../helpers/pit-harness.js';

export const SAMPLES_DIR = join(import.meta.dirname, '../../samples');

export function sampleText(name: string): string {
  return readFileSync(join(SAMPLES_DIR, name), 'utf8');
}

/** The planned program (the compiler's own choices, or micro-tile `hints`) of already-checked text. */
export function planned(c: Compiled, name = 'test', hints?: ReadonlyMap<string, readonly number[]>): LoweredProgram {
  const analysis = analyse(c.graph, hints ? { hints } : {});
  return { name: programName(name), graph: analysis.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
}

export interface WasmRunOptions {
  readonly threads: number;
  /** Index density above which PIT runs densely (2: never; 0: always dense). */
  readonly denseCrossover?: number;
  readonly forceDirectB?: boolean;
  /** Apply GEMM epilogues in the stores where they can be (default true). */
  readonly fuseEpilogue?: boolean;
  /** Point-by-point ops in float64, bit for bit as the reference. */
  readonly exact?: boolean;
  /** Fuse consecutive point-by-point ops into stage groups (default true). */
  readonly fuse?: boolean;
  /** Run loop chains value by value (default true). */
  readonly chains?: boolean;
  /** Cut a loop chain's values into strips of rows where it can (default true). */
  readonly chainStrips?: boolean;
  /** NaN over every region a run must write before reading it (see WasmExecutorOptions.poison). */
  readonly poison?: boolean;
  /** Intermediates to return besides the outputs. */
  readonly keep?: readonly string[];
  /** The runtime services (index builder) lent to the executor (default: the runtime's own). */
  readonly services?: RuntimeServices;
}

/** A GEMM with a dynamic left operand and a fused epilogue (bias, ReLU): the GEMM tests' program. */
export const MATMUL_BIAS_RELU =
  'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\ninput bias : f32[N]\nc[m, n] = relu(bias[n] + sum[k] a[m, k] * b[k, n])\noutput c\n';

/**
 * `keep(executor)`: the executor, disposed after the test file whatever happens (call at the top
 * level of the file; a test that disposes it itself is fine too).
 */
export function executorsDisposedAfterAll(): (executor: WasmExecutor) => WasmExecutor {
  const executors: WasmExecutor[] = [];
  afterAll(async () => {
    await Promise.all(executors.map((e) => e.dispose()));
  });
  return (executor) => {
    executors.push(executor);
    return executor;
  };
}

/** Tests split even tiny GEMMs and SIMD stages across threads, so the pool and its partitions are exercised. */
const SPLIT_EVERYTHING = 0;

/**
 * An executor as the tests make them: Node workers, every GEMM and SIMD stage split across the
 * threads (SPLIT_EVERYTHING), every PIT form run (crossover 2), unless `options` says otherwise
 * (its `gemm` and `simd` tunings are added to the splitting ones).
 */
export function testExecutor(program: LoweredProgram, threads: number, options: Partial<WasmExecutorOptions> = {}, services: RuntimeServices = createIndexService()): WasmExecutor {
  const { gemm, simd, ...rest } = options;
  return createWasmExecutor(program, services, {
    features: detectFeatures(),
    threads,
    createPool: createNodePool,
    denseCrossover: 2,
    ...rest,
    gemm: { minParallelWork: SPLIT_EVERYTHING, minParallelPack: SPLIT_EVERYTHING, ...gemm },
    simd: { minParallelWork: SPLIT_EVERYTHING, ...simd },
  });
}

/** Runs a lowered program on the wasm target and returns its outputs and per-op records. */
export async function runWasm(program: LoweredProgram, inputs: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>, options: WasmRunOptions) {
  const executor = testExecutor(program, options.threads, {
    denseCrossover: options.denseCrossover ?? 2,
    gemm: { ...(options.forceDirectB !== undefined ? { forceDirectB: options.forceDirectB } : {}), ...(options.fuseEpilogue === false ? { fuseEpilogue: false } : {}) },
    ...(options.exact ? { exact: true } : {}),
    ...(options.fuse === false ? { fuse: false } : {}),
    ...(options.chains === false ? { chains: false } : {}),
    ...(options.chainStrips === false ? { chainStrips: false } : {}),
    ...(options.poison ? { poison: true } : {}),
  }, options.services);
  try {
    return await executor.run(inputs, dims, options.keep ? { keep: new Set(options.keep) } : undefined);
  } finally {
    await executor.dispose();
  }
}

/**
 * f32 results against the float64 reference: 1e-5 relative, plus 1e-5 of the largest finite
 * reference value for elements that cancel (sums of thousands of terms); NaN never passes, but
 * where the reference has NaN too with `nanEqual` (a fully masked row's softmax).
 */
export function wasmMismatch(got: HostTensor, want: HostTensor, options: { nanEqual?: boolean } = {}): string | undefined {
  let scale = 0;
  for (const v of want.data) if (Number.isFinite(v) && Math.abs(v) > scale) scale = Math.abs(v);
  const m = compareTensors(got, want, { rtol: 1e-5, atol: 1e-5 * Math.max(scale, 1e-30), ...(options.nanEqual ? { nanEqual: true } : {}) });
  return m?.message;
}

/** The detail of op `name`'s run record (a test fails when the op has none). */
export function opDetail(ops: readonly OpRunRecord[], name: string): Record<string, unknown> {
  const r = ops.find((o) => o.name === name);
  if (!r) throw new Error(`no record of '${name}'`);
  return r.detail ?? {};
}
