import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexGeometry as cudaGeometry } from '../../codegen/cuda/index-kernel.js';
import { indexSpecOf } from '../../codegen/run/index-spec.js';
import { dimSym, evalDim } from '../../ir/dim-expr.js';
import {
  concreteMicroTile,
  indexGeometry,
  indexGrid,
  type TileExtent,
} from '../../ir/index-geometry.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { makeTensor } from '../../ir/tensor.js';
import { buildIndex } from '../../src/runtime/index-builder.js';
import { naiveBuildIndex } from '../helpers/naive-index.js';

/**
 * ir/index-geometry.ts is the one definition of an index's geometry. Its symbolic form agrees
 * with it once the dims are bound, and every other place that works geometry out today (the
 * runtime builder, the naive test builder, the CUDA and gpu.js targets) agrees with it, on
 * shapes with empty, short and odd dimensions and tiles that are 'full' or larger than the
 * dimension.
 */

const tileArb: fc.Arbitrary<TileExtent> = fc.oneof(
  fc.integer({ min: 1, max: 9 }),
  fc.constant('full' as const),
  fc.integer({ min: 10, max: 80 }),
);
const caseArb = fc
  .array(fc.integer({ min: 0, max: 40 }), { minLength: 0, maxLength: 4 })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      tile: fc.array(tileArb, { minLength: shape.length, maxLength: shape.length }),
      gatherDim: fc.integer({ min: 0, max: Math.max(0, shape.length - 1) }),
    }),
  );

const fields = (g: {
  shape: readonly number[];
  microTile: readonly number[];
  gatherDim: number;
  stripDims: readonly number[];
  stripGrid: readonly number[];
  stripCount: number;
  gatherTiles: number;
}) => ({
  shape: [...g.shape],
  microTile: [...g.microTile],
  gatherDim: g.gatherDim,
  stripDims: [...g.stripDims],
  stripGrid: [...g.stripGrid],
  stripCount: g.stripCount,
  gatherTiles: g.gatherTiles,
});

describe('index geometry', () => {
  it('the symbolic grid, bound, gives the concrete counts', () => {
    fc.assert(
      fc.property(caseArb, ({ shape, tile, gatherDim }) => {
        const dims = new Map(shape.map((n, d) => [`D${d}`, n]));
        const grid = indexGrid(
          shape.map((_, d) => dimSym(`D${d}`)),
          tile,
          gatherDim,
        );
        const g = indexGeometry(shape, tile, gatherDim);
        expect(grid.stripDims).toEqual(g.stripDims);
        expect(grid.stripGrid.map((e) => evalDim(e, dims))).toEqual(g.stripGrid);
        expect(evalDim(grid.gatherTiles, dims)).toBe(g.gatherTiles);
      }),
      { seed: 0x6e0, numRuns: 2000 },
    );
  });

  it('the runtime builder and the naive builder build indexes of that geometry', () => {
    fc.assert(
      fc.property(caseArb, ({ shape, tile, gatherDim }) => {
        const concrete = concreteMicroTile(shape, tile);
        const want = fields(indexGeometry(shape, tile, gatherDim));
        const tensor = makeTensor('f32', shape);
        expect(fields(buildIndex(tensor, concrete, gatherDim))).toEqual(want);
        expect(fields(naiveBuildIndex(tensor, concrete, gatherDim))).toEqual(want);
      }),
      { seed: 0x6e1, numRuns: 500 },
    );
  });

  it('the CUDA target and the shared index spec (gpujs, webgpu) work out the same geometry (rank 1 and up)', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.shape.length > 0),
        ({ shape, tile, gatherDim }) => {
          const want = fields(indexGeometry(shape, tile, gatherDim));
          expect(fields(cudaGeometry(shape, tile, gatherDim))).toEqual(want);
          const kernel = {
            index: { key: 'k', source: 's', fill: 0, microTile: tile, gatherDim },
          } as unknown as PitKernel;
          expect(fields(indexSpecOf(kernel, shape))).toEqual(want);
        },
      ),
      { seed: 0x6e2, numRuns: 1000 },
    );
  });

  it('rank 0 is one strip of one tile', () => {
    expect(fields(indexGeometry([], [], 0))).toEqual({
      shape: [],
      microTile: [],
      gatherDim: 0,
      stripDims: [],
      stripGrid: [],
      stripCount: 1,
      gatherTiles: 1,
    });
  });
});
