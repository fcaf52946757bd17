import { foldConstants } from '../ir/expr/fold.js';
import { accessesOf, bareAxis, walkScalar, type AccessExpr, type ScalarExpr } from '../ir/expr/tensor-expr.js';
import type { Graph, OpNode } from '../ir/graph/graph.js';
import { evalAbstract, isFinite, isNonNegative, present, unknown, type AbsValue } from './abstract-value.js';

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
  readonly source: { readonly tensor: string; readonly rank: number; readonly dims: readonly (number | null)[] };
  /** Every value is known to be ≥ 0 (relu, exp, masks...). */
  readonly nonNegative: boolean;
  /** No value can be infinite or NaN (inputs are assumed finite; -inf fills, exp, log... are not). */
  readonly finite: boolean;
  /** Every value other than the fill is finite (a -inf-masked score tensor). */
  readonly finiteExceptFill: boolean;
  /**
   * Set when `finite` holds only if a run-time condition holds: a max over -inf-masked values
   * is finite when no row is entirely masked. Executors check it; if it fails they re-run the
   * program densely, so the assumption never changes a result.
   */
  readonly guard?: string;
  /**
   * Its values depend only on the binding of the dims: it reads no input or weight, directly or
   * through other ops (a mask of index values, `j <= i`). An index built from it may be kept for
   * as long as the dims stay bound.
   */
  readonly dimsOnly: boolean;
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
      source: { tensor: t.name, rank: t.shape.length, dims: t.shape.map((_, d) => d) },
      nonNegative: t.dtype === 'bool',
      finite: true,
      finiteExceptFill: true,
      dimsOnly: false,
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
  return (a) => {
    const f = facts.get(a.tensor);
    return unknown(f?.nonNegative ?? false, f?.finite ?? false);
  };
}

function inferOpFact(op: OpNode, facts: ReadonlyMap<string, SparsityFact>, annotated: boolean): SparsityFact {
  const expr = op.expr;
  const self = { tensor: expr.output, rank: expr.spatial.length, dims: expr.spatial.map((_, d) => d) };
  const value = evalAbstract(expr.body, signOf(facts));
  const nonNegative = isNonNegative(value);
  const guard = nonEmptyRowGuard(expr.body, facts);
  const finite = isFinite(value) || guard !== undefined;
  const guarded = guard !== undefined ? { guard } : {};
  const spatial = expr.spatial.map((a) => a.name);
  const dimsOnly = accessesOf(expr.body).every((a) => facts.get(a.tensor)?.dimsOnly === true);

  for (const access of dynamicAccesses(expr.body, facts)) {
    const fact = facts.get(access.tensor) as SparsityFact;
    // the access must address one output cell per element: every index a bare output axis
    const axes = access.indices.map(bareAxis);
    if (axes.some((a) => a === undefined || !spatial.includes(a))) continue;
    // a diagonal (x[i, i]) reads one element per output cell but not one per source micro-tile
    if (new Set(axes).size !== axes.length) continue;
    const value = evalAbstract(expr.body, (a) => (sameAccess(a, access) ? { kind: 'known', value: fact.fill } : signOf(facts)(a)));
    if (value.kind !== 'known' || (value.value !== 0 && value.value !== -Infinity)) continue;
    const dims = spatial.map((axis) => {
      const j = axes.indexOf(axis);
      return j < 0 ? null : (fact.source.dims[j] ?? null);
    });
    const whenPresent = evalAbstract(expr.body, (a) => (sameAccess(a, access) ? present(fact.nonNegative, fact.finiteExceptFill) : signOf(facts)(a)));
    return {
      tensor: expr.output,
      dynamic: true,
      fill: value.value,
      why: `${value.value === 0 ? 'zero' : '-inf'} wherever ${access.tensor} is ${fact.fill === 0 ? 'zero' : '-inf'}`,
      source: { tensor: fact.source.tensor, rank: fact.source.rank, dims },
      nonNegative,
      finite,
      finiteExceptFill: isFinite(whenPresent),
      dimsOnly,
      ...guarded,
    };
  }

  const own = ownPattern(expr.body, expr.dtype, facts);
  if (annotated || own) {
    const finiteExceptFill = own?.others !== undefined ? finiteApartFrom(own.others, own.fill, facts) : finite;
    return { tensor: expr.output, dynamic: true, fill: own?.fill ?? 0, why: annotated ? 'annotated @dynamic' : (own?.why ?? ''), source: self, nonNegative, finite, finiteExceptFill, dimsOnly, ...guarded };
  }
  return { tensor: expr.output, dynamic: false, fill: 0, why: 'no data-dependent zeros', source: self, nonNegative, finite, finiteExceptFill: finite, dimsOnly, ...guarded };
}

/**
 * relu, where with a constant 0 / -inf branch, and masks computed from dynamic tensors.
 * `others`: the expression giving every value that is not the fill (the other where branch).
 * The body is constant-folded first: `-inf` is written as negation of `inf`, and `-(inf)`,
 * `0 - inf`, `-1 * inf`, `1 - 1` or `-0` are constants all the same; a condition that folds picks
 * its branch (and then is no pattern of the data).
 */
function ownPattern(original: ScalarExpr, dtype: string, facts: ReadonlyMap<string, SparsityFact>): { fill: number; why: string; others?: ScalarExpr } | undefined {
  const body = foldConstants(original);
  const isConst = (x: ScalarExpr, ...values: number[]): x is Extract<ScalarExpr, { kind: 'const' }> => x.kind === 'const' && values.includes(x.value);
  if (body.kind === 'unary' && body.op === 'relu') return { fill: 0, why: 'relu output' };
  if (body.kind === 'binary' && body.op === 'max' && [body.lhs, body.rhs].some((x) => isConst(x, 0))) {
    return { fill: 0, why: 'max(x, 0) output' };
  }
  if (body.kind === 'where' && body.cond.kind !== 'const') {
    for (const [branch, other] of [
      [body.then, body.else],
      [body.else, body.then],
    ] as const) {
      // -0 is an absent 0 too (the index tests value != 0); the fill is +0 either way
      if (isConst(branch, 0, -Infinity)) {
        const fill = branch.value === 0 ? 0 : -Infinity;
        return { fill, why: `where() with a ${fill === 0 ? '0' : '-inf'} branch`, others: other };
      }
    }
  }
  if (dtype === 'bool' && dynamicAccesses(original, facts).length > 0) return { fill: 0, why: 'a mask computed from a dynamic tensor' };
  // `j <= i`: a pattern known once the dims are bound (rules/index-conditions.ts makes these of
  // conditions written inside a where)
  if (dtype === 'bool' && usesIndexValues(body) && accessesOf(body).length === 0) return { fill: 0, why: 'a mask of index values' };
  return undefined;
}

/**
 * Whether every value of `e` other than `fill` is finite: nested wheres may hold the fill in
 * more branches (a causal window inside a causal mask, both -inf elsewhere).
 */
function finiteApartFrom(e: ScalarExpr, fill: number, facts: ReadonlyMap<string, SparsityFact>): boolean {
  if (e.kind === 'const' && e.value === fill) return true;
  if (e.kind === 'where') return finiteApartFrom(e.then, fill, facts) && finiteApartFrom(e.else, fill, facts);
  return isFinite(evalAbstract(e, signOf(facts)));
}

function usesIndexValues(e: ScalarExpr): boolean {
  let found = false;
  walkScalar(e, (n) => {
    if (n.kind === 'axis') found = true;
  });
  return found;
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

/**
 * `max[j] s[..., j]` over a tensor whose absent entries are -inf (min over +inf) is finite unless
 * a whole row is absent. The analysis assumes it (so the softmax after a masked score can skip)
 * and returns the condition for the executors to check.
 */
function nonEmptyRowGuard(body: ScalarExpr, facts: ReadonlyMap<string, SparsityFact>): string | undefined {
  if (body.kind !== 'reduce' || (body.reducer !== 'max' && body.reducer !== 'min') || body.body.kind !== 'access') return undefined;
  const fact = facts.get(body.body.tensor);
  const absent = body.reducer === 'max' ? -Infinity : Infinity;
  if (!fact?.dynamic || fact.fill !== absent || !fact.finiteExceptFill) return undefined;
  return `no row of '${fact.tensor}' is entirely ${absent === -Infinity ? '-inf' : 'inf'} (else ${body.reducer}[${body.axes.join(', ')}] is not finite)`;
}
