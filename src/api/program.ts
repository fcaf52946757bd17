import { hasErrors } from '../../ir/core/diagnostic.js';
import { LimitExceeded } from '../../ir/core/errors.js';
import type { SourceFile } from '../../ir/core/span.js';
import { printDim } from '../../ir/dim-expr.js';
import type { DType } from '../../ir/dtype.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { Executor, OpRunRecord, TargetId } from '../../codegen/target.js';
import { bindDims, type OriginOf } from '../runtime/bind.js';
import { PitcError } from './errors.js';
import type { Analysis } from '../pipeline.js';

/** An input or weight a program expects. Shapes are printed extents, e.g. ["T", "768"]. */
export interface TensorSpec {
  readonly name: string;
  readonly role: 'input' | 'weight';
  readonly dtype: DType;
  readonly shape: readonly string[];
  readonly dynamic: boolean;
}

export type TensorMap = ReadonlyMap<string, HostTensor> | Readonly<Record<string, HostTensor>>;

export interface RunOptions {
  /** Values for symbolic dims; others come from input shapes or `dim T = N` defaults. */
  readonly dims?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
  /** Names the run's inputs in messages ("--input x=a.npy"); used by the CLI. */
  readonly originOf?: OriginOf;
}

/** Everything one run did: outputs, the dims used, per-op records and phase times. */
export interface RunReport {
  readonly outputs: ReadonlyMap<string, HostTensor>;
  readonly dims: ReadonlyMap<string, number>;
  readonly ops: readonly OpRunRecord[];
  readonly timings: { readonly kernelMs: number; readonly indexMs: number; readonly totalMs: number };
}

/** A checked program with an executor for one target. Create it with `compile()`. */
export class PitProgram {
  constructor(
    readonly graph: Graph,
    /** Sparsity facts, rules, plan and kernels chosen for this program. */
    readonly analysis: Analysis,
    readonly target: TargetId,
    readonly source: SourceFile,
    private readonly executor: Executor,
  ) {}

  get inputs(): TensorSpec[] {
    return this.graph.tensors
      .filter((t) => t.role !== 'intermediate')
      .map((t) => ({ name: t.name, role: t.role as 'input' | 'weight', dtype: t.dtype, shape: t.shape.map(printDim), dynamic: t.dynamic }));
  }

  get outputs(): readonly string[] {
    return this.graph.outputs;
  }

  /** Runs the program and returns its outputs by name. Throws PitcError on bad arguments. */
  async run(inputs: TensorMap, options: RunOptions = {}): Promise<Record<string, HostTensor>> {
    const report = await this.execute(inputs, options);
    return Object.fromEntries(report.outputs);
  }

  /** Like run(), with the per-op records and timings of the run. */
  async execute(inputs: TensorMap, options: RunOptions = {}): Promise<RunReport> {
    const start = performance.now();
    const given = toMap(inputs);
    const binding = bindDims(this.graph, given, toMap(options.dims ?? {}), options.originOf);
    const missing = this.inputs.filter((t) => !given.has(t.name));
    const diagnostics = [...binding.diagnostics, ...missing.map((t) => missingInput(this.graph, t.name))];
    if (hasErrors(diagnostics) || !binding.dims) throw new PitcError(diagnostics, this.source);
    const result = await this.executor.run(given, binding.dims).catch((err: unknown) => {
      if (err instanceof LimitExceeded) throw new PitcError([err.diagnostic], this.source);
      throw err;
    });
    const outputs = new Map(this.graph.outputs.map((name) => [name, result.values.get(name) as HostTensor]));
    const sum = (pick: (o: OpRunRecord) => number | undefined): number => result.ops.reduce((s, o) => s + (pick(o) ?? 0), 0);
    return {
      outputs,
      dims: binding.dims,
      ops: result.ops,
      timings: { kernelMs: sum((o) => o.kernelMs), indexMs: sum((o) => o.indexMs), totalMs: performance.now() - start },
    };
  }

  async dispose(): Promise<void> {
    await this.executor.dispose();
  }
}

function missingInput(graph: Graph, name: string): ReturnType<typeof bindDims>['diagnostics'][number] {
  const info = graph.tensors.find((t) => t.name === name);
  const span = info?.span;
  return {
    code: 'PIT6001',
    severity: 'error',
    message: `no value for ${info?.role ?? 'input'} '${name}': pass --input ${name}=FILE.npy or --random SEED (API: inputs.${name})`,
    ...(span ? { span } : {}),
  };
}

function toMap<V>(m: ReadonlyMap<string, V> | Readonly<Record<string, V>>): Map<string, V> {
  return m instanceof Map ? new Map(m) : new Map(Object.entries(m as Record<string, V>));
}
