import { InternalError } from '../../ir/core/errors.js';
import { coverageWasteField, indexDensity, listedTiles, type SparseIndex } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';
import { checkGuard } from '../run/guards.js';
import type { Executor, LoweredProgram, OpRunRecord, RuntimeServices } from '../target.js';
import { LruCache } from '../lru-cache.js';
import { compileGpujsProgram, type CompileGpujsOptions } from './compile-program.js';
import { readsF32, type KernelArgument, type KernelHost } from './host.js';
import { checkIndexMatches, inverseIndex } from '../run/index-spec.js';
import { indexArguments } from './index-layout.js';
import type { GpujsProgram, IndexSpec, KernelSpec, OpSpec } from './kernel-spec.js';
import { asExactKernelInput, asKernelInput, fromI32Halves, fromKernelOutput } from './tensor-args.js';

export interface GpujsExecutorOptions {
  /** A PIT op runs its dense kernel when its index density is above this. */
  readonly denseCrossover: number;
  readonly compile?: CompileGpujsOptions;
}

/** An index built in this run, with its arrays as kernel arguments (made on first use). */
interface BuiltIndex {
  readonly index: SparseIndex;
  readonly spec: IndexSpec;
  lists?: { stripPtr: Int32Array; coords: Int32Array };
  inverse?: Int32Array;
}

/** Bindings of the dims whose generated kernels an executor keeps (least recently used go first). */
export const GPUJS_BINDING_CAPACITY = 8;

/**
 * Runs a lowered program on a gpu.js kernel host, op by op. Kernels are generated once per
 * binding of the dims; each PIT op builds (or reuses, by key) its index on the host CPU from the
 * current value of its source and passes the index arrays to its kernel. Every tensor the run
 * produces is returned. A failed guard reruns the whole program densely, as the reference does.
 */
export function createGpujsExecutor(program: LoweredProgram, services: RuntimeServices, host: KernelHost, options: GpujsExecutorOptions): Executor & { readonly bindings: number } {
  const compiled = new LruCache<string, GpujsProgram>(GPUJS_BINDING_CAPACITY);
  const prepare = (dims: ReadonlyMap<string, number>): GpujsProgram => {
    const key = [...dims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k.length}:${k}=${v}`).join(',');
    let p = compiled.get(key);
    if (!p) {
      p = compileGpujsProgram(program.name, program.graph, program.kernels, dims, options.compile);
      compiled.set(key, p);
    }
    return p;
  };
  return {
    /** Bindings of the dims with generated kernels now (at most GPUJS_BINDING_CAPACITY). */
    get bindings() {
      return compiled.size;
    },
    async run(inputs, dims) {
      const p = prepare(dims);
      const first = await runOps(p, program, inputs, services, host, options, false);
      if (first.guardFailure === undefined) return first;
      // a PIT assumption failed on this data: the dense program defines the result
      const dense = await runOps(p, program, inputs, services, host, options, true);
      return { values: dense.values, ops: dense.ops.map((o) => ({ ...o, detail: { ...o.detail, guard: first.guardFailure } })) };
    },
    async dispose() {
      compiled.clear();
      await host.dispose();
    },
  };
}

async function runOps(
  p: GpujsProgram,
  program: LoweredProgram,
  inputs: ReadonlyMap<string, HostTensor>,
  services: RuntimeServices,
  host: KernelHost,
  options: GpujsExecutorOptions,
  forceDense: boolean,
): Promise<{ values: Map<string, HostTensor>; ops: OpRunRecord[]; guardFailure?: string }> {
  const values = new Map<string, HostTensor>(inputs);
  // tensors as kernel arguments: as f32 for the f32 backends, exact for `cpu` (i32 as Int32Array)
  const converted = { f32: new Map<string, KernelArgument>(), exact: new Map<string, KernelArgument>() };
  const indexes = new Map<string, BuiltIndex>();
  const ops: OpRunRecord[] = [];
  const f32 = readsF32(host.mode);
  for (const op of p.ops) {
    const t0 = performance.now();
    const exact = f32 && op.needsExactBackend !== undefined;
    const notes: Record<string, unknown> = { backend: exact ? 'cpu (exact)' : host.mode, ...(exact ? { backendNote: op.needsExactBackend } : {}) };
    let spec: KernelSpec = op.dense;
    let built: BuiltIndex | undefined;
    let detail: Record<string, unknown> = { ...notes, form: 'dense' };
    if (op.pit && !forceDense) {
      if (f32 && !exact && op.pit.inexactInF32) {
        detail = { ...detail, note: `PIT form not used: ${op.pit.inexactInF32}` };
      } else {
        const reused = indexes.get(op.pit.index.key);
        const index = reused ?? buildIndex(op.pit.index, values, services);
        indexes.set(op.pit.index.key, index);
        const density = indexDensity(index.index);
        const pit = density <= options.denseCrossover;
        if (pit) {
          spec = op.pit.kernel;
          built = index;
        }
        detail = { ...notes, ...pitDetail(op, index, reused !== undefined, density), form: pit ? 'pit' : 'dense (density above the crossover)' };
      }
    } else if (op.pitUnavailable) {
      detail = { ...detail, note: `PIT form not used: ${op.pitUnavailable}` };
    } else if (op.pit && forceDense) {
      detail = { ...detail, mode: 'dense' };
    }
    const t1 = performance.now();
    const onCpu = !f32 || exact;
    const args = (half: number): KernelArgument[] => spec.params.map((param): KernelArgument => {
      switch (param.kind) {
        case 'tensor':
          return tensorArgument(param.tensor, values, onCpu ? converted.exact : converted.f32, onCpu);
        case 'infinity':
          return Infinity;
        case 'half':
          return half;
        case 'stripPtr':
        case 'coords': {
          const b = need(built);
          b.lists ??= indexArguments(b.index, b.spec.stripCount);
          return param.kind === 'stripPtr' ? b.lists.stripPtr : b.lists.coords;
        }
        case 'inverse': {
          const b = need(built);
          b.inverse ??= inverseIndex(b.index, b.spec);
          return b.inverse;
        }
      }
    });
    const halves = spec.params.some((p) => p.kind === 'half');
    const lowArgs = args(0);
    const highArgs = halves ? args(1) : undefined;
    const t2 = performance.now();
    const { cells, ran } = await host.run(spec, lowArgs, exact);
    detail = { ...detail, kernel: ran };
    // an exact i32 result comes in two 16-bit halves (lo, then hi): gpu.js returns f32 cells
    const tensor = highArgs ? fromI32Halves(cells, (await host.run(spec, highArgs, exact)).cells, op.shape) : fromKernelOutput(cells, op.dtype, op.shape);
    values.set(op.op, tensor);
    converted.f32.delete(op.op);
    converted.exact.delete(op.op);
    const indexMs = spec.form === 'pit' ? t2 - t0 : undefined;
    ops.push({ name: op.op, target: 'gpujs', kernelMs: performance.now() - (indexMs === undefined ? t1 : t2), ...(indexMs !== undefined ? { indexMs } : {}), detail });
    const failed = checkGuard(program, op.op, tensor);
    if (failed && !forceDense) return { values, ops, guardFailure: failed };
  }
  return { values, ops };
}

function need(built: BuiltIndex | undefined): BuiltIndex {
  if (!built) throw new InternalError('gpujs', 'a PIT kernel runs without its index');
  return built;
}

function tensorArgument(name: string, values: ReadonlyMap<string, HostTensor>, converted: Map<string, KernelArgument>, exact: boolean): KernelArgument {
  let data = converted.get(name);
  if (!data) {
    const t = values.get(name);
    if (!t) throw new InternalError('gpujs', 'a kernel reads a tensor that has no value yet');
    data = exact ? asExactKernelInput(t) : asKernelInput(t);
    converted.set(name, data);
  }
  return data;
}

function buildIndex(spec: IndexSpec, values: ReadonlyMap<string, HostTensor>, services: RuntimeServices): BuiltIndex {
  const source = values.get(spec.source);
  if (!source) throw new InternalError('gpujs', 'the source of an index has no value when its op runs');
  const index = services.buildIndex(source, spec.microTile, spec.gatherDim, spec.fill, spec.key);
  checkIndexMatches(index, spec, 'gpujs');
  return { index, spec };
}

function pitDetail(op: OpSpec, built: BuiltIndex, reused: boolean, density: number): Record<string, unknown> {
  const index = built.index;
  const total = index.stripCount * index.gatherTiles;
  return {
    rule: op.pit?.rule,
    index: built.spec.key,
    indexReused: reused,
    microTile: [...index.microTile],
    density,
    microTilesSkipped: total - listedTiles(index),
    microTilesListed: listedTiles(index),
    ...coverageWasteField(index),
  };
}
