import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { guardsOf } from '../../src/api/compile.js';
import { analyse } from '../../src/pipeline.js';
import { compareTensors, tensorOf } from '../helpers/compare.js';
import { compareWithDense, compilePit, denseValues, forceRules, makeInputs, runProgram } from '../helpers/pit-harness.js';

/**
 * Regressions: bugs the PIT property tests found (wrong results from a diagonal access, and
 * dropped zeros that hid a NaN of the dense program), each pinned with the input that showed it.
 */

async function plannedVsDense(text: string, inputs: Map<string, HostTensor>, dims = new Map<string, number>()): Promise<string | undefined> {
  const c = compilePit(text);
  const a = analyse(c.graph);
  const result = await runProgram({ name: 'bug', graph: a.graph, kernels: a.kernels, guards: guardsOf(a) }, inputs, dims);
  const dense = denseValues(c.graph, inputs, dims);
  for (const op of c.graph.ops) {
    const got = result.values.get(op.expr.output);
    // NaN positions must agree too: the reference defines the meaning, NaN included
    const m = got ? compareTensors(got, dense.get(op.expr.output) as HostTensor, { rtol: 1e-5, atol: 1e-6, nanEqual: true }) : { message: 'missing' };
    if (m) return `'${op.expr.output}': ${m.message}`;
  }
  return undefined;
}

describe('regressions found by the PIT property tests', () => {
  // Wrong results on finite, dense data. d[i] = a[i, i] gets the fact "zero wherever a is zero"
  // with source a and dims [0] (rules/sparsity.ts inferOpFact takes indexOf, so the repeated i
  // maps to a's dim 0 only and a's dim 1 is dropped). rules/discover.ts indexSpec then infers
  // the source rank from the dims map (max + 1 = 1), finds every "source dim" covered and builds
  // the index on a (rank 2) with a rank-1 micro-tile. The index has one strip per column of a;
  // the kernel maps only dim 0 to a strip range, so every listed i is visited once per column
  // strip and y's sum counts each term N times (actual = N × expected at density 1).
  it('a diagonal access (d[i] = a[i, i]) feeding a reduction: the planned PIT form equals dense', async () => {
    const text = 'input a: f32[4, 4] @dynamic\ninput w: f32[4, 3]\nd[i] = a[i, i] * 2\ny[j] = sum[i] d[i] * w[i, j]\n';
    const c = compilePit(text);
    // a diagonal is not a micro-tile of a: d no longer claims a's zero pattern
    expect(analyse(c.graph).plan.ops.find((p) => p.op === 'y')?.rule?.index.source).not.toBe('a');
    const inputs = makeInputs(c.graph, new Map(), { density: 1, seed: 5 });
    expect(await plannedVsDense(text, inputs)).toBeUndefined();
  });

  // Same root cause through a transpose-diagonal: o[i, j] = a[j, i, i] (source a, dims [1, 0]).
  it('o[i, j] = a[j, i, i] feeding a reduction: every rule of y equals dense', async () => {
    const c = compilePit('input a: f32[3, 4, 4] @dynamic\ninput w: f32[3]\no[i, j] = a[j, i, i] * 2\ny[i] = sum[j] o[i, j] * w[j]\n');
    const dims = new Map<string, number>();
    const inputs = makeInputs(c.graph, dims, { density: 1, seed: 3 });
    for (const rule of c.rules.find((r) => r.op === 'y')?.rules ?? []) {
      const result = await runProgram(forceRules(c, new Map([[rule.op, rule]])).program, inputs, dims);
      expect(compareWithDense(result, denseValues(c.graph, inputs, dims), c.graph).mismatch, `${rule.access} along ${rule.axis}`).toBeUndefined();
    }
  });

  // The facts know s is -inf exactly where mask is 0 (fill -inf, source mask), but the skip
  // condition of y substitutes mask = 0 and evaluates 0 * s as 0 (rules/abstract-value.ts '*':
  // "0 times unknown is 0"); dense computes 0 * -inf = NaN there.
  it('0 · s where s is -inf exactly where the mask is 0: PIT keeps the NaN of the dense op', async () => {
    const text = 'input mask: bool[2, 3] @dynamic\ninput x: f32[2, 3]\ns[i, j] = where(mask[i, j], x[i, j], -inf)\ny[i] = sum[j] mask[i, j] * s[i, j]\n';
    const inputs = new Map([
      ['mask', tensorOf('bool', [2, 3], [1, 0, 1, 1, 1, 1])],
      ['x', tensorOf('f32', [2, 3], [1, 2, 3, 4, 5, 6])],
    ]);
    expect(await plannedVsDense(text, inputs)).toBeUndefined();
  });

  // Known-infinite values built from the inf constant are "unknown (finite)" to the abstract
  // interpreter: max(b, inf) is +inf for every b, yet a dropped a = 0 is assumed to contribute
  // 0 * max(b, inf) = 0. (Only known constants are tracked; a known +inf through max/min/where/*
  // is lost.)
  it('0 · max(b, inf): PIT keeps the NaN of the dense op', async () => {
    const text = 'input a: f32[2, 3] @dynamic\ninput b: f32[3]\ny[i] = sum[k] a[i, k] * max(b[k], inf)\n';
    const inputs = new Map([
      ['a', tensorOf('f32', [2, 3], [1, 0, 0, 0, 0, 0])],
      ['b', tensorOf('f32', [3], [1, 2, 3])],
    ]);
    expect(await plannedVsDense(text, inputs)).toBeUndefined();
  });

  // '/' in rules/abstract-value.ts: 0 / unknown = 0, but 0 / 0 is NaN for a finite b = 0 (the
  // "values are finite" assumption does not cover a zero divisor).
  it('0 / b with b = 0: PIT keeps the NaN of the dense op', async () => {
    const text = 'input a: f32[2, 3] @dynamic\ninput b: f32[3]\ny[i] = sum[k] a[i, k] / b[k]\n';
    const inputs = new Map([
      ['a', tensorOf('f32', [2, 3], [1, 0, 2, 3, 4, 5])],
      ['b', tensorOf('f32', [3], [1, 0, 2])],
    ]);
    expect(await plannedVsDense(text, inputs)).toBeUndefined();
  });
});
