/**
 * Shapes with symbolic dims at import: `Shape` of a value sized [batch, seq, 768] is a vector of
 * sizes, not numbers, and exporters with dynamic axes compute Reshape targets from it (Shape →
 * Gather → Unsqueeze → Concat, `bsz * seq`). These operators run on such vectors (the element
 * type is int64; a size is a product of dims and a constant), and Reshape and Expand take the
 * result as their target. An operation whose result is not a size (`seq - 1`) is PIT3205.
 */
import { elementCountOf } from '../../model.js';
import type { Lowering, Value } from '../context.js';
import { divide } from '../view.js';
import { constantSize, printSize, sameSize, sizeOf, type Size } from '../size.js';
import { numbersOf, tensorOf } from './constant.js';

type Vector = { readonly sizes: Size[]; readonly scalar: boolean };

/** `Shape` (with `start`, `end`) and `Size` of any value: numbers when the dims are known, sizes otherwise. */
export function shapeOfValue(ctx: Lowering, op: 'Shape' | 'Size'): Value {
  const shape = ctx.shapeOf(ctx.input(0));
  if (op === 'Size') return result({ sizes: [sizeOf(shape.flatMap((s) => [s.c, ...s.syms]))], scalar: true });
  const rank = shape.length;
  const clamp = (v: number): number => Math.min(Math.max(v < 0 ? v + rank : v, 0), rank);
  return result({ sizes: shape.slice(clamp(ctx.intAttr('start', 0)), clamp(ctx.intAttr('end', rank))), scalar: false });
}

/** Numbers when every size is known (a constant), a `shape` value otherwise. */
function result(v: Vector): Value {
  if (v.sizes.every((s) => s.syms.length === 0)) return { kind: 'const', tensor: tensorOf('i64', v.scalar ? [] : [v.sizes.length], v.sizes.map((s) => s.c)) };
  return { kind: 'shape', sizes: v.sizes, scalar: v.scalar };
}

function vectorOf(ctx: Lowering, v: Value, what: string): Vector {
  if (v.kind === 'shape') return { sizes: [...v.sizes], scalar: v.scalar };
  if (v.kind === 'const' && (v.tensor.dtype === 'i64' || v.tensor.dtype === 'i32') && v.tensor.shape.length <= 1) {
    return { sizes: numbersOf(v.tensor).map((c) => ({ c, syms: [] })), scalar: v.tensor.shape.length === 0 };
  }
  return ctx.fail('PIT3205', `${what} mixes a shape with symbolic dims with a value that is not a vector of integers`);
}

const symbolic = (ctx: Lowering, what: string): never => ctx.fail('PIT3205', `${ctx.node.opType} of a shape with symbolic dims: ${what}`);

/** The operators that run on shapes with symbolic dims; undefined for any other. */
export function foldShapeValues(ctx: Lowering, op: string, inputs: readonly (Value | undefined)[]): Value | undefined {
  const vec = (i: number): Vector => vectorOf(ctx, ctx.input(i), `input ${i}`);
  switch (op) {
    case 'Identity':
    case 'Cast': {
      const to = ctx.intAttr('to', 7);
      if (op === 'Cast' && to !== 7 && to !== 6) return symbolic(ctx, `a cast to type ${to} (sizes stay integers)`);
      return result(vec(0));
    }
    case 'Gather': {
      const data = vec(0);
      if (data.scalar || ctx.intAttr('axis', 0) !== 0) return symbolic(ctx, 'gather along dim 0 of a vector only');
      const index = inputs[1];
      if (index?.kind !== 'const') return symbolic(ctx, 'the indices must be constants');
      const at = ctx.integers(1, 'indices').map((i) => (i < 0 ? i + data.sizes.length : i));
      if (at.some((i) => i < 0 || i >= data.sizes.length)) ctx.fail('PIT3209', `an index is out of range for a shape of ${data.sizes.length}`);
      return result({ sizes: at.map((i) => data.sizes[i] as Size), scalar: index.tensor.shape.length === 0 });
    }
    case 'Slice': {
      const data = vec(0);
      const [start, end] = [ctx.integers(1, 'starts')[0] ?? 0, ctx.integers(2, 'ends')[0] ?? 0];
      const step = inputs[4] ? (ctx.integers(4, 'steps')[0] ?? 1) : 1;
      if (step !== 1) return symbolic(ctx, 'slices with step 1 only');
      const n = data.sizes.length;
      const s = Math.min(Math.max(start < 0 ? start + n : start, 0), n);
      const e = Math.min(Math.max(end < 0 ? end + n : end, 0), n);
      return result({ sizes: data.sizes.slice(s, Math.max(s, e)), scalar: false });
    }
    case 'Unsqueeze': {
      const data = vec(0);
      if (!data.scalar) return symbolic(ctx, 'unsqueeze of a scalar only');
      return result({ sizes: data.sizes, scalar: false });
    }
    case 'Squeeze': {
      const data = vec(0);
      if (data.scalar || data.sizes.length !== 1) return symbolic(ctx, 'squeeze of a vector of one element only');
      return result({ sizes: data.sizes, scalar: true });
    }
    case 'Concat': {
      const parts = inputs.map((_, i) => vec(i));
      return result({ sizes: parts.flatMap((p) => p.sizes), scalar: false });
    }
    case 'Mul':
    case 'Div':
    case 'Add':
    case 'Sub':
      return arithmetic(ctx, op, vec(0), vec(1));
    case 'Equal': {
      const [a, b] = [vec(0), vec(1)];
      const out = broadcastPairs(ctx, a, b).map(([x, y]) => {
        if (sameSize(x, y)) return 1;
        // a symbolic size is at least 1: it equals no constant below 1 (the -1 of a reshape target)
        const known = constantSize(x) ?? constantSize(y);
        if (known !== undefined && known < 1) return 0;
        return symbolic(ctx, `whether ${printSize(x)} equals ${printSize(y)} is known only at run time`);
      });
      return { kind: 'const', tensor: tensorOf('bool', a.scalar && b.scalar ? [] : [out.length], out) };
    }
    case 'Where': {
      const cond = inputs[0];
      if (cond?.kind !== 'const') return symbolic(ctx, 'the condition must be known');
      const [a, b] = [vec(1), vec(2)];
      const flags = numbersOf(cond.tensor);
      const n = Math.max(flags.length, a.sizes.length, b.sizes.length);
      if ([flags.length, a.sizes.length, b.sizes.length].some((m) => m !== 1 && m !== n)) ctx.fail('PIT3209', 'the operands of Where do not broadcast');
      const pick = (v: Vector, i: number): Size => (v.sizes.length === 1 ? (v.sizes[0] as Size) : (v.sizes[i] as Size));
      return result({ sizes: Array.from({ length: n }, (_, i) => ((flags.length === 1 ? flags[0] : flags[i]) ? pick(a, i) : pick(b, i))), scalar: elementCountOf(cond.tensor.shape) === 1 && a.scalar && b.scalar });
    }
    default:
      return undefined;
  }
}

function broadcastPairs(ctx: Lowering, a: Vector, b: Vector): [Size, Size][] {
  const n = Math.max(a.sizes.length, b.sizes.length);
  if (a.sizes.length !== n && a.sizes.length !== 1) ctx.fail('PIT3209', 'shapes of different lengths');
  if (b.sizes.length !== n && b.sizes.length !== 1) ctx.fail('PIT3209', 'shapes of different lengths');
  return Array.from({ length: n }, (_, i) => [a.sizes[a.sizes.length === 1 ? 0 : i] as Size, b.sizes[b.sizes.length === 1 ? 0 : i] as Size]);
}

function arithmetic(ctx: Lowering, op: 'Mul' | 'Div' | 'Add' | 'Sub', a: Vector, b: Vector): Value {
  const sizes = broadcastPairs(ctx, a, b).map(([x, y]) => {
    switch (op) {
      case 'Mul':
        return sizeOf([x.c, ...x.syms, y.c, ...y.syms]);
      case 'Div': {
        const q = divide(x, y);
        if (!q && constantSize(x) !== undefined && constantSize(y) !== undefined) return { c: Math.trunc(x.c / y.c), syms: [] };
        return q ?? symbolic(ctx, `${printSize(x)} / ${printSize(y)} is not a product of dims`);
      }
      default: {
        const [cx, cy] = [constantSize(x), constantSize(y)];
        if (cx === undefined || cy === undefined) return symbolic(ctx, `${printSize(x)} ${op === 'Add' ? '+' : '-'} ${printSize(y)} is not a product of dims`);
        return { c: op === 'Add' ? cx + cy : cx - cy, syms: [] };
      }
    }
  });
  return result({ sizes, scalar: a.scalar && b.scalar });
}
