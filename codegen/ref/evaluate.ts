import { InternalError } from '../../ir/core/errors.js';
import { evalDim } from '../../ir/dim-expr.js';
import { findOutOfBounds } from '../../ir/expr/bounds.js';
import { printScalar } from '../../ir/expr/print.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compileRefOp } from './compile-op.js';

/** Concrete extent of every axis of an op for the bound dims. */
export function opExtents(expr: TensorExpr, dims: ReadonlyMap<string, number>): Map<string, number> {
  const extents = new Map<string, number>();
  for (const axis of [...expr.spatial, ...expr.reduce]) {
    const n = evalDim(axis.extent, dims);
    if (n === undefined || n < 1) throw new InternalError('ref', `axis '${axis.name}' of '${expr.output}' has no positive extent`);
    extents.set(axis.name, n);
  }
  return extents;
}

/**
 * Evaluates one op densely, after proving every access in bounds (the runtime binder reports
 * out-of-bounds programs to the user first, so a violation here is a pitc bug).
 */
export function evaluateOp(expr: TensorExpr, tensors: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>): HostTensor {
  const extents = opExtents(expr, dims);
  const shapeOf = (name: string): readonly number[] => {
    const t = tensors.get(name);
    if (!t) throw new InternalError('ref', `tensor '${name}' has no value when '${expr.output}' runs`);
    return t.shape;
  };
  const violation = findOutOfBounds(expr, extents, shapeOf);
  if (violation) {
    throw new InternalError(
      'ref',
      `${printScalar(violation.access)} index ${violation.position} ranges over [${violation.lo}, ${violation.hi}] outside [0, ${violation.extent})`,
    );
  }
  const kernel = compileRefOp(expr, { extents, shapeOf });
  const out = makeTensor(
    expr.dtype,
    expr.spatial.map((a) => extents.get(a.name) ?? 0),
  );
  kernel.run(
    out.data,
    kernel.reads.map((name) => (tensors.get(name) as HostTensor).data),
  );
  return out;
}

/**
 * The reference semantics of a program: every op in order, dense, float64 inside a statement,
 * rounded to the tensor's dtype when stored. Returns every tensor (inputs included).
 */
export function evaluateGraph(
  graph: Graph,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
): Map<string, HostTensor> {
  const values = new Map(inputs);
  for (const op of graph.ops) values.set(op.expr.output, evaluateOp(op.expr, values, dims));
  return values;
}
