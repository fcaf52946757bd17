import { printScalar } from '../ir/expr/print.js';
import { bareAxis, walkScalar, type ScalarExpr, type TensorExpr } from '../ir/expr/tensor-expr.js';

/** Why an axis is not permutation invariant, as data. */
export type NonInvariantReason =
  | { readonly code: 'compound-index'; readonly at: string }
  | { readonly code: 'used-as-value'; readonly at: string };

export interface AxisReport {
  readonly name: string;
  readonly role: 'spatial' | 'reduce';
  readonly invariant: boolean;
  readonly reason?: NonInvariantReason;
  /** A spatial axis indexing every tensor of a multi-operand reduction: slices along it are independent problems. */
  readonly batchLike: boolean;
}

/**
 * Permutation invariance of every loop axis of an op (DESIGN §1):
 * - the axis occurs only as a whole coordinate in every access (not `y + r`, `2*i`, `m - n`);
 * - it is not used as a value in the body (a causal mask `j <= i` makes i and j position dependent);
 * - a reduction axis needs a commutative, associative reducer (all of sum, max, min, prod are).
 * The output is written through the same permutation, so spatial axes qualify on the same terms.
 */
export function analyseAxes(expr: TensorExpr): AxisReport[] {
  const accesses: { tensor: string; text: string; axesPerIndex: string[][]; compound: Set<string> }[] = [];
  const usedAsValue = new Map<string, string>();
  const valueContext = new Map<ScalarExpr, string>();
  walkScalar(expr.body, (node) => {
    if (node.kind === 'access') {
      const compound = new Set<string>();
      for (const ix of node.indices) {
        const bare = bareAxis(ix) !== undefined;
        if (!bare) for (const t of ix.terms) compound.add(t.axis);
      }
      accesses.push({ tensor: node.tensor, text: printScalar(node), axesPerIndex: node.indices.map((ix) => ix.terms.map((t) => t.axis)), compound });
    } else if (node.kind !== 'axis') {
      for (const child of childrenOf(node)) if (child.kind === 'axis') valueContext.set(child, printScalar(node));
    }
  });
  walkScalar(expr.body, (node) => {
    if (node.kind === 'axis' && !usedAsValue.has(node.axis)) usedAsValue.set(node.axis, valueContext.get(node) ?? node.axis);
  });

  const tensorsTouched = new Set(accesses.map((a) => a.tensor));
  const hasReduction = expr.reduce.length > 0;
  const report = (name: string, role: 'spatial' | 'reduce'): AxisReport => {
    const compoundAt = accesses.find((a) => a.compound.has(name));
    const valueAt = usedAsValue.get(name);
    const indexes = (tensor: string) => accesses.filter((a) => a.tensor === tensor).every((a) => a.axesPerIndex.some((ax) => ax.includes(name)));
    // a reduction axis shared by every operand is an ordinary k (gathered with its partners); a
    // spatial axis of a single-operand op is just its row index; an elementwise op has no dense
    // compute tile to share, so any micro-tile works for it
    const batchLike = role === 'spatial' && hasReduction && tensorsTouched.size > 1 && [...tensorsTouched].every(indexes);
    if (compoundAt) return { name, role, invariant: false, reason: { code: 'compound-index', at: compoundAt.text }, batchLike };
    if (valueAt !== undefined) return { name, role, invariant: false, reason: { code: 'used-as-value', at: valueAt }, batchLike };
    return { name, role, invariant: true, batchLike };
  };
  return [...expr.spatial.map((a) => report(a.name, 'spatial')), ...expr.reduce.map((a) => report(a.name, 'reduce'))];
}

export function describeReason(reason: NonInvariantReason): string {
  return reason.code === 'compound-index' ? `used in the compound index ${reason.at}` : `its value is used in ${reason.at}`;
}

function childrenOf(e: ScalarExpr): ScalarExpr[] {
  switch (e.kind) {
    case 'unary':
      return [e.arg];
    case 'binary':
      return [e.lhs, e.rhs];
    case 'where':
      return [e.cond, e.then, e.else];
    case 'reduce':
      return [e.body];
    default:
      return [];
  }
}
