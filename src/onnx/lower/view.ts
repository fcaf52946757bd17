/**
 * Views: how an ONNX value is read from a pitc tensor without copying it. Transpose, Reshape,
 * Flatten, Squeeze, Unsqueeze, Expand, Slice and Split only change the view; the ops that read a
 * value write the view into their accesses. A view is
 *
 *   - factors: loop extents, by id; each ONNX dim is a row-major group of factors (a Reshape that
 *     merges dims groups their factors, one that splits a dim splits a constant factor);
 *   - access: the base tensor's index in each of its dims, an affine function of the factors.
 *
 * Reading a view inside a loop (accessIndices) maps each factor onto the loop's axes, which the
 * reader refines so that every operand's factors fall on axis boundaries (refineLoop).
 */
import type { DType } from '../../../ir/dtype.js';
import { constantSize, isOne, sameSize, sizeOf, type Extent, type Size } from './size.js';

/** Σ coef · factor + constant, over factor ids. */
export interface Affine {
  readonly terms: ReadonlyMap<number, number>;
  readonly constant: number;
}

export interface View {
  /** The pitc tensor read. */
  readonly base: string;
  readonly dtype: DType;
  /** Extent of each factor, by id. */
  readonly factors: readonly Extent[];
  /** The factors of each ONNX dim, outermost first. */
  readonly dims: readonly (readonly number[])[];
  /** The base tensor's index in each of its dims. */
  readonly access: readonly Affine[];
}

/** Why a view operation is impossible, in words (the caller makes it a diagnostic). */
export class ViewError extends Error {}

/** A tensor read as it is: one factor per dimension. */
export function identityView(base: string, dtype: DType, shape: readonly Extent[]): View {
  return {
    base,
    dtype,
    factors: [...shape],
    dims: shape.map((_, i) => [i]),
    access: shape.map((_, i) => ({ terms: new Map([[i, 1]]), constant: 0 })),
  };
}

export function viewShape(v: View): Size[] {
  return v.dims.map((ids) => sizeOf(ids.map((id) => v.factors[id] as Extent)));
}

export function dimExtents(v: View, d: number): Extent[] {
  return (v.dims[d] ?? []).map((id) => v.factors[id] as Extent);
}

/** Every factor id of extent 1 replaced by index 0 (they carry nothing; reshapes ignore them). */
export function dropUnitFactors(v: View): View {
  const unit = new Set(v.factors.flatMap((e, id) => (e === 1 ? [id] : [])));
  if (unit.size === 0) return v;
  return {
    ...v,
    dims: v.dims.map((ids) => ids.filter((id) => !unit.has(id))),
    access: v.access.map((a) => ({ terms: new Map([...a.terms].filter(([id]) => !unit.has(id))), constant: a.constant })),
  };
}

export function transposeView(v: View, perm: readonly number[]): View {
  return { ...v, dims: perm.map((p) => v.dims[p] as number[]) };
}

/** Factor `id` becomes Σ coef · new factor + constant in every access. */
function substitute(v: View, id: number, replacement: Affine): View['access'] {
  return v.access.map((a) => {
    const coef = a.terms.get(id);
    if (coef === undefined) return a;
    const terms = new Map(a.terms);
    terms.delete(id);
    for (const [f, c] of replacement.terms) terms.set(f, (terms.get(f) ?? 0) + coef * c);
    return { terms, constant: a.constant + coef * replacement.constant };
  });
}

/** Splits a constant factor into row-major parts (their product must be its extent). */
function splitFactor(v: View, id: number, parts: readonly number[]): { view: View; ids: number[] } {
  const ids = parts.map((_, i) => v.factors.length + i);
  const strides = parts.map((_, i) => parts.slice(i + 1).reduce((a, b) => a * b, 1));
  const access = substitute(v, id, { terms: new Map(ids.map((nid, i) => [nid, strides[i] as number])), constant: 0 });
  const dims = v.dims.map((group) => group.flatMap((f) => (f === id ? ids : [f])));
  return { view: { ...v, factors: [...v.factors, ...parts], dims, access }, ids };
}

/**
 * Regroups the factors into dims of the given sizes, row-major (Reshape, Flatten). A constant
 * factor is split where a new dim boundary falls inside it; a symbolic one cannot be.
 */
export function reshapeView(original: View, sizes: readonly Size[]): View {
  let v = dropUnitFactors(original);
  const queue = v.dims.flat();
  const dims: number[][] = [];
  for (const target of sizes) {
    const group: number[] = [];
    let have: Size = { c: 1, syms: [] };
    while (!sameSize(have, target)) {
      const id = queue.shift();
      if (id === undefined) throw new ViewError('the sizes do not match');
      const extent = v.factors[id] as Extent;
      const rest = divide(target, have);
      const next = rest && divide(rest, sizeOf([extent]));
      if (next) {
        group.push(id);
        have = sizeOf([...sizeExtents(have), extent]);
        continue;
      }
      const need = rest && constantSize(rest);
      if (typeof extent === 'number' && need !== undefined && need > 1 && extent % need === 0) {
        const split = splitFactor(v, id, [need, extent / need]);
        v = split.view;
        group.push(split.ids[0] as number);
        queue.unshift(split.ids[1] as number);
        have = sizeOf([...sizeExtents(have), need]);
        continue;
      }
      throw new ViewError(
        typeof extent === 'string'
          ? `symbolic dim '${extent}' would have to be split`
          : 'the new dims regroup elements across the old ones (old dims would have to merge and split again); pitc reads a Reshape that only splits dims or merges whole ones',
      );
    }
    dims.push(group);
  }
  if (queue.length > 0) throw new ViewError('the sizes do not match');
  return { ...v, dims };
}

function sizeExtents(s: Size): Extent[] {
  return [s.c, ...s.syms];
}

/** a / b when b divides a (constant part and symbols), else undefined. */
export function divide(a: Size, b: Size): Size | undefined {
  if (b.c === 0 || a.c % b.c !== 0) return undefined;
  const syms = [...a.syms];
  for (const s of b.syms) {
    const i = syms.indexOf(s);
    if (i < 0) return undefined;
    syms.splice(i, 1);
  }
  return { c: a.c / b.c, syms };
}

/** Removes dims of size 1 (Squeeze). */
export function squeezeView(v: View, axes: readonly number[]): View {
  const w = dropUnitFactors(v);
  for (const a of axes) if ((w.dims[a]?.length ?? 0) !== 0) throw new ViewError(`dim ${a} is not of size 1`);
  return { ...w, dims: w.dims.filter((_, d) => !axes.includes(d)) };
}

/** Inserts dims of size 1 at the given positions of the result (Unsqueeze). */
export function unsqueezeView(v: View, axes: readonly number[]): View {
  const rank = v.dims.length + axes.length;
  const dims: number[][] = [];
  let next = 0;
  for (let d = 0; d < rank; d++) dims.push(axes.includes(d) ? [] : [...(v.dims[next++] as number[])]);
  return { ...v, dims };
}

/**
 * Broadcasts to `shape` (Expand: numpy rules, the result has the larger of each pair): a dim of
 * size 1 becomes a fresh factor the access does not read; new leading dims likewise.
 */
export function expandView(original: View, shape: readonly Extent[]): View {
  const v = dropUnitFactors(original);
  const rank = Math.max(v.dims.length, shape.length);
  const factors = [...v.factors];
  const dims: number[][] = [];
  for (let d = 0; d < rank; d++) {
    const own = d - (rank - v.dims.length);
    const want = d - (rank - shape.length);
    const ids = own >= 0 ? (v.dims[own] as number[]) : [];
    const target = want >= 0 ? (shape[want] as Extent) : 1;
    const have = sizeOf(ids.map((id) => factors[id] as Extent));
    if (target === 1 || (typeof target === 'number' && target === constantSize(have)) || (!isOne(have) && sameSize(have, sizeOf([target])))) {
      dims.push(ids);
    } else if (isOne(have)) {
      factors.push(target);
      dims.push([factors.length - 1]);
    } else {
      throw new ViewError(`dim ${d} of size ${have.c}${have.syms.map((s) => `*${s}`).join('')} cannot be broadcast to ${target}`);
    }
  }
  return { ...v, factors, dims };
}

/** Elements start, start + step, ... (count of them) of dim d (Slice, Split). */
export function sliceView(original: View, d: number, start: number, step: number, count: number): View {
  const v = dropUnitFactors(original);
  const ids = v.dims[d] ?? [];
  if (ids.length === 0) {
    if (start === 0 && count === 1) return v;
    throw new ViewError(`dim ${d} has size 1`);
  }
  if (ids.length > 1) throw new ViewError(`dim ${d} merges several dims (a Reshape before the Slice): pitc slices one dim at a time`);
  const id = ids[0] as number;
  const extent = v.factors[id] as Extent;
  if (typeof extent === 'string') {
    if (start === 0 && step === 1 && count === -1) return v;
    throw new ViewError(`dim ${d} has the symbolic size '${extent}': pitc slices dims of known size only`);
  }
  const fresh = v.factors.length;
  const access = substitute(v, id, { terms: new Map([[fresh, step]]), constant: start });
  return { ...v, factors: [...v.factors, count], dims: v.dims.map((g, i) => (i === d ? [fresh] : g)), access };
}

/** The loop axes (names and extents) of each dim of an op's iteration space. */
export interface LoopAxis {
  readonly name: string;
  readonly extent: Extent;
}

/**
 * The loop extents of one dim that every operand's factors fit: the union of their row-major
 * boundaries (each must divide the next), or, when a factor is symbolic, the one factor list
 * every operand shares. Operands of size 1 on this dim are broadcast and take no part.
 */
export function refineLoop(factorLists: readonly (readonly Extent[])[]): Extent[] {
  const lists = factorLists.map((l) => l.filter((e) => e !== 1)).filter((l) => l.length > 0);
  if (lists.length === 0) return [];
  const first = lists[0] as Extent[];
  if (lists.some((l) => l.some((e) => typeof e === 'string'))) {
    const same = lists.every((l) => l.length === first.length && l.every((e, i) => e === first[i]));
    if (!same) throw new ViewError('a dim with a symbolic size is grouped differently by two operands (Reshapes that disagree)');
    return [...first];
  }
  const strides = new Set<number>();
  for (const l of lists as number[][]) {
    let s = 1;
    strides.add(1);
    for (let i = l.length - 1; i >= 0; i--) {
      s *= l[i] as number;
      strides.add(s);
    }
  }
  const sorted = [...strides].sort((a, b) => b - a);
  const out: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const outer = sorted[i] as number;
    const inner = sorted[i + 1] as number;
    if (outer % inner !== 0) throw new ViewError(`two operands split a dim of size ${sorted[0]} in incompatible ways`);
    out.push(outer / inner);
  }
  return out;
}

/** An affine index over loop axis names: Σ coef · axis + constant. */
export interface AxisAffine {
  readonly terms: readonly { readonly axis: string; readonly coef: number }[];
  readonly constant: number;
}

/**
 * The base tensor's indices when view dim d is read at loop dim `dimOf(d)` (undefined: the
 * view has size 1 there and is broadcast, index 0). Each factor is matched to the loop axes
 * that make it up, row-major.
 */
export function accessIndices(v: View, dimOf: (d: number) => readonly LoopAxis[] | undefined): AxisAffine[] {
  const factorIndex = new Map<number, AxisAffine>();
  v.dims.forEach((ids, d) => {
    const axes = dimOf(d);
    const real = ids.filter((id) => v.factors[id] !== 1);
    if (!axes || real.length === 0) {
      for (const id of ids) factorIndex.set(id, { terms: [], constant: 0 });
      return;
    }
    let next = 0;
    for (const id of ids) {
      const extent = v.factors[id] as Extent;
      if (extent === 1) {
        factorIndex.set(id, { terms: [], constant: 0 });
        continue;
      }
      // the run of axes whose product is this factor's extent
      const run: LoopAxis[] = [];
      let product: Size = { c: 1, syms: [] };
      while (!sameSize(product, sizeOf([extent]))) {
        const axis = axes[next++];
        if (!axis) throw new ViewError(`internal: the loop does not cover factor ${String(extent)}`);
        if (axis.extent === 1) continue;
        run.push(axis);
        product = sizeOf([...(product.syms), product.c, axis.extent]);
      }
      const terms: { axis: string; coef: number }[] = [];
      let stride = 1;
      for (let i = run.length - 1; i >= 0; i--) {
        const axis = run[i] as LoopAxis;
        terms.unshift({ axis: axis.name, coef: stride });
        if (i > 0) {
          if (typeof axis.extent !== 'number') throw new ViewError(`symbolic dim '${axis.extent}' would be a coefficient`);
          stride *= axis.extent;
        }
      }
      factorIndex.set(id, { terms, constant: 0 });
    }
  });
  return v.access.map((a) => {
    const coefs = new Map<string, number>();
    let constant = a.constant;
    for (const [id, coef] of a.terms) {
      const ix = factorIndex.get(id);
      if (!ix) continue; // a factor of no dim: dropped by a Squeeze of size 1 (index 0)
      constant += coef * ix.constant;
      for (const t of ix.terms) coefs.set(t.axis, (coefs.get(t.axis) ?? 0) + coef * t.coef);
    }
    return { terms: [...coefs].filter(([, c]) => c !== 0).map(([axis, coef]) => ({ axis, coef })), constant };
  });
}
