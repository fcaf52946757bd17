import { describe, expect, it } from 'vitest';
import { InternalError } from '../../ir/core/errors.js';
import type { HostTensor } from '../../ir/tensor.js';
import { checksum, formatShape, tensorFromNested, tensorStats, tensorToNested } from '../../src/runtime/tensor-utils.js';

const f32 = (shape: number[], values: number[]): HostTensor => ({ dtype: 'f32', shape, data: Float32Array.from(values) });

describe('checksum', () => {
  it('sums every element', () => {
    expect(checksum(f32([2, 2], [1, 2.5, -4, 0.25]))).toBe(-0.25);
    expect(checksum({ dtype: 'i32', shape: [3], data: Int32Array.of(2 ** 31 - 1, 2 ** 31 - 1, 5) })).toBe(2 ** 32 + 3);
    expect(checksum({ dtype: 'bool', shape: [4], data: Uint8Array.of(1, 0, 1, 1) })).toBe(3);
    expect(checksum(f32([0], []))).toBe(0);
  });

  it('accumulates in float64, not float32', () => {
    // in f32, 2^24 + 1 rounds back to 2^24; in f64 the two ones survive
    expect(checksum(f32([3], [2 ** 24, 1, 1]))).toBe(2 ** 24 + 2);
  });

  it('propagates NaN', () => {
    expect(Number.isNaN(checksum(f32([3], [1, NaN, 2])))).toBe(true);
  });
});

describe('tensorStats', () => {
  it('reports min, max, mean over non-NaN values, NaN count and zero fraction', () => {
    const s = tensorStats(f32([2, 3], [-2, 0, NaN, 4, -0, 1]));
    expect(s.count).toBe(6);
    expect(s.min).toBe(-2);
    expect(s.max).toBe(4);
    expect(s.mean).toBe(3 / 5);
    expect(s.nanCount).toBe(1);
    expect(s.zeroFraction).toBe(2 / 6);
  });

  it('handles infinities, integers and bools', () => {
    const inf = tensorStats(f32([3], [Infinity, 1, -Infinity]));
    expect(inf.min).toBe(-Infinity);
    expect(inf.max).toBe(Infinity);
    expect(Number.isNaN(inf.mean)).toBe(true); // inf - inf
    const ints = tensorStats({ dtype: 'i32', shape: [4], data: Int32Array.of(-3, 7, 0, 0) });
    expect([ints.min, ints.max, ints.mean, ints.zeroFraction]).toEqual([-3, 7, 1, 0.5]);
    const flags = tensorStats({ dtype: 'bool', shape: [4], data: Uint8Array.of(1, 0, 0, 0) });
    expect([flags.min, flags.max, flags.mean, flags.zeroFraction]).toEqual([0, 1, 0.25, 0.75]);
  });

  it('gives NaN statistics when there is nothing to measure', () => {
    const empty = tensorStats(f32([0, 2], []));
    expect(empty.count).toBe(0);
    expect(Number.isNaN(empty.min) && Number.isNaN(empty.max) && Number.isNaN(empty.mean)).toBe(true);
    expect(empty.zeroFraction).toBe(0);
    const allNaN = tensorStats(f32([2], [NaN, NaN]));
    expect(allNaN.nanCount).toBe(2);
    expect(Number.isNaN(allNaN.min) && Number.isNaN(allNaN.mean)).toBe(true);
  });
});

describe('formatShape', () => {
  it('prints shapes in brackets', () => {
    expect(formatShape([128, 768])).toBe('[128, 768]');
    expect(formatShape([5])).toBe('[5]');
    expect(formatShape([])).toBe('[]');
    expect(formatShape([2, 0, 3])).toBe('[2, 0, 3]');
  });
});

describe('tensorFromNested / tensorToNested', () => {
  it('reads the shape from the nesting and stores C order', () => {
    const t = tensorFromNested('i32', [
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ]);
    expect(t.dtype).toBe('i32');
    expect(t.shape).toEqual([1, 2, 3]);
    expect(t.data).toBeInstanceOf(Int32Array);
    expect([...t.data]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('handles scalars and empty dimensions', () => {
    const scalar = tensorFromNested('f32', 2.5);
    expect(scalar.shape).toEqual([]);
    expect([...scalar.data]).toEqual([2.5]);
    expect(tensorFromNested('f32', []).shape).toEqual([0]);
    expect(tensorFromNested('f32', [[], []]).shape).toEqual([2, 0]);
  });

  it('rounds f32 values and accepts booleans for bool', () => {
    expect(tensorFromNested('f32', [0.1]).data[0]).toBe(Math.fround(0.1));
    const b = tensorFromNested('bool', [true, false, 1, 0]);
    expect(b.data).toBeInstanceOf(Uint8Array);
    expect([...b.data]).toEqual([1, 0, 1, 0]);
  });

  it('treats ragged or ill-typed input as a caller bug', () => {
    expect(() => tensorFromNested('f32', [[1, 2], [3]])).toThrow(InternalError);
    expect(() => tensorFromNested('f32', [[1, 2], 3])).toThrow(InternalError);
    expect(() => tensorFromNested('f32', [1, [2]])).toThrow(InternalError);
    expect(() => tensorFromNested('i32', [1.5])).toThrow(InternalError);
    expect(() => tensorFromNested('i32', [2 ** 31])).toThrow(InternalError);
    expect(() => tensorFromNested('bool', [2])).toThrow(InternalError);
  });

  it('converts back to nested arrays', () => {
    const t: HostTensor = { dtype: 'f32', shape: [2, 3], data: Float32Array.of(1, 2, 3, 4, 5, 6) };
    expect(tensorToNested(t)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(tensorToNested({ dtype: 'i32', shape: [], data: Int32Array.of(9) })).toBe(9);
    expect(tensorToNested({ dtype: 'bool', shape: [2, 0], data: new Uint8Array(0) })).toEqual([[], []]);
    expect(tensorToNested({ dtype: 'bool', shape: [1, 2, 1], data: Uint8Array.of(1, 0) })).toEqual([[[1], [0]]]);
  });

  it('round-trips', () => {
    const nested = [
      [
        [-1, 0.5],
        [2, -0.25],
        [8, 16],
      ],
      [
        [0, 1],
        [3, 5],
        [-7, 9],
      ],
    ];
    expect(tensorToNested(tensorFromNested('f32', nested))).toEqual(nested);
  });
});
