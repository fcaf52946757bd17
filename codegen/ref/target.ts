import { printGraph } from '../../ir/graph/print.js';
import { printKernel } from '../../ir/kernel/print.js';
import type { Target } from '../target.js';
import { createRefExecutor } from './executor.js';

/** The reference target: interprets the kernel IR in float64; the definition of correct. */
export const refTarget: Target = {
  id: 'ref',
  async emit(program) {
    // nothing to compile: the artifacts are the IR the interpreter runs
    const kernels = program.kernels.map(printKernel).join('\n');
    return {
      value: [
        { name: `${program.name}.graph.txt`, contents: printGraph(program.graph) },
        { name: `${program.name}.kernels.txt`, contents: kernels },
      ],
      diagnostics: [],
    };
  },
  async createExecutor(program, services) {
    return { value: createRefExecutor(program, services), diagnostics: [] };
  },
};
