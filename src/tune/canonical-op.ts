/**
 * The canonical form of one op, so that equal ops in different programs share tuning records:
 * tensors and axes are renamed in order of first appearance (alpha-renaming), the body is printed
 * with the canonical printer, and everything that shapes the search space is appended (dtypes,
 * which operands are dynamic and with what fill, the PIT rules found). Its hash keys records.
 */
import { stableHash } from '../../ir/core/hash.js';
import { printScalar } from '../../ir/expr/print.js';
import type { AffineIndex, ScalarExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { OpChoice } from '../../rules/plan.js';
import type { MicroExtent, OpRules } from '../../rules/rule.js';
import type { SparsityFact } from '../../rules/sparsity.js';

/** An op's plan choice in canonical names (`t0` along `r0`): what records store. */
export type CanonChoice =
  | { readonly mode: 'dense' }
  | { readonly mode: 'pit'; readonly operand: string; readonly axis: string; readonly microTile?: readonly MicroExtent[] };

export interface CanonicalOp {
  /** One line per fact, e.g. `out[s0, s1] = (sum[r0] (t0[s0, r0] * t1[r0, s1])) : f32`. */
  readonly text: string;
  readonly hash: string;
  /** Program name → canonical name, for tensors (`t0`, ..., `out`) and axes (`s0`, `r0`, ...). */
  readonly tensors: ReadonlyMap<string, string>;
  readonly axes: ReadonlyMap<string, string>;
}

/** Canonical form of the op defining `opName` (rules and facts from the program's analysis). */
export function canonicalOp(expr: TensorExpr, graph: Graph, facts: ReadonlyMap<string, SparsityFact>, rules: OpRules | undefined): CanonicalOp {
  const tensors = new Map<string, string>([[expr.output, 'out']]);
  const axes = new Map<string, string>();
  expr.spatial.forEach((a, i) => axes.set(a.name, `s${i}`));
  let reduceCount = 0;
  const visit = (e: ScalarExpr): void => {
    if (e.kind === 'access' && !tensors.has(e.tensor)) tensors.set(e.tensor, `t${tensors.size - 1}`);
    if (e.kind === 'reduce') for (const a of e.axes) if (!axes.has(a)) axes.set(a, `r${reduceCount++}`);
  };
  walkPreorder(expr.body, visit);
  const body = printScalar(renameScalar(expr.body, tensors, axes));
  const lines = [`out[${expr.spatial.map((a) => axes.get(a.name)).join(', ')}] = ${body} : ${expr.dtype}`];
  for (const [name, canon] of tensors) {
    if (canon === 'out') continue;
    const info = graph.tensors.find((t) => t.name === name);
    const fact = facts.get(name);
    const sparsity = fact?.dynamic ? ` dynamic(fill ${fact.fill})` : '';
    lines.push(`${canon}: ${info?.dtype ?? '?'} rank ${info?.shape.length ?? '?'}${sparsity}`);
  }
  for (const r of rules?.rules ?? []) {
    lines.push(`rule ${tensors.get(r.operand) ?? '?'} along ${axes.get(r.axis) ?? '?'} ${r.write} ${r.kind}`);
  }
  const text = lines.join('\n');
  return { text, hash: stableHash(text), tensors, axes };
}

export function toCanonChoice(choice: OpChoice, op: CanonicalOp): CanonChoice {
  if (choice.mode === 'dense') return { mode: 'dense' };
  return {
    mode: 'pit',
    operand: op.tensors.get(choice.operand) ?? choice.operand,
    axis: op.axes.get(choice.axis) ?? choice.axis,
    ...(choice.microTile ? { microTile: [...choice.microTile] } : {}),
  };
}

/** A stored choice in this program's names; undefined when the names do not exist here. */
export function fromCanonChoice(choice: CanonChoice, op: CanonicalOp): OpChoice | undefined {
  if (choice.mode === 'dense') return { mode: 'dense' };
  const operand = inverse(op.tensors, choice.operand);
  const axis = inverse(op.axes, choice.axis);
  if (operand === undefined || axis === undefined) return undefined;
  return { mode: 'pit', operand, axis, ...(choice.microTile ? { microTile: [...choice.microTile] } : {}) };
}

function inverse(map: ReadonlyMap<string, string>, value: string): string | undefined {
  for (const [k, v] of map) if (v === value) return k;
  return undefined;
}

function walkPreorder(e: ScalarExpr, visit: (e: ScalarExpr) => void): void {
  visit(e);
  switch (e.kind) {
    case 'unary':
      walkPreorder(e.arg, visit);
      return;
    case 'binary':
      walkPreorder(e.lhs, visit);
      walkPreorder(e.rhs, visit);
      return;
    case 'where':
      walkPreorder(e.cond, visit);
      walkPreorder(e.then, visit);
      walkPreorder(e.else, visit);
      return;
    case 'reduce':
      walkPreorder(e.body, visit);
      return;
    default:
      return;
  }
}

function renameScalar(e: ScalarExpr, tensors: ReadonlyMap<string, string>, axes: ReadonlyMap<string, string>): ScalarExpr {
  const ix = (i: AffineIndex): AffineIndex => ({ constant: i.constant, terms: i.terms.map((t) => ({ coef: t.coef, axis: axes.get(t.axis) ?? t.axis })) });
  const go = (x: ScalarExpr): ScalarExpr => renameScalar(x, tensors, axes);
  switch (e.kind) {
    case 'const':
      return e;
    case 'access':
      return { kind: 'access', dtype: e.dtype, tensor: tensors.get(e.tensor) ?? e.tensor, indices: e.indices.map(ix) };
    case 'axis':
      return { kind: 'axis', dtype: e.dtype, axis: axes.get(e.axis) ?? e.axis };
    case 'unary':
      return { ...e, arg: go(e.arg) };
    case 'binary':
      return { ...e, lhs: go(e.lhs), rhs: go(e.rhs) };
    case 'where':
      return { ...e, cond: go(e.cond), then: go(e.then), else: go(e.else) };
    case 'reduce':
      return { ...e, axes: e.axes.map((a) => axes.get(a) ?? a), body: go(e.body) };
  }
}
