import { printScalar } from '../expr/print.js';
import { isCompareOp, walkScalar, type ScalarExpr, type TensorExpr } from '../expr/tensor-expr.js';
import type { Graph, TensorInfo } from './graph.js';

/**
 * Structural invariants of the graph IR. A violation is a pitc bug (the front end or a pass
 * produced bad IR), so problems are returned as plain strings for an InternalError.
 */
export function verifyGraph(graph: Graph): string[] {
  const problems: string[] = [];
  const tensors = new Map<string, TensorInfo>();
  for (const t of graph.tensors) {
    if (tensors.has(t.name)) problems.push(`tensor '${t.name}' declared twice`);
    tensors.set(t.name, t);
    if (t.microTile && t.microTile.length !== t.shape.length) {
      problems.push(`tensor '${t.name}': micro-tile rank ${t.microTile.length} != rank ${t.shape.length}`);
    }
  }
  const available = new Set(graph.tensors.filter((t) => t.role !== 'intermediate').map((t) => t.name));
  for (const op of graph.ops) {
    const out = op.expr.output;
    const info = tensors.get(out);
    if (!info) problems.push(`op '${out}' defines an undeclared tensor`);
    else if (info.role !== 'intermediate') problems.push(`op '${out}' overwrites ${info.role} '${out}'`);
    else if (info.dtype !== op.expr.dtype) problems.push(`op '${out}' has dtype ${op.expr.dtype}, tensor has ${info.dtype}`);
    else if (info.shape.length !== op.expr.spatial.length) problems.push(`op '${out}' rank mismatch`);
    if (available.has(out)) problems.push(`op '${out}' defines a tensor that already exists`);
    problems.push(...verifyTensorExpr(op.expr, tensors, available));
    available.add(out);
  }
  const defined = new Set(graph.ops.map((o) => o.expr.output));
  for (const t of graph.tensors) {
    if (t.role === 'intermediate' && !defined.has(t.name)) {
      problems.push(`intermediate '${t.name}' has no defining op`);
    }
  }
  for (const name of graph.outputs) {
    if (!tensors.has(name)) problems.push(`output '${name}' is not a tensor`);
  }
  return problems;
}

function verifyTensorExpr(
  expr: TensorExpr,
  tensors: ReadonlyMap<string, TensorInfo>,
  available: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const where = `op '${expr.output}'`;
  const spatial = new Set(expr.spatial.map((a) => a.name));
  const reduce = new Set(expr.reduce.map((a) => a.name));
  if (spatial.size !== expr.spatial.length) problems.push(`${where}: repeated spatial axis`);
  if (reduce.size !== expr.reduce.length) problems.push(`${where}: repeated reduction axis`);
  for (const r of reduce) if (spatial.has(r)) problems.push(`${where}: axis '${r}' is both spatial and reduced`);
  if (expr.body.dtype !== expr.dtype) problems.push(`${where}: body dtype ${expr.body.dtype} != ${expr.dtype}`);
  const bound = new Set(reduce);
  const seenReduce = new Set<string>();

  walkScalar(expr.body, (node: ScalarExpr) => {
    switch (node.kind) {
      case 'access': {
        const t = tensors.get(node.tensor);
        if (!t) problems.push(`${where}: access to unknown tensor '${node.tensor}'`);
        else {
          if (!available.has(node.tensor)) problems.push(`${where}: reads '${node.tensor}' before it is defined`);
          if (t.shape.length !== node.indices.length) problems.push(`${where}: rank mismatch in ${printScalar(node)}`);
          if (t.dtype !== node.dtype) problems.push(`${where}: dtype mismatch in ${printScalar(node)}`);
        }
        for (const ix of node.indices) {
          for (const term of ix.terms) {
            if (!spatial.has(term.axis) && !bound.has(term.axis)) problems.push(`${where}: unknown axis '${term.axis}'`);
            if (term.coef === 0 || !Number.isInteger(term.coef)) problems.push(`${where}: bad coefficient in ${printScalar(node)}`);
          }
        }
        break;
      }
      case 'axis':
        if (!spatial.has(node.axis) && !bound.has(node.axis)) problems.push(`${where}: unknown axis '${node.axis}'`);
        break;
      case 'binary': {
        // comparisons give bool; max/min of two bools is a bool (logical or/and); nothing else is bool
        const boolMinMax = (node.op === 'max' || node.op === 'min') && node.lhs.dtype === 'bool' && node.rhs.dtype === 'bool';
        if ((isCompareOp(node.op) || boolMinMax) !== (node.dtype === 'bool')) problems.push(`${where}: comparison typing in ${printScalar(node)}`);
        break;
      }
      case 'where':
        if (node.cond.dtype !== 'bool') problems.push(`${where}: where() condition is not bool`);
        break;
      case 'reduce':
        for (const a of node.axes) {
          if (!reduce.has(a)) problems.push(`${where}: reduction over undeclared axis '${a}'`);
          if (seenReduce.has(a)) problems.push(`${where}: axis '${a}' reduced twice`);
          seenReduce.add(a);
        }
        break;
      default:
        break;
    }
  });
  for (const a of reduce) if (!seenReduce.has(a)) problems.push(`${where}: reduction axis '${a}' is never reduced`);
  return problems;
}
