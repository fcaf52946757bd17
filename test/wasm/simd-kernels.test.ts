import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import type { SimdStageProgram } from '../../codegen/wasm/pointwise-kernels.js';
import { stageJobs } from '../../codegen/wasm/simd-run.js';
import type { HostTensor } from '../../ir/tensor.js';
import { compareTensors, mulberry32, randomTensor } from '../helpers/compare.js';
import { boundMismatch, f32ErrorBounds } from '../helpers/f32-error-bound.js';
import { compilePit, shapeOf } from '../helpers/pit-harness.js';
import { runPointwiseWithSplits } from './simd-harness.js';
import { planned, runWasm } from './wasm-harness.js';

/**
 * The f32 SIMD kernels (the wasm default for every op that is not a GEMM, and for GEMM
 * epilogues) against the float64 reference, one program per feature: broadcasts and strided
 * reads, index values and bools, comparisons and special values, reductions over inner, outer,
 * several and nested axes, softmax and LayerNorm chains, the vector math functions, rank-0
 * tensors, the scalar fallbacks, GEMM epilogues. Shapes are odd (remainders of 1–3 lanes,
 * extents 1 and below 4). For each:
 *
 * - the default run is within the f32 error bound of the reference (test/helpers/f32-error-bound.ts:
 *   grows with the terms of a sum and the conditioning; NaN only where the reference has NaN;
 *   bools and ints exact), and gives the same bits on 1 and 2 threads;
 * - every op ran on the path expected (SIMD, or the scalar kernel with the reason given);
 * - with `exact`, every op that is not a GEMM reproduces the reference bit for bit;
 * - the kernels give the same bits for any split of their row and vector ranges.
 */
interface Case {
  readonly name: string;
  readonly text: string;
  readonly dims: readonly Record<string, number>[];
  /** Ops expected on the scalar path, with their reason; every other op must run SIMD (or as a GEMM with a SIMD epilogue). */
  readonly scalar?: Record<string, RegExp>;
  /** Probability of NaN, ±inf, ±0 in f32 inputs. */
  readonly specials?: number;
  /** Value range of f32 inputs (default [-1, 1)). */
  readonly range?: readonly [number, number];
}

const CASES: Case[] = [
  {
    name: 'broadcasts and strided reads',
    text: `dim R, C
input x: f32[R, C]
input b: f32[C]
input c: f32[R]
input t: f32[C, R]
y[i, j] = x[i, j] * b[j] + c[i] - 0.5
z[i, j] = t[j, i] * 2 + x[i, j]
output y, z`,
    dims: [{ R: 5, C: 13 }, { R: 3, C: 1 }, { R: 1, C: 4 }, { R: 7, C: 67 }],
  },
  {
    name: 'reversed and offset reads (negative strides)',
    text: `input x: f32[4, 11]
input v: f32[13]
r[i, j] = x[3 - i, 10 - j] * 2
s[i, j] = v[j + 2] - v[12 - j] + x[i, j]
output r, s`,
    dims: [{}],
  },
  {
    name: 'index values and bools',
    text: `dim N
input x: f32[N, N]
input m: bool[N, N]
band[i, j] = min(abs(i - j) <= 2, m[i, j] == m[i, j])
tri[i, j] = where(j <= i, x[i, j], -inf)
keep[i, j] = max(m[i, j] != 0, i == j)
sel[i, j] = where(m[i, j], x[i, j], 0.25 * j)
both[i, j] = min(m[i, j] != 0, x[i, j] > 0)
cast[i, j] = m[j, i] * x[i, j] + i
output band, tri, keep, sel, both, cast`,
    dims: [{ N: 9 }, { N: 3 }, { N: 13 }],
  },
  {
    name: 'comparisons, min/max and specials (NaN, ±inf, ±0)',
    text: `dim N
input x: f32[N]
input y: f32[N]
lt[i] = x[i] < y[i]
le[i] = x[i] <= y[i]
ne[i] = x[i] != y[i]
eq[i] = x[i] == y[i]
mx[i] = max(x[i], y[i])
mn[i] = min(x[i], y[i])
r[i] = relu(x[i])
w[i] = where(x[i] > y[i], x[i], y[i])
a[i] = abs(x[i]) - y[i]
n[i] = -x[i] / y[i]
nz[i] = x[i] != 0
output lt, le, ne, eq, mx, mn, r, w, a, n, nz`,
    dims: [{ N: 61 }, { N: 2 }],
    specials: 0.3,
  },
  {
    name: 'reductions: inner, outer, several axes, nested, prod, min, sums of bools',
    text: `dim A, B, C
input x: f32[A, B, C]
inner[a, b] = sum[c] x[a, b, c]
outer[b, c] = sum[a] x[a, b, c]
middle[a, c] = max[b] x[a, b, c]
both[b] = min[a, c] x[a, b, c]
pr[a, b] = prod[c] (1 + 0.1 * x[a, b, c])
all[] = sum[a, b, c] x[a, b, c]
nested[a] = sum[b] (max[c] x[a, b, c]) * x[a, b, 0]
cnt[a] = (sum[b, c] x[a, b, c] > 0) / 3
anyneg[a] = max[b, c] x[a, b, c] < 0
output inner, outer, middle, both, pr, all, nested, cnt, anyneg`,
    dims: [{ A: 3, B: 5, C: 7 }, { A: 2, B: 1, C: 9 }, { A: 4, B: 3, C: 1027 }, { A: 1, B: 1, C: 1 }],
  },
  {
    name: 'reductions with NaN and infinities',
    text: `dim A, B
input x: f32[A, B]
s[a] = sum[b] x[a, b]
m[a] = max[b] x[a, b]
n[a] = min[b] x[a, b]
c[b] = max[a] x[a, b]
output s, m, n, c`,
    dims: [{ A: 6, B: 23 }, { A: 5, B: 70 }],
    specials: 0.05,
  },
  {
    name: 'softmax and LayerNorm chains',
    text: `dim T
input x: f32[T, 37]
weight g: f32[37]
weight beta: f32[37]
mx[t] = max[n] x[t, n]
ex[t, n] = exp(x[t, n] - mx[t])
z[t] = sum[n] ex[t, n]
p[t, n] = ex[t, n] / z[t]
mu[t] = (sum[n] x[t, n]) / 37
xc[t, n] = x[t, n] - mu[t]
var[t] = (sum[n] xc[t, n] * xc[t, n]) / 37
y[t, n] = g[n] * xc[t, n] / sqrt(var[t] + 1e-5) + beta[n]
sm[t, n] = exp(x[t, n] - max[k] x[t, k]) / sum[k2] exp(x[t, k2] - max[k3] x[t, k3])
output p, y, sm`,
    dims: [{ T: 5 }, { T: 1 }],
    range: [-4, 4],
  },
  {
    name: 'vector math functions',
    text: `dim R, C
input x: f32[R, C]
e[i, j] = exp(x[i, j] * 4)
l[i, j] = log(abs(x[i, j]) + 0.01)
th[i, j] = tanh(x[i, j] * 3)
sg[i, j] = sigmoid(x[i, j] * 8)
ge[i, j] = gelu(x[i, j] * 4)
sq[i, j] = sqrt(abs(x[i, j]))
er[i, j] = erf(x[i, j] * 2)
gx[i, j] = x[i, j] * 4 * 0.5 * (1 + erf(x[i, j] * 4 / 1.4142135))
output e, l, th, sg, ge, sq, er, gx`,
    dims: [{ R: 3, C: 45 }],
    range: [-3, 3],
  },
  {
    name: 'math functions on special values',
    text: `dim N
input x: f32[N]
e[i] = exp(x[i])
l[i] = log(x[i])
th[i] = tanh(x[i])
sg[i] = sigmoid(x[i])
ge[i] = gelu(x[i])
er[i] = erf(x[i])
output e, l, th, sg, ge, er`,
    dims: [{ N: 50 }],
    specials: 0.5,
    range: [-120, 120],
  },
  {
    name: 'rank-0 tensors',
    text: `input x: f32[6]
s[] = sum[i] x[i]
u[] = x[2] * 3
v[i] = x[i] / s[]
b[] = u[] > 0
output s, u, v, b`,
    dims: [{}],
  },
  {
    name: 'the scalar fallbacks',
    text: `dim N
input x: f32[N]
input idx: i32[N]
k[i] = idx[i] + idx[i]
f[i] = (idx[i] * idx[i]) + x[i]
g[i] = idx[i] * x[i]
h[i] = idx[i] == i
p[i] = idx[i] + 1 != x[i] + 1
q[i] = sum[j] idx[j] * x[i]
output k, f, g, h, p, q`,
    dims: [{ N: 11 }],
    scalar: { k: /i32 output/, f: /i32 arithmetic/, h: /comparison of i32/, p: /comparison of i32/, q: /sum of i32/ },
  },
];

const GEMM_CASE: Case = {
  name: 'GEMM epilogues',
  text: `dim M, K, N
input a: f32[M, K]
weight b: f32[K, N]
weight bias: f32[N]
y[m, n] = relu(sum[k] a[m, k] * b[k, n] + bias[n])
s[m, n] = where(n <= m, 0.125 * sum[k] a[m, k] * b[k, n], -inf)
q[m, n] = (sum[k] a[m, k] * b[k, n]) / (1 + abs(bias[n]))
output y, s, q`,
  dims: [{ M: 9, K: 13, N: 7 }, { M: 33, K: 5, N: 70 }],
};

function inputsFor(c: Case, graph: ReturnType<typeof compilePit>['graph'], dims: ReadonlyMap<string, number>, seed: number): Map<string, HostTensor> {
  const rng = mulberry32(seed);
  const out = new Map<string, HostTensor>();
  for (const t of graph.tensors) {
    if (t.role === 'intermediate') continue;
    const [min, max] = c.range ?? [-1, 1];
    out.set(t.name, randomTensor(rng, t.dtype, shapeOf(graph, t.name, dims), { min, max, ...(c.specials ? { specials: c.specials } : {}) }));
  }
  return out;
}

function expectPaths(c: Case, ops: readonly { name: string; detail?: Readonly<Record<string, unknown>> }[]): void {
  for (const op of ops) {
    const d = op.detail ?? {};
    const pointwise = d['path'] === 'gemm' ? ((d['epilogue'] as Record<string, unknown> | undefined) ?? { path: 'simd' }) : d;
    const why = c.scalar?.[op.name];
    if (why) {
      expect(pointwise['path'], `${op.name} should fall back`).toBe('scalar');
      expect(String(pointwise['why'])).toMatch(why);
    } else expect(d['path'] === 'gemm' ? ['simd', 'fused'] : ['simd'], `${op.name}: ${String(pointwise['why'] ?? '')}`).toContain(pointwise['path']);
  }
}

describe.each([...CASES, GEMM_CASE].map((c) => [c.name, c] as const))('SIMD kernels: %s', (_, c) => {
  const compiled = compilePit(c.text);
  const program = planned(compiled);
  it.each(c.dims.map((d) => [JSON.stringify(d), d] as const))('%s', async (_key, dimsObject) => {
    const dims = new Map(Object.entries(dimsObject));
    const inputs = inputsFor(c, compiled.graph, dims, 7);
    const ref = evaluateGraph(compiled.graph, inputs, dims);
    const bounds = f32ErrorBounds(compiled.graph, ref, dims);
    const byThreads: Map<string, HostTensor>[] = [];
    for (const threads of [1, 2]) {
      const run = await runWasm(program, inputs, dims, { threads });
      expectPaths(c, run.ops);
      for (const out of compiled.graph.outputs) {
        const m = boundMismatch(run.values.get(out) as HostTensor, ref.get(out) as HostTensor, bounds.get(out) as Float64Array);
        expect(m, `${out} on ${threads} thread(s)`).toBeUndefined();
      }
      byThreads.push(new Map(run.values));
    }
    for (const out of compiled.graph.outputs) expect(byThreads[1]?.get(out)?.data, `${out}: 1 and 2 threads differ`).toEqual(byThreads[0]?.get(out)?.data);

    const exact = await runWasm(program, inputs, dims, { threads: 2, exact: true });
    for (const op of exact.ops) {
      const d = op.detail ?? {};
      const scalar = d['path'] === 'gemm' ? (d['epilogue'] as Record<string, unknown> | undefined)?.['path'] : d['path'];
      if (scalar !== undefined) expect(scalar, op.name).toBe('scalar');
    }
    if (c !== GEMM_CASE) {
      for (const out of compiled.graph.outputs) {
        const m = compareTensors(exact.values.get(out) as HostTensor, ref.get(out) as HostTensor, { exact: true, signedZero: true, nanEqual: true });
        expect(m?.message, `exact ${out}`).toBeUndefined();
      }
    }
  });
});

/** Row ranges one by one, vector ranges of every width 1–5 (cells lanes), and seeded random cuts. */
const SPLITS: Record<string, (s: SimdStageProgram, rng: () => number) => number[][]> = {
  whole: (s) => [[0, s.rows, 0, s.vector]],
  'one row at a time, in reverse': (s) => Array.from({ length: s.rows }, (_, r) => [s.rows - 1 - r, s.rows - r, 0, s.vector]),
  'the runner for 3 and 5 threads': (s) => [...stageJobs(s, 3, 0), ...stageJobs(s, 5, 0)],
  'vector pieces of 1, 2, 3, 5 lanes': (s) => {
    if (s.lanes === 'reduce') return [[0, s.rows, 0, s.vector]];
    const jobs: number[][] = [];
    let v = 0;
    for (let k = 0; v < s.vector; k++) {
      const width = [1, 2, 3, 5][k % 4] as number;
      jobs.push([0, s.rows, v, Math.min(s.vector, v + width)]);
      v += width;
    }
    return jobs;
  },
  'random cuts': (s, rng) => {
    const jobs: number[][] = [];
    for (let r = 0; r < s.rows; ) {
      const r1 = Math.min(s.rows, r + 1 + Math.floor(rng() * 3));
      if (s.lanes === 'reduce') jobs.push([r, r1, 0, s.vector]);
      else for (let v = 0; v < s.vector; ) {
        const v1 = Math.min(s.vector, v + 1 + Math.floor(rng() * 9));
        jobs.push([r, r1, v, v1]);
        v = v1;
      }
      r = r1;
    }
    return jobs;
  },
};

describe('SIMD kernels give the same bits for any split of their ranges', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const compiled = compilePit(c.text);
    const program = planned(compiled);
    for (const dimsObject of c.dims) {
      const dims = new Map(Object.entries(dimsObject));
      const inputs = inputsFor(c, compiled.graph, dims, 3);
      const rng = mulberry32(5);
      const runs = Object.entries(SPLITS).map(([how, split]) => [how, runPointwiseWithSplits(program, inputs, dims, (s) => split(s, rng)).values] as const);
      const [, whole] = runs[0] as (typeof runs)[number];
      for (const [how, values] of runs) {
        for (const [name, t] of whole) expect(new Uint8Array((values.get(name) as HostTensor).data.buffer), `${name}, ${how}, ${JSON.stringify(dimsObject)}`).toEqual(new Uint8Array(t.data.buffer));
      }
    }
  });
});
