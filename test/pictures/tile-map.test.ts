import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HostTensor } from '../../ir/tensor.js';
import { buildIndex } from '../../src/runtime/index-builder.js';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';
import { stripsOf, tileMap, wasteOf } from '../../src/pictures/tile-map.js';

/**
 * The pictures count micro-tiles on their own (tile-map.ts); the runtime's index builder is what
 * the kernels read. They must agree exactly, for every rank, odd shape, micro-tile, gather
 * dimension and absent value, or a picture would show a pattern the kernel did not skip.
 */
function agree(t: HostTensor, tile: readonly number[], gatherDim: number, fill: number): void {
  const map = tileMap(t, { microTile: tile, fill, gatherDim });
  const index = buildIndex(t, tile, gatherDim, fill);
  const listed = index.stripPtr[index.stripCount] ?? 0;
  expect(map.listed, 'listed micro-tiles').toBe(listed);
  expect(map.total, 'micro-tiles').toBe(index.stripCount * index.gatherTiles);
  const strips = stripsOf(map);
  expect(strips.count).toBe(index.stripCount);
  for (let s = 0; s < index.stripCount; s++) {
    const from = index.stripPtr[s] as number;
    const to = index.stripPtr[s + 1] as number;
    expect(strips.coords(s), `strip ${s}`).toEqual([...index.coords.subarray(from, to)]);
    expect(strips.lengths[s]).toBe(to - from);
  }
  if (index.presentValues >= 0) {
    expect(map.presentValues).toBe(index.presentValues);
    expect(map.coveredValues).toBe(index.coveredValues);
  }
  // independent count: present values of the whole tensor
  const present = Array.from(t.data).filter((v) => v !== fill).length;
  expect(map.presentValues).toBe(present);
  expect(map.elements).toBe(t.data.length);
  expect(Array.from(map.size).reduce((a, b) => a + b, 0), 'tile sizes cover the tensor').toBe(t.data.length);
  const waste = wasteOf(map);
  expect(waste).toBeGreaterThanOrEqual(0);
  expect(waste).toBeLessThanOrEqual(1);
}

describe('tileMap agrees with the runtime index builder', () => {
  it('on random tensors of rank 1 to 3 with odd shapes, tiles, gather dimensions and densities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }).chain((rank) =>
          fc.record({
            shape: fc.array(fc.integer({ min: 1, max: 13 }), { minLength: rank, maxLength: rank }),
            tile: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: rank, maxLength: rank }),
            gatherDim: fc.integer({ min: 0, max: rank - 1 }),
            density: fc.constantFrom(0, 0.05, 0.3, 0.7, 1),
            seed: fc.integer({ min: 0, max: 1000 }),
            masked: fc.boolean(),
          }),
        ),
        ({ shape, tile, gatherDim, density, seed, masked }) => {
          const base = randomTensor('f32', shape, seed, 't', { nonZero: true });
          let t = applyDensity(base, density, tile.map((e) => Math.max(1, Math.floor(e / 2))), seed, 'd');
          if (masked) t = { ...t, data: Float32Array.from(t.data, (v) => (v === 0 ? -Infinity : v)) };
          agree(t, tile, gatherDim, masked ? -Infinity : 0);
        },
      ),
      { numRuns: 200, seed: 13 },
    );
  });

  it('on all-zero, dense, NaN-holding, i32 and bool tensors', () => {
    agree({ dtype: 'f32', shape: [7, 9], data: new Float32Array(63) }, [2, 4], 1, 0);
    agree({ dtype: 'f32', shape: [7, 9], data: new Float32Array(63).fill(1) }, [3, 2], 0, 0);
    agree({ dtype: 'f32', shape: [5], data: Float32Array.from([0, NaN, 0, -0, 2]) }, [2], 0, 0);
    agree({ dtype: 'i32', shape: [4, 5], data: Int32Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? i : 0)) }, [1, 2], 1, 0);
    agree({ dtype: 'bool', shape: [6, 3], data: Uint8Array.from({ length: 18 }, (_, i) => i % 5 === 0 ? 1 : 0) }, [4, 1], 0, 0);
  });

  it('folds every dimension but the last into rows, and micro-tiles larger than the tensor into one', () => {
    const map = tileMap({ dtype: 'f32', shape: [2, 3, 8], data: new Float32Array(48).fill(1) }, { microTile: [1, 2, 4], fill: 0, gatherDim: 2 });
    expect([map.rows, map.cols]).toEqual([4, 2]);
    const whole = tileMap({ dtype: 'f32', shape: [3, 3], data: new Float32Array(9).fill(1) }, { microTile: [10, 10], fill: 0, gatherDim: 0 });
    expect([whole.total, whole.listed, whole.coveredValues]).toEqual([1, 1, 9]);
  });
});
