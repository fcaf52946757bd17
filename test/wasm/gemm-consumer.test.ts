import { describe, expect, it } from 'vitest';
import { compilePit } from '../helpers/pit-harness.js';
import { activations, inputsFor, runFusedAndNot, type InputSpec } from './store-runs.js';
import { planned, runWasm } from './wasm-harness.js';

/**
 * A point-by-point op computed by the stores of the GEMM whose output it writes over
 * (gemm-consumer.ts): the FFN's `a = relu(h)`. Every case runs with the GEMM epilogue fused and
 * unfused (`fuseEpilogue: false`: the GEMM stores its own value and the consumer runs as its own
 * op) on 1 and 2 threads: each is within the f32 bound of the float64 reference, all four give
 * the same bits, and the records say who computed the consumer. Cases the stores must not take
 * (the consumer reads a tensor made after the GEMM, reads another cell, is a program output's
 * producer's reader, is fused into a stage group) run correctly on their own.
 */

interface Case extends InputSpec {
  readonly name: string;
  readonly text: string;
  readonly dims: readonly Record<string, number>[];
  /** Consumer → the GEMM whose stores compute it when its epilogue fuses (absent: never fused). */
  readonly consumers: Readonly<Record<string, string>>;
  /** Ops no GEMM's stores may compute. */
  readonly alone?: readonly string[];
}

const FFN = `dim T, D, F
input  x : f32[T, D]
input  w1: f32[D, F]
input  b1: f32[F]
input  w2: f32[F, D]
h[t, f] = b1[f] + sum[k] x[t, k] * w1[k, f]
a[t, f] = relu(h[t, f])
y[t, d] = sum[f] a[t, f] * w2[f, d]
output y`;

// a plain GEMM (no epilogue of its own) whose consumer reads an input per column and one per row
// (and is read by a GEMM: a reduction reading it would fuse it into a stage group instead)
const PLAIN = `dim M, K, N
input  p : f32[M, K]
input  q : f32[K, N]
input  c : f32[N]
input  r : f32[M]
g[m, n] = sum[k] p[m, k] * q[k, n]
u[m, n] = max(g[m, n] * 2 + c[n], g[m, n] / r[m])
s[m, k] = sum[n] u[m, n] * q[k, n]
output s`;

// consumers the stores must not compute: one reads a tensor made after the GEMM, one another
// cell (so it does not write over the GEMM's output); u3 is fused into a stage group with v3 where
// the group forms (then the stores leave it), or else computed by g3's stores.
// Each is read by a GEMM (a reduction reading it would group it)
const REFUSED = `dim M, K
input  p : f32[M, K]
input  q : f32[K, M]
input  q2: f32[K, M]
input  e : f32[M, M]
g1[m, n] = sum[k] p[m, k] * q[k, n]
late[m, n] = e[m, n] + sum[k] p[m, k] * q2[k, n]
u1[m, n] = g1[m, n] + late[m, n]
o1[m, k] = sum[n] u1[m, n] * q[k, n]
g2[m, n] = sum[k] p[m, k] * q2[k, n] * 2
u2[m, n] = g2[n, m] - 1
o2[m, k] = sum[n] u2[m, n] * q2[k, n]
g3[m, n] = sum[k] p[m, k] * q[k, n] * 3
u3[m, n] = g3[m, n] * 2
v3[m, n] = exp(u3[m, n]) + e[m, n]
o3[m, k] = sum[n] v3[m, n] * q[k, n]
g4[m, n] = sum[k] p[m, k] * q2[k, n] * 4
u4[m, n] = relu(g4[m, n])
o4[m, k] = sum[n] u4[m, n] * q2[k, n]
output o1, o2, o3, o4`;

// an input-sparse GEMM: strips with nothing listed leave rows no task writes, so the stores
// cannot apply the epilogue and the consumer runs on its own
const SPARSE = `dim T, F, D
input  h0: f32[T, F] @dynamic
input  w : f32[F, D]
input  b : f32[D]
z[t, d] = b[d] + sum[f] h0[t, f] * w[f, d]
a[t, d] = relu(z[t, d])
y[t] = max[d] a[t, d]
output y`;

const CASES: Case[] = [
  {
    name: 'FFN: relu of bias + x·w1',
    text: FFN,
    dims: [
      { T: 37, D: 13, F: 70 },
      { T: 5, D: 300, F: 9 },
      { T: 1, D: 1, F: 1 },
    ],
    consumers: { a: 'h' },
    specials: ['b1'],
  },
  {
    name: 'a plain GEMM; the consumer reads per-column and per-row inputs',
    text: PLAIN,
    dims: [
      { M: 33, K: 7, N: 21 },
      { M: 4, K: 290, N: 8 },
    ],
    consumers: { u: 'g' },
    specials: ['c', 'r'],
  },
  {
    name: 'consumers the stores must not compute',
    text: REFUSED,
    dims: [
      { M: 19, K: 11 },
      { M: 8, K: 260 },
    ],
    // g4's consumer fuses: refusing the others must not refuse it
    consumers: { u4: 'g4' },
    alone: ['u1', 'u2', 'v3'],
    specials: ['e'],
  },
  ...(['neurons', 'strips', 'zero', 'dense'] as const).map((kind): Case => ({
    name: `an input-sparse GEMM, activations ${kind}`,
    text: SPARSE,
    dims: [{ T: 70, F: 45, D: 19 }],
    specials: ['b'],
    // rows no task writes: the epilogue is a separate pass and the consumer runs itself
    consumers: kind === 'strips' || kind === 'zero' ? {} : { a: 'z' },
    ...(kind === 'strips' || kind === 'zero' ? { alone: ['a'] } : {}),
    sparse: (name, shape, rng) => (name === 'h0' ? activations(shape, rng, kind) : undefined),
  })),
];

describe.each(CASES.map((c) => [c.name, c] as const))(
  'a GEMM computing its consumer in its stores: %s',
  (_, c) => {
    const compiled = compilePit(c.text);
    const program = planned(compiled);
    it.each(c.dims.map((d) => [JSON.stringify(d), d] as const))('%s', async (_key, dimsObject) => {
      const dims = new Map(Object.entries(dimsObject));
      const inputs = inputsFor(c, compiled.graph, dims, 29);
      await runFusedAndNot(compiled, program, inputs, dims, (ops, fuseEpilogue, threads) => {
        const into = new Map(ops.map((o) => [o.name, o.detail?.['fusedInto']]));
        for (const [consumer, gemm] of Object.entries(c.consumers)) {
          expect(
            into.get(consumer),
            `${consumer}, fused ${fuseEpilogue}, ${threads} thread(s)`,
          ).toBe(fuseEpilogue ? gemm : undefined);
          const record = ops.find((o) => o.name === gemm)?.detail?.['epilogue'] as
            Record<string, unknown> | undefined;
          expect(record?.['consumer'], gemm).toBe(fuseEpilogue ? consumer : undefined);
        }
        const gemms = new Set(
          ops.filter((o) => o.detail?.['gemm'] !== undefined).map((o) => o.name),
        );
        for (const op of c.alone ?? [])
          expect(gemms.has(String(into.get(op))), `${op} computed by ${String(into.get(op))}`).toBe(
            false,
          );
      });
      // exact: float64 point-by-point ops, never computed by a GEMM's f32 stores
      const exact = await runWasm(program, inputs, dims, { threads: 2, exact: true });
      expect(
        exact.ops.filter(
          (o) => o.detail?.['path'] === 'gemm' && o.detail['fusedInto'] !== undefined,
        ),
      ).toEqual([]);
    });
  },
);
