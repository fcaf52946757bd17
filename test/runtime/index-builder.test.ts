import { describe, expect, it } from 'vitest';
import { InternalError } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import { coverageWaste, indexDensity, listedTiles, type SparseIndex } from '../../ir/sparse-index.js';
import { elementCount, stridesOf, type HostTensor } from '../../ir/tensor.js';
import { applyDensity } from '../../src/runtime/density.js';
import { IndexWorkspace, buildIndex, checkIndexArgs, copyIndex } from '../../src/runtime/index-builder.js';
import { slabView } from '../../src/runtime/index-view.js';
import { indexGeometry } from '../../src/runtime/index-geometry.js';
import { randomStream, randomTensor } from '../../src/runtime/random.js';

interface NaiveIndex {
  stripPtr: number[];
  coords: number[];
  presentValues: number;
  coveredValues: number;
}

/**
 * The reference: for every strip and every gather coordinate, loop over all elements of that
 * micro-tile (clamped to the tensor) and list it when one differs from the fill.
 */
function naiveIndex(t: HostTensor, microTile: readonly number[], gatherDim: number, fill: number): NaiveIndex {
  const shape = t.shape.length === 0 ? [1] : [...t.shape];
  const tile = t.shape.length === 0 ? [1] : microTile.map((e, d) => Math.max(1, Math.min(e, shape[d] ?? 1)));
  const rank = shape.length;
  const grid = shape.map((d, i) => Math.ceil(d / (tile[i] ?? 1)));
  const strides = stridesOf(shape);
  const stripDims = shape.map((_, d) => d).filter((d) => d !== gatherDim);
  const stripCount = stripDims.reduce((a, d) => a * (grid[d] ?? 0), 1);
  const result: NaiveIndex = { stripPtr: [0], coords: [], presentValues: 0, coveredValues: 0 };
  for (let s = 0; s < stripCount; s++) {
    // the strip's tile coordinate along every strip dimension (row-major strip numbering)
    const tileAt = new Array<number>(rank).fill(0);
    let rest = s;
    for (let i = stripDims.length - 1; i >= 0; i--) {
      const d = stripDims[i] as number;
      tileAt[d] = rest % (grid[d] as number);
      rest = Math.floor(rest / (grid[d] as number));
    }
    for (let k = 0; k < (grid[gatherDim] ?? 0); k++) {
      tileAt[gatherDim] = k;
      const lo = tileAt.map((c, d) => c * (tile[d] as number));
      const hi = lo.map((l, d) => Math.min(shape[d] as number, l + (tile[d] as number)));
      let present = 0;
      let volume = 0;
      const at = [...lo];
      for (;;) {
        let flat = 0;
        for (let d = 0; d < rank; d++) flat += (at[d] as number) * (strides[d] as number);
        volume++;
        if ((t.data[flat] as number) !== fill) present++;
        let d = rank - 1;
        for (; d >= 0; d--) {
          at[d] = (at[d] as number) + 1;
          if ((at[d] as number) < (hi[d] as number)) break;
          at[d] = lo[d] as number;
        }
        if (d < 0) break;
      }
      if (present > 0) {
        result.coords.push(k);
        result.presentValues += present;
        result.coveredValues += volume;
      }
    }
    result.stripPtr.push(result.coords.length);
  }
  return result;
}

function expectSame(index: SparseIndex, naive: NaiveIndex, label: string): void {
  expect([...index.stripPtr], label).toEqual(naive.stripPtr);
  expect([...index.coords], label).toEqual(naive.coords);
  expect(index.presentValues, label).toBe(naive.presentValues);
  expect(index.coveredValues, label).toBe(naive.coveredValues);
}

function expectInvariants(index: SparseIndex, label: string): void {
  const { stripPtr, coords, stripCount, gatherTiles } = index;
  expect(stripPtr.length, label).toBe(stripCount + 1);
  expect(stripPtr[0], label).toBe(0);
  expect(stripPtr[stripCount], label).toBe(coords.length);
  for (let s = 0; s < stripCount; s++) {
    const from = stripPtr[s] as number;
    const to = stripPtr[s + 1] as number;
    expect(to >= from, label).toBe(true);
    for (let i = from; i < to; i++) {
      const c = coords[i] as number;
      expect(c >= 0 && c < gatherTiles, label).toBe(true);
      if (i > from) expect(c > (coords[i - 1] as number), label).toBe(true);
    }
  }
  expect(listedTiles(index), label).toBe(coords.length);
  if (index.presentValues >= 0) expect(index.presentValues <= index.coveredValues, label).toBe(true);
}

/** A seeded tensor of `dtype` with micro-tile sparsity `density`; the background is `fill`. */
function sparseTensor(dtype: DType, shape: number[], density: number, densityTile: number[], fill: number, seed: number): HostTensor {
  const dense = randomTensor(dtype, shape, seed, 'values');
  if (dtype === 'bool' || dtype === 'i32') {
    // make most values non-zero so density is decided by the micro-tile pattern
    for (let i = 0; i < dense.data.length; i++) if (dense.data[i] === 0 && i % 3 !== 0) dense.data[i] = 1;
  }
  const t = applyDensity(dense, density, densityTile, seed, 'pattern');
  if (fill !== 0) for (let i = 0; i < t.data.length; i++) if (t.data[i] === 0) t.data[i] = fill;
  return t;
}

/** Micro-tiles worth testing for a shape: unit, larger than the dims, full, and random. */
function tilesFor(shape: number[], seed: number): number[][] {
  const rng = randomStream(seed, 'tiles');
  const pick = (max: number): number => 1 + (rng.nextUint32() % Math.max(1, max));
  return [
    shape.map(() => 1),
    shape.map((d) => d + 3),
    shape.map((d) => Math.max(1, d)),
    shape.map((d) => pick(d + 1)),
    shape.map((d) => pick(Math.min(d, 9))),
    shape.map((d, i) => (i === shape.length - 1 ? Math.min(12, d + 1) : 1)),
  ];
}

const SHAPES: number[][] = [
  [],
  [1],
  [7],
  [70],
  [1, 100],
  [100, 1],
  [5, 7],
  [33, 65],
  [64, 128],
  [3, 4, 5],
  [2, 33, 17],
  [2, 3, 4, 5],
  [0],
  [0, 5],
  [5, 0],
  [2, 0, 3],
];

describe('buildIndex matches a naive per-micro-tile builder', () => {
  const dtypes: DType[] = ['f32', 'i32', 'bool'];
  const densities = [0, 0.01, 0.5, 1];
  for (const shape of SHAPES) {
    it(`shape [${shape.join(', ')}]`, () => {
      let seed = 11;
      const ws = new IndexWorkspace(); // one workspace through all cases: reuse must not leak state
      for (const tile of tilesFor(shape, shape.length * 31 + elementCount(shape))) {
        for (let g = 0; g < Math.max(1, shape.length); g++) {
          for (const dtype of dtypes) {
            for (const density of densities) {
              for (const fill of dtype === 'f32' ? [0, -Infinity] : [0]) {
                seed++;
                const densityTile = seed % 2 === 0 ? tile : shape.map(() => 1);
                const t = sparseTensor(dtype, shape, density, densityTile, fill, seed);
                const label = `${dtype} tile ${tile.join('x')} gather ${g} density ${density} fill ${fill} seed ${seed}`;
                const naive = naiveIndex(t, tile, g, fill);
                const fresh = buildIndex(t, tile, g, fill);
                expectSame(fresh, naive, label);
                expectInvariants(fresh, label);
                expectSame(buildIndex(t, tile, g, fill, ws), naive, `${label} (workspace)`);
              }
            }
          }
        }
      }
    });
  }
});

describe('buildIndex on tall slabs (more than 32 row tiles, several bitmap words)', () => {
  const cases: [number[], number[][]][] = [
    [[200, 40], [[1, 1], [2, 1], [3, 1], [5, 16], [7, 9], [1, 8], [4, 3]]],
    [[3, 70, 20], [[1, 3, 1], [1, 2, 8], [1, 1, 1], [1, 70, 20], [1, 1, 20]]],
  ];
  for (const [shape, tiles] of cases) {
    it(`shape [${shape.join(', ')}]`, () => {
      let seed = 500;
      const ws = new IndexWorkspace();
      for (const tile of tiles) {
        for (let g = 0; g < shape.length; g++) {
          for (const density of [0.01, 0.3, 0.9]) {
            for (const dtype of ['f32', 'bool'] as const) {
              seed++;
              const t = sparseTensor(dtype, shape, density, seed % 2 === 0 ? tile : shape.map(() => 1), 0, seed);
              const label = `${dtype} tile ${tile.join('x')} gather ${g} density ${density} seed ${seed}`;
              const naive = naiveIndex(t, tile, g, 0);
              expectSame(buildIndex(t, tile, g), naive, label);
              expectSame(buildIndex(t, tile, g, 0, ws), naive, `${label} (workspace)`);
            }
          }
        }
      }
    });
  }
});

describe('presence follows value !== fill', () => {
  it('fill 0: -0 is absent, NaN and denormals are present', () => {
    const t: HostTensor = { dtype: 'f32', shape: [1, 6], data: Float32Array.of(-0, NaN, 0, 1e-45, -Infinity, 0) };
    const index = buildIndex(t, [1, 1], 1);
    expect([...index.coords]).toEqual([1, 3, 4]);
    expect(index.presentValues).toBe(3);
  });

  it('fill -inf: only -inf is absent (0, -0 and NaN are present)', () => {
    const t: HostTensor = { dtype: 'f32', shape: [6], data: Float32Array.of(-Infinity, 0, -0, NaN, -Infinity, Infinity) };
    expect([...buildIndex(t, [1], 0, -Infinity).coords]).toEqual([1, 2, 3, 5]);
  });

  it('NaN values in wide tiles and NaN patterns with every payload', () => {
    const data = new Float32Array(64);
    const bits = new Int32Array(data.buffer);
    bits[20] = 0x7fc00001; // a quiet NaN with a payload
    bits[45] = -1; // 0xffffffff: a negative NaN
    const t: HostTensor = { dtype: 'f32', shape: [4, 16], data };
    expect([...buildIndex(t, [1, 16], 0).coords]).toEqual([1, 2]);
    expect([...buildIndex(t, [4, 4], 1).coords]).toEqual([1, 3]);
  });

  it('a fill the dtype cannot hold makes every value present', () => {
    const i32: HostTensor = { dtype: 'i32', shape: [2, 3], data: new Int32Array(6) };
    const index = buildIndex(i32, [1, 2], 1, 0.5);
    expect([...index.stripPtr]).toEqual([0, 2, 4]);
    expect(index.presentValues).toBe(6);
    expect(index.coveredValues).toBe(6);
    const f32: HostTensor = { dtype: 'f32', shape: [3], data: Float32Array.of(NaN, NaN, NaN) };
    expect([...buildIndex(f32, [1], 0, NaN).coords]).toEqual([0, 1, 2]);
  });

  it('bool tensors with fill 1 list the tiles holding a 0', () => {
    const t: HostTensor = { dtype: 'bool', shape: [2, 4], data: Uint8Array.of(1, 1, 0, 1, 1, 1, 1, 1) };
    expect([...buildIndex(t, [1, 2], 1, 1).coords]).toEqual([1]);
  });

  it('i32 extremes are present', () => {
    const t: HostTensor = { dtype: 'i32', shape: [4], data: Int32Array.of(0, -2147483648, 0, 2147483647) };
    const index = buildIndex(t, [1], 0);
    expect([...index.coords]).toEqual([1, 3]);
    expect(index.presentValues).toBe(2);
  });
});

describe('index fields and options', () => {
  it('reports geometry, clamped micro-tiles and exact partial coverage', () => {
    const t = sparseTensor('f32', [10, 7], 1, [1, 1], 0, 3);
    const index = buildIndex(t, [4, 100], 0);
    expect(index.microTile).toEqual([4, 7]);
    expect(index.stripDims).toEqual([1]);
    expect(index.stripGrid).toEqual([1]);
    expect(index.stripCount).toBe(1);
    expect(index.gatherTiles).toBe(3);
    expect(index.coveredValues).toBe(70);
    expect(indexDensity(index)).toBe(1);
    expect(coverageWaste(index)).toBe(0);
  });

  it('rank 0: one strip, one tile', () => {
    const on = buildIndex({ dtype: 'f32', shape: [], data: Float32Array.of(2) }, [], 0);
    expect([...on.stripPtr]).toEqual([0, 1]);
    expect([...on.coords]).toEqual([0]);
    expect(on.gatherTiles).toBe(1);
    const off = buildIndex({ dtype: 'f32', shape: [], data: Float32Array.of(0) }, [], 0);
    expect([...off.stripPtr]).toEqual([0, 0]);
  });

  it('empty dimensions give empty strips', () => {
    const index = buildIndex({ dtype: 'f32', shape: [3, 0], data: new Float32Array(0) }, [1, 4], 1);
    expect([...index.stripPtr]).toEqual([0, 0, 0, 0]);
    expect(index.gatherTiles).toBe(0);
    expect(index.presentValues).toBe(0);
  });

  it('countPresent: false skips the count (-1) and lists the same tiles', () => {
    const t = sparseTensor('f32', [40, 50], 0.5, [4, 5], 0, 5);
    const counted = buildIndex(t, [4, 5], 1);
    const uncounted = buildIndex(t, [4, 5], 1, 0, undefined, { countPresent: false });
    expect(uncounted.presentValues).toBe(-1);
    expect([...uncounted.coords]).toEqual([...counted.coords]);
    expect(uncounted.coveredValues).toBe(counted.coveredValues);
    expect(coverageWaste(uncounted)).toBeUndefined();
  });

  it('rejects bad arguments with an internal error', () => {
    const t = sparseTensor('f32', [4, 4], 1, [1, 1], 0, 1);
    expect(() => buildIndex(t, [1], 0)).toThrow(InternalError);
    expect(() => buildIndex(t, [1, 0], 0)).toThrow(InternalError);
    expect(() => buildIndex(t, [1, 1], 2)).toThrow(InternalError);
    expect(() => buildIndex({ dtype: 'f32', shape: [4, 4], data: new Float32Array(3) }, [1, 1], 0)).toThrow(InternalError);
    const ws = new IndexWorkspace();
    buildIndex(t, [1, 1], 0, 0, ws);
    expect(() => buildIndex(t, [1, 0.5], 0, 0, ws)).toThrow(InternalError); // not hidden by the cached plan
    expect(checkIndexArgs([4, 4], [1, 1], 1)).toBeUndefined();
    expect(checkIndexArgs([], [], 0)).toBeUndefined();
    expect(checkIndexArgs([], [], 1)).toMatch(/out of range/);
    expect(checkIndexArgs([4], [2, 2], 0)).toMatch(/rank 1/);
  });
});

describe('workspace reuse', () => {
  it('gives identical results across shapes, tiles and dtypes, in any order', () => {
    const ws = new IndexWorkspace();
    const cases: [HostTensor, number[], number][] = [
      [sparseTensor('f32', [64, 96], 0.5, [1, 1], 0, 1), [1, 1], 0],
      [sparseTensor('bool', [30, 20], 0.5, [2, 5], 0, 2), [2, 5], 1],
      [sparseTensor('f32', [2, 3, 4, 5], 0.5, [2, 1, 2, 3], 0, 3), [2, 1, 2, 3], 2],
      [sparseTensor('i32', [128, 40], 1, [1, 1], 0, 4), [32, 1], 1],
      [sparseTensor('f32', [64, 96], 0.5, [1, 1], 0, 1), [1, 1], 0],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [t, tile, g] of round === 0 ? cases : [...cases].reverse()) {
        const fresh = buildIndex(t, tile, g);
        const reused = buildIndex(t, tile, g, 0, ws);
        expect([...reused.stripPtr]).toEqual([...fresh.stripPtr]);
        expect([...reused.coords]).toEqual([...fresh.coords]);
        expect(reused.presentValues).toBe(fresh.presentValues);
      }
    }
  });

  it('an index built into a workspace is borrowed; copyIndex and indexes built without one are kept', () => {
    const ws = new IndexWorkspace();
    const a = sparseTensor('f32', [32, 32], 0.5, [1, 1], 0, 7);
    const b = sparseTensor('f32', [32, 32], 0.5, [1, 1], 0, 8);
    const ownA = buildIndex(a, [1, 1], 1);
    const borrowedA = buildIndex(a, [1, 1], 1, 0, ws);
    const keptA = copyIndex(borrowedA);
    const ownCoords = [...ownA.coords];
    buildIndex(b, [1, 1], 1, 0, ws); // overwrites borrowedA's buffers (documented)
    expect([...keptA.coords]).toEqual(ownCoords);
    expect([...keptA.stripPtr]).toEqual([...ownA.stripPtr]);
    expect([...ownA.coords]).toEqual(ownCoords);
    expect(borrowedA.coords.buffer).toBe(ws.coords.buffer);
    expect(ownA.coords.buffer).not.toBe(ws.coords.buffer);
  });

  it('steady-state calls reuse the buffers and the geometry', () => {
    const ws = new IndexWorkspace();
    const t = sparseTensor('f32', [64, 64], 0.5, [4, 8], 0, 9);
    const first = buildIndex(t, [4, 8], 0, 0, ws);
    const coords = ws.coords;
    const second = buildIndex(t, [4, 8], 0, 0, ws);
    expect(ws.coords).toBe(coords);
    expect(second.shape).toBe(first.shape);
    expect(second.stripGrid).toBe(first.stripGrid);
  });
});

describe('slab view (which shapes take the fast kernels)', () => {
  const view = (shape: number[], tile: number[], g: number) => slabView(indexGeometry(shape, tile, g));
  it('reduces matrices, vectors, scalars and batched matrices', () => {
    expect(view([64, 32], [4, 8], 1)).toEqual({ slabs: 1, rows: 64, cols: 32, tileRows: 4, tileCols: 8, gatherCols: true });
    expect(view([64, 32], [4, 8], 0)).toEqual({ slabs: 1, rows: 64, cols: 32, tileRows: 4, tileCols: 8, gatherCols: false });
    expect(view([70], [8], 0)).toEqual({ slabs: 1, rows: 1, cols: 70, tileRows: 1, tileCols: 8, gatherCols: true });
    expect(view([], [], 0)).toEqual({ slabs: 1, rows: 1, cols: 1, tileRows: 1, tileCols: 1, gatherCols: true });
    expect(view([8, 33, 17], [1, 32, 1], 2)).toEqual({ slabs: 8, rows: 33, cols: 17, tileRows: 32, tileCols: 1, gatherCols: true });
    expect(view([8, 64, 17], [1, 32, 1], 2)).toEqual({ slabs: 1, rows: 512, cols: 17, tileRows: 32, tileCols: 1, gatherCols: true });
    expect(view([8, 64, 32], [1, 1, 16], 1)).toEqual({ slabs: 8, rows: 64, cols: 32, tileRows: 1, tileCols: 16, gatherCols: false });
    expect(view([8, 64, 16], [1, 1, 16], 1)).toEqual({ slabs: 1, rows: 8, cols: 1024, tileRows: 1, tileCols: 16, gatherCols: true });
    expect(view([64, 8, 16], [2, 8, 16], 0)).toEqual({ slabs: 1, rows: 1, cols: 8192, tileRows: 1, tileCols: 256, gatherCols: true });
  });
  it('leaves tilings that straddle slabs to the generic kernel', () => {
    expect(view([8, 33, 17], [2, 32, 1], 2)).toBeUndefined();
    expect(view([8, 33, 17], [1, 4, 5], 0)).toBeUndefined();
  });
});
