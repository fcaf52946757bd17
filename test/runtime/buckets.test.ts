import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { buildBuckets, buildPrefixLengths, prefixLengths } from '../../src/runtime/buckets.js';
import { buildIndex } from '../../src/runtime/index-builder.js';
import { randomStream } from '../../src/runtime/random.js';

/** The reference: for every bucket, scan all ids in order. */
function naiveBuckets(ids: Int32Array, numBuckets: number, perRow: number): { ptr: number[]; rows: number[] } {
  const ptr = [0];
  const rows: number[] = [];
  for (let b = 0; b < numBuckets; b++) {
    for (let i = 0; i < ids.length; i++) if (ids[i] === b) rows.push(Math.floor(i / perRow));
    ptr.push(rows.length);
  }
  return { ptr, rows };
}

function randomIds(tokens: number, perRow: number, numBuckets: number, seed: number): Int32Array {
  const rng = randomStream(seed, 'routing');
  return Int32Array.from({ length: tokens * perRow }, () => rng.nextUint32() % numBuckets);
}

describe('buildBuckets', () => {
  it('matches a naive bucketing for random top-k routings', () => {
    let seed = 0;
    for (const tokens of [0, 1, 7, 100, 1000]) {
      for (const perRow of [1, 2, 4]) {
        for (const numBuckets of [1, 3, 8, 64]) {
          const ids = randomIds(tokens, perRow, numBuckets, ++seed);
          const result = buildBuckets(ids, numBuckets, perRow);
          expect(result.ok).toBe(true);
          if (!result.ok) continue;
          const want = naiveBuckets(ids, numBuckets, perRow);
          expect([...result.buckets.ptr]).toEqual(want.ptr);
          expect([...result.buckets.rows]).toEqual(want.rows);
          expect(result.buckets.numBuckets).toBe(numBuckets);
          expect(result.buckets.perRow).toBe(perRow);
        }
      }
    }
  });

  it('keeps rows ascending in every bucket and lists a doubly routed row twice', () => {
    const result = buildBuckets(Int32Array.of(2, 0, 2, 2, 1, 0), 3, 2);
    expect(result).toEqual({
      ok: true,
      buckets: { numBuckets: 3, perRow: 2, ptr: Int32Array.of(0, 2, 3, 6), rows: Int32Array.of(0, 2, 2, 0, 1, 1) },
    });
  });

  it('reports ids out of range and bad arguments as error values', () => {
    const high = buildBuckets(Int32Array.of(0, 1, 4, 2), 4, 2);
    expect(high).toMatchObject({ ok: false, position: 2 });
    if (!high.ok) expect(high.reason).toMatch(/id 4 at position 2 \(row 1\) is outside \[0, 4\)/);
    expect(buildBuckets(Int32Array.of(-1), 4)).toMatchObject({ ok: false, position: 0 });
    expect(buildBuckets(Int32Array.of(0, 1, 2), 4, 2)).toMatchObject({ ok: false, position: -1 });
    expect(buildBuckets(Int32Array.of(0), 4, 0)).toMatchObject({ ok: false, position: -1 });
    expect(buildBuckets(Int32Array.of(0), 1.5)).toMatchObject({ ok: false, position: -1 });
    expect(buildBuckets(Int32Array.of(0), 0)).toMatchObject({ ok: false, position: 0 });
    expect(buildBuckets(new Int32Array(0), 0)).toMatchObject({ ok: true });
  });
});

/** A [B, S] mask whose row b has `lengths[b]` leading ones. */
function prefixMask(lengths: number[], s: number, dtype: 'bool' | 'f32' = 'bool'): HostTensor {
  const data = dtype === 'bool' ? new Uint8Array(lengths.length * s) : new Float32Array(lengths.length * s);
  lengths.forEach((len, b) => data.fill(1, b * s, b * s + len));
  return { dtype, shape: [lengths.length, s], data };
}

describe('prefix lengths', () => {
  it('buildPrefixLengths reads a padding mask', () => {
    expect([...(buildPrefixLengths(prefixMask([3, 0, 5, 1], 5)) ?? [])]).toEqual([3, 0, 5, 1]);
    expect([...(buildPrefixLengths(prefixMask([2, 4], 4, 'f32')) ?? [])]).toEqual([2, 4]);
  });

  it('buildPrefixLengths rejects rows that are not prefixes', () => {
    const holes = prefixMask([3, 2], 5);
    holes.data[8] = 1; // row 1: 1 1 0 1 0
    expect(buildPrefixLengths(holes)).toBeUndefined();
    const late: HostTensor = { dtype: 'f32', shape: [1, 4], data: Float32Array.of(0, 0, 0, NaN) };
    expect(buildPrefixLengths(late)).toBeUndefined();
    const negZero: HostTensor = { dtype: 'f32', shape: [1, 4], data: Float32Array.of(1, -0, 0, -0) };
    expect([...(buildPrefixLengths(negZero) ?? [])]).toEqual([1]);
    expect(buildPrefixLengths({ dtype: 'f32', shape: [], data: Float32Array.of(1) })).toBeUndefined();
  });

  it('buildPrefixLengths handles empty shapes and higher ranks', () => {
    expect([...(buildPrefixLengths({ dtype: 'bool', shape: [3, 0], data: new Uint8Array(0) }) ?? [9])]).toEqual([0, 0, 0]);
    expect(buildPrefixLengths({ dtype: 'bool', shape: [0, 4], data: new Uint8Array(0) })?.length).toBe(0);
    const m = prefixMask([1, 2, 3, 0], 3);
    expect([...(buildPrefixLengths({ ...m, shape: [2, 2, 3] }) ?? [])]).toEqual([1, 2, 3, 0]);
  });

  it('prefixLengths agrees with buildPrefixLengths on random masks', () => {
    const rng = randomStream(5, 'lengths');
    for (let round = 0; round < 50; round++) {
      const s = 1 + (rng.nextUint32() % 40);
      const lengths = Array.from({ length: 1 + (rng.nextUint32() % 9) }, () => rng.nextUint32() % (s + 1));
      const mask = prefixMask(lengths, s);
      if (round % 2 === 1) {
        // punch a hole or add a stray one: then neither finds prefixes
        const at = rng.nextUint32() % mask.data.length;
        mask.data[at] = mask.data[at] === 0 ? 1 : 0;
      }
      const direct = buildPrefixLengths(mask);
      const viaIndex = prefixLengths(buildIndex(mask, [1, 1], 1));
      expect(viaIndex === undefined ? undefined : [...viaIndex]).toEqual(direct === undefined ? undefined : [...direct]);
      if (round % 2 === 0) expect([...(direct ?? [])]).toEqual(lengths);
    }
  });

  it('prefixLengths needs a 1×1 index gathering along the last dimension', () => {
    const mask = prefixMask([2, 3], 4);
    expect([...(prefixLengths(buildIndex(mask, [1, 1], 1)) ?? [])]).toEqual([2, 3]);
    expect(prefixLengths(buildIndex(mask, [1, 1], 0))).toBeUndefined();
    expect(prefixLengths(buildIndex(mask, [1, 2], 1))).toBeUndefined();
    expect(prefixLengths(buildIndex({ dtype: 'bool', shape: [], data: Uint8Array.of(1) }, [], 0))).toBeUndefined();
    expect([...(prefixLengths(buildIndex({ dtype: 'bool', shape: [3], data: Uint8Array.of(1, 1, 0) }, [1], 0)) ?? [])]).toEqual([2]);
  });
});
