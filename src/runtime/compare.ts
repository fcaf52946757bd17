import type { HostTensor } from '../../ir/tensor.js';

/** Tolerance of a comparison: pass iff |a − e| ≤ rtol·|e| + atol·max|e| (atol is scaled). */
export interface Tolerance {
  readonly rtol: number;
  readonly atol: number;
}

/** Per-dtype defaults: integers and bools exact; f32 allows re-association of f32 sums. */
export function defaultTolerance(dtype: HostTensor['dtype']): Tolerance {
  return dtype === 'f32' ? { rtol: 1e-4, atol: 1e-5 } : { rtol: 0, atol: 0 };
}

export interface Comparison {
  readonly ok: boolean;
  /** Why it failed, in words. */
  readonly reason?: string;
  readonly maxAbsError: number;
  /** Worst |a − e| / max|e| over the tensor. */
  readonly maxScaledError: number;
  readonly worstIndex?: number;
}

/**
 * Compares a result with the reference. Shapes and dtypes must match. NaN where the reference
 * has NaN is agreement (a valid program may compute NaN: `log` of a negative number, a fully
 * masked softmax row, NaN inputs); NaN where the reference has a number, or a number where it
 * has NaN, is a mismatch whatever the tolerance. Infinities agree only with the same infinity.
 */
export function compareTensors(actual: HostTensor, expected: HostTensor, tol: Tolerance = defaultTolerance(expected.dtype)): Comparison {
  const fail = (reason: string, worstIndex?: number): Comparison => ({
    ok: false,
    reason,
    maxAbsError: NaN,
    maxScaledError: NaN,
    ...(worstIndex === undefined ? {} : { worstIndex }),
  });
  if (actual.dtype !== expected.dtype) return fail(`dtype ${actual.dtype} != ${expected.dtype}`);
  if (actual.shape.join() !== expected.shape.join()) return fail(`shape [${actual.shape}] != [${expected.shape}]`);
  const a = actual.data;
  const e = expected.data;
  let scale = 0;
  for (let i = 0; i < e.length; i++) {
    const v = Math.abs(e[i] as number);
    if (Number.isFinite(v) && v > scale) scale = v;
  }
  let maxAbs = 0;
  let worst = -1;
  let worstExcess = 0;
  for (let i = 0; i < e.length; i++) {
    const x = a[i] as number;
    const y = e[i] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) && Number.isNaN(y)) continue;
      return fail(`element ${i}: ${x} vs expected ${y} (NaN)`, i);
    }
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (x !== y) return fail(`element ${i}: ${x} vs expected ${y}`, i);
      continue;
    }
    const err = Math.abs(x - y);
    if (err > maxAbs) maxAbs = err;
    const excess = err - (tol.rtol * Math.abs(y) + tol.atol * scale);
    if (excess > 0 && (worst < 0 || excess > worstExcess)) {
      worst = i;
      worstExcess = excess;
    }
  }
  const maxScaledError = scale > 0 ? maxAbs / scale : maxAbs;
  if (worst >= 0) {
    return { ok: false, reason: `element ${worst}: ${a[worst]} vs expected ${e[worst]}`, maxAbsError: maxAbs, maxScaledError, worstIndex: worst };
  }
  return { ok: true, maxAbsError: maxAbs, maxScaledError };
}
