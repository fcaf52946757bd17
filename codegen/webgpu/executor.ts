import { InternalError, LimitExceeded } from '../../ir/core/errors.js';
import {
  coverageWasteField,
  indexDensity,
  listedTiles,
  type SparseIndex,
} from '../../ir/sparse-index.js';
import type { ValueRange } from '../../ir/expr/int-range.js';
import type { HostTensor } from '../../ir/tensor.js';
import { LruCache } from '../lru-cache.js';
import type {
  Executor,
  LoweredProgram,
  OpRunRecord,
  RunControl,
  RuntimeServices,
} from '../target.js';
import { compileWebgpuProgram, type CompileWebgpuOptions } from './compile-program.js';
import type { GpuCommand } from './gpu-batch.js';
import { checkIndexMatches, inverseIndex } from '../run/index-spec.js';
import { indexArrays, type IndexSpec } from './index-layout.js';
import type { OpLaunch, ShaderSpec, WebgpuProgram } from './launch-spec.js';
import type { GpuSession } from './session.js';
import { int32Bytes, tensorBytes, tensorFromBytes } from './tensor-bytes.js';

export interface WebgpuExecutorOptions {
  /** A PIT op runs its dense shader when its index density is above this. */
  readonly denseCrossover: number;
  readonly compile?: CompileWebgpuOptions;
}

/** Bindings of the dims whose compiled shaders an executor keeps. */
export const WEBGPU_BINDING_CAPACITY = 8;

/**
 * Runs a lowered program on a WebGPU session, op by op, one batch per op: upload what the op's
 * shader reads and the device does not hold yet (this run's inputs; earlier ops' outputs are
 * already there, and a weight whose version the device holds stays), upload the index arrays of a PIT form, dispatch, and read the output back.
 * Indexes are built on the host (RuntimeServices.buildIndex) from the source's value just read
 * back, once per run and key; a GPU-side index build is a later step (docs/webgpu.md). Every
 * tensor the run produces is returned. A failed guard reruns the program densely.
 */
export function createWebgpuExecutor(
  program: LoweredProgram,
  services: RuntimeServices,
  session: GpuSession,
  options: WebgpuExecutorOptions,
): Executor {
  const compiled = new LruCache<string, WebgpuProgram>(WEBGPU_BINDING_CAPACITY);
  // weights the device holds, by the version the API gave them (RunControl.weightVersions)
  const resident = new Map<string, number>();
  const prepare = (
    dims: ReadonlyMap<string, number>,
    inputs: ReadonlyMap<string, HostTensor>,
  ): WebgpuProgram => {
    const bounds = i32InputBounds(program, inputs);
    const key = [...dims, ...[...bounds].map(([t, r]) => [`i32 ${t}`, r.hi] as const)]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k.length}:${k}=${v}`)
      .join(',');
    let p = compiled.get(key);
    if (!p) {
      const result = compileWebgpuProgram(
        program.name,
        program.graph,
        program.kernels,
        dims,
        session.limits,
        options.compile,
        bounds,
      );
      const first = result.diagnostics[0];
      if (!result.program)
        throw first
          ? new LimitExceeded(first)
          : new InternalError('webgpu', 'no program and no diagnostic');
      p = result.program;
      compiled.set(key, p);
    }
    return p;
  };
  return {
    async run(inputs, dims, control = {}) {
      const p = prepare(dims, inputs);
      const device = { session, resident, control };
      const first = await runOps(p, program, inputs, services, device, options, false);
      if (first.guardFailure === undefined) return first;
      // a PIT assumption failed on this data: the dense program defines the result
      const dense = await runOps(p, program, inputs, services, device, options, true);
      return {
        values: dense.values,
        ops: dense.ops.map((o) => ({ ...o, detail: { ...o.detail, guard: first.guardFailure } })),
      };
    },
    async dispose() {
      compiled.clear();
      await session.close();
    },
  };
}

async function runOps(
  p: WebgpuProgram,
  program: LoweredProgram,
  inputs: ReadonlyMap<string, HostTensor>,
  services: RuntimeServices,
  device: {
    readonly session: GpuSession;
    readonly resident: Map<string, number>;
    readonly control: RunControl;
  },
  options: WebgpuExecutorOptions,
  forceDense: boolean,
): Promise<{ values: Map<string, HostTensor>; ops: OpRunRecord[]; guardFailure?: string }> {
  const { session, resident, control } = device;
  const values = new Map<string, HostTensor>(inputs);
  const onDevice = new Set<string>();
  const indexes = new Map<string, { index: SparseIndex; spec: IndexSpec; uploaded: Set<string> }>();
  const ops: OpRunRecord[] = [];
  for (const op of p.ops) {
    const t0 = performance.now();
    let shader: ShaderSpec = op.dense;
    let built: { index: SparseIndex; spec: IndexSpec; uploaded: Set<string> } | undefined;
    let detail: Record<string, unknown> = { host: session.host, form: 'dense' };
    if (op.pit && !forceDense) {
      const reused = indexes.get(op.pit.index.key);
      built = reused ?? buildIndex(op.pit.index, values, services);
      indexes.set(op.pit.index.key, built);
      const density = indexDensity(built.index);
      const usePit = density <= options.denseCrossover;
      if (usePit) shader = op.pit.shader;
      detail = {
        ...detail,
        ...pitDetail(op, built.index, reused !== undefined, density),
        form: usePit ? 'pit' : 'dense (density above the crossover)',
      };
    } else if (op.pitUnavailable) {
      detail = { ...detail, note: `PIT form not used: ${op.pitUnavailable}` };
    } else if (op.pit && forceDense) {
      detail = { ...detail, mode: 'dense' };
    }
    const t1 = performance.now();
    const batch: GpuCommand[] = [];
    const bindings = shader.bindings.map((binding): string => {
      switch (binding.kind) {
        case 'output':
          batch.push({ kind: 'alloc', buffer: bufferOf(op.op), size: 4 * shader.cells });
          return bufferOf(op.op);
        case 'tensor': {
          const name = bufferOf(binding.tensor);
          if (!onDevice.has(binding.tensor)) {
            const t = values.get(binding.tensor);
            if (!t)
              throw new InternalError('webgpu', 'a shader reads a tensor that has no value yet');
            const version = control.weightVersions?.get(binding.tensor);
            if (version === undefined || resident.get(binding.tensor) !== version) {
              batch.push({ kind: 'write', buffer: name, bytes: tensorBytes(t) });
              if (version !== undefined) resident.set(binding.tensor, version);
              else resident.delete(binding.tensor);
            }
            onDevice.add(binding.tensor);
          }
          return name;
        }
        default: {
          const b = need(built);
          const name = `index:${b.spec.key}:${binding.kind}`;
          if (!b.uploaded.has(binding.kind)) {
            const arrays = indexArrays(b.index, b.spec);
            const data =
              binding.kind === 'inverse' ? inverseIndex(b.index, b.spec) : arrays[binding.kind];
            batch.push({ kind: 'write', buffer: name, bytes: int32Bytes(data) });
            b.uploaded.add(binding.kind);
          }
          return name;
        }
      }
    });
    batch.push({
      kind: 'dispatch',
      key: shader.key,
      code: shader.code,
      bindings,
      groups: shader.groups,
    });
    batch.push({ kind: 'read', buffer: bufferOf(op.op), size: 4 * shader.cells });
    const t2 = performance.now();
    const reply = await session.submit(batch);
    if (reply.error !== undefined) resident.clear();
    if (reply.error !== undefined)
      throw new InternalError(
        'webgpu',
        `op '${op.op}' (${shader.kind} shader ${shader.key}) failed on ${session.host}: ${reply.error}`,
      );
    const tensor = tensorFromBytes(need(reply.reads[0]), op.dtype, op.shape, shader.cells);
    values.set(op.op, tensor);
    onDevice.add(op.op);
    const indexMs = shader.form === 'pit' ? t1 - t0 : undefined;
    ops.push({
      name: op.op,
      target: 'webgpu',
      kernelMs: performance.now() - t2 + (t2 - t1),
      ...(indexMs !== undefined ? { indexMs } : {}),
      detail: { ...detail, shader: shader.kind },
    });
    const failed = guardFailure(program, op.op, tensor);
    if (failed && !forceDense) return { values, ops, guardFailure: failed };
  }
  return { values, ops };
}

/**
 * The bound of each i32 input's values in this run, as ±2^p (the next power of two up): shaders
 * compute in f32, so whether an op's integers stay exact depends on the data it reads.
 */
function i32InputBounds(
  program: LoweredProgram,
  inputs: ReadonlyMap<string, HostTensor>,
): Map<string, ValueRange> {
  const bounds = new Map<string, ValueRange>();
  for (const t of program.graph.tensors) {
    const value = inputs.get(t.name);
    if (t.dtype !== 'i32' || t.role === 'intermediate' || !value) continue;
    let most = 0;
    for (const v of value.data) most = Math.max(most, Math.abs(v));
    const bound = 2 ** Math.ceil(Math.log2(most + 1));
    bounds.set(t.name, { lo: -bound, hi: bound });
  }
  return bounds;
}

function bufferOf(tensor: string): string {
  return `tensor:${tensor}`;
}

function need<T>(x: T | undefined): T {
  if (x === undefined)
    throw new InternalError(
      'webgpu',
      'a PIT shader runs without its index, or a read came back empty',
    );
  return x;
}

/** The message of a failed guard on a tensor just computed (a guarded tensor must be finite). */
function guardFailure(
  program: LoweredProgram,
  tensor: string,
  value: HostTensor,
): string | undefined {
  const guard = program.guards.find((g) => g.tensor === tensor);
  if (!guard) return undefined;
  for (const v of value.data) {
    if (!Number.isFinite(v))
      return `${tensor} is not finite, so the PIT forms could differ from the dense program (${guard.why}); ran densely`;
  }
  return undefined;
}

function buildIndex(
  spec: IndexSpec,
  values: ReadonlyMap<string, HostTensor>,
  services: RuntimeServices,
): { index: SparseIndex; spec: IndexSpec; uploaded: Set<string> } {
  const source = values.get(spec.source);
  if (!source)
    throw new InternalError('webgpu', 'the source of an index has no value when its op runs');
  const index = services.buildIndex(source, spec.microTile, spec.gatherDim, spec.fill, spec.key);
  checkIndexMatches(index, spec, 'webgpu');
  // copies now: the builder's workspace for this key is reused by its next build
  return {
    index: { ...index, stripPtr: index.stripPtr.slice(), coords: index.coords.slice() },
    spec,
    uploaded: new Set(),
  };
}

function pitDetail(
  op: OpLaunch,
  index: SparseIndex,
  reused: boolean,
  density: number,
): Record<string, unknown> {
  const total = index.stripCount * index.gatherTiles;
  return {
    rule: op.pit?.rule,
    index: op.pit?.index.key,
    indexReused: reused,
    microTile: [...index.microTile],
    density,
    microTilesSkipped: total - listedTiles(index),
    microTilesListed: listedTiles(index),
    ...coverageWasteField(index),
  };
}
