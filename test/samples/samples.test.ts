import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { runFrontEnd } from '../../src/frontend/index.js';

/**
 * The bundled samples (samples/*.pit): each must check cleanly (no errors, no warnings), give
 * every dimension a default so `pitc run samples/X.pit --random 1` needs no flags, carry a
 * header comment with its command line, and evaluate to finite values on the reference
 * evaluator. Evaluation here uses tiny dims so the suite stays fast; the default sizes are
 * exercised by `pitc run` (and timed in samples/README.md).
 */

const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

/** Every sample and the inputs it marks @dynamic (ffn-relu's sparsity is produced inside). */
const EXPECTED: Record<string, readonly string[]> = {
  'matmul.pit': ['a'],
  'ffn-relu.pit': [],
  'moe.pit': ['r'],
  'moe-gate.pit': [],
  'attention.pit': ['mask'],
  'attention-longformer.pit': ['g'],
  'softmax.pit': ['x'],
  'layernorm.pit': ['x'],
  'conv2d.pit': ['x'],
  'dynamic-seqlen.pit': ['valid'],
};

const files = readdirSync(SAMPLES_DIR)
  .filter((f) => f.endsWith('.pit'))
  .sort();

function load(file: string): { text: string; graph: Graph } {
  const text = readFileSync(join(SAMPLES_DIR, file), 'utf8');
  const result = runFrontEnd(text, `samples/${file}`);
  expect(result.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  if (!result.graph) throw new Error(`samples/${file}: no graph`);
  return { text, graph: result.graph };
}

/** The leading block of `#` lines. */
function headerOf(text: string): string[] {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('#'));
  return lines.slice(0, end === -1 ? lines.length : end);
}

/** mulberry32: a small seeded generator, so inputs are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Tiny sizes, different per dim (3..7) so that swapped axes would show up as shape errors. */
function tinyDims(graph: Graph): Map<string, number> {
  const sizes = [5, 4, 6, 3, 7];
  return new Map(graph.dims.map((d, i) => [d.name, sizes[i % sizes.length] as number]));
}

/**
 * Seeded inputs for every input and weight: f32 uniform in [-1, 1) (a @dynamic f32 tensor is
 * zero with probability 1/2), bool and i32 0/1 with probability 1/2.
 */
function randomInputs(graph: Graph, dims: ReadonlyMap<string, number>, seed: number): Map<string, HostTensor> {
  const rand = rng(seed);
  const inputs = new Map<string, HostTensor>();
  for (const t of graph.tensors) {
    if (t.role === 'intermediate') continue;
    const shape = t.shape.map((d) => {
      const n = evalDim(d, dims);
      if (n === undefined) throw new Error(`cannot size '${t.name}'`);
      return n;
    });
    const x = makeTensor(t.dtype, shape);
    for (let i = 0; i < x.data.length; i++) {
      if (t.dtype !== 'f32') x.data[i] = rand() < 0.5 ? 1 : 0;
      else if (t.dynamic && rand() < 0.5) x.data[i] = 0;
      else x.data[i] = rand() * 2 - 1;
    }
    inputs.set(t.name, x);
  }
  return inputs;
}

function get(values: ReadonlyMap<string, HostTensor>, name: string): HostTensor {
  const t = values.get(name);
  if (!t) throw new Error(`no tensor '${name}'`);
  return t;
}

/** Element of a row-major tensor. */
function at(t: HostTensor, ...coords: number[]): number {
  let flat = 0;
  coords.forEach((c, d) => {
    flat = flat * (t.shape[d] as number) + c;
  });
  return t.data[flat] as number;
}

function evaluateTiny(file: string, seed = 7) {
  const { graph } = load(file);
  const dims = tinyDims(graph);
  const inputs = randomInputs(graph, dims, seed);
  return { graph, dims, inputs, values: evaluateGraph(graph, inputs, dims) };
}

describe('samples', () => {
  it('are exactly the documented set', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it('are listed in samples/README.md', () => {
    const readme = readFileSync(join(SAMPLES_DIR, 'README.md'), 'utf8');
    for (const f of files) expect(readme, f).toContain(`samples/${f}`);
  });

  describe.each(files)('%s', (file) => {
    it('checks with no diagnostics, gives every dim a default and marks the dynamic inputs', () => {
      const { graph } = load(file);
      expect(graph.dims.length).toBeGreaterThan(0);
      for (const d of graph.dims) expect(d.default, `dim ${d.name}`).toBeGreaterThan(0);
      const dynamic = graph.tensors.filter((t) => t.role !== 'intermediate' && t.dynamic).map((t) => t.name);
      expect(dynamic.sort()).toEqual([...(EXPECTED[file] ?? [])].sort());
    });

    it('has a header comment that says what it models and how to run it', () => {
      const { text, graph } = load(file);
      const header = headerOf(text);
      expect(header.length).toBeGreaterThanOrEqual(5);
      const body = header.join('\n');
      expect(body).toMatch(/What it models/);
      expect(body).toMatch(/Where the sparsity comes from/);
      expect(body).toContain(`pitc run samples/${file} --random 1`);
      // every --density / --dim / --microtile in the suggested commands names a real input / dim
      // (a micro-tile hint may also name an intermediate, as ffn-relu's relu output: it steers the planner)
      const inputs = new Set(graph.tensors.filter((t) => t.role !== 'intermediate').map((t) => t.name));
      const tensors = new Set(graph.tensors.map((t) => t.name));
      const dimNames = new Set(graph.dims.map((d) => d.name));
      for (const m of body.matchAll(/--(density|microtile|dim) (\w+)=/g)) {
        const [, flag, name] = m as unknown as [string, string, string];
        if (flag === 'dim') expect(dimNames, `--dim ${name}`).toContain(name);
        else expect(flag === 'microtile' ? tensors : inputs, `--${flag} ${name}`).toContain(name);
      }
    });

    it('evaluates to finite values with tiny dims', () => {
      const { graph, values } = evaluateTiny(file);
      expect(graph.outputs.length).toBeGreaterThan(0);
      for (const name of graph.outputs) {
        const out = get(values, name);
        expect(out.data.length).toBeGreaterThan(0);
        const bad = Array.from(out.data).filter((v) => !Number.isFinite(v));
        expect(bad, `${name} has non-finite values`).toEqual([]);
      }
    });
  });
});

describe('sample semantics, checked against plain loops', () => {
  const close = (actual: number, expected: number, scale = 1): void => {
    expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(expected), scale));
  };

  it('matmul: c[m, n] = sum_k a[m, k] b[k, n]', () => {
    const { values } = evaluateTiny('matmul.pit');
    const a = get(values, 'a');
    const b = get(values, 'b');
    const c = get(values, 'c');
    const [M, K] = a.shape as [number, number];
    const N = b.shape[1] as number;
    expect(c.shape).toEqual([M, N]);
    for (const [m, n] of [
      [0, 0],
      [M - 1, N - 1],
      [1, N - 2],
    ] as const) {
      let acc = 0;
      for (let k = 0; k < K; k++) acc += at(a, m, k) * at(b, k, n);
      close(at(c, m, n), acc);
    }
  });

  it('ffn-relu: y = relu(x w1) w2', () => {
    const { values } = evaluateTiny('ffn-relu.pit');
    const x = get(values, 'x');
    const w1 = get(values, 'w1');
    const w2 = get(values, 'w2');
    const y = get(values, 'y');
    const [T, D] = x.shape as [number, number];
    const F = w1.shape[1] as number;
    expect(y.shape).toEqual([T, D]);
    let zeros = 0;
    for (const [t, d] of [
      [0, 0],
      [T - 1, D - 1],
      [2, 1],
    ] as const) {
      let acc = 0;
      for (let f = 0; f < F; f++) {
        let h = 0;
        for (let k = 0; k < D; k++) h += at(x, t, k) * at(w1, k, f);
        const a = Math.max(0, Math.fround(h));
        if (a === 0) zeros++;
        acc += a * at(w2, f, d);
      }
      close(at(y, t, d), acc);
    }
    expect(zeros, 'relu should produce some zeros').toBeGreaterThan(0);
  });

  it('layernorm: y = gamma (x - mean) / sqrt(var + 1e-5) + beta over 768', () => {
    const { values } = evaluateTiny('layernorm.pit');
    const x = get(values, 'x');
    const gamma = get(values, 'gamma');
    const beta = get(values, 'beta');
    const y = get(values, 'y');
    const [T, D] = x.shape as [number, number];
    expect(D).toBe(768);
    for (const t of [0, T - 1]) {
      let mean = 0;
      for (let i = 0; i < D; i++) mean += at(x, t, i);
      mean /= D;
      let variance = 0;
      for (let i = 0; i < D; i++) variance += (at(x, t, i) - mean) ** 2;
      variance /= D;
      for (let d = 0; d < D; d++) {
        const expected = (at(gamma, d) * (at(x, t, d) - mean)) / Math.sqrt(variance + 1e-5) + at(beta, d);
        close(at(y, t, d), expected);
      }
    }
  });

  it.each(['attention.pit', 'attention-longformer.pit'])('%s: the output is the softmax over the kept keys times v', (file) => {
    const { values } = evaluateTiny(file);
    const keep = get(values, 'keep');
    const ex = get(values, 'ex');
    const z = get(values, 'z');
    const v = get(values, 'v');
    const o = get(values, 'o');
    const [H, S, Dh] = o.shape as [number, number, number];
    for (let h = 0; h < H; h++) {
      for (let i = 0; i < S; i++) {
        expect(at(keep, i, i), 'the diagonal is always kept').toBe(1);
        let row = 0;
        for (let j = 0; j < S; j++) {
          const p = at(ex, h, i, j) / at(z, h, i);
          if (at(keep, i, j) === 0) expect(p).toBe(0);
          else expect(p).toBeGreaterThan(0);
          row += p;
        }
        close(row, 1);
        for (let d = 0; d < Dh; d++) {
          let expected = 0;
          for (let j = 0; j < S; j++) expected += (at(ex, h, i, j) / at(z, h, i)) * at(v, h, j, d);
          close(at(o, h, i, d), expected);
        }
      }
    }
  });

  it('attention-longformer: keep is the window |i - j| <= 64 or a global token', () => {
    const { graph } = load('attention-longformer.pit');
    // S = 150 so that the window edge (|i - j| = 64, 65) is inside the sequence; H and the head
    // dimension do not matter for keep, which is evaluated alone.
    const dims = new Map([
      ['H', 1],
      ['S', 150],
    ]);
    const keepOnly: Graph = { ...graph, ops: graph.ops.filter((o) => o.expr.output === 'keep'), outputs: ['keep'] };
    const g = makeTensor('bool', [150]);
    g.data[3] = 1;
    const keep = get(evaluateGraph(keepOnly, new Map([['g', g]]), dims), 'keep');
    for (const [i, j, expected] of [
      [0, 64, 1],
      [0, 65, 0],
      [100, 36, 1],
      [100, 35, 0],
      [3, 149, 1],
      [149, 3, 1],
      [149, 0, 0],
    ] as const) {
      expect(at(keep, i, j), `keep[${i}, ${j}]`).toBe(expected);
    }
  });

  it('softmax: every row sums to 1, zeros of x included', () => {
    const { values } = evaluateTiny('softmax.pit');
    const y = get(values, 'y');
    const [T, N] = y.shape as [number, number];
    for (let t = 0; t < T; t++) {
      let row = 0;
      for (let n = 0; n < N; n++) {
        expect(at(y, t, n)).toBeGreaterThan(0);
        row += at(y, t, n);
      }
      close(row, 1);
    }
  });

  it('dynamic-seqlen: padding rows are zero', () => {
    const { values } = evaluateTiny('dynamic-seqlen.pit');
    const valid = get(values, 'valid');
    const y = get(values, 'y');
    const [B, S, F] = y.shape as [number, number, number];
    let padded = 0;
    for (let b = 0; b < B; b++) {
      for (let s = 0; s < S; s++) {
        if (at(valid, b, s) !== 0) continue;
        padded++;
        for (let f = 0; f < F; f++) expect(at(y, b, s, f)).toBe(0);
      }
    }
    expect(padded).toBeGreaterThan(0);
  });

  it('moe: a token routed to no expert gets a zero row, others mix their experts', () => {
    const { values } = evaluateTiny('moe.pit');
    const r = get(values, 'r');
    const y = get(values, 'y');
    const [T, E] = r.shape as [number, number];
    const D = y.shape[1] as number;
    for (let t = 0; t < T; t++) {
      let routed = false;
      for (let e = 0; e < E; e++) if (at(r, t, e) !== 0) routed = true;
      if (!routed) for (let d = 0; d < D; d++) expect(at(y, t, d)).toBe(0);
    }
  });

  it('conv2d: the output is the valid 3x3 window', () => {
    const { values } = evaluateTiny('conv2d.pit');
    const x = get(values, 'x');
    const w = get(values, 'w');
    const y = get(values, 'y');
    const [N, C, H, W] = x.shape as [number, number, number, number];
    const K = w.shape[0] as number;
    expect(y.shape).toEqual([N, K, H - 2, W - 2]);
    const [n, k, oy, ox] = [N - 1, K - 1, H - 3, W - 3];
    let acc = 0;
    for (let c = 0; c < C; c++) for (let r = 0; r < 3; r++) for (let s = 0; s < 3; s++) acc += at(x, n, c, oy + r, ox + s) * at(w, k, c, r, s);
    close(at(y, n, k, oy, ox), acc);
  });
});
