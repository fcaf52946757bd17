import { diagnostic, hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import { InternalError, LimitExceeded } from '../../ir/core/errors.js';
import type { SourceFile } from '../../ir/core/span.js';
import { evalDim, printDim } from '../../ir/dim-expr.js';
import type { DType } from '../../ir/dtype.js';
import type { Graph } from '../../ir/graph/graph.js';
import { allocateData, copyData, elementCount, type HostTensor, type TensorData } from '../../ir/tensor.js';
import type { Executor, OpRunRecord } from '../../codegen/target.js';
import type { TargetId } from '../targets/registry.js';
import { bindDims, type OriginOf } from '../runtime/bind.js';
import { bindRun, heldOrigin, heldWeights, staleView, viewProblem, dimsKey, type BoundRun, type ProgramState } from './bind-run.js';
import { PitcError } from './errors.js';
import { resizedBuffer } from './output-buffers.js';
import { readRunArguments } from './run-arguments.js';
import { RunQueue } from './run-queue.js';
import { ViewRegistry } from './view-registry.js';
import { WeightStore } from './weight-store.js';
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
  /**
   * 'copy' (the default): outputs are the caller's own arrays. 'view': outputs are views of the
   * program's memory, valid until its next run starts (read or copy them before).
   */
  readonly outputs?: 'copy' | 'view';
  /** Arrays to copy outputs into, by output name: the output's typed array with exactly its element count. */
  readonly into?: Readonly<Record<string, TensorData>> | ReadonlyMap<string, TensorData>;
  /**
   * Tensors to return besides the outputs, by name (intermediates such as a relu output, to see
   * what a PIT op's index was built from): copies, in the report's `kept` (execute() only; the
   * wasm, gpujs and ref targets).
   */
  readonly keep?: readonly string[];
}

/** Options of setWeights() and inputView(). */
export interface DimsOptions {
  readonly dims?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
}

/** Everything one run did: outputs, the dims used, per-op records and phase times. */
export interface RunReport {
  readonly outputs: ReadonlyMap<string, HostTensor>;
  readonly dims: ReadonlyMap<string, number>;
  readonly ops: readonly OpRunRecord[];
  readonly timings: { readonly kernelMs: number; readonly indexMs: number; readonly totalMs: number };
  /** Copies of the tensors named in `keep`. */
  readonly kept: ReadonlyMap<string, HostTensor>;
}

/**
 * A checked program with an executor for one target. Create it with `compile()`. Runs may
 * overlap (`Promise.all` over several `run()` calls): they are queued and run one at a time, in
 * call order, each with its own outputs, so the results equal those of sequential runs.
 *
 * Data stays where it is: weights are held between runs (uploaded again only for a different
 * array or after setWeights()), inputs can be written straight into the program's memory
 * (inputView()), and outputs can be read as views or copied into the caller's arrays.
 */
export class PitProgram {
  private readonly queue = new RunQueue();
  private readonly weights = new WeightStore();
  private readonly views = new ViewRegistry();
  /** What binding a call reads: the graph, the weights held, the views lent. */
  private readonly state: ProgramState;
  /** Host arrays lent as input views by a program whose executor has no memory of its own. */
  private hostViews = { dims: '', arrays: new Map<string, TensorData>() };
  private disposal: Promise<void> | undefined;

  constructor(
    readonly graph: Graph,
    /** Sparsity facts, rules, plan and kernels chosen for this program. */
    readonly analysis: Analysis,
    readonly target: TargetId,
    readonly source: SourceFile,
    private readonly executor: Executor,
  ) {
    this.state = { graph, source, weights: this.weights, views: this.views };
  }

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
   * settles. Weights may be left out once the program holds them (from an earlier run or
   * setWeights()). Outputs are the caller's own unless `outputs: 'view'` or `into` says otherwise.
   */
  async execute(inputs: TensorMap, options: RunOptions = {}): Promise<RunReport> {
    if (this.disposal) throw new PitcError([disposedDiagnostic()], this.source);
    const bound = bindRun(this.state, readRunArguments(inputs, options));
    return this.queue.run(() => this.executeNow(bound));
  }

  /**
   * Gives the program new weights, checked as run() checks its arguments (their dims must agree
   * with each other and with `options.dims`). Later runs may leave them out. A weight is read by
   * reference and uploaded by the next run that uses it: to change a weight's values in place,
   * change the array, then call setWeights() with it (runs that do not are not told, and
   * targets that keep weights in their own memory go on using the old values). Runs called
   * before keep the weights they were called with.
   */
  setWeights(weights: TensorMap, options: DimsOptions = {}): void {
    if (this.disposal) throw new PitcError([disposedDiagnostic()], this.source);
    const args = readRunArguments(weights, options, 'setWeights()', ['dims']);
    const diagnostics = [...args.diagnostics];
    for (const [name, value] of args.inputs) {
      const info = this.graph.tensors.find((t) => t.name === name);
      if (info?.role === 'input') diagnostics.push(diagnostic('PIT6023', `'${name}' is an input, and setWeights() takes weights only: pass inputs to run(), or write them through inputView()`));
      const view = viewProblem(this.state, value, name);
      if (view) diagnostics.push(view);
    }
    if (hasErrors(diagnostics)) throw new PitcError(diagnostics, this.source);
    const binding = bindDims(this.graph, args.inputs, args.dims, args.originOf, true);
    if (hasErrors(binding.diagnostics) || !binding.tensors) throw new PitcError(binding.diagnostics, this.source);
    this.weights.accept(binding.tensors, true);
  }

  /**
   * A tensor whose data is input `name`'s buffer in the program's memory at these dims (the
   * weights it holds and `options.dims` bind them), for the caller to write; a run at the same
   * dims given it as that input reads it where it is, without a copy. Its contents start
   * unspecified (write every element). It stays valid until the program is set up for other
   * dims (a run or inputView() at other dims), a run copies another value into that input, or
   * dispose(); given to a run after that, it is a PitcError (PIT6021). With one wasm thread, a run
   * that needs more memory than any before detaches it, which is reported the same way.
   */
  async inputView(name: string, options: DimsOptions = {}): Promise<HostTensor> {
    if (this.disposal) throw new PitcError([disposedDiagnostic()], this.source);
    const args = readRunArguments({}, options, 'inputView()', ['dims']);
    if (hasErrors(args.diagnostics)) throw new PitcError(args.diagnostics, this.source);
    const info = typeof name === 'string' ? this.graph.tensors.find((t) => t.name === name && t.role !== 'intermediate') : undefined;
    if (!info || info.role !== 'input') {
      const inputs = this.inputs.filter((t) => t.role === 'input').map((t) => t.name);
      const message = info
        ? `'${info.name}' is a weight, and inputView() lends inputs only: give weights to setWeights() or run()`
        : `inputView() was given ${typeof name === 'string' ? `'${name}'` : 'a name that is not a string'}, which is not an input of this program (its inputs: ${inputs.join(', ') || 'none'})`;
      throw new PitcError([diagnostic(info ? 'PIT6023' : 'PIT6009', message)], this.source);
    }
    const held = heldWeights(this.state);
    const binding = bindDims(this.graph, held, args.dims, heldOrigin(held, undefined));
    if (hasErrors(binding.diagnostics) || !binding.dims) throw new PitcError(binding.diagnostics, this.source);
    const dims = binding.dims;
    const key = dimsKey(dims);
    const shape = Object.freeze(
      info.shape.map((d) => {
        const extent = evalDim(d, dims);
        if (extent === undefined) throw new InternalError('runtime', `the shape of '${info.name}' is not bound by its program's dims`);
        return extent;
      }),
    );
    return this.queue.run(async () => {
      this.views.enter(key);
      const data = this.executor.inputView ? await this.limits(this.executor.inputView(info.name, dims)) : this.hostView(info.name, info.dtype, key, elementCount(shape));
      this.views.lendInput(info.name, data);
      return { dtype: info.dtype, shape, data };
    });
  }

  /**
   * Frees what the executor holds (memory, worker threads, compiled kernels). Runs already
   * started or queued finish first; later run() calls reject with PIT6020. Calling it again
   * returns the same promise. A program never disposed does not keep Node running.
   */
  dispose(): Promise<void> {
    this.disposal ??= this.queue.idle().then(() => {
      this.views.invalidateAll();
      this.weights.clear();
      this.hostViews = { dims: '', arrays: new Map() };
      return this.executor.dispose();
    });
    return this.disposal;
  }

  private async executeNow(bound: BoundRun): Promise<RunReport> {
    const start = performance.now();
    const given = bound.tensors;
    const problems: Diagnostic[] = [];
    const inPlace = new Set<string>();
    const copied: string[] = [];
    for (const [name, t] of given) {
      // a resizable buffer can shrink while a run waits in the queue: never hand a target short data
      if (t.data.length !== elementCount(t.shape)) {
        problems.push(diagnostic('PIT6018', `'${name}' is not a valid tensor: its data was resized to ${t.data.length} element(s) after run() was called`));
      }
      // a view can go stale while the run waits (a run queued before it at other dims, or copying into its input)
      const stale = this.views.staleness(t.data, bound.key);
      if (stale) problems.push(staleView(name, stale));
      else if (this.views.isLiveInputView(t.data, name, bound.key)) inPlace.add(name);
      else if (!bound.versions.has(name)) copied.push(name);
    }
    for (const [name, buffer] of bound.into) {
      const resized = resizedBuffer(name, buffer);
      if (resized) problems.push(resized);
    }
    if (problems.length > 0) throw new PitcError(problems, this.source);
    this.views.enter(bound.key);
    this.views.runStarted(copied);
    const lend = bound.outputs === 'view' || bound.into.size > 0 ? 'view' : 'copy';
    const control = { weightVersions: bound.versions, inPlace: this.executor.inputView ? inPlace : new Set<string>(), outputs: lend, keep: new Set(bound.keep) } as const;
    const result = await this.limits(this.executor.run(given, bound.dims, control));
    const outputs = new Map<string, HostTensor>();
    const values = this.graph.outputs.map((name): [string, HostTensor] => {
      const value = result.values.get(name);
      if (!value) throw new InternalError('runtime', `the executor returned no value for output '${name}'`);
      return [name, value];
    });
    // copies and views first, the caller's arrays last: one of those may alias the program's memory
    for (const [name, value] of values) if (!bound.into.has(name)) outputs.set(name, this.deliver(name, value, bound, lend));
    for (const [name, value] of values) if (bound.into.has(name)) outputs.set(name, this.deliver(name, value, bound, lend));
    const ordered = new Map(this.graph.outputs.map((name) => [name, outputs.get(name) as HostTensor]));
    const kept = new Map<string, HostTensor>();
    for (const name of bound.keep) {
      const value = result.values.get(name);
      if (!value) throw new PitcError([diagnostic('PIT6019', `option 'keep': the ${this.target} target does not return '${name}'`)], this.source);
      kept.set(name, { dtype: value.dtype, shape: [...value.shape], data: copyData(value.dtype, value.data) });
    }
    const sum = (pick: (o: OpRunRecord) => number | undefined): number => result.ops.reduce((s, o) => s + (pick(o) ?? 0), 0);
    return {
      outputs: ordered,
      dims: bound.dims,
      ops: result.ops,
      timings: { kernelMs: sum((o) => o.kernelMs), indexMs: sum((o) => o.indexMs), totalMs: performance.now() - start },
      kept,
    };
  }

  /** An output as the caller asked for it: in its own array, a copy, or a view (an input named as an output is always copied). */
  private deliver(name: string, value: HostTensor, bound: BoundRun, lent: 'copy' | 'view'): HostTensor {
    const buffer = bound.into.get(name);
    const isInput = bound.tensors.get(name)?.data === value.data;
    const shape = [...value.shape];
    if (buffer) {
      buffer.data.set(value.data as never);
      return { dtype: value.dtype, shape, data: buffer.data };
    }
    if (isInput || (lent === 'view' && bound.outputs === 'copy')) return { dtype: value.dtype, shape, data: copyData(value.dtype, value.data) };
    if (bound.outputs === 'view') this.views.lendOutput(name, value.data);
    return value;
  }

  /** The host array lent as input `name`'s view when the executor has no memory of its own. */
  private hostView(name: string, dtype: DType, key: string, count: number): TensorData {
    if (this.hostViews.dims !== key) this.hostViews = { dims: key, arrays: new Map() };
    let array = this.hostViews.arrays.get(name);
    if (!array) {
      array = allocateData(dtype, count);
      this.hostViews.arrays.set(name, array);
    }
    // a new array object each time: a view lent earlier keeps its own record (and may be stale)
    const Kind = array.constructor as new (buffer: ArrayBufferLike, offset: number, length: number) => TensorData;
    return new Kind(array.buffer, array.byteOffset, array.length);
  }

  /** An executor's call, with a size limit it hits (LimitExceeded) reported as the user's PitcError. */
  private limits<T>(call: Promise<T>): Promise<T> {
    return call.catch((err: unknown) => {
      if (err instanceof LimitExceeded) throw new PitcError([err.diagnostic], this.source);
      throw err;
    });
  }
}

function disposedDiagnostic(): Diagnostic {
  return diagnostic('PIT6020', 'this program has been disposed: compile it again to run it');
}
