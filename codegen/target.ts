import type { Diagnostic } from '../ir/core/diagnostic.js';
import type { Graph } from '../ir/graph/graph.js';
import type { HostTensor } from '../ir/tensor.js';

/**
 * The contract every target implements. A target turns a checked program into artifacts
 * (files a user can keep) and into an executor (something that runs here), and says with a
 * diagnostic when it cannot: a target that cannot run on this machine may still emit.
 */
export type TargetId = 'ref' | 'wasm' | 'gpujs' | 'cuda';

export interface Artifact {
  /** File name relative to the output directory, e.g. `ffn.wat`. */
  readonly name: string;
  readonly contents: string | Uint8Array;
}

/** What one op did during one run, for reports (`pitc run --json`). */
export interface OpRunRecord {
  readonly name: string;
  readonly target: TargetId;
  readonly kernelMs: number;
  /** Set when the op ran in its PIT form. */
  readonly indexMs?: number;
  readonly detail?: Readonly<Record<string, unknown>>;
}

export interface ExecutionResult {
  /** Every tensor the run produced (intermediates included). */
  readonly values: ReadonlyMap<string, HostTensor>;
  readonly ops: readonly OpRunRecord[];
}

export interface Executor {
  /** Runs the program on validated inputs with every dim bound. */
  run(inputs: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>): Promise<ExecutionResult>;
  dispose(): Promise<void>;
}

export interface Prepared<T> {
  readonly value?: T;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Target {
  readonly id: TargetId;
  readonly summary: string;
  emit(graph: Graph, name: string): Promise<Prepared<readonly Artifact[]>>;
  createExecutor(graph: Graph): Promise<Prepared<Executor>>;
}
