import { constantValue } from '../ir/expr/fold.js';
import { axisByName, mapChildren, walkScalar, type AccessExpr, type Axis, type ScalarExpr, type TensorExpr } from '../ir/expr/tensor-expr.js';
import { printScalar } from '../ir/expr/print.js';
import type { Graph, OpNode, TensorInfo } from '../ir/graph/graph.js';

/**
 * A mask written with index values, `where(min(j <= i, i - j < 256), q·kᵀ, -inf)` (causal and
 * sliding-window attention), reads no tensor: the rule analysis has nothing to build an index
 * from, so every masked score would be computed. This pass moves each such condition into a bool
 * tensor of its own, defined by a new op just before the one that used it:
 *
 *     s_mask[i, j] = min(j <= i, i - j < 256)
 *     s[h, i, j]   = where(s_mask[i, j], …, -inf)
 *
 * The values are the same (the reference computes the mask and reads it back), and a bool op of
 * index values is a sparsity pattern source (rules/sparsity.ts), so `s` gets its rules like a
 * mask input. Its index depends only on the dims, so executors may build it once per binding.
 *
 * Only conditions worth an index are moved: they use at least one axis, read no tensor, contain
 * no reduction, and the `where` has a 0 or -inf branch (what a skipped cell holds). Pure.
 */
export function extractIndexConditions(graph: Graph): Graph {
  const taken = new Set(graph.tensors.map((t) => t.name));
  const tensors: TensorInfo[] = [];
  const ops: OpNode[] = [];
  const added = new Map<string, { info: TensorInfo; op: OpNode }[]>();
  for (const op of graph.ops) {
    const masks: { info: TensorInfo; op: OpNode }[] = [];
    const byText = new Map<string, AccessExpr>();
    const rewrite = (e: ScalarExpr): ScalarExpr => {
      const mapped = mapChildren(e, rewrite);
      if (mapped.kind !== 'where' || !worthAnIndex(mapped.cond, mapped.then, mapped.else)) return mapped;
      const axes = usedAxes(op.expr, mapped.cond);
      const text = `${axes.map((a) => a.name).join(',')}|${printScalar(mapped.cond)}`;
      let access = byText.get(text);
      if (!access) {
        const name = freshName(`${op.expr.output}_mask`, taken);
        const expr: TensorExpr = { output: name, dtype: 'bool', spatial: axes, reduce: [], body: mapped.cond };
        masks.push({ info: { name, dtype: 'bool', shape: axes.map((a) => a.extent), role: 'intermediate', dynamic: false }, op: { expr, ...(op.span ? { span: op.span } : {}) } });
        access = { kind: 'access', dtype: 'bool', tensor: name, indices: axes.map((a) => ({ terms: [{ axis: a.name, coef: 1 }], constant: 0 })) };
        byText.set(text, access);
      }
      return { ...mapped, cond: access };
    };
    const body = rewrite(op.expr.body);
    for (const m of masks) ops.push(m.op);
    ops.push(body === op.expr.body ? op : { ...op, expr: { ...op.expr, body } });
    if (masks.length > 0) added.set(op.expr.output, masks);
  }
  if (added.size === 0) return graph;
  for (const t of graph.tensors) {
    for (const m of added.get(t.name) ?? []) tensors.push(m.info);
    tensors.push(t);
  }
  return { ...graph, tensors, ops };
}

function worthAnIndex(cond: ScalarExpr, then: ScalarExpr, otherwise: ScalarExpr): boolean {
  let axis = false;
  let other = false;
  walkScalar(cond, (n) => {
    if (n.kind === 'axis') axis = true;
    if (n.kind === 'access' || n.kind === 'reduce') other = true;
  });
  if (!axis || other || cond.dtype !== 'bool') return false;
  const absent = (e: ScalarExpr): boolean => {
    const v = constantValue(e);
    return v === 0 || v === -Infinity;
  };
  return absent(then) || absent(otherwise);
}

/** The axes a condition uses, in the op's order (outputs, then reductions). */
function usedAxes(expr: TensorExpr, cond: ScalarExpr): Axis[] {
  const used = new Set<string>();
  walkScalar(cond, (n) => {
    if (n.kind === 'axis') used.add(n.axis);
  });
  return [...expr.spatial, ...expr.reduce].filter((a) => used.has(a.name)).map((a) => axisByName(expr, a.name) as Axis);
}

function freshName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  return name;
}
