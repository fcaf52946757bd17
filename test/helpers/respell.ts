import { arithDType, reduceDType } from '../../ir/expr/build.js';
import { promoteArithmetic } from '../../ir/dtype.js';
import { isCompareOp, mapChildren, type ArithOp, type ReduceExpr, type ScalarExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import { mulberry32 } from './compare.js';

/**
 * Random re-spellings of a program that mean the same in real arithmetic (and keep every
 * spelled infinity's meaning): what a user might have written instead. Written independently of
 * ir/expr/normalize.ts, from the language's rules:
 *
 * - commute `*`, `+`, `max`, `min`, `==`, `!=`;
 * - move a factor into a sum (`f * sum[j] x` → `sum[j] x * f`) or out of one, for f a finite
 *   constant or an input/weight access (finite by the language's assumption) that does not use
 *   the reduced axes; move a divisor into a sum (`(sum[j] x) / z` → `sum[j] x / z`);
 * - move an invariant term into a max/min (`c + max[j] x` → `max[j] (x + c)`) and a positive
 *   constant scale (`2 * max[j] x` → `max[j] 2 * x`);
 * - split a constant (`c` → `2 * (c * 0.5)`, `(4c) / 4`, `-(-c)`); spell `x * 2^-k` as `x / 2^k`;
 * - spell `a - b` as `a + (-b)` or `-(b - a)`.
 *
 * `changes` counts the rewrites applied, so a test can tell a no-op from a re-spelling.
 */
export interface Respelled {
  readonly graph: Graph;
  readonly changes: number;
}

export function respell(graph: Graph, seed: number, rate = 0.5): Respelled {
  const rng = mulberry32(seed);
  const chance = (p: number): boolean => rng() < p;
  const finiteTensors = new Set(graph.tensors.filter((t) => t.role !== 'intermediate').map((t) => t.name));
  let changes = 0;

  const movable = (f: ScalarExpr): boolean =>
    (f.kind === 'const' && Number.isFinite(f.value)) || (f.kind === 'access' && finiteTensors.has(f.tensor));
  const usesAxes = (f: ScalarExpr, axes: readonly string[]): boolean =>
    f.kind === 'access' && f.indices.some((ix) => ix.terms.some((t) => axes.includes(t.axis)));
  const bin = (op: ArithOp, lhs: ScalarExpr, rhs: ScalarExpr): ScalarExpr => ({ kind: 'binary', op, dtype: arithDType(op, lhs.dtype, rhs.dtype), lhs, rhs });
  const neg = (arg: ScalarExpr): ScalarExpr => ({ kind: 'unary', op: 'neg', dtype: arg.dtype === 'f32' ? 'f32' : 'i32', arg });
  const konst = (value: number): ScalarExpr => ({ kind: 'const', dtype: 'f32', value });
  const into = (r: ReduceExpr, body: ScalarExpr): ReduceExpr => ({ ...r, body, dtype: reduceDType(r.reducer, body.dtype) });

  const rewrite = (e: ScalarExpr): ScalarExpr => {
    if (!chance(rate)) return e;
    const done = (x: ScalarExpr): ScalarExpr => {
      changes++;
      return x;
    };
    switch (e.kind) {
      case 'const': {
        const c = e.value;
        if (!Number.isFinite(c) || c === 0) return chance(0.5) ? done(neg(konst(-c))) : e;
        const pick = rng();
        if (pick < 0.4) return done(bin('*', konst(2), konst(c * 0.5)));
        if (pick < 0.7) return done(bin('/', konst(c * 4), konst(4)));
        return done(neg(konst(-c)));
      }
      case 'binary': {
        const { op, lhs, rhs } = e;
        if (op === '*' || op === '+' || op === '/') {
          // a factor / divisor / term next to a reduction moves into it
          for (const [red, other, otherLeft] of [
            [lhs, rhs, false],
            [rhs, lhs, true],
          ] as const) {
            if (red.kind !== 'reduce' || (op === '/' && otherLeft)) continue;
            if (op === '*' && red.reducer === 'sum' && movable(other) && !usesAxes(other, red.axes)) {
              return done(into(red, otherLeft ? bin('*', other, red.body) : bin('*', red.body, other)));
            }
            if (op === '/' && red.reducer === 'sum' && !usesAxesDeep(other, red.axes)) return done(into(red, bin('/', red.body, other)));
            if (op === '+' && (red.reducer === 'max' || red.reducer === 'min') && movable(other) && !usesAxes(other, red.axes)) {
              return done(into(red, bin('+', red.body, other)));
            }
            // (not next to an infinite constant, which would absorb it: 0.5 * max[j](inf * x) is max[j](inf * x))
            if (op === '*' && (red.reducer === 'max' || red.reducer === 'min') && other.kind === 'const' && Number.isFinite(other.value) && other.value > 0 && !hasInfiniteConstant(red.body)) {
              return done(into(red, bin('*', other, red.body)));
            }
          }
        }
        if (op === '*' && rhs.kind === 'const' && rhs.value !== 0 && Number.isFinite(1 / rhs.value) && Number.isInteger(Math.log2(Math.abs(rhs.value))) && chance(0.5)) {
          return done(bin('/', lhs, konst(1 / rhs.value)));
        }
        if (op === '-' && chance(0.5)) return done(chance(0.5) ? bin('+', lhs, neg(rhs)) : neg(bin('-', rhs, lhs)));
        if (op === '*' || op === '+' || op === 'max' || op === 'min' || op === '==' || op === '!=') return done({ ...e, lhs: rhs, rhs: lhs });
        return e;
      }
      case 'reduce': {
        // a factor moves out of a sum: sum[j] f * x → f * sum[j] x
        const body = e.body;
        if (e.reducer === 'sum' && body.kind === 'binary' && body.op === '*') {
          for (const [f, rest] of [
            [body.lhs, body.rhs],
            [body.rhs, body.lhs],
          ] as const) {
            if (movable(f) && !usesAxes(f, e.axes) && usesAxesDeep(rest, e.axes)) return done(bin('*', f, into(e, rest)));
          }
        }
        return e;
      }
      default:
        return e;
    }
  };

  const visit = (e: ScalarExpr): ScalarExpr => rewrite(retype(mapChildren(e, visit)));

  // a statement whose type would change (an i32 sum that a constant made f32) keeps its spelling
  const ops = graph.ops.map((op) => {
    const before = changes;
    const body = visit(op.expr.body);
    if (body.dtype !== op.expr.body.dtype) {
      changes = before;
      return op;
    }
    const expr: TensorExpr = { ...op.expr, body };
    return { ...op, expr };
  });
  return { graph: { ...graph, ops }, changes };
}

/** Whether `e` reads any of `axes` (in an index or as a value), nested reductions included. */
function usesAxesDeep(e: ScalarExpr, axes: readonly string[]): boolean {
  switch (e.kind) {
    case 'const':
      return false;
    case 'access':
      return e.indices.some((ix) => ix.terms.some((t) => axes.includes(t.axis)));
    case 'axis':
      return axes.includes(e.axis);
    case 'unary':
      return usesAxesDeep(e.arg, axes);
    case 'binary':
      return usesAxesDeep(e.lhs, axes) || usesAxesDeep(e.rhs, axes);
    case 'where':
      return usesAxesDeep(e.cond, axes) || usesAxesDeep(e.then, axes) || usesAxesDeep(e.else, axes);
    case 'reduce':
      return usesAxesDeep(e.body, axes);
  }
}

/** The node's type from its children's, by the language's rules. */
function retype(e: ScalarExpr): ScalarExpr {
  switch (e.kind) {
    case 'unary':
      return { ...e, dtype: e.op !== 'neg' || e.arg.dtype === 'f32' ? 'f32' : 'i32' };
    case 'binary':
      return isCompareOp(e.op) ? e : { ...e, dtype: arithDType(e.op as ArithOp, e.lhs.dtype, e.rhs.dtype) };
    case 'where':
      return { ...e, dtype: e.then.dtype === e.else.dtype ? e.then.dtype : promoteArithmetic(e.then.dtype, e.else.dtype) };
    case 'reduce':
      return { ...e, dtype: reduceDType(e.reducer, e.body.dtype) };
    default:
      return e;
  }
}

function hasInfiniteConstant(e: ScalarExpr): boolean {
  switch (e.kind) {
    case 'const':
      return !Number.isFinite(e.value);
    case 'unary':
      return hasInfiniteConstant(e.arg);
    case 'binary':
      return hasInfiniteConstant(e.lhs) || hasInfiniteConstant(e.rhs);
    case 'where':
      return hasInfiniteConstant(e.cond) || hasInfiniteConstant(e.then) || hasInfiniteConstant(e.else);
    case 'reduce':
      return hasInfiniteConstant(e.body);
    default:
      return false;
  }
}
