import type { Graph } from '../../ir/graph/graph.js';
import { printGraph } from '../../ir/graph/print.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { Executor, OpRunRecord, Target } from '../target.js';
import { evaluateOp } from './evaluate.js';

/** The reference target: interprets the program in float64; the definition of correct. */
export const refTarget: Target = {
  id: 'ref',
  summary: 'reference interpreter (float64, bounds-checked): defines what a program means',
  async emit(graph, name) {
    // nothing to compile: the artifact is the checked IR the interpreter runs
    return { value: [{ name: `${name}.graph.txt`, contents: printGraph(graph) }], diagnostics: [] };
  },
  async createExecutor(graph) {
    return { value: createRefExecutor(graph), diagnostics: [] };
  },
};

function createRefExecutor(graph: Graph): Executor {
  return {
    async run(inputs, dims) {
      const values = new Map<string, HostTensor>(inputs);
      const ops: OpRunRecord[] = [];
      for (const op of graph.ops) {
        const start = performance.now();
        values.set(op.expr.output, evaluateOp(op.expr, values, dims));
        ops.push({ name: op.expr.output, target: 'ref', kernelMs: performance.now() - start });
      }
      return { values, ops };
    },
    async dispose() {},
  };
}
