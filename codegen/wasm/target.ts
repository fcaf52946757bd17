import { diagnostic } from '../../ir/core/diagnostic.js';
import { LimitExceeded } from '../../ir/core/errors.js';
import { dimsWithDefaults, unboundShapeDims } from '../../ir/graph/dims.js';
import type { Blocking, Target } from '../target.js';
import { detectFeatures } from './features.js';
import { MR, NR } from './gemm-layout.js';
import { WasmModuleCache } from './module-cache.js';
import type { ThreadPool } from './thread-pool.js';

/** Modules this process compiled, by content (see module-cache.ts). */
const modules = new WasmModuleCache();

/** Measured by `npm run bench` (docs/benchmarks.md): above this index density dense GEMM wins. */
export const DEFAULT_DENSE_CROSSOVER = 0.9;

/**
 * Where the wasm target gets its threads: Node's worker_threads (node-target.ts) or a page's Web
 * Workers (web-pool.ts). `threadLimit` caps the threads a program may use, with the reason (a
 * page that is not cross-origin isolated has no shared memory, so one thread).
 */
export interface WasmPlatform {
  readonly createPool: (size: number, memory: () => WebAssembly.Memory, pollMs?: number) => ThreadPool;
  readonly threadLimit?: () => { readonly max: number; readonly why: string };
}

/** WebAssembly SIMD through binaryen: the fast CPU path, with the platform's threads. */
export function createWasmTarget(platform: WasmPlatform): Target {
  return {
    id: 'wasm',
    async emit(program, options) {
      const dims = dimsWithDefaults(program.graph, options?.dims);
      const unbound = unboundShapeDims(program.graph, dims);
      if (unbound.length > 0) {
        return { diagnostics: [diagnostic('PIT5003', `the wasm target specialises code to shapes: bind ${unbound.map((d) => d.name).join(', ')} with --dim`)] };
      }
      const features = detectFeatures();
      // binaryen (14 MB) loads only when a wasm program is actually compiled
      const { compileWasmProgram } = await import('./compile-program.js');
      let compiled: ReturnType<typeof compileWasmProgram>;
      try {
        compiled = compileWasmProgram(program.graph, program.kernels, dims, {
          features: { relaxedSimd: features.relaxedSimd, sharedMemory: (options?.threads ?? 1) > 1 },
          threads: options?.threads ?? 1,
          ...(options?.blocking ? { blocking: options.blocking } : {}),
          ...(options?.exact ? { exact: true } : {}),
          ...(program.guards.length > 0 ? { guarded: program.guards.map((g) => g.tensor) } : {}),
          withText: true,
        });
      } catch (err) {
        if (err instanceof LimitExceeded) return { diagnostics: [err.diagnostic] };
        throw err;
      }
      return {
        value: [
          { name: `${program.name}.wasm`, contents: compiled.binary },
          { name: `${program.name}.wat`, contents: compiled.text ?? '' },
        ],
        diagnostics: [],
      };
    },
    async createExecutor(program, services, options) {
      const badBlocking = options?.blocking ? checkBlocking(options.blocking) : undefined;
      if (badBlocking) return { diagnostics: [diagnostic('PIT5003', badBlocking)] };
      const features = detectFeatures();
      if (!features.simd) return { diagnostics: [diagnostic('PIT5002', 'this WebAssembly engine has no SIMD128 support')] };
      const asked = Math.max(1, options?.threads ?? 1);
      const limit = platform.threadLimit?.();
      const threads = limit ? Math.min(asked, Math.max(1, limit.max)) : asked;
      const capped = threads < asked && limit ? [diagnostic('PIT5010', `${asked} threads were asked for, ${threads} will run: ${limit.why}`)] : [];
      const { createWasmExecutor } = await import('./executor.js');
      return {
        value: createWasmExecutor(program, services, {
          features,
          threads,
          createPool: (size, memory) => platform.createPool(size, memory, options?.threadSpinMs),
          denseCrossover: options?.denseCrossover ?? DEFAULT_DENSE_CROSSOVER,
          cache: modules,
          ...(options?.blocking ? { blocking: options.blocking } : {}),
          ...(options?.exact ? { exact: true } : {}),
        }),
        diagnostics: capped,
      };
    },
  };
}

/** Packing writes whole 4-row and 8-column panels, so blocks must be multiples of them. */
export function checkBlocking(b: Blocking): string | undefined {
  const ok = (x: number, of: number): boolean => Number.isInteger(x) && x >= of && x % of === 0 && x <= 1 << 16;
  if (!ok(b.kc, 1) || !ok(b.mc, MR) || !ok(b.nc, NR)) {
    return `GEMM blocking kc=${b.kc}, mc=${b.mc}, nc=${b.nc} is invalid: kc must be a positive integer, mc a multiple of ${MR}, nc a multiple of ${NR}`;
  }
  if (b.kc * b.nc > 1 << 20) return `GEMM blocking kc·nc = ${b.kc * b.nc} floats is larger than the 4 MiB B block pitc allows`;
  return undefined;
}
