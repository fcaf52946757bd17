import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { RuntimeServices } from '../../codegen/target.js';
import type { PitRule } from '../../rules/rule.js';
import { compareWithDense, compilePit, denseValues, forceRules, forgetfulBuildIndex, makeInputs, runProgram, type Compiled } from '../helpers/pit-harness.js';
import { TEMPLATE_NAMES, templateArbitrary, templateProgram } from '../helpers/pit-programs.js';
import { bump, checkAllRules, LONG, newTally, report } from '../helpers/pit-rule-check.js';
import { chooserFromSeed } from '../helpers/random-program.js';

/**
 * PIT form = dense on structured programs (test/helpers/pit-programs.ts templates: matmul, FFN,
 * MoE, masked attention, -inf/+inf masks, padding, convolutions, prod/min/max, transposes, batch
 * axes, nested reductions, strided windows): every rule of every op, forced, at every density and
 * with other micro-tiles (test/helpers/pit-rule-check.ts says how). Also: the check itself
 * catches broken PIT forms (mutants).
 */

const seedArb = fc.integer({ min: 1, max: 0x7fffffff });

/** Runs `rule` at density 0.5 (seeds 1..5) and returns the first mismatch with the dense reference. */
async function firstMismatch(text: string, rule: (c: Compiled) => PitRule, dims: ReadonlyMap<string, number>, services?: RuntimeServices): Promise<string | undefined> {
  const c = compilePit(text);
  const r = rule(c);
  const forced = forceRules(c, new Map([[r.op, r]]));
  expect(forced.fallbacks.size).toBe(0);
  for (let seed = 1; seed <= 5; seed++) {
    const inputs = makeInputs(c.graph, dims, { density: 0.5, seed });
    const result = await runProgram(forced.program, inputs, dims, services);
    const cmp = compareWithDense(result, denseValues(c.graph, inputs, dims), c.graph);
    if (cmp.mismatch) return cmp.mismatch;
  }
  return undefined;
}

const ruleOf = (c: Compiled, op: string, axis: string): PitRule => {
  const r = c.rules.find((o) => o.op === op)?.rules.find((x) => x.axis === axis);
  if (!r) throw new Error(`no rule of '${op}' along '${axis}'`);
  return r;
};

describe('the PIT-form check catches broken PIT forms (mutants)', () => {
  const matmul = 'input a: f32[7, 9] @dynamic\ninput b: f32[9, 5]\nc[m, n] = sum[k] a[m, k] * b[k, n]\n';
  const gated = 'input v: bool[6, 4] @dynamic\ninput x: f32[6, 4, 3]\ny[b, s, f] = v[b, s] * relu(x[b, s, f] + 1)\n';

  it('the control: the real rules and the real index builder pass', async () => {
    expect(await firstMismatch(matmul, (c) => ruleOf(c, 'c', 'k'), new Map())).toBeUndefined();
    expect(await firstMismatch(gated, (c) => ruleOf(c, 'y', 's'), new Map())).toBeUndefined();
  });

  it('an index that misses micro-tiles', async () => {
    expect(await firstMismatch(matmul, (c) => ruleOf(c, 'c', 'k'), new Map(), { buildIndex: forgetfulBuildIndex })).toMatch(/'c'/);
    expect(await firstMismatch(matmul, (c) => ruleOf(c, 'c', 'm'), new Map(), { buildIndex: forgetfulBuildIndex })).toMatch(/'c'/);
  });

  it('a wrong SWrite init or reduction init', async () => {
    expect(await firstMismatch(gated, (c) => ({ ...ruleOf(c, 'y', 's'), init: 1 }), new Map())).toMatch(/'y'/);
    expect(await firstMismatch(matmul, (c) => ({ ...ruleOf(c, 'c', 'k'), init: 0.5 }), new Map())).toMatch(/'c'/);
  });

  it('a skip the analysis vetoes (softmax: a 0 logit is not max\'s identity)', async () => {
    const softmax = 'input x: f32[6, 8] @dynamic\nmx[t] = max[n] x[t, n]\n';
    const vetoed = (c: Compiled): PitRule => {
      expect(c.rules[0]?.rules).toEqual([]);
      return {
        op: 'mx',
        operand: 'x',
        access: 'x[t, n]',
        axis: 'n',
        axisRole: 'reduce',
        kind: 'tile',
        operandDim: 1,
        microTile: [1, 1],
        write: 'store',
        gathers: [],
        scope: 'reduction',
        reducer: 'max',
        init: -Infinity,
        index: { source: 'x', microTile: [1, 1], gatherDim: 1, key: 'x@1x1/1' },
      };
    };
    expect(await firstMismatch(softmax, vetoed, new Map())).toMatch(/'mx'/);
  });
});

describe('PIT form = dense on templates', () => {
  const templates = newTally();
  afterAll(() => report('templates', templates));
  it('every template, every rule, every density and several micro-tiles', async () => {
    // each template once with fixed choices, so every write mode is reached on every run
    for (const [n, name] of TEMPLATE_NAMES.entries()) {
      const t = templateProgram(chooserFromSeed(1000 + n), name);
      bump(templates.templates, t.template);
      await checkAllRules(compilePit(t.text, `${t.template}.pit`), t.dims, 17 + n, templates);
    }
    // kind × write × scope combinations the templates must reach (rules/rule.ts)
    for (const combo of [
      'tile reduce store reduction',
      'tile spatial accumulate reduction',
      'tile spatial scatter reduction',
      'tile spatial scatter output',
      'problem spatial scatter output',
      'problem spatial scatter reduction',
      'problem spatial accumulate reduction',
    ]) {
      expect(templates.combos.get(combo) ?? 0, combo).toBeGreaterThan(0);
    }
    for (const init of ['output init -Infinity', 'reduction max init -Infinity', 'reduction max init 0', 'reduction min init Infinity', 'reduction prod init 1', 'reduction sum init 0', 'output init 0']) {
      expect(templates.inits.get(init) ?? 0, init).toBeGreaterThan(0);
    }
    // every template checked, with rules and runs (97 rules, 15 runs each, all compared)
    expect(templates.programs).toBe(TEMPLATE_NAMES.length);
    expect(templates.rules).toBeGreaterThan(60);
    expect(templates.runs).toBeGreaterThan(1000);
    expect(templates.runs - templates.nanSkipped).toBeGreaterThan(1000);
  });

  it('random template instances (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(templateArbitrary(), seedArb, async (t, seed) => {
        bump(templates.templates, t.template);
        await checkAllRules(compilePit(t.text, `${t.template}.pit`), t.dims, seed, templates);
      }),
      { seed: 0x71e5, numRuns: LONG ? 300 : 24 },
    );
    // with the fixed instances above: 40 programs, 255 rules, 3825 runs (seeded); wide margins
    expect(templates.programs).toBeGreaterThanOrEqual(TEMPLATE_NAMES.length + 24);
    expect(templates.rules).toBeGreaterThan(170);
    expect(templates.runs - templates.nanSkipped).toBeGreaterThan(2500);
  });
});
