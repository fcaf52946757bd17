import { mayHoldInfinity } from '../expr/infinity.js';
import { normalizeTensorExpr } from '../expr/normalize.js';
import type { Graph, OpNode } from './graph.js';

/**
 * The graph with every op in normal form (ir/expr/normalize.ts): what sparsity inference, rule
 * discovery, the planner, every target and the reference interpreter see. Tensors, spans and op
 * order are unchanged; accesses are the user's nodes, so diagnostics still point at the source.
 */
export function normalizeGraph(graph: Graph): Graph {
  const position = new Map(graph.tensors.map((t, i) => [t.name, i]));
  const infinite = new Set<string>();
  const ctx = {
    tensorOrder: (tensor: string) => position.get(tensor) ?? graph.tensors.length,
    mayBeInfinite: (tensor: string) => infinite.has(tensor),
  };
  const ops = graph.ops.map((op): OpNode => {
    const expr = normalizeTensorExpr(op.expr, ctx);
    if (mayHoldInfinity(expr.body, ctx.mayBeInfinite)) infinite.add(expr.output);
    return { ...op, expr };
  });
  return { ...graph, ops };
}
