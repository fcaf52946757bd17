import { accessesOf, type AccessExpr, type ScalarExpr } from '../ir/expr/tensor-expr.js';
import type { Graph, OpNode } from '../ir/graph/graph.js';
import { evalAbstract, isNonNegative, unknown, type AbsValue } from './abstract-value.js';

/**
 * What the compiler knows about each tensor's zero pattern (propagation, DESIGN §3):
 * annotated `@dynamic` tensors, outputs of relu and where, and tensors that are zero wherever a
 * dynamic tensor is (a product with it, a mask built from it) are dynamically sparse.
 */
export interface SparsityFact {
  readonly tensor: string;
  readonly dynamic: boolean;
  /** The value of an absent entry: 0, or -inf for masked logits. */
  readonly fill: number;
  /** Why it is (or is not) dynamic, in words. */
  readonly why: string;
  /**
   * The tensor whose index can stand for this one's zero pattern: itself, or a tensor whose
   * absent entries imply this one's (so one index serves both). `dims[d]` is the source
   * dimension this tensor's dimension d maps to, or null when the pattern does not vary along d.
   */
  readonly source: { readonly tensor: string; readonly dims: readonly (number | null)[] };
  /** Every value is known to be ≥ 0 (relu, exp, masks...). */
  readonly nonNegative: boolean;
}

export function inferSparsity(graph: Graph): Map<string, SparsityFact> {
  const facts = new Map<string, SparsityFact>();
  for (const t of graph.tensors) {
    if (t.role === 'intermediate') continue;
    facts.set(t.name, {
      tensor: t.name,
      dynamic: t.dynamic,
      fill: 0,
      why: t.dynamic ? 'annotated @dynamic' : `dense ${t.role}`,
      source: { tensor: t.name, dims: t.shape.map((_, d) => d) },
      nonNegative: t.dtype === 'bool',
    });
  }
  for (const op of graph.ops) {
    const annotated = graph.tensors.find((t) => t.name === op.expr.output)?.dynamic ?? false;
    facts.set(op.expr.output, inferOpFact(op, facts, annotated));
  }
  return facts;
}

/** The abstract value of an access when nothing is substituted: only its sign is known. */
export function signOf(facts: ReadonlyMap<string, SparsityFact>): (a: AccessExpr) => AbsValue {
  return (a) => unknown(facts.get(a.tensor)?.nonNegative ?? false);
}

function inferOpFact(op: OpNode, facts: ReadonlyMap<string, SparsityFact>, annotated: boolean): SparsityFact {
  const expr = op.expr;
  const self = { tensor: expr.output, dims: expr.spatial.map((_, d) => d) };
  const nonNegative = isNonNegative(evalAbstract(expr.body, signOf(facts)));
  const spatial = expr.spatial.map((a) => a.name);

  for (const access of dynamicAccesses(expr.body, facts)) {
    const fact = facts.get(access.tensor) as SparsityFact;
    // the access must address one output cell per element: every index a bare output axis
    const axes = access.indices.map((ix) => (ix.terms.length === 1 && ix.terms[0]?.coef === 1 && ix.constant === 0 ? ix.terms[0].axis : undefined));
    if (axes.some((a) => a === undefined || !spatial.includes(a))) continue;
    const value = evalAbstract(expr.body, (a) => (sameAccess(a, access) ? { kind: 'known', value: fact.fill } : signOf(facts)(a)));
    if (value.kind !== 'known' || (value.value !== 0 && value.value !== -Infinity)) continue;
    const dims = spatial.map((axis) => {
      const j = axes.indexOf(axis);
      return j < 0 ? null : (fact.source.dims[j] ?? null);
    });
    return {
      tensor: expr.output,
      dynamic: true,
      fill: value.value,
      why: `${value.value === 0 ? 'zero' : '-inf'} wherever ${access.tensor} is ${fact.fill === 0 ? 'zero' : '-inf'}`,
      source: { tensor: fact.source.tensor, dims },
      nonNegative,
    };
  }

  const own = ownPattern(expr.body, expr.dtype, facts);
  if (annotated || own) {
    return { tensor: expr.output, dynamic: true, fill: own?.fill ?? 0, why: annotated ? 'annotated @dynamic' : (own?.why ?? ''), source: self, nonNegative };
  }
  return { tensor: expr.output, dynamic: false, fill: 0, why: 'no data-dependent zeros', source: self, nonNegative };
}

/** relu, where with a constant 0 / -inf branch, and masks computed from dynamic tensors. */
function ownPattern(body: ScalarExpr, dtype: string, facts: ReadonlyMap<string, SparsityFact>): { fill: number; why: string } | undefined {
  if (body.kind === 'unary' && body.op === 'relu') return { fill: 0, why: 'relu output' };
  if (body.kind === 'binary' && body.op === 'max' && [body.lhs, body.rhs].some((x) => x.kind === 'const' && x.value === 0)) {
    return { fill: 0, why: 'max(x, 0) output' };
  }
  if (body.kind === 'where' && body.cond.kind !== 'const') {
    for (const branch of [body.then, body.else]) {
      if (branch.kind === 'const' && (branch.value === 0 || branch.value === -Infinity)) {
        return { fill: branch.value, why: `where() with a ${branch.value === 0 ? '0' : '-inf'} branch` };
      }
    }
  }
  if (dtype === 'bool' && dynamicAccesses(body, facts).length > 0) return { fill: 0, why: 'a mask computed from a dynamic tensor' };
  return undefined;
}

export function dynamicAccesses(body: ScalarExpr, facts: ReadonlyMap<string, SparsityFact>): AccessExpr[] {
  return accessesOf(body).filter((a) => facts.get(a.tensor)?.dynamic);
}

/** Two accesses of the same tensor with the same indices read the same element. */
export function sameAccess(a: AccessExpr, b: AccessExpr): boolean {
  if (a.tensor !== b.tensor || a.indices.length !== b.indices.length) return false;
  return a.indices.every((ix, d) => {
    const other = b.indices[d];
    return (
      other !== undefined &&
      ix.constant === other.constant &&
      ix.terms.length === other.terms.length &&
      ix.terms.every((t, i) => t.axis === other.terms[i]?.axis && t.coef === other.terms[i]?.coef)
    );
  });
}
