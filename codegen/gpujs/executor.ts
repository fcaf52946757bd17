import { InternalError } from '../../ir/core/errors.js';
import type { HostTensor } from '../../ir/tensor.js';
import { BINDING_CAPACITY, DimsCache } from '../run/dims-cache.js';
import { DENSE_ABOVE_CROSSOVER, pitDetail } from '../run/pit-detail.js';
import { runProgram, type DriverTarget } from '../run/program-driver.js';
import type { Executor, LoweredProgram, RuntimeServices } from '../target.js';
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

/** Bindings of the dims whose generated kernels an executor keeps (least recently used go first). */
export const GPUJS_BINDING_CAPACITY = BINDING_CAPACITY;

/**
 * Runs a lowered program on a gpu.js kernel host, op by op, through the program driver (run/).
 * Kernels are generated once per binding of the dims; each PIT op builds (or reuses, by key) its
 * index on the host CPU from the current value of its source and passes the index arrays to its
 * kernel. Every tensor the run produces is returned. A failed guard reruns the whole program
 * densely, as the reference does.
 */
export function createGpujsExecutor(program: LoweredProgram, services: RuntimeServices, host: KernelHost, options: GpujsExecutorOptions): Executor & { readonly bindings: number } {
  const compiled = new DimsCache<GpujsProgram>(GPUJS_BINDING_CAPACITY);
  const target = gpujsTarget(host, options);
  return {
    /** Bindings of the dims with generated kernels now (at most GPUJS_BINDING_CAPACITY). */
    get bindings() {
      return compiled.size;
    },
    async run(inputs, dims) {
      const p = compiled.obtain(dims, () => compileGpujsProgram(program.name, program.graph, program.kernels, dims, options.compile));
      return runProgram(program, p.ops, inputs, services, target);
    },
    async dispose() {
      compiled.clear();
      await host.dispose();
    },
  };
}

/** Tensors as kernel arguments, per pass: as f32 for the f32 backends, exact for `cpu` (i32 as Int32Array). */
interface Converted {
  readonly f32: Map<string, KernelArgument>;
  readonly exact: Map<string, KernelArgument>;
}

function gpujsTarget(host: KernelHost, options: GpujsExecutorOptions): DriverTarget<OpSpec, IndexSpec> {
  const f32 = readsF32(host.mode);
  /** An f32 backend runs this op on the exact cpu backend instead (its integers exceed f32's). */
  const exactOf = (op: OpSpec): boolean => f32 && op.needsExactBackend !== undefined;
  return {
    id: 'gpujs',
    denseCrossover: options.denseCrossover,
    outputOf: (op) => op.op,
    pitIndex: (op) => (op.pit && !(f32 && !exactOf(op) && op.pit.inexactInF32) ? op.pit.index : undefined),
    checkIndex: (index, spec) => checkIndexMatches(index, spec, 'gpujs'),
    async runOp(op, form, run) {
      const exact = exactOf(op);
      const notes: Record<string, unknown> = { backend: exact ? 'cpu (exact)' : host.mode, ...(exact ? { backendNote: op.needsExactBackend } : {}) };
      const pit = form.kind === 'pit' && op.pit ? { kernel: op.pit.kernel, index: form.index, spec: op.pit.index } : undefined;
      const spec: KernelSpec = pit?.kernel ?? op.dense;
      let detail: Record<string, unknown>;
      if (form.kind !== 'dense') {
        detail = { ...notes, ...pitDetail(op.pit?.rule, form.index.key, form.index.index, form.index.reused), ...(pit ? {} : { mode: DENSE_ABOVE_CROSSOVER }) };
      } else if (op.pit && !run.rerun && op.pit.inexactInF32 && f32 && !exact) {
        detail = { ...notes, note: `PIT form not used: ${op.pit.inexactInF32}` };
      } else if (op.pitUnavailable) {
        detail = { ...notes, note: `PIT form not used: ${op.pitUnavailable}` };
      } else {
        detail = { ...notes, ...(op.pit && run.rerun ? { mode: 'dense' } : {}) };
      }
      const onCpu = !f32 || exact;
      const converted = run.memo<Converted>('converted', () => ({ f32: new Map(), exact: new Map() }));
      const args = (half: number): KernelArgument[] => spec.params.map((param): KernelArgument => {
        switch (param.kind) {
          case 'tensor':
            return tensorArgument(param.tensor, run.values, onCpu ? converted.exact : converted.f32, onCpu);
          case 'infinity':
            return Infinity;
          case 'half':
            return half;
          case 'stripPtr':
          case 'coords': {
            const b = need(pit);
            const lists = b.index.derived('lists', () => indexArguments(b.index.index, b.spec.stripCount));
            return param.kind === 'stripPtr' ? lists.stripPtr : lists.coords;
          }
          case 'inverse': {
            const b = need(pit);
            return b.index.derived('inverse', () => inverseIndex(b.index.index, b.spec));
          }
        }
      });
      const halves = spec.params.some((p) => p.kind === 'half');
      const lowArgs = args(0);
      const highArgs = halves ? args(1) : undefined;
      const { cells, ran } = await host.run(spec, lowArgs, exact);
      // an exact i32 result comes in two 16-bit halves (lo, then hi): gpu.js returns f32 cells
      const value = highArgs ? fromI32Halves(cells, (await host.run(spec, highArgs, exact)).cells, op.shape) : fromKernelOutput(cells, op.dtype, op.shape);
      converted.f32.delete(op.op);
      converted.exact.delete(op.op);
      return { value, form: pit ? 'pit' : 'dense', detail: { ...detail, kernel: ran } };
    },
  };
}

function need<T>(built: T | undefined): T {
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
