import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { evalDim } from '../../ir/dim-expr.js';
import { dimsWithDefaults, unboundShapeDims } from '../../ir/graph/dims.js';
import type { Graph } from '../../ir/graph/graph.js';
import { elementCount } from '../../ir/tensor.js';

/** Largest element count of any buffer: offsets in the kernels are 32-bit ints. */
export const MAX_ELEMENTS = 2 ** 31 - 1;
/** Tensor ranks the harness tables hold. */
export const MAX_RANK = 8;

/**
 * The dims a CUDA program is specialised to: `dim T = N` defaults, overridden by the caller's.
 * A dim that shapes a tensor and stays unbound, a tensor too large for 32-bit offsets or of
 * rank above 8, an op axis with no positive extent is a PIT5003 diagnostic.
 */
export function bindCudaDims(graph: Graph, given: ReadonlyMap<string, number> | undefined): { dims?: Map<string, number>; diagnostics: Diagnostic[] } {
  const dims = dimsWithDefaults(graph, given);
  const unbound = unboundShapeDims(graph, dims);
  if (unbound.length > 0) {
    return { diagnostics: [diagnostic('PIT5003', `the cuda target specialises code to shapes: bind ${unbound.map((d) => d.name).join(', ')} with --dim`)] };
  }
  const problems: Diagnostic[] = [];
  for (const [name, v] of dims) {
    if (!Number.isSafeInteger(v) || v < 1) problems.push(diagnostic('PIT5003', `dim ${name} = ${v}: dims must be positive integers`));
  }
  for (const t of graph.tensors) {
    const shape = t.shape.map((d) => evalDim(d, dims));
    if (shape.some((d) => d === undefined || d < 1)) {
      problems.push(diagnostic('PIT5003', `tensor '${t.name}' has no positive shape for the bound dims`, t.span));
    } else if (elementCount(shape as number[]) > MAX_ELEMENTS) {
      problems.push(diagnostic('PIT5003', `tensor '${t.name}' has more than 2^31 - 1 elements: the cuda target uses 32-bit offsets`, t.span));
    } else if (shape.length > MAX_RANK) {
      problems.push(diagnostic('PIT5003', `tensor '${t.name}' has rank ${shape.length}: the cuda target supports rank ${MAX_RANK} at most`, t.span));
    }
  }
  for (const op of graph.ops) {
    const bad = [...op.expr.spatial, ...op.expr.reduce].find((a) => (evalDim(a.extent, dims) ?? 0) < 1);
    if (bad) problems.push(diagnostic('PIT5003', `axis '${bad.name}' of '${op.expr.output}' has no positive extent for the bound dims`, op.span));
  }
  return problems.length > 0 ? { diagnostics: problems } : { dims, diagnostics: [] };
}
