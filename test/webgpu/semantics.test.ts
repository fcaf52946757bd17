import { afterAll, describe, expect, it } from 'vitest';
import { dimsWithDefaults } from '../../ir/graph/dims.js';
import { compilePit, denseValues, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import {
  closeSharedSession,
  lower,
  mismatchAgainstRef,
  runOnWebgpu,
  sharedSession,
} from './webgpu-harness.js';

/**
 * What the conformance suite (test/conformance) does not reach on webgpu: cells past one row of
 * workgroups (a device allowing few per dimension), and the tiled GEMM against the per-cell
 * shader and the reference: dense and PIT, odd shapes, every density including all strips absent,
 * batched and multi-axis groups, epilogues, strips of several rows and columns. (The scalar
 * semantics on NaN, ±inf, ±0, huge and tiny values, i32 and bool, ranks 0 and 5 are conformance
 * constructs: test/conformance/construct-programs.ts.)
 */
const { session, why } = await sharedSession();
afterAll(closeSharedSession);

describe.skipIf(!session)(`webgpu workgroup grid${session ? '' : ` (skipped: ${why})`}`, () => {
  it('cells past one row of workgroups (a device allowing 3 per dimension): the 2-D layout, GEMMs falling back per cell', async () => {
    const s = session!;
    const small = {
      ...s,
      limits: { ...s.limits, maxComputeWorkgroupsPerDimension: 3 },
      submit: s.submit,
      close: async () => {},
    };
    const text =
      'dim M = 23, K = 9, N = 21\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\nd[m, n] = tanh(c[m, n]) * m - n\noutput c, d\n';
    const c = compilePit(text, 'wide.pit');
    const dims = dimsWithDefaults(c.graph);
    for (const density of [0.3, 1]) {
      const inputs = makeInputs(c.graph, dims, { density, seed: 8 });
      const result = await runOnWebgpu(small, lower(c.graph), inputs, dims);
      expect(
        mismatchAgainstRef(c.graph, result, denseValues(c.graph, inputs, dims)),
        `density ${density}`,
      ).toBeUndefined();
      // 483 cells: 8 workgroups of 64 as 3 x 3; the GEMM's 2 x 2 x 23 grid needs more than 3 along z
      expect(result.ops.map((o) => o.detail?.shader)).toEqual(['cell', 'cell']);
    }
  });
});

/** GEMM-shaped programs: the names of the sparse operand and of its micro-tile shapes to try. */
const GEMMS: readonly {
  readonly name: string;
  readonly text: string;
  readonly sparse: string;
  readonly tiles: readonly (readonly number[])[];
}[] = [
  {
    name: 'matmul',
    text: 'dim M = 37, K = 19, N = 21\ninput a : f32[M, K] @dynamic\nweight b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n',
    sparse: 'a',
    tiles: [
      [1, 1],
      [4, 1],
      [3, 5],
      [1, 19],
    ],
  },
  {
    name: 'sparse right operand, scaled, epilogue',
    text: 'dim M = 17, K = 33, N = 18\ninput a : f32[M, K]\ninput b : f32[K, N] @dynamic\nc[m, n] = relu(0.5 * (sum[k] a[m, k] * b[k, n] * 3)) + a[m, 0]\noutput c\n',
    sparse: 'b',
    tiles: [
      [1, 1],
      [5, 2],
      [2, 7],
    ],
  },
  {
    name: 'batched, transposed',
    text: 'dim B = 3, M = 9, K = 20, N = 11\ninput a : f32[B, M, K] @dynamic\ninput b : f32[B, N, K]\nc[z, m, n] = sum[k] a[z, m, k] * b[z, n, k]\noutput c\n',
    sparse: 'a',
    tiles: [
      [1, 1, 1],
      [1, 2, 3],
      [1, 4, 1],
    ],
  },
  {
    name: 'two reduced axes, multi-axis rows',
    text: 'dim P = 3, Q = 5, K = 4, L = 6, N = 7\ninput a : f32[P, Q, K, L] @dynamic\ninput b : f32[K, L, N]\nc[p, q, n] = sum[k, l] a[p, q, k, l] * b[k, l, n]\noutput c\n',
    sparse: 'a',
    tiles: [
      [1, 1, 1, 6],
      [2, 3, 1, 6],
      [1, 1, 2, 1],
      [2, 2, 2, 2],
    ],
  },
];

describe.skipIf(!session)(`webgpu tiled GEMMs${session ? '' : ` (skipped: ${why})`}`, () => {
  it.each(GEMMS)(
    '$name: tiled GEMM = per-cell shader = reference, dense and PIT, every density',
    async ({ text, sparse, tiles }) => {
      const c = compilePit(text, 'gemm.pit');
      const dims = dimsWithDefaults(c.graph);
      let gemmPit = 0;
      for (const tile of tiles) {
        const hints = new Map([[sparse, [...tile]]]);
        const program = lower(c.graph, 'gemm', { hints });
        for (const density of [0, 0.1, 0.5, 1, 'dense'] as DensitySpec[]) {
          const inputs = makeInputs(c.graph, dims, { density, tiles: hints, seed: 11 });
          const ref = denseValues(c.graph, inputs, dims);
          for (const noGemm of [false, true]) {
            // the dense forms do not depend on the density: once per tile
            for (const crossover of density === 0.5 ? [1, -1] : [1]) {
              const result = await runOnWebgpu(session!, program, inputs, dims, {
                denseCrossover: crossover,
                compile: { noGemm },
              });
              const where = `tile ${tile.join('x')} density ${density} ${noGemm ? 'per-cell' : 'tiled'} ${crossover > 0 ? 'PIT' : 'dense'}`;
              expect(mismatchAgainstRef(c.graph, result, ref), where).toBeUndefined();
              const detail = result.ops[0]?.detail ?? {};
              // the dense form is always a contraction; a PIT rule the tiled GEMM does not take (strips
              // along a reduced axis, a spatial gather) runs per cell
              if (noGemm || crossover < 0)
                expect(detail.shader, where).toBe(noGemm ? 'cell' : 'gemm');
              if (crossover > 0) expect(result.ops[0]?.form, where).toBe('pit');
              if (detail.shader === 'gemm' && crossover > 0) gemmPit++;
            }
          }
        }
      }
      expect(gemmPit).toBeGreaterThan(0);
    },
  );
});
