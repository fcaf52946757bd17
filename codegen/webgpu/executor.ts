import { InternalError, LimitExceeded } from '../../ir/core/errors.js';
import type { ValueRange } from '../../ir/expr/int-range.js';
import type { HostTensor } from '../../ir/tensor.js';
import { BINDING_CAPACITY, DimsCache } from '../run/dims-cache.js';
import { checkIndexMatches, inverseIndex } from '../run/index-spec.js';
import { DENSE_ABOVE_CROSSOVER, pitDetail } from '../run/pit-detail.js';
import { runProgram, type DriverTarget } from '../run/program-driver.js';
import type { Executor, LoweredProgram, RunControl, RuntimeServices } from '../target.js';
import { compileWebgpuProgram, type CompileWebgpuOptions } from './compile-program.js';
import type { GpuCommand } from './gpu-batch.js';
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
export const WEBGPU_BINDING_CAPACITY = BINDING_CAPACITY;

/**
 * Runs a lowered program on a WebGPU session, op by op, through the program driver (run/), one
 * batch per op: upload what the op's shader reads and the device does not hold yet (this run's
 * inputs; earlier ops' outputs are already there, and a weight whose version the device holds
 * stays), upload the index arrays of a PIT form, dispatch, and read the output back. Indexes are
 * built on the host (RuntimeServices.buildIndex) from the source's value just read back, once per
 * run and key; a GPU-side index build is a later step (docs/webgpu.md). Every tensor the run
 * produces is returned. A failed guard reruns the program densely.
 */
export function createWebgpuExecutor(
  program: LoweredProgram,
  services: RuntimeServices,
  session: GpuSession,
  options: WebgpuExecutorOptions,
): Executor {
  const compiled = new DimsCache<WebgpuProgram>(WEBGPU_BINDING_CAPACITY);
  // weights the device holds, by the version the API gave them (RunControl.weightVersions)
  const resident = new Map<string, number>();
  const prepare = (
    dims: ReadonlyMap<string, number>,
    inputs: ReadonlyMap<string, HostTensor>,
  ): WebgpuProgram => {
    // shaders compute in f32: whether an op's integers stay exact depends on the i32 inputs' bounds
    const bounds = i32InputBounds(program, inputs);
    const variant = [...bounds]
      .map(([t, r]) => `${t.length}:${t}=${r.hi}`)
      .sort()
      .join(',');
    return compiled.obtain(
      dims,
      () => {
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
        return result.program;
      },
      variant,
    );
  };
  return {
    async run(inputs, dims, control = {}) {
      const p = prepare(dims, inputs);
      const target = webgpuTarget({ session, resident, control }, options);
      return runProgram(program, p.ops, inputs, services, target);
    },
    async dispose() {
      compiled.clear();
      await session.close();
    },
  };
}

/** The device side of a run: the session, the weights it holds, and how this run moves data. */
interface Device {
  readonly session: GpuSession;
  readonly resident: Map<string, number>;
  readonly control: RunControl;
}

function webgpuTarget(
  device: Device,
  options: WebgpuExecutorOptions,
): DriverTarget<OpLaunch, IndexSpec> {
  const { session, resident, control } = device;
  return {
    id: 'webgpu',
    denseCrossover: options.denseCrossover,
    outputOf: (op) => op.op,
    pitIndex: (op) => op.pit?.index,
    checkIndex: (index, spec) => checkIndexMatches(index, spec, 'webgpu'),
    async runOp(op, form, run) {
      // tensors this pass has on the device: uploaded, or computed there
      const onDevice = run.memo('on device', () => new Set<string>());
      const pit =
        form.kind === 'pit' && op.pit
          ? { shader: op.pit.shader, index: form.index, spec: op.pit.index }
          : undefined;
      const shader: ShaderSpec = pit?.shader ?? op.dense;
      let detail: Record<string, unknown> = { host: session.host };
      if (form.kind !== 'dense') {
        detail = {
          ...detail,
          ...pitDetail(op.pit?.rule, form.index.key, form.index.index, form.index.reused),
          ...(pit ? {} : { mode: DENSE_ABOVE_CROSSOVER }),
        };
      } else if (op.pitUnavailable) {
        detail = { ...detail, note: `PIT form not used: ${op.pitUnavailable}` };
      } else if (op.pit && run.rerun) {
        detail = { ...detail, mode: 'dense' };
      }
      const batch: GpuCommand[] = [];
      const bindings = shader.bindings.map((binding): string => {
        switch (binding.kind) {
          case 'output':
            batch.push({ kind: 'alloc', buffer: bufferOf(op.op), size: 4 * shader.cells });
            return bufferOf(op.op);
          case 'tensor': {
            const name = bufferOf(binding.tensor);
            if (!onDevice.has(binding.tensor)) {
              const t = run.values.get(binding.tensor);
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
            const b = need(pit);
            const name = `index:${b.spec.key}:${binding.kind}`;
            // each index array goes up once per run, whichever op reads it first
            const uploaded = b.index.derived('uploaded', () => new Set<string>());
            if (!uploaded.has(binding.kind)) {
              const data =
                binding.kind === 'inverse'
                  ? inverseIndex(b.index.index, b.spec)
                  : indexArrays(b.index.index, b.spec)[binding.kind];
              batch.push({ kind: 'write', buffer: name, bytes: int32Bytes(data) });
              uploaded.add(binding.kind);
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
      const reply = await session.submit(batch);
      if (reply.error !== undefined) {
        resident.clear();
        throw new InternalError(
          'webgpu',
          `op '${op.op}' (${shader.kind} shader ${shader.key}) failed on ${session.host}: ${reply.error}`,
        );
      }
      const value = tensorFromBytes(need(reply.reads[0]), op.dtype, op.shape, shader.cells);
      onDevice.add(op.op);
      // the device's own time in the shader, where the adapter times passes (uploads and the
      // read-back are in kernelMs, not here)
      const timed = reply.passMs !== undefined ? { gpuMs: reply.passMs } : {};
      return {
        value,
        form: pit ? 'pit' : 'dense',
        detail: { ...detail, shader: shader.kind, ...timed },
      };
    },
  };
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
