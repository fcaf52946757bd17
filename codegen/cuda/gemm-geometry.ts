import { InternalError } from '../../ir/core/errors.js';
import type { AccessExpr } from '../../ir/expr/tensor-expr.js';
import type { ContractionShape, PitLoops } from '../../ir/loops/loop-ir.js';
import { foldAccess } from '../emit/affine.js';
import type { IndexGeometry } from './index-kernel.js';
import { maxCount, pitAxisValues, type AxisValues } from './pit-axes.js';

/**
 * A contraction as GEMM tasks on the GPU. Like the wasm target's task lists (codegen/wasm/
 * tasks.ts), a task fixes a strip of the index and one value of the loop axes, and has a row
 * (M), k (K) and column (N) set, each the row-major product of its axes' value sets. The GPU
 * never materialises the lists: a block decodes its rows, columns and k steps from the index on
 * the fly (the index-staged SRead), so no host work sits between index build and GEMM.
 */
export interface GroupAxis {
  readonly axis: string;
  readonly values: AxisValues;
}

export interface GemmGeometry {
  readonly loop: readonly GroupAxis[];
  readonly m: readonly GroupAxis[];
  readonly n: readonly GroupAxis[];
  readonly k: readonly GroupAxis[];
  /** Present in the PIT form. */
  readonly index?: IndexGeometry;
  /** Strips (1 in the dense form). */
  readonly strips: number;
  readonly loopMax: number;
  readonly rowMax: number;
  readonly colMax: number;
  readonly kMax: number;
}

export function gemmGeometry(c: Pick<ContractionShape, 'loop' | 'm' | 'n' | 'k'>, extents: ReadonlyMap<string, number>, pit?: { readonly loops: PitLoops; readonly index: IndexGeometry }): GemmGeometry {
  const values = pit ? pitAxisValues(pit.loops, [...c.loop, ...c.m, ...c.n, ...c.k], pit.index, extents) : undefined;
  const group = (axes: readonly string[]): GroupAxis[] =>
    axes.map((axis) => {
      const v = values?.get(axis);
      if (v) return { axis, values: v };
      const n = extents.get(axis);
      if (n === undefined) throw new InternalError('cuda', `no extent for axis '${axis}'`);
      return { axis, values: { kind: 'full', extent: n } };
    });
  const max = (g: readonly GroupAxis[]): number => g.reduce((n, a) => n * maxCount(a.values, pit?.index), 1);
  const loop = group(c.loop);
  const m = group(c.m);
  const n = group(c.n);
  const k = group(c.k);
  return {
    loop,
    m,
    n,
    k,
    ...(pit ? { index: pit.index } : {}),
    strips: pit ? pit.index.stripCount : 1,
    loopMax: max(loop),
    rowMax: max(m),
    colMax: max(n),
    kMax: max(k),
  };
}

/** Element-offset coefficient of each axis in an access, and its constant (strides folded). */
export function accessCoefficients(
  access: AccessExpr,
  shape: readonly number[],
): { readonly coef: ReadonlyMap<string, number>; readonly constant: number } {
  const { terms, constant } = foldAccess(access, shape);
  return { coef: new Map(terms.map((t) => [t.axis, t.coef])), constant };
}

/** The listed positions of one strip, as the device reads them. */
export interface StripView {
  readonly u: readonly number[];
  /** Listed gather coordinates of the strip, in slot order. */
  readonly coords: ArrayLike<number>;
}

/** How many values an axis takes in a strip (the device's per-task count). */
export function countIn(v: AxisValues, strip: StripView | undefined): number {
  switch (v.kind) {
    case 'full':
      return v.extent;
    case 'strip':
      return Math.min(v.tile, v.extent - (strip?.u[v.stripIndex] ?? 0) * v.tile);
    case 'gather':
      return (strip?.coords.length ?? 0) * v.width;
  }
}

/** The value of digit `d` of an axis in a strip, or undefined when it lies past the extent. */
export function valueAt(v: AxisValues, d: number, strip: StripView | undefined): number | undefined {
  let value: number;
  switch (v.kind) {
    case 'full':
      return d;
    case 'strip':
      value = (strip?.u[v.stripIndex] ?? 0) * v.tile + d;
      break;
    case 'gather':
      value = (strip?.coords[Math.floor(d / v.width)] as number) * v.width + (d % v.width);
      break;
  }
  return value < v.extent ? value : undefined;
}

/**
 * Decodes position `i` of a group (row-major over its axes' per-strip counts, last fastest) into
 * axis values, or undefined when the position is not a real point: the device's decode, in TS.
 */
export function decodeGroup(group: readonly GroupAxis[], i: number, strip: StripView | undefined): Map<string, number> | undefined {
  const counts = group.map((a) => countIn(a.values, strip));
  if (i >= counts.reduce((x, y) => x * y, 1)) return undefined;
  const out = new Map<string, number>();
  let q = i;
  for (let j = group.length - 1; j >= 0; j--) {
    const a = group[j] as GroupAxis;
    const c = counts[j] as number;
    const d = j === 0 ? q : q % c;
    q = j === 0 ? 0 : Math.floor(q / c);
    const value = valueAt(a.values, d, strip);
    if (value === undefined) return undefined;
    out.set(a.axis, value);
  }
  return out;
}

/** The strip coordinates and listed coords of strip `s` of an index. */
export function stripView(index: IndexGeometry, stripPtr: ArrayLike<number>, coords: ArrayLike<number>, s: number): StripView {
  const u = new Array<number>(index.stripDims.length).fill(0);
  let q = s;
  for (let i = index.stripDims.length - 1; i >= 0; i--) {
    const grid = index.stripGrid[i] as number;
    u[i] = q % grid;
    q = Math.floor(q / grid);
  }
  const lo = stripPtr[s] as number;
  const hi = stripPtr[s + 1] as number;
  return { u, coords: Array.from({ length: hi - lo }, (_, j) => coords[lo + j] as number) };
}
