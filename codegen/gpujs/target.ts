import { diagnostic } from '../../ir/core/diagnostic.js';
import { checkExtents } from '../../ir/graph/check-extents.js';
import { dimsWithDefaults, unboundShapeDims } from '../../ir/graph/dims.js';
import type { Target } from '../target.js';
import { programArtifacts } from './artifacts.js';
import { compileGpujsProgram, type CompileGpujsOptions } from './compile-program.js';
import { createGpujsExecutor } from './executor.js';
import { NODE_MODES, type GpujsMode } from './host.js';

/** Index density above which a PIT op runs its dense kernel: measured on webasm and cpu (docs/gpujs.md). */
export const DEFAULT_DENSE_CROSSOVER = 0.4;

export interface GpujsTargetOptions {
  /** The gpu.js backend; default: `webasm-async` (worker threads) unless `threads` is 1, then `webasm`. */
  readonly mode?: GpujsMode;
  readonly compile?: CompileGpujsOptions;
}

/** `cpu`, `webasm` or `webasm-async`, as a user would type it; undefined for anything else. */
export function parseGpujsMode(text: string): GpujsMode | undefined {
  return (NODE_MODES as readonly string[]).includes(text) ? (text as GpujsMode) : undefined;
}

/** The gpu.js target with a chosen backend. */
export function createGpujsTarget(targetOptions: GpujsTargetOptions = {}): Target {
  return {
    id: 'gpujs',
    async emit(program, options) {
      const dims = dimsWithDefaults(program.graph, options?.dims);
      const unbound = unboundShapeDims(program.graph, dims);
      if (unbound.length > 0) {
        return { diagnostics: [diagnostic('PIT5003', `the gpujs target specialises kernels to shapes: bind ${unbound.map((d) => d.name).join(', ')} with --dim`)] };
      }
      const tooSmall = checkExtents(program.graph, dims);
      if (tooSmall.length > 0) return { diagnostics: tooSmall };
      const compiled = compileGpujsProgram(program.name, program.graph, program.kernels, dims, targetOptions.compile);
      return { value: programArtifacts(program.name, compiled), diagnostics: [] };
    },
    async createExecutor(program, services, options) {
      const mode = targetOptions.mode ?? (options?.threads === 1 ? 'webasm' : 'webasm-async');
      const { createGpuJsHost, loadGpuJs } = await import('./gpu.js');
      try {
        await loadGpuJs();
      } catch (e) {
        return { diagnostics: [diagnostic('PIT5002', `gpu.js could not be loaded: ${e instanceof Error ? e.message : String(e)}`)] };
      }
      const host = await createGpuJsHost(mode, options?.threads !== undefined ? { threads: Math.max(1, options.threads) } : {});
      return {
        value: createGpujsExecutor(program, services, host, {
          denseCrossover: options?.denseCrossover ?? DEFAULT_DENSE_CROSSOVER,
          ...(targetOptions.compile ? { compile: targetOptions.compile } : {}),
        }),
        diagnostics: [],
      };
    },
  };
}

/** The gpu.js target on its default backend (built by src/targets/node.ts). */
export const gpujsTarget: Target = createGpujsTarget();
