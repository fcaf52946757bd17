import { diagnostic, hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import { InternalError, LimitExceeded } from '../../ir/core/errors.js';
import type { SourceFile } from '../../ir/core/span.js';
import { printDim } from '../../ir/dim-expr.js';
import type { DType } from '../../ir/dtype.js';
import type { Graph } from '../../ir/graph/graph.js';
import { elementCount, type HostTensor } from '../../ir/tensor.js';
import type { Executor, OpRunRecord, TargetId } from '../../codegen/target.js';
import { bindDims, type OriginOf } from '../runtime/bind.js';
import { PitcError } from './errors.js';
import { readRunArguments, type RunArguments } from './run-arguments.js';
import { RunQueue } from './run-queue.js';
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

/**
 * A checked program with an executor for one target. Create it with `compile()`. Runs may
 * overlap (`Promise.all` over several `run()` calls): they are queued and run one at a time, in
 * call order, each with its own outputs, so the results equal those of sequential runs.
 */
export class PitProgram {
  private readonly queue = new RunQueue();
  private disposal: Promise<void> | undefined;

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

  /** Runs the program and returns its outputs by name. Rejects with a PitcError on bad arguments. */
  async run(inputs: TensorMap, options: RunOptions = {}): Promise<Record<string, HostTensor>> {
    const report = await this.execute(inputs, options);
    return Object.fromEntries(report.outputs);
  }

  /**
   * Like run(), with the per-op records and timings of the run (`totalMs` counts from when the
   * run starts, after any queued before it). The arguments are checked when it is called; the
   * tensors' data is read when the run starts, so it must not change until the returned promise
   * settles. The outputs are the caller's own (nothing a later run writes).
   */
  async execute(inputs: TensorMap, options: RunOptions = {}): Promise<RunReport> {
    if (this.disposal) throw new PitcError([disposedDiagnostic()], this.source);
    const bound = this.bind(readRunArguments(inputs, options));
    return this.queue.run(() => this.executeNow(bound));
  }

  /**
   * Frees what the executor holds (memory, worker threads, compiled kernels). Runs already
   * started or queued finish first; later run() calls reject with PIT6020. Calling it again
   * returns the same promise. A program never disposed does not keep Node running.
   */
  dispose(): Promise<void> {
    this.disposal ??= this.queue.idle().then(() => this.executor.dispose());
    return this.disposal;
  }

  /** The call's arguments checked and bound, when it is made (so a later change of a shape array does not matter). */
  private bind(args: RunArguments): BoundRun {
    if (hasErrors(args.diagnostics)) throw new PitcError(args.diagnostics, this.source);
    const binding = bindDims(this.graph, args.inputs, args.dims, args.originOf);
    const missing = this.inputs.filter((t) => !args.inputs.has(t.name));
    const diagnostics = [...binding.diagnostics, ...missing.map((t) => missingInput(this.graph, t.name))];
    if (hasErrors(diagnostics) || !binding.dims || !binding.tensors) throw new PitcError(diagnostics, this.source);
    return { tensors: binding.tensors, dims: binding.dims };
  }

  private async executeNow(bound: BoundRun): Promise<RunReport> {
    const start = performance.now();
    const given = bound.tensors;
    // a resizable buffer can shrink while a run waits in the queue: never hand a target short data
    for (const [name, t] of given) {
      if (t.data.length !== elementCount(t.shape)) {
        throw new PitcError([diagnostic('PIT6018', `'${name}' is not a valid tensor: its data was resized to ${t.data.length} element(s) after run() was called`)], this.source);
      }
    }
    const result = await this.executor.run(given, bound.dims).catch((err: unknown) => {
      if (err instanceof LimitExceeded) throw new PitcError([err.diagnostic], this.source);
      throw err;
    });
    const outputs = new Map(this.graph.outputs.map((name) => [name, ownOutput(name, result.values.get(name), given)]));
    const sum = (pick: (o: OpRunRecord) => number | undefined): number => result.ops.reduce((s, o) => s + (pick(o) ?? 0), 0);
    return {
      outputs,
      dims: bound.dims,
      ops: result.ops,
      timings: { kernelMs: sum((o) => o.kernelMs), indexMs: sum((o) => o.indexMs), totalMs: performance.now() - start },
    };
  }
}

/** A run's checked tensors (own copies of their shapes) and its bound dims. */
interface BoundRun {
  readonly tensors: ReadonlyMap<string, HostTensor>;
  readonly dims: ReadonlyMap<string, number>;
}

/** An output as the caller gets it: an input named as an output is copied, not handed back. */
function ownOutput(name: string, value: HostTensor | undefined, given: ReadonlyMap<string, HostTensor>): HostTensor {
  if (!value) throw new InternalError('runtime', `the executor returned no value for output '${name}'`);
  const input = given.get(name);
  if (!input || value.data !== input.data) return value;
  return { dtype: value.dtype, shape: [...value.shape], data: value.data.slice() };
}

function disposedDiagnostic(): Diagnostic {
  return diagnostic('PIT6020', 'this program has been disposed: compile it again to run it');
}

function missingInput(graph: Graph, name: string): Diagnostic {
  const info = graph.tensors.find((t) => t.name === name);
  const span = info?.span;
  return {
    code: 'PIT6001',
    severity: 'error',
    message: `no value for ${info?.role ?? 'input'} '${name}': pass --input ${name}=FILE.npy or --random SEED (API: inputs.${name})`,
    ...(span ? { span } : {}),
  };
}
