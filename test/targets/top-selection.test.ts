import { afterAll, describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { analyse } from '../../src/pipeline.js';
import type { PitProgram } from '../../src/api/program.js';
import { randomTensor } from '../../src/runtime/random.js';
import { API_TARGETS, programOn } from '../api/api-targets.js';

/**
 * `top[e, k] body` (docs/language.md): the k largest values along e kept, the rest 0; ties go to
 * the lowest index; NaN ranks above every number. Checked against a direct implementation on
 * every runnable target, with ties, NaNs, infinities, zeros of both signs, k = 1, k past the
 * extent; and its output is dynamically sparse without @dynamic, so an MoE layer's routing and
 * experts are one program.
 */

/** The definition, written plainly: rank each element by its rivals, keep rank < k. */
function topK(g: HostTensor, k: number): Float32Array {
  const [rows, cols] = g.shape as [number, number];
  const out = new Float32Array(rows * cols);
  const beats = (a: number, ia: number, b: number, ib: number): boolean => {
    if (Number.isNaN(a) !== Number.isNaN(b)) return Number.isNaN(a);
    if (Number.isNaN(a) || a === b) return ia < ib;
    return a > b;
  };
  for (let t = 0; t < rows; t++) {
    for (let e = 0; e < cols; e++) {
      const v = g.data[t * cols + e] as number;
      let rank = 0;
      for (let r = 0; r < cols; r++) if (r !== e && beats(g.data[t * cols + r] as number, r, v, e)) rank++;
      out[t * cols + e] = rank < k ? v : 0;
    }
  }
  return out;
}

function awkwardGates(rows: number, cols: number): HostTensor {
  const g = randomTensor('f32', [rows, cols], 7, 'gates');
  const d = g.data as Float32Array;
  // ties (whole rows of one value, pairs), NaN, infinities, signed zeros
  d.fill(0.5, 0, cols);
  for (let e = 0; e < cols; e += 2) d[cols + e] = 0.25;
  d[2 * cols + 3] = Number.NaN;
  d[2 * cols + 1] = Number.NaN;
  d[3 * cols] = Infinity;
  d[3 * cols + 4] = -Infinity;
  d[4 * cols + 2] = -0;
  d[4 * cols + 5] = 0;
  return g;
}

describe('top[e, k]: the selection of the k largest', () => {
  const programs: PitProgram[] = [];
  afterAll(async () => {
    await Promise.all(programs.map((p) => p.dispose()));
  });
  const gates = awkwardGates(9, 7);
  for (const target of API_TARGETS) {
    it(`${target.name}: keeps exactly what the definition keeps (ties, NaN, ±inf, ±0, k = 1, 3, and past the extent)`, async () => {
      const program = await programOn(target, 'dim T, E\ninput g : f32[T, E]\nr1[t, e] = top[e, 1] g[t, e]\nr3[t, e] = top[e, 3] g[t, e]\nr9[t, e] = top[e, 9] g[t, e]\noutput r1, r3, r9\n');
      programs.push(program);
      const out = await program.run({ g: gates });
      for (const [name, k] of [['r1', 1], ['r3', 3], ['r9', 9]] as const) {
        const want = topK(gates, k);
        const got = out[name]?.data as Float32Array;
        for (let i = 0; i < want.length; i++) expect(Object.is(got[i], want[i]) || (Number.isNaN(got[i]) && Number.isNaN(want[i])), `${name}[${i}]: ${got[i]} vs ${want[i]}`).toBe(true);
      }
    });
  }

  it('is dynamically sparse by construction, so an MoE layer with its gate skips unrouted tokens', () => {
    const text = `dim T = 64, E = 8, D = 32, F = 64
input  x : f32[T, D]
weight wg: f32[D, E]
weight w1: f32[E, D, F]
weight w2: f32[E, F, D]
logit[t, e] = sum[d] x[t, d] * wg[d, e]
r[t, e]     = top[e, 2] logit[t, e]
m[t, e]     = where(r[t, e] != 0, 1, 0)
h[e, t, f]  = m[t, e] * relu(sum[k] x[t, k] * w1[e, k, f])
y[t, d]     = sum[e, f] r[t, e] * h[e, t, f] * w2[e, f, d]
output y
`;
    const front = runFrontEnd(text, 'moe-top.pit');
    expect(front.diagnostics).toEqual([]);
    const analysis = analyse(front.graph!);
    expect(analysis.facts.get('r')?.dynamic).toBe(true);
    expect(analysis.plan.ops.find((p) => p.op === 'h')?.mode).toBe('pit');
    expect(analysis.plan.ops.find((p) => p.op === 'y')?.mode).toBe('pit');
  });

  it('leaves `top` a name: a tensor called top, read and multiplied, is an access', () => {
    const front = runFrontEnd('input top : f32[3, 2]\ny[i, j] = top[i, j] * 2 - top[i, j]\n', 'top-name.pit');
    expect(front.diagnostics).toEqual([]);
    expect(front.graph?.ops[0]?.expr.body.kind).toBe('binary');
  });
});
