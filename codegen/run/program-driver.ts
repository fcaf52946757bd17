import { indexDensity, type SparseIndex } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { ExecutionResult, LoweredProgram, OpRunRecord, RuntimeServices } from '../target.js';
import { checkGuard, rerunDenselyOnGuard } from './guards.js';
import {
  buildRequestedIndex,
  RunIndexes,
  type IndexRequest,
  type IndexUse,
} from './run-indexes.js';

/**
 * The form the driver chose for one op of a pass. `dense`: the op has no PIT form this target
 * runs here, or the pass is the dense rerun (RunContext.rerun). `pit`: run the PIT form over
 * `index`. `crossover`: the index was built, but it is denser than the target's crossover, so
 * the dense form is faster; the record still reports the index.
 */
export type OpForm =
  | { readonly kind: 'dense' }
  | { readonly kind: 'pit'; readonly index: IndexUse }
  | { readonly kind: 'crossover'; readonly index: IndexUse };

/** What a target's `runOp` sees of the pass it runs in. */
export interface RunContext {
  /** Every tensor of the pass so far: the inputs and the outputs of the ops before. */
  readonly values: ReadonlyMap<string, HostTensor>;
  /** This pass is the dense rerun after a failed guard. */
  readonly rerun: boolean;
  /** Per-pass state of the target (what it uploaded this pass), made on first use. */
  memo<T>(name: string, make: () => T): T;
}

/** What running one op produced: its output, the form that computed it, and what its record's `detail` says. */
export interface OpOutcome {
  readonly value: HostTensor;
  /** `pit` only when the PIT kernel ran (a `pit` OpForm the target declined runs `dense`). */
  readonly form: 'pit' | 'dense';
  readonly detail?: Readonly<Record<string, unknown>>;
}

/**
 * What a target supplies to run a program through the driver: how to run one op in a form, and
 * what it can do. The driver owns the rest: the op loop, guards and the dense rerun, index
 * build-or-reuse by key, the crossover, op records and their timings.
 */
export interface DriverTarget<Op, Request extends IndexRequest = IndexRequest> {
  /** The registry id: op records' `target`, and the stage internal errors name. */
  readonly id: string;
  /**
   * Index density above which a PIT op runs its dense form instead; absent, a PIT op always runs
   * its PIT form (the reference, which defines what the PIT forms compute).
   */
  readonly denseCrossover?: number;
  /** The tensor `op` defines. */
  outputOf(op: Op): string;
  /** The index of `op`'s PIT form when the target can run that form now (not asked in a rerun). */
  pitIndex(op: Op, run: RunContext): Request | undefined;
  /** Throws an InternalError when a built index does not have the geometry the kernels expect. */
  checkIndex?(index: SparseIndex, request: Request, source: HostTensor): void;
  runOp(op: Op, form: OpForm, run: RunContext): Promise<OpOutcome> | OpOutcome;
}

/**
 * Runs `ops` (the program's, as the target prepared them for these dims) in order on `inputs`.
 * Each PIT op's index is built from its source's current value, once per run and key; a failed
 * guard reruns the whole program densely. Records: `indexMs` (choosing the form and building or
 * reusing the index) is set when the PIT form ran; `kernelMs` is the time in `runOp`.
 */
export async function runProgram<Op, Request extends IndexRequest>(
  program: LoweredProgram,
  ops: readonly Op[],
  inputs: ReadonlyMap<string, HostTensor>,
  services: RuntimeServices,
  target: DriverTarget<Op, Request>,
): Promise<ExecutionResult> {
  const { values, ops: records } = await rerunDenselyOnGuard((rerun) =>
    runPass(program, ops, inputs, services, target, rerun),
  );
  return { values, ops: records };
}

async function runPass<Op, Request extends IndexRequest>(
  program: LoweredProgram,
  ops: readonly Op[],
  inputs: ReadonlyMap<string, HostTensor>,
  services: RuntimeServices,
  target: DriverTarget<Op, Request>,
  rerun: boolean,
): Promise<ExecutionResult & { readonly guardFailure?: string }> {
  const values = new Map<string, HostTensor>(inputs);
  const memos = new Map<string, unknown>();
  const run: RunContext = {
    values,
    rerun,
    memo<T>(name: string, make: () => T): T {
      if (!memos.has(name)) memos.set(name, make());
      return memos.get(name) as T;
    },
  };
  const indexes = new RunIndexes();
  const records: OpRunRecord[] = [];
  for (const op of ops) {
    const name = target.outputOf(op);
    const t0 = performance.now();
    const form = rerun ? ({ kind: 'dense' } as const) : formOf(op, run, indexes, services, target);
    const t1 = performance.now();
    const { value, form: ran, detail } = await target.runOp(op, form, run);
    const kernelMs = performance.now() - t1;
    values.set(name, value);
    records.push({
      name,
      target: target.id,
      kernelMs,
      form: ran,
      ...(form.kind === 'pit' ? { indexMs: t1 - t0 } : {}),
      ...(detail !== undefined ? { detail } : {}),
    });
    const failed = checkGuard(program, name, value);
    if (failed !== undefined && !rerun) return { values, ops: records, guardFailure: failed };
  }
  return { values, ops: records };
}

/** The PIT form when the op has one the target runs and its index is sparse enough; else dense. */
function formOf<Op, Request extends IndexRequest>(
  op: Op,
  run: RunContext,
  indexes: RunIndexes,
  services: RuntimeServices,
  target: DriverTarget<Op, Request>,
): OpForm {
  const request = target.pitIndex(op, run);
  if (request === undefined) return { kind: 'dense' };
  const index = indexes.obtain(request.key, () => {
    const built = buildRequestedIndex(request, run.values, services, target.id);
    target.checkIndex?.(built.index, request, built.source);
    return built.index;
  });
  const crossover = target.denseCrossover;
  if (crossover !== undefined && indexDensity(index.index) > crossover) {
    return { kind: 'crossover', index };
  }
  return { kind: 'pit', index };
}
