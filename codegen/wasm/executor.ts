import { InternalError } from '../../ir/core/errors.js';
import type { LoopIndex } from '../../ir/loops/loop-ir.js';
import { copyIndex, indexDensity, type SparseIndex } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';
import { BINDING_CAPACITY, dimsKey } from '../run/dims-cache.js';
import { checkGuard, rerunDenselyOnGuard, type ProgramPass } from '../run/guards.js';
import { concreteTile } from '../run/micro-tile.js';
import { DENSE_ABOVE_CROSSOVER } from '../run/pit-detail.js';
import { sampleDensity } from '../run/density-sample.js';
import { RunIndexes } from '../run/run-indexes.js';
import type { Blocking, Executor, LoweredProgram, OpRunRecord, RuntimeServices } from '../target.js';
import { compileWasmProgram, type CompiledWasm, type OpProgram, type SimdIndex } from './compile-program.js';
import type { HostFeatures } from './features.js';
import { tasksStoreTheirCells } from './c-init.js';
import { cachedArray } from './stamps.js';
import { runGemm, taskSpaceEstimate, type GemmRun, type GemmTuning, type PackedA, type SharedDispatch } from './gemm-run.js';
import type { PointwiseKernels } from './pointwise-kernels.js';
import { runSimdStages, type SimdTuning } from './simd-run.js';
import type { KernelCall } from './thread-pool.js';
import { createMemory, ensureMemory, instantiate } from './instance.js';
import { LruCache } from '../lru-cache.js';
import { moduleKey, type WasmModuleCache } from './module-cache.js';
import { sharedBuffers } from './shared-buffers.js';
import { loadInputs, readOutputs, viewOf, zeroBytes, type ResidentWeights } from './tensor-io.js';
import { runFinished, runStarting, SpareOutputs } from './spare-outputs.js';
import type { GemmTask, ListCache } from './tasks.js';
import { gemmOpTasks } from './op-tasks.js';
import { runFills, runStageGroup } from './stage-group-run.js';
import { pitTasksWorthIt } from './stage-tasks.js';
import { pitDetail, untouchedRecord } from './run-records.js';
import { runLoopChain, type ChainContext, type ChainPlan } from './chain-run.js';
import { PlanMemo } from './plan-memo.js';
import type { ThreadPool } from './thread-pool.js';

export interface WasmExecutorOptions {
  readonly features: HostFeatures;
  /** Threads to split GEMMs across (1 = the calling thread only). */
  readonly threads: number;
  /**
   * PIT runs dense when the index density exceeds this (measured by `npm run bench`), or, below 1,
   * when a point-by-point op's PIT tasks would cost more than its dense form; 1 or more: every PIT
   * form runs whatever it costs (tests).
   */
  readonly denseCrossover: number;
  /** Compiled modules shared across executors, by content. */
  readonly cache?: WasmModuleCache;
  readonly pool?: ThreadPool;
  /** Makes the executor's own pool when `pool` is not given and there are threads (the platform's: worker_threads, Web Workers). */
  readonly createPool?: (size: number, memory: () => WebAssembly.Memory) => ThreadPool;
  /** Overrides of the GEMM runner's measured defaults (benchmarks and tests). */
  readonly gemm?: GemmTuning;
  /** Overrides of the SIMD runner's measured defaults (benchmarks and tests). */
  readonly simd?: SimdTuning;
  /** Point-by-point ops as float64 kernels equal to the reference bit for bit (default: f32 SIMD). */
  readonly exact?: boolean;
  readonly blocking?: Blocking;
  /** Fuse consecutive point-by-point ops into stage groups (default true; tests compare both). */
  readonly fuse?: boolean;
  /** Run loop chains value by value (loop-chains.ts; default true; tests compare both). */
  readonly chains?: boolean;
  /** Cut a loop chain's values into strips of rows where it can (chain-run.ts; default true; tests compare). */
  readonly chainStrips?: boolean;
  /** Reuse a loop chain's plan while its indexes list the same micro-tiles (plan-memo.ts; default true; tests compare). */
  readonly chainPlans?: boolean;
  /** Reuse an op-by-op PIT GEMM's plan while its index lists the same micro-tiles (plan-memo.ts; default true; tests compare). */
  readonly gemmPlans?: boolean;
  /** Sample a GEMM's PIT operand before building its index, and run dense without one when it is clearly dense (density-sample.ts; default true; tests compare). */
  readonly sampleDensity?: boolean;
  /**
   * Tests: before every run, write NaN (f32) or all-ones bytes over every region a run writes
   * before reading it (intermediates, buffers, GEMM results), so a kernel that reads a cell no
   * one wrote (a skipped fill) changes the outputs.
   */
  readonly poison?: boolean;
}

interface Prepared {
  readonly compiled: CompiledWasm;
  readonly instance: WebAssembly.Instance;
  readonly module: WebAssembly.Module;
  /** Whole-axis index lists per op, built once. */
  readonly lists: Map<string, ListCache>;
  /** Indexes of sources that depend only on the dims (masks of index values), built once per binding. */
  readonly dimsOnlyIndexes: Map<string, SparseIndex>;
  /** Each loop chain's plan of the last run, by chain function (plan-memo.ts). */
  readonly chainPlans: Map<string, PlanMemo<ChainPlan>>;
  /** Each op-by-op PIT GEMM's shared-driver plan of the last run, by op (plan-memo.ts). */
  readonly gemmPlans: Map<string, PlanMemo<{ readonly tasks: GemmTask[]; readonly dispatch: SharedDispatch }>>;
}

/**
 * Bindings of the dims an executor keeps instantiated. A binding that comes back after being
 * dropped is instantiated again from the module cache (no recompilation while the module is
 * still there), so a program run at hundreds of distinct shapes holds a bounded set of instances.
 */
export const WASM_BINDING_CAPACITY = BINDING_CAPACITY;

/**
 * Wasm memories cannot shrink, so the executor replaces its memory when the bindings it keeps
 * need much less than the memory holds (after a huge binding was evicted): more than twice what
 * the largest kept binding needs, and more than this many bytes beyond it.
 */
export const MEMORY_SLACK_BYTES = 16 * 1024 * 1024;

/** A wasm executor, with what it holds (for tests that check memory stays bounded). */
export interface WasmExecutor extends Executor {
  /** Bindings of the dims instantiated now (at most WASM_BINDING_CAPACITY). */
  readonly bindings: number;
  /** Bytes of the executor's wasm memory (0 before the first run and after dispose). */
  readonly memoryBytes: number;
}

/**
 * Runs a lowered program on wasm. Per binding of the dims it compiles (once) a module whose
 * kernels address fixed buffers in one memory that the executor owns and reuses call after
 * call; inputs are copied in (weights only when their version changed, inputs written through
 * inputView not at all), outputs copied out or lent as views (tensor-io.ts). One run at a time:
 * the memory holds one run's tensors, so callers serialise runs (the API's PitProgram queues them).
 */
export function createWasmExecutor(program: LoweredProgram, services: RuntimeServices, options: WasmExecutorOptions): WasmExecutor {
  const shared = options.threads > 1 && options.features.threads;
  let memory: WebAssembly.Memory | undefined;
  // not run/'s DimsCache: making a binding may first drop every binding (shrinkIfOversized)
  const prepared = new LruCache<string, Prepared>(WASM_BINDING_CAPACITY);
  /** The binding the memory is set up for (enterBinding). */
  let entered: Prepared | undefined;
  /** The memory is as created: all zeros, which no binding needs written again. */
  let pristine = false;
  if (shared && !options.pool && !options.createPool) throw new InternalError('wasm', `an executor of ${options.threads} threads was made without a thread pool or a way to make one`);
  const pool = options.pool ?? (shared && options.createPool ? options.createPool(options.threads, () => memory as WebAssembly.Memory) : undefined);
  const runOptions: WasmExecutorOptions = { ...options, ...(pool ? { pool } : {}) };
  /** Tensors whose buffer a later op may take (compiled modules share a subset of these). */
  const overwritable = new Set(sharedBuffers(program.graph, program.kernels).values());

  /** Drops the memory when what the kept bindings (and `need`) use is far below its size. */
  const shrinkIfOversized = async (need: number): Promise<void> => {
    if (!memory) return;
    const kept = [...prepared.values()].slice(Math.max(0, prepared.size - WASM_BINDING_CAPACITY + 1));
    const keep = Math.max(need, ...kept.map((p) => p.compiled.dynamicBase));
    const have = memory.buffer.byteLength;
    if (have <= 2 * keep || have - keep <= MEMORY_SLACK_BYTES) return;
    // every instance imports the old memory: all of them go, and come back on their next use
    prepared.clear();
    memory = undefined;
    entered = undefined;
    await pool?.release();
  };

  /** `share` false: a module where no op writes over another tensor's buffer (shared-buffers.ts), for runs that keep such a tensor. */
  const prepare = async (dims: ReadonlyMap<string, number>, share = true): Promise<Prepared> => {
    const key = dimsKey(dims, share ? '' : 'unshared');
    const hit = prepared.get(key);
    if (hit) return hit;
    const compileOptions = {
      features: { relaxedSimd: options.features.relaxedSimd, sharedMemory: shared },
      threads: options.threads,
      ...(options.blocking ? { blocking: options.blocking } : {}),
      ...(options.exact ? { exact: true } : {}),
      ...(options.fuse === false ? { fuse: false } : {}),
      ...(share ? {} : { shareBuffers: false }),
      ...(program.guards.length > 0 ? { guarded: program.guards.map((g) => g.tensor) } : {}),
    };
    const contentKey = moduleKey(program, dims, compileOptions);
    let cached = options.cache?.get(contentKey);
    if (!cached) {
      const compiled = compileWasmProgram(program.graph, program.kernels, dims, compileOptions);
      cached = { compiled, module: new WebAssembly.Module(compiled.binary as Uint8Array<ArrayBuffer>) };
      options.cache?.set(contentKey, cached);
    }
    const { compiled, module } = cached;
    await shrinkIfOversized(compiled.dynamicBase);
    if (!memory) {
      memory = createMemory(compiled.dynamicBase, shared);
      pristine = true;
    }
    ensureMemory(memory, compiled.dynamicBase);
    const instance = instantiate(module, memory);
    const p = { compiled, instance, module, lists: new Map<string, ListCache>(), dimsOnlyIndexes: new Map<string, SparseIndex>(), chainPlans: new Map<string, PlanMemo<ChainPlan>>(), gemmPlans: new Map() };
    prepared.set(key, p);
    return p;
  };

  /** Weights the entered binding's buffers hold (their versions): not uploaded again. */
  const resident: ResidentWeights = new Map();
  /**
   * Makes the memory look to binding `p` as a fresh one does: its static region zeroed and its
   * constant tables written. Another binding's tensors overwrite both, and the kernels read a few
   * entries past the end of an offset table (over-reads whose results are discarded, but whose
   * addresses must be in bounds: zeros are).
   */
  const enterBinding = (p: Prepared, mem: WebAssembly.Memory): void => {
    if (entered === p) return;
    // a fresh memory is zero already: zeroing it would touch every page of it (85 ms at S = 1024)
    if (!pristine) zeroBytes(mem.buffer, 0, p.compiled.dynamicBase);
    pristine = false;
    const view = new Int32Array(mem.buffer);
    for (const [address, values] of p.compiled.tables) view.set(values, address / 4);
    entered = p;
    resident.clear();
  };

  let disposed = false;
  const spares = new SpareOutputs();
  return {
    get bindings() {
      return prepared.size;
    },
    get memoryBytes() {
      return memory?.buffer.byteLength ?? 0;
    },
    async run(inputs, dims, control = {}) {
      if (disposed) throw new InternalError('wasm', 'run() on a disposed executor');
      // workers that slept since the last run start polling while the inputs are copied in
      pool?.wake();
      // no program's spares are made while this run runs (spare-outputs.ts)
      runStarting();
      try {
        // an intermediate asked for whose buffer a later op may write over: a module that keeps it
        const p = await prepare(dims, ![...(control.keep ?? [])].some((name) => overwritable.has(name)));
        const mem = memory as WebAssembly.Memory;
        enterBinding(p, mem);
        if (options.poison) poison(p.compiled, mem);
        loadInputs(mem, p.compiled, inputs, control, resident);
        // a failed guard reruns the program densely in the same memory (the inputs stay loaded)
        const { ops: records } = await rerunDenselyOnGuard((rerun) => runOps(p, mem, services, runOptions, program, rerun));
        // copies unless the caller asked for views: the memory belongs to the next run
        const values = readOutputs(mem, p.compiled, program.graph.outputs, inputs, control.outputs ?? 'copy', spares);
        // intermediates asked for (keep) are always copies: their buffers are reused by the next run
        const kept = [...(control.keep ?? [])].filter((name) => !values.has(name));
        for (const [name, value] of readOutputs(mem, p.compiled, kept, new Map(), 'copy')) values.set(name, value);
        // the next run's output arrays (those this one copied out), made while the caller is away
        spares.prepareSoon();
        return { values, ops: records };
      } finally {
        runFinished();
      }
    },
    async inputView(name, dims) {
      if (disposed) throw new InternalError('wasm', 'inputView() on a disposed executor');
      const p = await prepare(dims);
      const mem = memory as WebAssembly.Memory;
      enterBinding(p, mem);
      // a plain memory's growth detaches views: leave room for the task lists of later runs
      if (!shared) ensureMemory(mem, p.compiled.dynamicBase + taskSpaceEstimate(p.compiled));
      const place = p.compiled.tensors.get(name);
      if (!place) throw new InternalError('wasm', `no buffer for input '${name}'`);
      return viewOf(mem, place);
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      spares.clear();
      prepared.clear();
      memory = undefined;
      entered = undefined;
      if (pool && !options.pool) await pool.close();
    },
  };
}

/** What one run has done so far: indexes built (by key), and ops a stage group already computed. */
interface RunState {
  readonly indexes: RunIndexes;
  /** Ops computed by an earlier op's fused group: op → the op that ran the group. */
  readonly fused: Map<string, string>;
}

async function runOps(
  p: Prepared,
  memory: WebAssembly.Memory,
  services: RuntimeServices,
  options: WasmExecutorOptions,
  program: LoweredProgram,
  forceDense: boolean,
): Promise<ProgramPass> {
  const records: OpRunRecord[] = [];
  const state: RunState = { indexes: new RunIndexes(), fused: new Map() };
  const chains = new Map(forceDense || options.chains === false ? [] : p.compiled.chains.map((c) => [c.ops[0] as string, c]));
  let chained = new Set<string>();
  let chainNote: string | undefined;
  for (const op of p.compiled.ops) {
    const chain = chains.get(op.op);
    if (chain) {
      const ran = await runLoopChain(chain, chainContext(p, memory, state, services, options));
      if ('records' in ran) {
        records.push(...ran.records);
        chained = new Set(chain.ops);
        const failed = chain.ops.map((name) => guardOf(program, p, memory, name)).find((f) => f !== undefined);
        if (failed) return { ops: records, guardFailure: failed };
      } else chainNote = ran.why;
    }
    if (chained.has(op.op)) continue;
    const ran = await runOp(op, p, memory, state, services, options, forceDense);
    const leader = ran.detail?.['fusedInto'];
    const record = leader === undefined ? ran : { ...ran, form: records.find((r) => r.name === leader)?.form ?? ran.form };
    const noted = chainNote === undefined ? record : { ...record, detail: { ...record.detail, chain: { notUsed: chainNote } } };
    chainNote = undefined;
    records.push(op.denseWhy === undefined ? noted : { ...noted, form: 'dense', detail: { ...noted.detail, mode: 'dense', note: `PIT form not used: ${op.denseWhy}` } });
    const failed = guardOf(program, p, memory, op.op);
    if (failed && !forceDense) return { ops: records, guardFailure: failed };
  }
  return { ops: records };
}

/** Why the guard on op's output (if the program has one) fails on the values in memory. */
function guardOf(program: LoweredProgram, p: Prepared, memory: WebAssembly.Memory, op: string): string | undefined {
  const place = p.compiled.tensors.get(op);
  return place ? checkGuard(program, op, { dtype: place.dtype, shape: place.shape, data: viewOf(memory, place) }) : undefined;
}

/** Calls an exported kernel of the binding's instance. */
function kernelCall(p: Prepared): KernelCall {
  const exports = p.instance.exports as Record<string, (...args: number[]) => void>;
  return (fn, ...args) => {
    const f = exports[fn];
    if (!f) throw new InternalError('wasm', `module has no function '${fn}'`);
    f(...args);
  };
}

/** What a loop chain needs of this run (chain-run.ts). */
function chainContext(p: Prepared, memory: WebAssembly.Memory, state: RunState, services: RuntimeServices, options: WasmExecutorOptions): ChainContext {
  return {
    compiled: p.compiled,
    memory,
    module: p.module,
    pool: options.pool,
    call: kernelCall(p),
    crossover: options.denseCrossover,
    ...(options.gemm ? { gemm: options.gemm } : {}),
    index: (key) => indexFor(key, p, memory, state, services, options.denseCrossover),
    lists: (op) => listCache(p, op),
    fused: state.fused,
    ...(options.chainStrips === false ? { strips: false } : {}),
    ...(options.chainPlans === false ? {} : { plans: p.chainPlans }),
  };
}

/** The index a PIT kernel reads: built once per run and key (once per binding of the dims when it depends only on them). */
function indexFor(key: string, p: Prepared, memory: WebAssembly.Memory, state: RunState, services: RuntimeServices, crossover: number): { index: SparseIndex; reused: boolean; ms: number } {
  const i0 = performance.now();
  const loopIndex = p.compiled.indexes.get(key);
  if (!loopIndex) throw new InternalError('wasm', `index '${key}' is not in the compiled program`);
  const kept = loopIndex.dimsOnly ? p.dimsOnlyIndexes.get(key) : undefined;
  const use = state.indexes.obtain(key, () => kept ?? buildIndex(loopIndex, p, memory, services, crossover));
  const reused = use.reused || kept !== undefined;
  const index = use.index;
  // a copy: the runtime's builder reuses its arrays for the next build into the same slot
  if (loopIndex.dimsOnly && !reused) p.dimsOnlyIndexes.set(key, copyIndex(index));
  return { index, reused, ms: performance.now() - i0 };
}

/**
 * The record's words when a sample of index `key`'s source says it is dense (density-sample.ts),
 * else undefined: also when this run built the index already or it depends only on the dims
 * (it is built once per binding), then the index itself decides.
 */
function denseBySample(key: string, p: Prepared, memory: WebAssembly.Memory, state: RunState, crossover: number): Record<string, unknown> | undefined {
  const loopIndex = p.compiled.indexes.get(key);
  if (!loopIndex || loopIndex.dimsOnly || state.indexes.get(key)) return undefined;
  const place = p.compiled.tensors.get(loopIndex.source);
  if (!place) return undefined;
  const t0 = performance.now();
  const sampled = sampleDensity(viewOf(memory, place), place.shape, concreteTile(loopIndex.grid.microTile, place.shape), loopIndex.fill, crossover);
  if (!sampled?.dense) return undefined;
  return { mode: DENSE_ABOVE_CROSSOVER, index: key, indexBuilt: false, densitySample: { tiles: sampled.tiles, absent: sampled.absent, ms: performance.now() - t0 } };
}

async function runOp(
  op: OpProgram,
  p: Prepared,
  memory: WebAssembly.Memory,
  state: RunState,
  services: RuntimeServices,
  options: WasmExecutorOptions,
  forceDense: boolean,
): Promise<OpRunRecord> {
  const call = kernelCall(p);
  if (op.kind === 'pointwise') return runPointwiseOp(op, p, memory, state, services, options, forceDense, call);
  const index = forceDense ? undefined : (key: string) => indexFor(key, p, memory, state, services, options.denseCrossover);
  const sample = forceDense || options.sampleDensity === false ? undefined : (key: string) => denseBySample(key, p, memory, state, options.denseCrossover);
  // a plan kept from the last run (op-by-op shared GEMMs, not output-sparse ones) while its index lists the same tiles
  const keepPlans = options.gemmPlans !== false && !forceDense && !op.pitOutput && op.pitLoops !== undefined;
  const kept = keepPlans ? p.gemmPlans.get(op.op) : undefined;
  const keptTasks = kept && index ? () => (kept.fits(op.op, index) ? kept.plan.tasks : undefined) : undefined;
  const { tasks, listed, indexMs, taskMs, detail } = gemmOpTasks(op, listCache(p, op.op), options.denseCrossover, index, sample, keptTasks);
  const reuse = kept !== undefined && tasks === kept.plan.tasks ? kept : undefined;
  // task lists are part of running the kernel (SRead's plan), not of building the index
  const k0 = performance.now() - taskMs;
  // an output-sparse GEMM writes its listed tiles only and runs its epilogue there only; the tiles
  // need no zeros when every listed cell is stored by exactly one task's first k block, else they
  // are zeroed first. Otherwise runGemm initialises C.
  const sparseOut = listed && op.pitOutput ? { out: op.pitOutput, index: listed } : undefined;
  const listedCells = sparseOut ? (tasksStoreTheirCells(op, tasks, listCache(p, op.op)) ? 'stored' : 'zeroed') : undefined;
  if (sparseOut) {
    await runFills(sparseOut.out.fills, options.pool, p.module, call);
    if (sparseOut.out.zero && listedCells === 'zeroed') await runStageGroup(sparseOut.out.zero, sparseOut.index, memory, p.compiled.dynamicBase, options.pool, p.module, call, options.simd?.minParallelWork);
  }
  // A read tile by tile from the index source: the index build copied it packed (its payload)
  const payload = op.aPayload !== undefined && detail['mode'] === 'pit' ? packedAOf(p, op.aPayload, state.indexes.get(op.aPayload)) : undefined;
  reuse?.restore(memory);
  const planned = (d: SharedDispatch): void => {
    if (listed && op.pitLoops) p.gemmPlans.set(op.op, PlanMemo.keep(op.op, new Map([[op.pitLoops.index, listed]]), memory, d.written, { tasks, dispatch: d }));
  };
  const plans = reuse ? { reuse: reuse.plan.dispatch } : keepPlans && listed ? { planned } : undefined;
  const run = await runGemm(op, p.compiled, memory, p.module, tasks, listCache(p, op.op), options.pool, call, options.gemm, listedCells, payload, plans);
  let epilogue = {};
  const pitEpilogue = sparseOut?.out.epilogue;
  const e0 = performance.now();
  if (run.epilogue.fused && op.consumer !== undefined) {
    // the stores wrote the consumer's values over this output (gemm-consumer.ts): it does not run
    state.fused.set(op.consumer, op.op);
    epilogue = { epilogue: { path: 'fused', consumer: op.consumer } };
  } else if (op.epilogue && run.epilogue.fused) {
    epilogue = { epilogue: { path: 'fused' } };
  } else if (pitEpilogue && op.epilogue?.kind === 'simd') {
    await runSimdStages(op.epilogue.stages.slice(0, pitEpilogue.stage), options.pool, p.module, call, options.simd);
    const ran = await runStageGroup(pitEpilogue.group, sparseOut.index, memory, p.compiled.dynamicBase, options.pool, p.module, call, options.simd?.minParallelWork);
    epilogue = { epilogue: { path: 'simd', mode: 'pit', stages: op.epilogue.stages.length, tasks: ran.tasks, threads: ran.threads, ms: performance.now() - e0, notFused: unfusedWhy(run) } };
  } else if (op.epilogue) {
    epilogue = { epilogue: { ...(await runPointwise(op.epilogue, p, options, call)), ms: performance.now() - e0, notFused: unfusedWhy(run) } };
  }
  const kernelMs = performance.now() - k0;
  const written = sparseOut ? untouchedRecord([{ op: op.op, filled: sparseOut.out.fills.length > 0 }], p.compiled.unread) : {};
  return { name: op.op, target: 'wasm', kernelMs, form: listed ? 'pit' : 'dense', ...(indexMs !== undefined ? { indexMs } : {}), detail: { ...detail, tasks: tasks.length, taskMs, gemm: run.path, threads: run.threads, cInitMs: run.initMs, gemmMs: run.gemmMs, ...(run.tasks < tasks.length ? { mergedTasks: run.tasks } : {}), ...(reuse ? { planReused: true } : {}), ...(run.aFromIndex > 0 ? { aFromIndex: run.aFromIndex } : {}), ...(run.split ? { split: run.split } : {}), ...written, ...epilogue } };
}

/** Why a GEMM's stores did not apply its epilogue (it then ran as a separate pass). */
function unfusedWhy(run: GemmRun): string {
  return run.epilogue.fused ? 'fused' : run.epilogue.why;
}

/**
 * A point-by-point op: its PIT form (the stage group over the listed micro-tiles, with the
 * fills its untouched cells need; fused ops after it in the group are computed too), its dense
 * group, or its own stages (or scalar kernel).
 */
async function runPointwiseOp(
  op: Extract<OpProgram, { kind: 'pointwise' }>,
  p: Prepared,
  memory: WebAssembly.Memory,
  state: RunState,
  services: RuntimeServices,
  options: WasmExecutorOptions,
  forceDense: boolean,
  call: KernelCall,
): Promise<OpRunRecord> {
  const t0 = performance.now();
  const leader = state.fused.get(op.op);
  if (leader !== undefined) {
    // computed by a stage group another op led, or by a GEMM's stores
    const path = p.compiled.ops.find((o) => o.op === leader)?.kind === 'gemm' ? 'gemm' : 'simd';
    // its form is its leader's (runOps takes it from the leader's record)
    return { name: op.op, target: 'wasm', kernelMs: 0, form: 'dense', detail: { path, fusedInto: leader } };
  }
  const fuse = (ops: readonly string[]): Record<string, unknown> => {
    for (const m of ops) if (m !== op.op) state.fused.set(m, op.op);
    return ops.length > 1 ? { fused: [...ops] } : {};
  };
  let note: Record<string, unknown> = {};
  if (op.kernel.kind === 'pit' && op.pitLoops && op.pit && op.kernels.kind === 'simd' && !forceDense) {
    const { index, reused, ms } = indexFor(op.pitLoops.index, p, memory, state, services, options.denseCrossover);
    const density = indexDensity(index);
    // tiny tiles scattered over a small op: its tasks would cost more than the dense op (stage-tasks.ts);
    // a crossover of 1 or more asks for every PIT form whatever it costs
    const sparse = density <= options.denseCrossover;
    const worth = !sparse || options.denseCrossover >= 1 || !op.pit.group.layout || pitTasksWorthIt(op.pit.group.layout, index, density);
    const pit = sparse && worth;
    const k0 = performance.now();
    if (pit) {
      const group = op.pit.group;
      await runSimdStages(op.kernels.stages.slice(0, op.pit.stage), options.pool, p.module, call, options.simd);
      const members = p.compiled.ops.filter((o): o is Extract<OpProgram, { kind: 'pointwise' }> => o.kind === 'pointwise' && group.ops.includes(o.op));
      await runFills(members.flatMap((m) => m.pit?.fills ?? []), options.pool, p.module, call);
      const ran = await runStageGroup(group, index, memory, p.compiled.dynamicBase, options.pool, p.module, call, options.simd?.minParallelWork);
      await runSimdStages(op.kernels.stages.slice(op.pit.stage + 1), options.pool, p.module, call, options.simd);
      const untouched = untouchedRecord(members.map((m) => ({ op: m.op, filled: m.pit?.fills.some((f) => f.tensor === m.op) === true })), p.compiled.unread);
      return {
        name: op.op,
        target: 'wasm',
        kernelMs: performance.now() - k0,
        form: 'pit',
        indexMs: ms,
        detail: { path: 'simd', ...pitDetail(op.kernel, index, reused, true), ...fuse(group.ops), tasks: ran.tasks, taskMs: ran.taskMs, threads: ran.threads, ...untouched },
      };
    }
    note = { ...pitDetail(op.kernel, index, reused, false), ...(worth ? {} : { mode: 'dense (its PIT tasks would cost more than the dense op)' }), indexMs: ms };
  } else if (op.kernel.kind === 'pit') {
    note = { mode: 'dense', note: forceDense ? 'dense rerun' : `PIT form not used: not lowered for this op (${op.kernels.kind === 'scalar' ? op.kernels.why : 'no task layout for its stages'})` };
  }
  if (op.denseGroup && op.kernels.kind === 'simd') {
    const ran = await runStageGroup(op.denseGroup, undefined, memory, p.compiled.dynamicBase, options.pool, p.module, call, options.simd?.minParallelWork);
    return { name: op.op, target: 'wasm', kernelMs: performance.now() - t0, form: 'dense', detail: { path: 'simd', mode: 'dense', ...fuse(op.denseGroup.ops), tasks: ran.tasks, threads: ran.threads } };
  }
  const ran = await runPointwise(op.kernels, p, options, call);
  const { indexMs, ...rest } = note as { indexMs?: number };
  return { name: op.op, target: 'wasm', kernelMs: performance.now() - t0 - (indexMs ?? 0), form: 'dense', ...(indexMs !== undefined ? { indexMs } : {}), detail: { ...ran, ...rest } };
}

/** Tests: NaN (or all-ones bytes) over every region a run must write before it reads. */
function poison(compiled: CompiledWasm, memory: WebAssembly.Memory): void {
  for (const r of compiled.scratch) new Uint8Array(memory.buffer, r.address, r.bytes).fill(0xff);
}

/** Runs SIMD stages on the pool, or the exact scalar kernel here; says which and why. */
async function runPointwise(kernels: PointwiseKernels, p: Prepared, options: WasmExecutorOptions, call: KernelCall): Promise<Record<string, unknown>> {
  if (kernels.kind === 'scalar') {
    call(kernels.fn);
    return { path: 'scalar', why: kernels.why };
  }
  const run = await runSimdStages(kernels.stages, options.pool, p.module, call, options.simd);
  return { path: 'simd', stages: kernels.stages.length, threads: run.threads };
}

/**
 * Runs the module's SIMD index builder and reads its arrays back: copied (memory may grow), into
 * arrays kept per binding and reused run after run (an index lives for one run).
 */
function buildSimdIndex(simd: SimdIndex, p: Prepared, memory: WebAssembly.Memory, crossover: number): SparseIndex {
  (p.instance.exports[simd.fn] as (crossover: number) => void)(crossover);
  const kept = listCache(p, `index:${simd.fn}`);
  const stripPtr = cachedArray(kept, 'stripPtr', simd.stripCount + 1);
  stripPtr.set(new Int32Array(memory.buffer, simd.stripPtr, simd.stripCount + 1));
  const listed = stripPtr[simd.stripCount] as number;
  const coords = cachedArray(kept, 'coords', simd.stripCount * simd.gatherTiles).subarray(0, listed);
  coords.set(new Int32Array(memory.buffer, simd.coords, listed));
  const stripDims = simd.gatherDim === 1 ? [0] : [1];
  const [rows, cols] = simd.shape as [number, number];
  const [tr, tc] = simd.microTile as [number, number];
  const covered = listedCoverage(stripPtr, coords, simd, rows, cols, tr, tc);
  return {
    shape: simd.shape,
    microTile: simd.microTile,
    gatherDim: simd.gatherDim,
    stripDims,
    stripGrid: [simd.stripCount],
    stripCount: simd.stripCount,
    gatherTiles: simd.gatherTiles,
    stripPtr,
    coords,
    presentValues: -1,
    coveredValues: covered,
  };
}

/** Elements covered by the listed micro-tiles (edge tiles counted exactly). */
function listedCoverage(stripPtr: Int32Array, coords: Int32Array, simd: SimdIndex, rows: number, cols: number, tr: number, tc: number): number {
  let covered = 0;
  for (let s = 0; s < simd.stripCount; s++) {
    for (let q = stripPtr[s] as number; q < (stripPtr[s + 1] as number); q++) {
      const g = coords[q] as number;
      const [rt, ct] = simd.gatherDim === 1 ? [s, g] : [g, s];
      covered += (Math.min((rt + 1) * tr, rows) - rt * tr) * (Math.min((ct + 1) * tc, cols) - ct * tc);
    }
  }
  return covered;
}

/** The packed A an index build left for a GEMM (compile-program.ts `aPayload`), if it wrote one. */
function packedAOf(p: Prepared, key: string, index: SparseIndex | undefined): PackedA | undefined {
  const payload = p.compiled.indexBuilders.get(key)?.payload;
  return payload && index ? { address: payload.address, flags: payload.flags, tileRows: payload.tileRows, stripPtr: index.stripPtr, coords: index.coords } : undefined;
}

function listCache(p: Prepared, op: string): ListCache {
  let cache = p.lists.get(op);
  if (!cache) {
    cache = new Map();
    p.lists.set(op, cache);
  }
  return cache;
}

function buildIndex(index: LoopIndex, p: Prepared, memory: WebAssembly.Memory, services: RuntimeServices, crossover: number): SparseIndex {
  const simd = p.compiled.indexBuilders.get(index.key);
  if (simd) return buildSimdIndex(simd, p, memory, crossover);
  const place = p.compiled.tensors.get(index.source);
  if (!place) throw new InternalError('wasm', `index source '${index.source}' has no buffer`);
  const tensor: HostTensor = { dtype: place.dtype, shape: place.shape, data: viewOf(memory, place) };
  return services.buildIndex(tensor, concreteTile(index.grid.microTile, place.shape), index.grid.gatherDim, index.fill, index.key);
}
