import { afterAll, describe, expect, it } from 'vitest';
import { dimsWithDefaults } from '../../ir/graph/dims.js';
import type { HostTensor } from '../../ir/tensor.js';
import { tensorOf } from '../helpers/compare.js';
import { compilePit, denseValues, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import {
  closeSharedSession,
  lower,
  mismatchAgainstRef,
  runOnWebgpu,
  sharedSession,
} from './webgpu-harness.js';

/**
 * The shaders' scalar semantics are the reference's: every unary function and binary operator
 * on NaN, ±inf, ±0, huge and tiny values (WGSL lets an implementation assume finite values, and
 * SwiftShader does: these cases fail without the prelude's guards), reductions over rows holding
 * NaN and infinities, i32 and bool values, ranks 0 and 5. Then the tiled GEMM against the
 * per-cell shader and the reference: dense and PIT, odd shapes, every density including all
 * strips absent, batched and multi-axis groups, epilogues, strips of several rows and columns.
 */

const { session, why } = await sharedSession();
afterAll(closeSharedSession);

const SPECIAL = [
  0,
  -0,
  1,
  -1,
  0.3,
  -2.5,
  7,
  100,
  -100,
  1e30,
  -1e30,
  NaN,
  Infinity,
  -Infinity,
  1e-30,
  3e38,
];

async function check(
  text: string,
  inputs: Map<string, HostTensor>,
  options: Parameters<typeof runOnWebgpu>[4] = {},
): Promise<string | undefined> {
  const c = compilePit(text, 'case.pit');
  const dims = dimsWithDefaults(c.graph);
  const result = await runOnWebgpu(session!, lower(c.graph), inputs, dims, options);
  return mismatchAgainstRef(c.graph, result, denseValues(c.graph, inputs, dims));
}

describe.skipIf(!session)(`webgpu scalar semantics${session ? '' : ` (skipped: ${why})`}`, () => {
  it('every unary function on special values', async () => {
    const fns = ['relu', 'exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'gelu', 'abs', 'erf'];
    const text = `dim N = ${SPECIAL.length}\ninput x : f32[N]\n${fns.map((f) => `${f}_[i] = ${f}(x[i])`).join('\n')}\nneg_[i] = -x[i]\noutput ${[...fns, 'neg'].map((f) => `${f}_`).join(', ')}\n`;
    expect(
      await check(text, new Map([['x', tensorOf('f32', [SPECIAL.length], SPECIAL)]])),
    ).toBeUndefined();
  });

  it('every binary operator, comparison and where on every pair of special values', async () => {
    const n = SPECIAL.length;
    const ops = [
      'x[i] + y[j]',
      'x[i] - y[j]',
      'x[i] * y[j]',
      'x[i] / y[j]',
      'max(x[i], y[j])',
      'min(x[i], y[j])',
      'where(x[i] != 0, y[j], -inf)',
      'where(x[i] > y[j], x[i], y[j] * 2)',
    ];
    const compares = ['<', '<=', '>', '>=', '==', '!='];
    const lines = [
      ...ops.map((e, k) => `o${k}[i, j] = ${e}`),
      ...compares.map((op, k) => `c${k}[i, j] = x[i] ${op} y[j]`),
    ];
    const text = `dim N = ${n}\ninput x : f32[N]\ninput y : f32[N]\n${lines.join('\n')}\noutput ${[...ops.map((_, k) => `o${k}`), ...compares.map((_, k) => `c${k}`)].join(', ')}\n`;
    const v = tensorOf('f32', [n], SPECIAL);
    expect(
      await check(
        text,
        new Map([
          ['x', v],
          ['y', v],
        ]),
      ),
    ).toBeUndefined();
  });

  it('reductions over rows with NaN, infinities and empty ranges of values', async () => {
    const rows = [
      [1, 2, 3, 4],
      [NaN, 1, 2, 3],
      [Infinity, -Infinity, 1, 0],
      [-Infinity, -Infinity, -Infinity, -Infinity],
      [0, -0, 0, -0],
      [1e30, 1e30, -1e30, 5],
    ];
    const text =
      'dim R = 6, C = 4\ninput x : f32[R, C]\ns[r] = sum[c] x[r, c]\np[r] = prod[c] x[r, c]\nmx[r] = max[c] x[r, c]\nmn[r] = min[c] x[r, c]\nsm[r, c] = exp(x[r, c] - max[d] x[r, d]) / sum[e] exp(x[r, e] - max[d2] x[r, d2])\noutput s, p, mx, mn, sm\n';
    expect(
      await check(text, new Map([['x', tensorOf('f32', [6, 4], rows.flat())]])),
    ).toBeUndefined();
  });

  it('i32 and bool values, stores and promotions', async () => {
    const text = [
      'dim N = 7',
      'input a : i32[N]',
      'input b : i32[N]',
      'input m : bool[N]',
      'input x : f32[N]',
      's[i] = a[i] + b[i] * 3 - i',
      'q[i] = max(a[i], b[i]) - min(a[i], 2)',
      'c[i] = a[i] < b[i]',
      'w[i] = where(m[i], a[i], b[i])',
      'f[i] = x[i] * a[i] + m[i]',
      'g[i] = x[i] > 0',
      'n[] = sum[i] m[i]',
      'output s, q, c, w, f, g, n',
    ].join('\n');
    const inputs = new Map<string, HostTensor>([
      ['a', tensorOf('i32', [7], [0, -5, 12, 1000000, -1000000, 7, 3])],
      ['b', tensorOf('i32', [7], [1, 1, -3, 2, 9999, -7, 3])],
      ['m', tensorOf('bool', [7], [1, 0, 1, 1, 0, 0, 1])],
      ['x', tensorOf('f32', [7], [0.5, NaN, -2, 0, Infinity, -0, 3])],
    ]);
    expect(await check(`${text}\n`, inputs)).toBeUndefined();
  });

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

  it('ranks 0 and 5, a shader without tensor reads', async () => {
    const text =
      'dim A = 2, B = 3, C = 2, D = 3, E = 4\ninput x : f32[A, B, C, D, E]\nk0[] = 1.5 * 2 - 4\nz[a, b, c, d, e] = x[a, b, c, d, e] * (a + 2 * b + 3 * c + 5 * d + 7 * e) + k0[]\nw[b, c, d] = sum[a, e] z[a, b, c, d, e]\noutput k0, z, w\n';
    const c = compilePit(text, 'rank.pit');
    const inputs = makeInputs(c.graph, dimsWithDefaults(c.graph), { density: 1, seed: 5 });
    expect(await check(text, inputs)).toBeUndefined();
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
              if (crossover > 0) expect(detail.form, where).toBe('pit');
              if (detail.shader === 'gemm' && crossover > 0) gemmPit++;
            }
          }
        }
      }
      expect(gemmPit).toBeGreaterThan(0);
    },
  );
});
