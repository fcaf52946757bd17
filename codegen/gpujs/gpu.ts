import { InternalError } from '../../ir/core/errors.js';
import { LruCache } from '../lru-cache.js';
import type { GpujsMode, KernelArgument, KernelHost } from './host.js';

/**
 * The one module that loads gpu.js (pinned in package.json), lazily, so importing pitc does
 * not. It builds kernels from KernelSpec data and runs them: in Node on the `cpu`, `webasm`
 * and `webasm-async` (worker threads) backends, in a browser also on `webgl2` and `webgpu`
 * (a bundler takes gpu.js's browser build, through its package.json `browser` field). Argument
 * types are left to gpu.js to infer: explicit `argumentTypes` make webasm fall back to cpu.
 */

/** The part of gpu.js's API used here. */
interface GpuJsModule {
  readonly GPU: new (settings: { mode: string }) => GpuInstance;
}
interface GpuInstance {
  createKernel(source: string, settings: Record<string, unknown>): GpuKernel;
  destroy(): unknown;
}
type GpuKernel = ((...args: KernelArgument[]) => unknown) & {
  destroy?(removeCanvasReferences?: boolean): unknown;
  readonly kernel?: { readonly constructor: { readonly name: string }; readonly _lastRunPath?: string };
  readonly fallbackRequested?: boolean;
  readonly fallbackReason?: string | null;
};

let loading: Promise<GpuJsModule> | undefined;

/** Loads gpu.js once (rejects when the package is missing). */
export async function loadGpuJs(): Promise<GpuJsModule> {
  loading ??= import('gpu.js').then((m: unknown) => {
    const mod = m as Partial<GpuJsModule> & { default?: Partial<GpuJsModule> };
    const GPU = mod.GPU ?? mod.default?.GPU;
    if (!GPU) throw new InternalError('gpujs', 'the gpu.js package has no GPU class');
    return { GPU };
  });
  return loading;
}

export interface NodeHostOptions {
  /** Worker threads of the webasm-async pool (default: gpu.js's, the machine's cores). */
  readonly threads?: number;
}

/** The gpu.js backend name and settings for one of our modes. */
export function backendOf(mode: GpujsMode, threads?: number): { mode: string; settings: Record<string, unknown> } {
  if (mode === 'webasm-async') return { mode: 'webasm', settings: { asyncMode: true, ...(threads !== undefined ? { poolSize: threads } : {}) } };
  return { mode, settings: {} };
}

/**
 * gpu.js kernels a host keeps built. Each webasm kernel owns compiled wasm and, in webasm-async
 * mode, its own worker pool, and a program builds kernels per op and per binding of the dims:
 * the least recently used are destroyed past this many (rebuilt if they are needed again).
 */
export const GPUJS_KERNEL_CAPACITY = 32;

/** Whether this is a page (a document to make WebGL and WebGPU canvases in), not Node or a worker. */
function inBrowserPage(): boolean {
  return typeof (globalThis as { document?: unknown }).document === 'object';
}

/** A kernel host on gpu.js in this process: Node, or a browser page (webgl2, webgpu). */
export async function createGpuJsHost(mode: GpujsMode, options: NodeHostOptions = {}): Promise<KernelHost & { readonly kernelCount: number }> {
  if ((mode === 'webgl2' || mode === 'webgpu') && !inBrowserPage()) throw new InternalError('gpujs', `mode ${mode} runs in a browser, not in Node`);
  const gpujs = await loadGpuJs();
  const backend = backendOf(mode, options.threads);
  const gpus = new Map<string, GpuInstance>();
  // runs are serialised by the caller, so an evicted kernel is never one that is running
  const kernels = new LruCache<string, GpuKernel>(GPUJS_KERNEL_CAPACITY, (k) => destroyKernel(k));
  const gpuFor = (name: string): GpuInstance => {
    let gpu = gpus.get(name);
    if (!gpu) {
      gpu = new gpujs.GPU({ mode: name });
      gpus.set(name, gpu);
    }
    return gpu;
  };
  return {
    mode,
    /** Kernels built now (at most GPUJS_KERNEL_CAPACITY). */
    get kernelCount() {
      return kernels.size;
    },
    async run(spec, args, exact) {
      const which = exact ? 'cpu' : backend.mode;
      const id = `${which}:${spec.key}`;
      let kernel = kernels.get(id);
      if (!kernel) {
        kernel = gpuFor(which).createKernel(spec.source, { ...structuredClone(spec.settings), ...(exact ? {} : backend.settings) });
        kernels.set(id, kernel);
      }
      const cells = flattenOutput(await kernel(...args), spec.cells);
      return { cells, ran: describeRun(kernel) };
    },
    async dispose() {
      kernels.clear();
      const all = [...gpus.values()];
      gpus.clear();
      await Promise.all(all.map((g) => g.destroy()));
    },
  };
}

/** The same host, under the name Node's callers know. */
export const createNodeHost = createGpuJsHost;

function destroyKernel(kernel: GpuKernel): void {
  try {
    void Promise.resolve(kernel.destroy?.(true)).catch(() => undefined);
  } catch {
    // a kernel that cannot be destroyed is left to the garbage collector
  }
}

/** `WebAssemblyKernel/simd`; a fallback gpu.js took says so. */
function describeRun(kernel: GpuKernel): string {
  const k = kernel.kernel;
  const name = k ? k.constructor.name : 'unknown';
  const path = k?._lastRunPath ? `/${k._lastRunPath}` : '';
  return kernel.fallbackRequested ? `${name}${path} (fallback: ${kernel.fallbackReason ?? 'unknown'})` : `${name}${path}`;
}

/** gpu.js returns rows of rows of Float32Arrays for 2-D and 3-D outputs: copy into one array. */
export function flattenOutput(result: unknown, cells: number): Float32Array {
  const out = new Float32Array(cells);
  let n = 0;
  const visit = (v: unknown): void => {
    if (v instanceof Float32Array || v instanceof Float64Array || v instanceof Int32Array) {
      if (n + v.length > cells) throw new InternalError('gpujs', 'a kernel returned more values than its output has cells');
      out.set(v, n);
      n += v.length;
    } else if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x === 'number') out[n++] = x;
        else visit(x);
      }
    } else {
      throw new InternalError('gpujs', 'a kernel returned something that is not an array of numbers');
    }
  };
  visit(result);
  if (n !== cells) throw new InternalError('gpujs', `a kernel returned ${n} values for ${cells} cells`);
  return out;
}
