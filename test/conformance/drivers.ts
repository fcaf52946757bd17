import { NODE_MODES, type KernelHost } from '../../codegen/gpujs/host.js';
import { createNodeHost } from '../../codegen/gpujs/gpu.js';
import { refTarget } from '../../codegen/ref/target.js';
import type { ExecutionResult, RuntimeServices } from '../../codegen/target.js';
import type { GpuSession } from '../../codegen/webgpu/session.js';
import type { TargetEntry, TargetId } from '../../src/targets/registry.js';
import { runOnHost } from '../gpujs/gpujs-harness.js';
import { runWasm } from '../wasm/wasm-harness.js';
import { closeSharedSession, runOnWebgpu, sharedSession } from '../webgpu/webgpu-harness.js';
import type { ConformanceCase } from './cases.js';
import { createCudaBundleDriver } from './cuda-bundle.js';
import type { InputSet } from './inputs.js';

/**
 * How the conformance suite runs a case on each target. Which variants run comes from the
 * registry: a target with `threads` runs on 1 and on 2 threads, one honouring the `exact` option
 * runs with it too. The table below is typed by the registry's ids, so a target added there
 * without a driver here does not compile.
 */

export interface Variant {
  readonly threads?: number;
  readonly exact?: boolean;
}

export interface Driver {
  /** `wasm, 2 threads`. */
  readonly label: string;
  /** Gets ready for these cases (a device, a compiled bundle); says why it cannot run here. */
  open(cases: readonly ConformanceCase[]): Promise<string | undefined>;
  run(c: ConformanceCase, inputs: InputSet, services: RuntimeServices): Promise<ExecutionResult>;
  /** What the target's own run records must say besides the values (undefined: fine). */
  checkRun?(c: ConformanceCase, inputs: InputSet, result: ExecutionResult): string | undefined;
  close(): Promise<void>;
}

export function variantsOf(entry: TargetEntry): Variant[] {
  const threads = entry.capabilities.threads ? [1, 2] : [undefined];
  const variants: Variant[] = threads.map((t) => (t === undefined ? {} : { threads: t }));
  if (entry.options.exact)
    variants.push({ ...(threads[1] ? { threads: threads[1] } : {}), exact: true });
  return variants;
}

export function variantLabel(id: TargetId, v: Variant): string {
  const parts: string[] = [id];
  if (v.threads !== undefined) parts.push(`${v.threads} thread${v.threads === 1 ? '' : 's'}`);
  if (v.exact) parts.push('exact');
  return parts.join(', ');
}

function refDriver(v: Variant): Driver {
  return {
    label: variantLabel('ref', v),
    open: async () => undefined,
    async run(c, inputs, services) {
      const made = await refTarget.createExecutor(c.program, services);
      if (!made.value) throw new Error(made.diagnostics.map((d) => d.message).join('; '));
      try {
        return await made.value.run(inputs.values, c.dims);
      } finally {
        await made.value.dispose();
      }
    },
    close: async () => {},
  };
}

function wasmDriver(v: Variant): Driver {
  return {
    label: variantLabel('wasm', v),
    open: async () => undefined,
    // the harness splits even tiny GEMMs and stages across threads, so partitions are exercised
    run: (c, inputs, services) =>
      runWasm(c.program, inputs.values, c.dims, {
        threads: v.threads ?? 1,
        exact: v.exact === true,
        services,
      }),
    close: async () => {},
  };
}

/**
 * gpu.js in Node: its `cpu` backend (JavaScript numbers inside a kernel), and with threads its
 * WebAssembly backends (1: `webasm`, more: `webasm-async`'s workers), as createGpujsTarget maps
 * them.
 */
function gpujsDriver(v: Variant): Driver {
  const mode = v.threads === undefined ? 'cpu' : v.threads === 1 ? 'webasm' : 'webasm-async';
  if (!NODE_MODES.includes(mode)) throw new Error(`gpu.js has no Node mode '${mode}'`);
  let host: KernelHost | undefined;
  return {
    label: `gpujs, ${mode}${v.threads ? ` (${v.threads} thread${v.threads === 1 ? '' : 's'})` : ''}`,
    async open() {
      host = await createNodeHost(mode, { threads: v.threads ?? 1 });
      return undefined;
    },
    async run(c, inputs, services) {
      const h = host as KernelHost;
      // the executor disposes the host it is given: lend it one that outlives it
      const lent: KernelHost = {
        mode: h.mode,
        run: (spec, args, exact) => h.run(spec, args, exact),
        dispose: async () => {},
      };
      return runOnHost(c.program, lent, inputs.values, c.dims, { services });
    },
    checkRun(_c, _inputs, result) {
      // every kernel ran on the backend asked for (gpu.js falls back to cpu silently otherwise)
      const backend =
        mode === 'cpu'
          ? /^CPUKernel$/
          : mode === 'webasm'
            ? /^WebAssemblyKernel\/(simd|scalar)[\w+-]*$/
            : /^WebAssemblyKernel\/(simd|scalar|threaded)[\w+-]*$/;
      // ops whose i32 values need exact arithmetic run on `cpu` by design (their record says so)
      const wrong = result.ops.find(
        (op) =>
          !(op.detail?.['backend'] === 'cpu (exact)' ? /^CPUKernel$/ : backend).test(
            String(op.detail?.['kernel']),
          ),
      );
      return wrong
        ? `'${wrong.name}' ran on ${String(wrong.detail?.['kernel'])}, not on ${mode}`
        : undefined;
    },
    close: async () => host?.dispose(),
  };
}

function webgpuDriver(v: Variant): Driver {
  let session: GpuSession | undefined;
  return {
    label: variantLabel('webgpu', v),
    async open() {
      const opened = await sharedSession();
      session = opened.session;
      return opened.why;
    },
    run: (c, inputs, services) =>
      runOnWebgpu(session as GpuSession, c.program, inputs.values, c.dims, { services }),
    close: () => closeSharedSession(),
  };
}

/** Every registry target's driver, typed by the registry (a new target needs one here). */
export const DRIVERS: { readonly [K in TargetId]: (v: Variant) => readonly Driver[] } = {
  ref: (v) => [refDriver(v)],
  wasm: (v) => [wasmDriver(v)],
  // one thread: gpu.js's `cpu` backend and `webasm`; two: `webasm-async`
  gpujs: (v) => (v.threads === 1 ? [gpujsDriver({}), gpujsDriver(v)] : [gpujsDriver(v)]),
  // the CPU emulator everywhere; the machine's GPU where there is one (skipped, saying why, elsewhere)
  cuda: (v) => [
    createCudaBundleDriver(`${variantLabel('cuda', v)} (CPU emulator)`, 'emulator'),
    createCudaBundleDriver(`${variantLabel('cuda', v)} (GPU)`, 'gpu'),
  ],
  webgpu: (v) => [webgpuDriver(v)],
};
