import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { compilePit } from '../helpers/pit-harness.js';
import { activations, inputsFor, runFusedAndNot, type InputSpec } from './store-runs.js';
import { planned, runWasm } from './wasm-harness.js';

/**
 * GEMM epilogues applied in the GEMM's final stores (gemm-epilogue.ts). Every case runs fused
 * and unfused (`fuseEpilogue: false`, the separate SIMD pass over C) on 1 and 2 threads: both
 * must be within the f32 bound of the float64 reference (NaN only where it has NaN), give the
 * same bits (the fused stores compute the same f32 operations on the same sums), and the op must
 * report which path it took. Shapes are odd (edge tiles of the 4×8 and 8×4 kernels, partial
 * column groups, K past one k block of 256 so the epilogue must wait for the last one), inputs
 * hold -inf, NaN and ±0, masks are block-aligned, scattered (listed tiles with masked cells),
 * all zero and dense, and input-sparse GEMMs have strips with nothing listed.
 */

type Path = 'fused' | 'simd' | 'scalar';

interface Case extends InputSpec {
  readonly name: string;
  readonly text: string;
  readonly dims: readonly Record<string, number>[];
  /** Expected epilogue path of each GEMM op in the default run (a RegExp on `notFused` for the separate pass). */
  readonly paths: (dims: Record<string, number>) => Record<string, Path | RegExp>;
}

const DENSE = `dim M, K, N
input a: f32[M, K]
input b: f32[K, N]
input bt: f32[N, K]
input bias: f32[N]
input rs: f32[M]
input keep: bool[M, N]
y1[m, n] = relu(bias[n] + sum[k] a[m, k] * b[k, n])
y2[m, n] = (sum[k] a[m, k] * b[k, n]) / rs[m]
y3[m, n] = where(keep[m, n], 0.125 * sum[k] a[m, k] * b[k, n], -inf)
y4[m, n] = where(keep[m, n], 0.125 * sum[k] a[m, k] * bt[n, k], -inf)
y5[m, n] = max(exp(0.5 * sum[k] a[m, k] * bt[n, k] - bias[n]), rs[m]) - (keep[m, n] != 0)
y6[m, n] = (sum[k] a[m, k] * b[k, n]) * bt[n, 0]
output y1, y2, y3, y4, y5, y6`;

const SDDMM = `dim H, S, D
input q: f32[H, S, D]
input k: f32[H, S, D]
input bias: f32[S]
input mask: bool[S, S] @dynamic
s[h, i, j] = where(mask[i, j], 0.125 * sum[d] q[h, i, d] * k[h, j, d], -inf)
t[h, i, j] = where(mask[i, j], relu(sum[d] q[h, i, d] * k[h, j, d] + bias[j]), 0)
output s, t`;

// an input-sparse GEMM (FFN fc2: zero rows and neurons of h) with a bias epilogue
const FC2 = `dim T, F, D
input h: f32[T, F] @dynamic
input w: f32[F, D]
input b: f32[D]
input z: f32[T]
y[t, d] = (b[d] + sum[f] h[t, f] * w[f, d]) / z[t]
output y`;

function mask(shape: readonly number[], rng: () => number, kind: string): HostTensor {
  const [rows, cols] = shape as [number, number];
  const data = new Uint8Array(rows * cols);
  const block = 8;
  const keepBlock = Array.from(
    { length: Math.ceil(rows / block) * Math.ceil(cols / block) },
    () => rng() < 0.3,
  );
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const at = i * cols + j;
      if (kind === 'dense') data[at] = 1;
      else if (kind === 'blocks')
        data[at] = keepBlock[
          Math.floor(i / block) * Math.ceil(cols / block) + Math.floor(j / block)
        ]
          ? 1
          : 0;
      else if (kind === 'scattered') data[at] = rng() < 0.3 ? 1 : 0;
    }
  }
  return { dtype: 'bool', shape, data };
}

const CASES: Case[] = [
  {
    name: 'dense GEMMs: bias + relu, division by a row value, where over a bool, NT, exp and max',
    text: DENSE,
    dims: [
      { M: 9, K: 13, N: 7 },
      { M: 33, K: 5, N: 70 },
      { M: 1, K: 1, N: 1 },
      { M: 21, K: 300, N: 37 },
    ],
    // with one column, bt[n, 0] is one value per row
    paths: (d) => ({
      y1: 'fused',
      y2: 'fused',
      y3: 'fused',
      y4: 'fused',
      y5: 'fused',
      y6: d['N'] === 1 ? 'fused' : /does not follow the output's columns/,
    }),
    specials: ['a', 'b', 'bt', 'bias', 'rs'],
  },
  ...['blocks', 'scattered', 'none', 'dense'].map((kind): Case => ({
    name: `output-sparse SDDMM, mask ${kind}`,
    text: SDDMM,
    dims: [
      { H: 2, S: 37, D: 11 },
      { H: 1, S: 70, D: 300 },
    ],
    paths: () => ({ s: 'fused', t: 'fused' }),
    specials: ['q', 'k', 'bias'],
    sparse: (name, shape, rng) => (name === 'mask' ? mask(shape, rng, kind) : undefined),
  })),
  ...(['neurons', 'strips', 'zero', 'dense'] as const).map((kind): Case => ({
    name: `input-sparse GEMM with a bias, activations ${kind}`,
    text: FC2,
    dims: [
      { T: 37, F: 45, D: 19 },
      { T: 70, F: 290, D: 9 },
    ],
    // rows of C no task writes (strips with nothing listed) need the separate pass
    paths: () => ({ y: kind === 'strips' || kind === 'zero' ? /no task writes/ : 'fused' }),
    specials: ['b', 'z'],
    sparse: (name, shape, rng) => (name === 'h' ? activations(shape, rng, kind) : undefined),
  })),
];

function epilogueOf(op: {
  detail?: Readonly<Record<string, unknown>>;
}): Record<string, unknown> | undefined {
  return op.detail?.['path'] === 'gemm'
    ? (op.detail['epilogue'] as Record<string, unknown> | undefined)
    : undefined;
}

describe.each(CASES.map((c) => [c.name, c] as const))(
  'GEMM epilogues in the stores: %s',
  (_, c) => {
    const compiled = compilePit(c.text);
    const program = planned(compiled);
    it.each(c.dims.map((d) => [JSON.stringify(d), d] as const))('%s', async (_key, dimsObject) => {
      const dims = new Map(Object.entries(dimsObject));
      const inputs = inputsFor(c, compiled.graph, dims, 13);
      await runFusedAndNot(compiled, program, inputs, dims, (ops, fuseEpilogue) => {
        for (const op of ops) {
          const epilogue = epilogueOf(op);
          const want = c.paths(dimsObject)[op.name];
          if (!epilogue || want === undefined) continue;
          if (!fuseEpilogue) expect(epilogue['path'], op.name).toBe('simd');
          else if (want instanceof RegExp) {
            expect(epilogue['path'], op.name).toBe('simd');
            expect(String(epilogue['notFused']), op.name).toMatch(want);
          } else
            expect(epilogue['path'], `${op.name}: ${String(epilogue['notFused'] ?? '')}`).toBe(
              want,
            );
        }
      });
      // exact keeps its float64 epilogue
      const exact = await runWasm(program, inputs, dims, { threads: 2, exact: true });
      for (const op of exact.ops) {
        const epilogue = epilogueOf(op);
        if (epilogue) expect(epilogue['path'], op.name).toBe('scalar');
      }
    });
  },
);
