import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import type { HostTensor } from '../../ir/tensor.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { mulberry32, randomTensor } from '../helpers/compare.js';

/**
 * The reference evaluator at a realistic size: an OPT FFN block, T = 64 tokens, 768 → 3072 → 768
 * (about 300 M multiply-adds). No timing is asserted; a few rows are recomputed with a direct
 * double loop that follows the semantics (float64 sums in increasing k, rounded to f32 once per
 * statement), so they must match exactly.
 */
const FFN = `
dim T
input  x : f32[T, 768]
weight w1: f32[768, 3072]
weight w2: f32[3072, 768]
h[t, f] = sum[k] x[t, k] * w1[k, f]
a[t, f] = relu(h[t, f])
y[t, d] = sum[f] a[t, f] * w2[f, d]
output y
`;

const T = 64;
const D = 768;
const F = 3072;

function at(t: HostTensor, i: number): number {
  return t.data[i] as number;
}

describe('OPT FFN at T=64, 768 → 3072 → 768', () => {
  it('evaluates, and sampled rows match a direct double loop exactly', () => {
    const fe = runFrontEnd(FFN, 'ffn.pit');
    expect(fe.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!fe.graph) throw new Error('no graph');

    const rng = mulberry32(2026);
    const x = randomTensor(rng, 'f32', [T, D]);
    const scale = 1 / Math.sqrt(D);
    const w1 = randomTensor(rng, 'f32', [D, F], { min: -scale, max: scale });
    const w2 = randomTensor(rng, 'f32', [F, D], { min: -scale, max: scale });
    const out = evaluateGraph(fe.graph, new Map([['x', x], ['w1', w1], ['w2', w2]]), new Map([['T', T]]));
    const y = out.get('y');
    const h = out.get('h');
    if (!y || !h) throw new Error('missing outputs');
    expect(y.shape).toEqual([T, D]);
    expect(h.shape).toEqual([T, F]);

    for (const t of [0, 17, T - 1]) {
      // a[t, :] by hand: h rounded to f32, relu, stored as f32 again (exact: relu of an f32 is an f32)
      const aRow = new Float64Array(F);
      for (let f = 0; f < F; f++) {
        let s = 0;
        for (let k = 0; k < D; k++) s += at(x, t * D + k) * at(w1, k * F + f);
        const hf = Math.fround(s);
        if (at(h, t * F + f) !== hf) throw new Error(`h[${t}, ${f}] = ${at(h, t * F + f)}, direct loop gives ${hf}`);
        aRow[f] = hf < 0 ? 0 : hf;
      }
      let mismatches = 0;
      for (let d = 0; d < D; d++) {
        let s = 0;
        for (let f = 0; f < F; f++) s += (aRow[f] as number) * at(w2, f * D + d);
        if (at(y, t * D + d) !== Math.fround(s)) mismatches++;
      }
      expect(mismatches, `row ${t} of y`).toBe(0);
    }
    // the data is not degenerate: ReLU zeroes about half of h, and y is not all zero
    const zeros = [...(out.get('a')?.data ?? [])].filter((v) => v === 0).length;
    expect(zeros / (T * F)).toBeGreaterThan(0.3);
    expect(zeros / (T * F)).toBeLessThan(0.7);
    expect([...y.data].some((v) => Math.abs(v) > 0.01)).toBe(true);
  });
});
