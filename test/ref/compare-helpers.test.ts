import { describe, expect, it } from 'vitest';
import { compareTensors, expectClose, mulberry32, randomTensor, tensorOf } from '../helpers/compare.js';
import { toInt32 } from '../helpers/naive-eval.js';

/** The test helpers must be able to fail: each rule of the comparison is checked both ways. */
const f32 = (v: number[]) => tensorOf('f32', [v.length], v);

describe('compareTensors', () => {
  it('accepts identical tensors and rejects dtype or shape differences', () => {
    expect(compareTensors(f32([1, 2]), f32([1, 2]))).toBeUndefined();
    expect(compareTensors(tensorOf('i32', [2], [1, 2]), f32([1, 2]))?.kind).toBe('dtype');
    expect(compareTensors(tensorOf('f32', [2, 1], [1, 2]), tensorOf('f32', [1, 2], [1, 2]))?.kind).toBe('shape');
    expect(compareTensors(tensorOf('f32', [], [1]), tensorOf('f32', [1], [1]))?.kind).toBe('shape');
  });

  it('f32: relative tolerance 1e-5 by default', () => {
    expect(compareTensors(f32([1000.005]), f32([1000]))).toBeUndefined();
    expect(compareTensors(f32([1000.02]), f32([1000]))?.kind).toBe('value');
    expect(compareTensors(f32([1.5]), f32([1]), { rtol: 0.6 })).toBeUndefined();
  });

  it('f32: absolute tolerance near zero defaults to 1e-6, or rtol·magnitude', () => {
    expect(compareTensors(f32([5e-7]), f32([0]))).toBeUndefined();
    expect(compareTensors(f32([5e-6]), f32([0]))?.kind).toBe('value');
    // cancellation in a sum of terms of size ~100 leaves errors of ~1e-3
    expect(compareTensors(f32([5e-4]), f32([0]), { magnitude: 100 })).toBeUndefined();
    expect(compareTensors(f32([5e-2]), f32([0]), { magnitude: 100 })?.kind).toBe('value');
    expect(compareTensors(f32([5e-2]), f32([0]), { atol: 0.1 })).toBeUndefined();
  });

  it('exact mode: any difference fails; signedZero tells 0 from -0', () => {
    const one = 1;
    const next = 1 + 2 ** -23;
    expect(compareTensors(f32([next]), f32([one]), { exact: true })?.kind).toBe('value');
    expect(compareTensors(f32([-0]), f32([0]), { exact: true })).toBeUndefined();
    expect(compareTensors(f32([-0]), f32([0]), { exact: true, signedZero: true })?.kind).toBe('value');
  });

  it('NaN agrees only with NaN, whatever the tolerance; nanEqual: false forbids NaN', () => {
    expect(compareTensors(f32([Number.NaN]), f32([Number.NaN]))).toBeUndefined();
    expect(compareTensors(f32([Number.NaN, 1]), f32([Number.NaN, 1]))).toBeUndefined();
    expect(compareTensors(f32([Number.NaN]), f32([1]), { rtol: 1e9, atol: 1e9 })?.kind).toBe('value');
    expect(compareTensors(f32([1]), f32([Number.NaN]), { rtol: 1e9, atol: 1e9 })?.kind).toBe('value');
    expect(compareTensors(f32([Number.NaN]), f32([Infinity]))?.kind).toBe('value');
    expect(compareTensors(f32([Infinity]), f32([Number.NaN]))?.kind).toBe('value');
    expect(compareTensors(f32([Number.NaN]), f32([Number.NaN]), { exact: true, signedZero: true })).toBeUndefined();
    expect(compareTensors(f32([Number.NaN]), f32([Number.NaN]), { nanEqual: false })?.kind).toBe('value');
  });

  it('infinities must match exactly whatever the tolerance', () => {
    expect(compareTensors(f32([Infinity]), f32([Infinity]))).toBeUndefined();
    expect(compareTensors(f32([-Infinity]), f32([Infinity]), { rtol: 1e9 })?.kind).toBe('value');
    expect(compareTensors(f32([3e38]), f32([Infinity]), { rtol: 1 })?.kind).toBe('value');
  });

  it('i32 and bool compare exactly, ignoring rtol', () => {
    expect(compareTensors(tensorOf('i32', [1], [1000001]), tensorOf('i32', [1], [1000000]), { rtol: 1 })?.kind).toBe('value');
    expect(compareTensors(tensorOf('bool', [2], [1, 0]), tensorOf('bool', [2], [1, 1]))?.kind).toBe('value');
    expect(compareTensors(tensorOf('bool', [2], [1, 0]), tensorOf('bool', [2], [1, 0]))).toBeUndefined();
  });

  it('reports the worst element with its coordinates and the mismatch count', () => {
    const actual = tensorOf('f32', [2, 3], [0, 1.1, 2, 3, 4, 9]);
    const expected = tensorOf('f32', [2, 3], [0, 1, 2, 3, 4, 5]);
    const m = compareTensors(actual, expected);
    expect(m?.coords).toEqual([1, 2]);
    expect(m?.index).toBe(5);
    expect(m?.actual).toBe(9);
    expect(m?.expected).toBe(5);
    expect(m?.absError).toBe(4);
    expect(m?.relError).toBeCloseTo(0.8, 12);
    expect(m?.count).toBe(2);
    expect(() => expectClose(actual, expected, {}, 'y')).toThrow(/y: 2 of 6 elements differ; worst at \[1, 2\]/);
    expect(() => expectClose(undefined, expected)).toThrow(/no value/);
  });
});

describe('seeded random tensors', () => {
  it('mulberry32 is deterministic, seed-dependent and in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it('randomTensor respects dtype, shape, ranges and density', () => {
    const rng = mulberry32(1);
    const t = randomTensor(rng, 'f32', [10, 20], { min: -2, max: 2, density: 0.5 });
    expect(t.data).toBeInstanceOf(Float32Array);
    expect(t.shape).toEqual([10, 20]);
    const zeros = [...t.data].filter((v) => v === 0).length;
    expect(zeros).toBeGreaterThan(60);
    expect(zeros).toBeLessThan(140);
    expect([...t.data].every((v) => v >= -2 && v < 2)).toBe(true);
    const i = randomTensor(rng, 'i32', [200], { intMin: -3, intMax: 3 });
    expect(i.data).toBeInstanceOf(Int32Array);
    expect(new Set(i.data)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
    const b = randomTensor(rng, 'bool', [100]);
    expect(new Set(b.data)).toEqual(new Set([0, 1]));
    const s = randomTensor(rng, 'f32', [400], { specials: 0.5 });
    expect([...s.data].some((v) => Number.isNaN(v))).toBe(true);
    expect([...s.data].some((v) => v === -Infinity)).toBe(true);
  });
});

describe('toInt32 (the naive evaluator\'s i32 store)', () => {
  it('matches an Int32Array store on awkward values', () => {
    const values = [0, -0, 1.9, -1.9, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 + 5, -(2 ** 40) - 3.5, 1e300, Number.NaN, Infinity, -Infinity];
    const store = new Int32Array(values.length);
    values.forEach((v, n) => (store[n] = v));
    expect(values.map(toInt32)).toEqual([...store]);
    // written out by hand, so the comparison above is not the only witness
    expect([1.9, -1.9, 2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 5].map(toInt32)).toEqual([1, -1, -(2 ** 31), 2 ** 31 - 1, 5]);
  });
});
