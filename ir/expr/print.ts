import { printDim } from '../dim-expr.js';
import type { AffineIndex, ScalarExpr, TensorExpr } from './tensor-expr.js';

/** Canonical text of an affine index: `2*i + r - 1`. */
export function printAffine(ix: AffineIndex): string {
  let s = '';
  for (const t of ix.terms) {
    const mag = Math.abs(t.coef);
    const term = mag === 1 ? t.axis : `${mag}*${t.axis}`;
    if (s === '') s = t.coef < 0 ? `-${term}` : term;
    else s += t.coef < 0 ? ` - ${term}` : ` + ${term}`;
  }
  if (s === '') return String(ix.constant);
  if (ix.constant > 0) s += ` + ${ix.constant}`;
  if (ix.constant < 0) s += ` - ${-ix.constant}`;
  return s;
}

export function printNumber(value: number): string {
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (Number.isNaN(value)) return 'nan';
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Canonical, fully parenthesised text of a scalar expression. */
export function printScalar(e: ScalarExpr): string {
  switch (e.kind) {
    case 'const':
      return e.dtype === 'f32' ? printNumber(e.value) : `${e.dtype}(${printNumber(e.value)})`;
    case 'access':
      return `${e.tensor}[${e.indices.map(printAffine).join(', ')}]`;
    case 'axis':
      return e.axis;
    case 'unary':
      return e.op === 'neg' ? `(-${printScalar(e.arg)})` : `${e.op}(${printScalar(e.arg)})`;
    case 'binary':
      return e.op === 'max' || e.op === 'min'
        ? `${e.op}(${printScalar(e.lhs)}, ${printScalar(e.rhs)})`
        : `(${printScalar(e.lhs)} ${e.op} ${printScalar(e.rhs)})`;
    case 'where':
      return `where(${printScalar(e.cond)}, ${printScalar(e.then)}, ${printScalar(e.else)})`;
    case 'reduce':
      return `(${e.reducer}[${e.axes.join(', ')}] ${printScalar(e.body)})`;
  }
}

/** `y[t: T, d: 768] = (sum[e: 8, f: 2048] ...) : f32` — one line, canonical. */
export function printTensorExpr(expr: TensorExpr): string {
  const spatial = expr.spatial.map((a) => `${a.name}: ${printDim(a.extent)}`).join(', ');
  const reduce = expr.reduce.map((a) => `${a.name}: ${printDim(a.extent)}`).join(', ');
  const reduceNote = reduce ? ` where ${reduce}` : '';
  return `${expr.output}[${spatial}] = ${printScalar(expr.body)} : ${expr.dtype}${reduceNote}`;
}
