import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { evalDim, printDim } from '../dim-expr.js';
import { findOutOfBounds } from '../expr/bounds.js';
import { printAffine } from '../expr/print.js';
import type { Span } from '../core/span.js';
import { elementCount, MAX_TENSOR_ELEMENTS } from '../tensor.js';
import type { Graph } from './graph.js';

/**
 * With all dims bound: every inferred extent must be positive, every access in bounds, and
 * every tensor small enough to hold (PIT6007, PIT6008, PIT6017).
 */
export function checkExtents(graph: Graph, dims: ReadonlyMap<string, number>): Diagnostic[] {
  const shapes = new Map<string, number[]>();
  for (const t of graph.tensors) {
    if (t.role !== 'intermediate') shapes.set(t.name, t.shape.map((d) => evalDim(d, dims) ?? 0));
  }
  const bound = [...dims].map(([k, v]) => `${k}=${v}`).join(', ');
  const tooLarge = (name: string, shape: readonly number[], span: Span | undefined): Diagnostic[] =>
    elementCount(shape) > MAX_TENSOR_ELEMENTS
      ? [diagnostic('PIT6017', `with ${bound}, '${name}' would have ${elementCount(shape)} elements (shape [${shape.join(', ')}]); a tensor holds at most 2^31 - 1`, span)]
      : [];
  for (const t of graph.tensors) {
    const big = t.role === 'intermediate' ? [] : tooLarge(t.name, shapes.get(t.name) ?? [], t.span);
    if (big.length > 0) return big;
  }
  for (const op of graph.ops) {
    const extents = new Map<string, number>();
    for (const axis of [...op.expr.spatial, ...op.expr.reduce]) {
      const n = evalDim(axis.extent, dims) ?? 0;
      if (n < 1) {
        return [
          diagnostic('PIT6007', `with ${bound}, axis '${axis.name}' of '${op.expr.output}' has extent ${printDim(axis.extent)} = ${n}; the dims are too small for this program`, op.span),
        ];
      }
      extents.set(axis.name, n);
    }
    const violation = findOutOfBounds(op.expr, extents, (name) => shapes.get(name));
    if (violation) {
      const ix = violation.access.indices[violation.position];
      return [
        diagnostic(
          'PIT6008',
          `with ${bound}, index ${ix ? printAffine(ix) : violation.position} of '${violation.access.tensor}' ranges over [${violation.lo}, ${violation.hi}] but that dimension has extent ${violation.extent}`,
          violation.access.span ?? op.span,
        ),
      ];
    }
    const shape = op.expr.spatial.map((a) => extents.get(a.name) ?? 0);
    const big = tooLarge(op.expr.output, shape, op.span);
    if (big.length > 0) return big;
    shapes.set(op.expr.output, shape);
  }
  return [];
}
