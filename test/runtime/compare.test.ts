import { describe, expect, it } from 'vitest';
import { compareTensors, defaultTolerance } from '../../src/runtime/compare.js';
import type { HostTensor } from '../../ir/tensor.js';

/**
 * The comparison `pitc run --check` and the tuner's candidate checks use. NaN where the reference
 * has NaN is agreement; NaN against a number (either way) never passes, whatever the tolerance;
 * an infinity agrees only with the same infinity.
 */

const f32 = (values: readonly number[]): HostTensor => ({ dtype: 'f32', shape: [values.length], data: Float32Array.from(values) });
const LOOSE = { rtol: 1e9, atol: 1e9 };

describe('compareTensors (run --check, tune)', () => {
  it('NaN where the reference has NaN agrees, at any position and alongside numbers', () => {
    expect(compareTensors(f32([NaN]), f32([NaN])).ok).toBe(true);
    const c = compareTensors(f32([1, NaN, -2, NaN]), f32([1, NaN, -2, NaN]));
    expect(c.ok).toBe(true);
    expect(c.maxAbsError).toBe(0);
  });

  it('NaN against a number, or a number against NaN, fails whatever the tolerance', () => {
    for (const [a, e] of [
      [NaN, 1],
      [1, NaN],
      [NaN, 0],
      [0, NaN],
      [NaN, Infinity],
      [-Infinity, NaN],
    ] as const) {
      const c = compareTensors(f32([5, a]), f32([5, e]), LOOSE);
      expect(c.ok, `${a} vs ${e}`).toBe(false);
      expect(c.worstIndex).toBe(1);
    }
  });

  it('equal infinities agree; different ones, or a number for an infinity, do not', () => {
    expect(compareTensors(f32([Infinity, -Infinity]), f32([Infinity, -Infinity])).ok).toBe(true);
    expect(compareTensors(f32([-Infinity]), f32([Infinity]), LOOSE).ok).toBe(false);
    expect(compareTensors(f32([3e38]), f32([Infinity]), LOOSE).ok).toBe(false);
    expect(compareTensors(f32([Infinity]), f32([3e38]), LOOSE).ok).toBe(false);
  });

  it('finite values keep the tolerance; NaN elements do not spoil the scale', () => {
    const tol = defaultTolerance('f32');
    expect(compareTensors(f32([NaN, 1, 2]), f32([NaN, 1, 2 + 1e-6]), tol).ok).toBe(true);
    expect(compareTensors(f32([NaN, 1, 2]), f32([NaN, 1, 2.1]), tol).ok).toBe(false);
  });

  it('i32 and bool compare exactly', () => {
    const i32 = (v: number[]): HostTensor => ({ dtype: 'i32', shape: [v.length], data: Int32Array.from(v) });
    expect(compareTensors(i32([1, -2]), i32([1, -2])).ok).toBe(true);
    expect(compareTensors(i32([1, -2]), i32([1, -3])).ok).toBe(false);
  });
});
