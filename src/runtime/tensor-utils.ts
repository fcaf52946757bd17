/**
 * Small helpers over host tensors: checksums and statistics for reports, shape formatting, and
 * conversion from/to nested arrays (mostly for tests).
 */
import { invariant } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import { allocateData, elementCount, type HostTensor } from '../../ir/tensor.js';

/** Sum of all elements in float64, in C order (bool counts 0/1). NaN in, NaN out. */
export function checksum(t: HostTensor): number {
  let sum = 0;
  const data = t.data;
  for (let i = 0; i < data.length; i++) sum += data[i] ?? 0;
  return sum;
}

export interface TensorStats {
  readonly count: number;
  /** Over the non-NaN elements; NaN when every element is NaN or there are none. */
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly nanCount: number;
  /** Fraction of elements equal to zero (-0 included); 0 for an empty tensor. */
  readonly zeroFraction: number;
}

export function tensorStats(t: HostTensor): TensorStats {
  const data = t.data;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let nanCount = 0;
  let zeros = 0;
  for (let i = 0; i < data.length; i++) {
    const v = data[i] ?? 0;
    if (Number.isNaN(v)) {
      nanCount++;
      continue;
    }
    if (v < min) min = v;
    if (v > max) max = v;
    if (v === 0) zeros++;
    sum += v;
  }
  const counted = data.length - nanCount;
  return {
    count: data.length,
    min: counted > 0 ? min : NaN,
    max: counted > 0 ? max : NaN,
    mean: counted > 0 ? sum / counted : NaN,
    nanCount,
    zeroFraction: data.length > 0 ? zeros / data.length : 0,
  };
}

/** `[128, 768]`; a scalar is `[]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Numbers (or booleans, for bool tensors) nested as deep as the tensor's rank. */
export type NestedInput = number | boolean | readonly NestedInput[];
export type Nested = number | Nested[];

/**
 * A tensor from a nested array; its shape is read off the nesting (`[]` gives shape [0], a bare
 * number a scalar). Ragged nesting, non-integers for i32 and out-of-range values are caller bugs.
 * f32 values are rounded to f32; bool accepts true/false or 0/1.
 */
export function tensorFromNested(dtype: DType, nested: NestedInput): HostTensor {
  const shape: number[] = [];
  for (let level: NestedInput = nested; Array.isArray(level); level = (level as readonly NestedInput[])[0] ?? 0) {
    shape.push(level.length);
    if (level.length === 0) break;
  }
  const data = allocateData(dtype, elementCount(shape));
  let next = 0;
  const fill = (value: NestedInput, depth: number): void => {
    if (depth === shape.length) {
      invariant(!Array.isArray(value), 'tensor-utils', `nested array is deeper than shape ${formatShape(shape)}`);
      data[next++] = scalarFor(dtype, value as number | boolean);
      return;
    }
    invariant(Array.isArray(value), 'tensor-utils', `nested array is ragged: expected a list at depth ${depth} of shape ${formatShape(shape)}`);
    const items = value as readonly NestedInput[];
    invariant(items.length === shape[depth], 'tensor-utils', `nested array is ragged: length ${items.length} at depth ${depth}, expected ${shape[depth]}`);
    for (const item of items) fill(item, depth + 1);
  };
  fill(nested, 0);
  return { dtype, shape, data };
}

function scalarFor(dtype: DType, value: number | boolean): number {
  switch (dtype) {
    case 'bool':
      invariant(typeof value === 'boolean' || value === 0 || value === 1, 'tensor-utils', `bool element ${value} is not true/false/0/1`);
      return value === true || value === 1 ? 1 : 0;
    case 'i32':
      invariant(typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31, 'tensor-utils', `i32 element ${value} is not a 32-bit integer`);
      return value;
    case 'f32':
      invariant(typeof value === 'number', 'tensor-utils', `f32 element ${value} is not a number`);
      return value;
  }
}

/** The tensor as nested arrays of numbers (bool as 0/1); a scalar gives a bare number. */
export function tensorToNested(t: HostTensor): Nested {
  let next = 0;
  const build = (depth: number): Nested => {
    if (depth === t.shape.length) return t.data[next++] ?? 0;
    const out: Nested[] = [];
    for (let i = 0; i < (t.shape[depth] ?? 0); i++) out.push(build(depth + 1));
    return out;
  };
  return build(0);
}
