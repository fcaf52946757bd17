import type { Target } from '../target.js';
import { bindCudaDims } from './bind-dims.js';
import { fileStem } from './c-text.js';
import { emitCudaProgram } from './emit-program.js';
import { createCudaExecutor } from './executor.js';
import { probeCuda } from './toolchain.js';
import { diagnostic } from '../../ir/core/diagnostic.js';

/**
 * The CUDA target: CUDA C++ with the host harness in the same translation unit, plus the launch
 * spec as JSON. `emit` works anywhere; the executor needs nvcc and a CUDA device.
 */
export const cudaTarget: Target = {
  id: 'cuda',
  async emit(program, options) {
    const bound = bindCudaDims(program.graph, options?.dims);
    if (!bound.dims) return { diagnostics: bound.diagnostics };
    const emitted = emitCudaProgram(program, bound.dims);
    const stem = fileStem(program.name);
    return {
      value: [
        { name: `${stem}.cu`, contents: emitted.source },
        { name: `${stem}.launch.json`, contents: JSON.stringify(emitted.spec, null, 2) + '\n' },
      ],
      diagnostics: [],
    };
  },
  async createExecutor(program) {
    const probe = probeCuda();
    if (!probe.device) return { diagnostics: [diagnostic('PIT5002', `no CUDA device: ${probe.why}`)] };
    if (!probe.nvcc) return { diagnostics: [diagnostic('PIT5002', `nvcc not found: ${probe.why}`)] };
    return { value: createCudaExecutor(program, probe), diagnostics: [] };
  },
};
