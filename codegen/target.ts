import type { Diagnostic } from '../ir/core/diagnostic.js';
import type { Graph } from '../ir/graph/graph.js';
import type { KernelIR } from '../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../ir/sparse-index.js';
import type { HostTensor, TensorData } from '../ir/tensor.js';

/**
 * The contract every target implements. A target turns a lowered program into artifacts
 * (files a user can keep) and into an executor (something that runs here), and says with a
 * diagnostic when it cannot: a target that cannot run on this machine may still emit. Targets
 * are named by plain strings here: which ones exist is the registry's business
 * (src/targets/registry.ts), so adding a target never edits the contract.
 */

/** A checked program with one kernel per op (dense, or the PIT form of its planned rule). */
export interface LoweredProgram {
  readonly name: string;
  readonly graph: Graph;
  readonly kernels: readonly KernelIR[];
  /**
   * Tensors whose values must be finite for the PIT forms to equal the dense program (a max over
   * -inf-masked scores, finite unless a row is entirely masked). An executor checks each when it
   * is computed and, if one is not finite, runs the whole program densely instead.
   */
  readonly guards: readonly { readonly tensor: string; readonly why: string }[];
}

export interface Artifact {
  /** File name relative to the output directory, e.g. `ffn.wat`. */
  readonly name: string;
  readonly contents: string | Uint8Array;
}

/** Services the runtime lends executors (so codegen does not depend on src/). */
export interface RuntimeServices {
  /**
   * One pass over a tensor: its present micro-tiles, ordered (see ir/sparse-index.ts). `slot`
   * names a reusable workspace: the index stays valid until the next build into the same slot.
   */
  buildIndex(tensor: HostTensor, microTile: readonly number[], gatherDim: number, fill: number, slot: string): SparseIndex;
}

/** What one op did during one run, for reports (`pitc run --json`). */
export interface OpRunRecord {
  readonly name: string;
  /** The id of the target that ran it (a registry id: 'wasm'). */
  readonly target: string;
  readonly kernelMs: number;
  /**
   * The form that computed the op, on every target: `pit`, its PIT kernel over the listed
   * micro-tiles of an index; `dense`, every cell (no PIT form, the density crossover, the dense
   * rerun after a failed guard, or a reason in `detail.note`). An op computed inside another's
   * kernel (`detail.fusedInto`) has that kernel's form.
   */
  readonly form: 'pit' | 'dense';
  /** Set when the op ran in its PIT form (0 when it reused an index built earlier in the run). */
  readonly indexMs?: number;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface ExecutionResult {
  /** Every tensor the run produced (intermediates included). */
  readonly values: ReadonlyMap<string, HostTensor>;
  readonly ops: readonly OpRunRecord[];
}

/**
 * How one run moves data (the API decides; an executor that keeps no memory of its own ignores
 * what does not apply to it, e.g. the reference reads host arrays and returns fresh ones anyway).
 */
export interface RunControl {
  /**
   * Weights with a version each (a new one whenever the caller gives a different array or calls
   * setWeights). An executor that keeps a weight in its own memory uploads it only when the
   * version differs from the one it holds for these dims.
   */
  readonly weightVersions?: ReadonlyMap<string, number>;
  /** Inputs whose data is this executor's own `inputView` at these dims: read in place, never copied. */
  readonly inPlace?: ReadonlySet<string>;
  /**
   * 'copy' (default): outputs are the caller's own arrays. 'view': outputs may be views of the
   * executor's buffers, valid until its next run.
   */
  readonly outputs?: 'copy' | 'view';
  /** Tensors to return besides the outputs (the API's `keep`); executors that return every tensor need not look. */
  readonly keep?: ReadonlySet<string>;
}

export interface Executor {
  /** Runs the program on validated inputs with every dim bound. */
  run(inputs: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>, control?: RunControl): Promise<ExecutionResult>;
  /**
   * A writable array in the executor's memory that holds input `name` at `dims` (set up for
   * these dims, as a run is). A run at the same dims given it in `inPlace` reads it where it is.
   * It stays valid until the executor is set up for other dims or disposed. Executors without
   * memory of their own leave this out (the API then lends a host array, which they read anyway).
   */
  inputView?(name: string, dims: ReadonlyMap<string, number>): Promise<TensorData>;
  dispose(): Promise<void>;
}

export interface Prepared<T> {
  readonly value?: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** Most threads a program may ask for (the API's `threads`, the CLI's `--threads`). */
export const MAX_THREADS = 256;

/** Longest a worker may be asked to poll between jobs (the API's `threadSpinMs`). */
export const MAX_THREAD_SPIN_MS = 10_000;

/** Options every target understands; each target ignores what does not apply to it. */
export interface TargetOptions {
  /** Worker threads for targets that can use them (default: the machine's cores). */
  readonly threads?: number;
  /** wasm: ms a worker spins for its next job before it naps (CompileOptions.threadSpinMs). */
  readonly threadSpinMs?: number;
  /** Index density above which a PIT op runs its dense kernel instead. */
  readonly denseCrossover?: number;
  /** Bound dims, for targets that specialise code to shapes when emitting. */
  readonly dims?: ReadonlyMap<string, number>;
  /** GEMM cache blocking for targets that tile (wasm). */
  readonly blocking?: Blocking;
  /**
   * Ops other than GEMMs computed in float64 exactly as the reference interpreter does, bit for
   * bit (wasm; default: f32 SIMD kernels, within tolerance of the reference).
   */
  readonly exact?: boolean;
}

/** Cache blocking of a tiled GEMM, in elements: k depth, row block, column block. */
export interface Blocking {
  readonly kc: number;
  readonly mc: number;
  readonly nc: number;
}

export interface Target {
  /** Its registry id ('wasm'): the registry (src/targets/registry.ts) describes it. */
  readonly id: string;
  emit(program: LoweredProgram, options?: TargetOptions): Promise<Prepared<readonly Artifact[]>>;
  createExecutor(program: LoweredProgram, services: RuntimeServices, options?: TargetOptions): Promise<Prepared<Executor>>;
}
