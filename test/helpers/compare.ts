import type { DType } from '../../ir/dtype.js';
import type { HostTensor, TensorData } from '../../ir/tensor.js';

/**
 * Tensor comparison for tests. f32 values match when |a - e| <= atol + rtol·|e|; i32 and bool
 * match exactly. NaN matches only NaN (NaN where the reference has NaN is agreement; NaN where it
 * has a number, or a number where it has NaN, never passes, whatever the tolerances), and ±inf
 * match only the same infinity.
 */
export interface CompareOptions {
  /** Relative tolerance for f32 (default 1e-5). */
  readonly rtol?: number;
  /** Absolute tolerance for f32; overrides `magnitude`. */
  readonly atol?: number;
  /**
   * Typical magnitude of the values that were combined to produce each element (e.g. the sum of
   * |terms| of a dot product): cancellation leaves an absolute error proportional to it, so the
   * default atol becomes rtol·magnitude. Without it the default atol is 1e-6.
   */
  readonly magnitude?: number;
  /** Bit-for-bit value equality for f32 (rtol = atol = 0). */
  readonly exact?: boolean;
  /** With `exact`, also tell +0 from -0. */
  readonly signedZero?: boolean;
  /** NaN matches NaN (default true); false makes any NaN a mismatch (for tests that forbid NaN). */
  readonly nanEqual?: boolean;
}

export interface Mismatch {
  readonly kind: 'dtype' | 'shape' | 'value';
  readonly message: string;
  /** For value mismatches: flat row-major index and coordinates of the worst element. */
  readonly index?: number;
  readonly coords?: readonly number[];
  readonly actual?: number;
  readonly expected?: number;
  readonly absError?: number;
  readonly relError?: number;
  /** How many elements mismatch in total. */
  readonly count?: number;
}

const DEFAULT_RTOL = 1e-5;
const DEFAULT_ATOL = 1e-6;

interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
}

function toleranceFor(dtype: DType, opts: CompareOptions): Tolerance {
  if (dtype !== 'f32' || opts.exact) return { rtol: 0, atol: 0 };
  const rtol = opts.rtol ?? DEFAULT_RTOL;
  const atol = opts.atol ?? (opts.magnitude !== undefined ? rtol * opts.magnitude : DEFAULT_ATOL);
  return { rtol, atol };
}

/**
 * How badly one element misses: 0 when it matches, otherwise error / allowed (Infinity when the
 * mismatch is one no tolerance can excuse: NaN, infinities, exact comparisons).
 */
function badness(a: number, e: number, tol: Tolerance, opts: CompareOptions): number {
  const aNaN = Number.isNaN(a);
  const eNaN = Number.isNaN(e);
  if (aNaN || eNaN) return aNaN && eNaN && opts.nanEqual !== false ? 0 : Infinity;
  if (!Number.isFinite(a) || !Number.isFinite(e)) return a === e ? 0 : Infinity;
  if (a === e) return opts.exact && opts.signedZero && !Object.is(a, e) ? Infinity : 0;
  const allowed = tol.atol + tol.rtol * Math.abs(e);
  const err = Math.abs(a - e);
  if (err <= allowed) return 0;
  return allowed === 0 ? Infinity : err / allowed;
}

function coordsOf(index: number, shape: readonly number[]): number[] {
  const coords = new Array<number>(shape.length).fill(0);
  let rest = index;
  for (let d = shape.length - 1; d >= 0; d--) {
    const n = shape[d] ?? 1;
    coords[d] = rest % n;
    rest = Math.floor(rest / n);
  }
  return coords;
}

function formatValue(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

/** The worst mismatch between two tensors, or undefined when they match. Pure. */
export function compareTensors(actual: HostTensor, expected: HostTensor, opts: CompareOptions = {}): Mismatch | undefined {
  if (actual.dtype !== expected.dtype) {
    return { kind: 'dtype', message: `dtype ${actual.dtype} but expected ${expected.dtype}` };
  }
  const sameShape = actual.shape.length === expected.shape.length && actual.shape.every((n, i) => n === expected.shape[i]);
  if (!sameShape || actual.data.length !== expected.data.length) {
    return {
      kind: 'shape',
      message: `shape [${actual.shape.join(', ')}] (${actual.data.length} elements) but expected [${expected.shape.join(', ')}] (${expected.data.length} elements)`,
    };
  }
  const tol = toleranceFor(expected.dtype, opts);
  let worst = -1;
  let worstBadness = 0;
  let count = 0;
  for (let i = 0; i < expected.data.length; i++) {
    const b = badness(at(actual.data, i), at(expected.data, i), tol, opts);
    if (b === 0) continue;
    count++;
    if (b > worstBadness) {
      worst = i;
      worstBadness = b;
    }
  }
  if (worst < 0) return undefined;
  const a = at(actual.data, worst);
  const e = at(expected.data, worst);
  const absError = Math.abs(a - e);
  const relError = e === 0 ? (absError === 0 ? 0 : Infinity) : absError / Math.abs(e);
  const coords = coordsOf(worst, expected.shape);
  return {
    kind: 'value',
    message:
      `${count} of ${expected.data.length} elements differ; worst at [${coords.join(', ')}] (flat ${worst}): ` +
      `actual ${formatValue(a)}, expected ${formatValue(e)}, abs error ${absError}, rel error ${relError} ` +
      `(rtol ${tol.rtol}, atol ${tol.atol}${opts.nanEqual === false ? ', any NaN fails' : ''})`,
    index: worst,
    coords,
    actual: a,
    expected: e,
    absError,
    relError,
    count,
  };
}

/** Throws with a readable message when the tensors do not match. */
export function expectClose(actual: HostTensor | undefined, expected: HostTensor, opts: CompareOptions = {}, what = 'tensor'): void {
  if (!actual) throw new Error(`${what}: no value was produced`);
  const m = compareTensors(actual, expected, opts);
  if (m) throw new Error(`${what}: ${m.message}`);
}

function at(data: TensorData, i: number): number {
  return data[i] as number;
}

// ---------------------------------------------------------------------------------------------
// Seeded random data for tests (independent of the product's RNG in src/runtime/random.ts).

/** mulberry32: a tiny, fast, seedable 32-bit generator returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomTensorOptions {
  /** f32 values are uniform in [min, max) (default [-1, 1)), rounded to f32. */
  readonly min?: number;
  readonly max?: number;
  /** i32 values are uniform integers in [intMin, intMax] (default [-4, 4]). */
  readonly intMin?: number;
  readonly intMax?: number;
  /** Fraction of elements that are non-zero (default 1 for f32/i32, 0.5 for bool). */
  readonly density?: number;
  /** Probability that an f32 element is replaced by one of NaN, ±inf, ±0 (default 0). */
  readonly specials?: number;
}

const SPECIALS = [Number.NaN, Infinity, -Infinity, 0, -0];

/** A tensor of seeded random values; same rng state + arguments give the same tensor. */
export function randomTensor(rng: () => number, dtype: DType, shape: readonly number[], opts: RandomTensorOptions = {}): HostTensor {
  const count = shape.reduce((n, d) => n * d, 1);
  const density = opts.density ?? (dtype === 'bool' ? 0.5 : 1);
  const data: TensorData = dtype === 'f32' ? new Float32Array(count) : dtype === 'i32' ? new Int32Array(count) : new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (dtype === 'bool') {
      data[i] = rng() < density ? 1 : 0;
      continue;
    }
    if (rng() >= density) continue;
    if (dtype === 'i32') {
      const lo = opts.intMin ?? -4;
      const hi = opts.intMax ?? 4;
      data[i] = lo + Math.floor(rng() * (hi - lo + 1));
      continue;
    }
    if (opts.specials !== undefined && rng() < opts.specials) {
      data[i] = SPECIALS[Math.floor(rng() * SPECIALS.length)] as number;
      continue;
    }
    const lo = opts.min ?? -1;
    const hi = opts.max ?? 1;
    data[i] = lo + rng() * (hi - lo);
  }
  return { dtype, shape: [...shape], data };
}

/** A tensor from literal values (test fixtures): `tensorOf('f32', [2, 2], [1, 2, 3, 4])`. */
export function tensorOf(dtype: DType, shape: readonly number[], values: readonly number[]): HostTensor {
  const count = shape.reduce((n, d) => n * d, 1);
  if (values.length !== count) throw new Error(`tensorOf: ${values.length} values for shape [${shape.join(', ')}]`);
  const data = dtype === 'f32' ? Float32Array.from(values) : dtype === 'i32' ? Int32Array.from(values) : Uint8Array.from(values);
  return { dtype, shape: [...shape], data };
}
