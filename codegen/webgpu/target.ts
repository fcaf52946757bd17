import { diagnostic } from '../../ir/core/diagnostic.js';
import { checkExtents } from '../../ir/graph/check-extents.js';
import { dimsWithDefaults, unboundShapeDims } from '../../ir/graph/dims.js';
import type { Target } from '../target.js';
import { programArtifacts } from './artifacts.js';
import { compileWebgpuProgram, type CompileWebgpuOptions } from './compile-program.js';
import { createWebgpuExecutor } from './executor.js';
import { openFirstSession, unavailableMessage, type SessionOpener } from './session.js';

import { DEFAULT_DENSE_CROSSOVER } from './crossover.js';

export { DEFAULT_DENSE_CROSSOVER };

export interface WebgpuTargetOptions {
  /** Where to look for a device, in order (default: Dawn in this process, then headless Chromium). */
  readonly hosts?: readonly SessionOpener[];
  readonly compile?: CompileWebgpuOptions;
}

/** The hosts tried by default: Dawn (the `webgpu` package), then Chromium (playwright-core). */
export const DEFAULT_HOSTS: readonly SessionOpener[] = [
  async () => (await import('./dawn.js')).openDawnSession(),
  async () => (await import('./chromium.js')).openChromiumSession(),
];

export function createWebgpuTarget(targetOptions: WebgpuTargetOptions = {}): Target {
  return {
    id: 'webgpu',
    async emit(program, options) {
      const dims = dimsWithDefaults(program.graph, options?.dims);
      const unbound = unboundShapeDims(program.graph, dims);
      if (unbound.length > 0) {
        return {
          diagnostics: [
            diagnostic(
              'PIT5003',
              `the webgpu target specialises shaders to shapes: bind ${unbound.map((d) => d.name).join(', ')} with --dim`,
            ),
          ],
        };
      }
      const tooSmall = checkExtents(program.graph, dims);
      if (tooSmall.length > 0) return { diagnostics: tooSmall };
      const compiled = compileWebgpuProgram(
        program.name,
        program.graph,
        program.kernels,
        dims,
        undefined,
        targetOptions.compile,
      );
      if (!compiled.program) return { diagnostics: compiled.diagnostics };
      return { value: programArtifacts(program.name, compiled.program), diagnostics: [] };
    },
    async createExecutor(program, services, options) {
      const { session, failures } = await openFirstSession(targetOptions.hosts ?? DEFAULT_HOSTS);
      if (!session) return { diagnostics: [diagnostic('PIT5002', unavailableMessage(failures))] };
      return {
        value: createWebgpuExecutor(program, services, session, {
          denseCrossover: options?.denseCrossover ?? DEFAULT_DENSE_CROSSOVER,
          ...(targetOptions.compile ? { compile: targetOptions.compile } : {}),
        }),
        diagnostics: [],
      };
    },
  };
}

/** The webgpu target with its default hosts (built by src/targets/node.ts). */
export const webgpuTarget: Target = createWebgpuTarget();
