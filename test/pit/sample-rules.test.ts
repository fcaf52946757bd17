import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { OpPlan } from '../../rules/plan.js';
import type { OpRules, PitRule } from '../../rules/rule.js';
import { analyse, type Analysis } from '../../src/pipeline.js';
import { runFrontEnd } from '../../src/frontend/index.js';

/**
 * What the PIT paper's analysis predicts for each sample (PIT-BRIEF §1.3–1.4), checked on
 * `analyse()`: which axes are permutation invariant, which (operand, axis) rules exist with
 * which micro-tile, write mode and gathered partners, which skips are vetoed and why, and what
 * the static planner picks (including index sharing between ops).
 */

const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

function load(file: string): Analysis {
  const fe = runFrontEnd(readFileSync(join(SAMPLES, file), 'utf8'), `samples/${file}`);
  if (!fe.graph) throw new Error(`samples/${file}: ${fe.diagnostics.map((d) => d.message).join('; ')}`);
  return analyse(fe.graph);
}

function opRules(a: Analysis, op: string): OpRules {
  const r = a.rules.find((x) => x.op === op);
  if (!r) throw new Error(`no op '${op}'`);
  return r;
}

function rule(a: Analysis, op: string, operand: string, axis: string): PitRule {
  const r = opRules(a, op).rules.find((x) => x.operand === operand && x.axis === axis);
  if (!r) throw new Error(`no rule of '${op}' on '${operand}' along '${axis}'; rules: ${opRules(a, op).rules.map((x) => `${x.operand}/${x.axis}`).join(', ')}`);
  return r;
}

function plan(a: Analysis, op: string): OpPlan {
  const p = a.plan.ops.find((x) => x.op === op);
  if (!p) throw new Error(`no plan for '${op}'`);
  return p;
}

const invariance = (a: Analysis, op: string): Record<string, boolean> => Object.fromEntries(opRules(a, op).axes.map((x) => [x.name, x.invariant]));

describe('matmul.pit: C = A·B with A dynamic (PIT-BRIEF §1.4, first row)', () => {
  const a = load('matmul.pit');

  it('has a k rule: A along k in 32x1 micro-tiles, plain store, gathering rows of B', () => {
    const k = rule(a, 'c', 'a', 'k');
    expect(k).toMatchObject({ axisRole: 'reduce', kind: 'tile', operandDim: 1, microTile: [32, 1], write: 'store', gathers: ['b'], scope: 'reduction', reducer: 'sum', init: 0 });
    expect(k.index).toMatchObject({ source: 'a', microTile: [32, 1], gatherDim: 1 });
  });

  it('has an m rule: A along m in 1x64 micro-tiles, accumulating (k is split across strips)', () => {
    const m = rule(a, 'c', 'a', 'm');
    expect(m).toMatchObject({ axisRole: 'spatial', kind: 'tile', operandDim: 0, microTile: [1, 64], write: 'accumulate', gathers: [], scope: 'reduction', init: 0 });
    expect(m.index).toMatchObject({ source: 'a', microTile: [1, 64], gatherDim: 0 });
  });

  it('has exactly those two rules, n has none (B is dense), every axis is invariant', () => {
    expect(opRules(a, 'c').rules.map((r) => r.axis).sort()).toEqual(['k', 'm']);
    expect(invariance(a, 'c')).toEqual({ m: true, n: true, k: true });
    expect(opRules(a, 'c').vetoes).toEqual([]);
    expect(plan(a, 'c')).toMatchObject({ mode: 'pit' });
  });
});

describe('ffn-relu.pit: activation sparsity of relu, skipped in fc2', () => {
  const a = load('ffn-relu.pit');

  it('a (relu output) is inferred dynamic with fill 0', () => {
    expect(a.facts.get('a')).toMatchObject({ dynamic: true, fill: 0, nonNegative: true, source: { tensor: 'a', dims: [0, 1] } });
    expect(a.facts.get('h')?.dynamic).toBe(false);
  });

  it('y has a rule on a along f (store, gathers w2), and the plan picks it', () => {
    const f = rule(a, 'y', 'a', 'f');
    expect(f).toMatchObject({ axisRole: 'reduce', write: 'store', gathers: ['w2'], scope: 'reduction', reducer: 'sum', operandDim: 1 });
    expect(f.microTile[1]).toBe(1);
    const p = plan(a, 'y');
    expect(p.mode).toBe('pit');
    expect(p.rule).toMatchObject({ operand: 'a', axis: 'f', write: 'store', gathers: ['w2'] });
  });

  it('h and a have no rules (nothing they read is dynamic) and run dense', () => {
    for (const op of ['h', 'a']) {
      expect(opRules(a, op).rules, op).toEqual([]);
      expect(opRules(a, op).vetoes, op).toEqual([]);
      expect(plan(a, op).mode, op).toBe('dense');
    }
  });
});

describe('moe.pit: routing as sparsity', () => {
  const a = load('moe.pit');

  it('m and h are zero wherever r is: one index source (r) for all three ops', () => {
    expect(a.facts.get('m')).toMatchObject({ dynamic: true, fill: 0, source: { tensor: 'r', dims: [0, 1] } });
    expect(a.facts.get('h')).toMatchObject({ dynamic: true, fill: 0, source: { tensor: 'r', dims: [1, 0, null] } });
  });

  it("h's plan gathers tokens (t) per expert in 1x1 micro-tiles and scatters the rows back, gathering x", () => {
    const p = plan(a, 'h');
    expect(p.mode).toBe('pit');
    expect(p.rule).toMatchObject({ operand: 'm', axis: 't', axisRole: 'spatial', microTile: [1, 1], write: 'scatter', gathers: ['x'], scope: 'output', init: 0 });
    expect(p.rule?.index.source).toBe('r');
  });

  it("y's plan uses r along t, accumulating over the split expert axis, with the SAME index as h's", () => {
    const p = plan(a, 'y');
    expect(p.mode).toBe('pit');
    expect(p.rule).toMatchObject({ operand: 'r', axis: 't', write: 'accumulate', scope: 'reduction', reducer: 'sum', init: 0 });
    expect(p.rule?.index.key).toBe(plan(a, 'h').rule?.index.key);
  });

  it('y also has the combine rule: skip (t, e) where r is zero, along e, gathering h and w2', () => {
    expect(rule(a, 'y', 'r', 'e')).toMatchObject({ axisRole: 'reduce', write: 'store', gathers: ['h', 'w2'] });
  });
});

describe('attention.pit: a dynamic mask, -inf scores, softmax, p·v (normalised after the product)', () => {
  const a = load('attention.pit');

  it('s is -inf wherever keep is zero; ex is zero there, and mx is finite under a run-time guard', () => {
    expect(a.facts.get('s')).toMatchObject({ dynamic: true, fill: -Infinity, source: { tensor: 'keep', dims: [null, 0, 1] } });
    expect(a.facts.get('ex')).toMatchObject({ dynamic: true, fill: 0, source: { tensor: 'keep' } });
    // max over a -inf-masked row is finite unless the row is empty: assumed, and checked at run time
    expect(a.facts.get('mx')).toMatchObject({ finite: true, guard: expect.stringMatching(/no row of 's' is entirely -inf/) });
  });

  it('the key axis j rules: s scatter with init -inf, mx store, z store, o store gathering v', () => {
    expect(rule(a, 's', 'keep', 'j')).toMatchObject({ axisRole: 'spatial', write: 'scatter', scope: 'output', init: -Infinity, gathers: ['k'] });
    expect(rule(a, 'mx', 's', 'j')).toMatchObject({ axisRole: 'reduce', write: 'store', scope: 'reduction', reducer: 'max', init: -Infinity });
    expect(rule(a, 'z', 'ex', 'j')).toMatchObject({ axisRole: 'reduce', write: 'store', scope: 'reduction', reducer: 'sum', init: 0 });
    expect(rule(a, 'o', 'ex', 'j')).toMatchObject({ axisRole: 'reduce', write: 'store', scope: 'reduction', reducer: 'sum', init: 0, gathers: ['v'] });
  });

  it('all of them share one index key (built once from keep), and the plan uses it for every op after keep', () => {
    const keys = new Set(['s', 'mx', 'z', 'o'].map((op) => rule(a, op, op === 's' ? 'keep' : op === 'mx' ? 's' : 'ex', 'j').index.key));
    expect(keys.size).toBe(1);
    const [key] = [...keys];
    expect(key).toMatch(/^keep@/);
    for (const op of ['s', 'mx', 'ex', 'z', 'o']) {
      expect(plan(a, op).mode, op).toBe('pit');
      expect(plan(a, op).rule?.axis, op).toBe('j');
      expect(plan(a, op).rule?.index.key, op).toBe(key);
    }
  });

  it('keep (mask or diagonal) cannot skip: the diagonal makes its output data-dependent where mask is 0, and i, j are position dependent there', () => {
    expect(opRules(a, 'keep').rules).toEqual([]);
    expect(opRules(a, 'keep').vetoes.map((v) => v.operand)).toEqual(['mask']);
    expect(invariance(a, 'keep')).toEqual({ i: false, j: false });
    expect(opRules(a, 'keep').axes.map((x) => x.reason?.code)).toEqual(['used-as-value', 'used-as-value']);
    expect(plan(a, 'keep').mode).toBe('dense');
  });

  it('every op of the softmax (mx, ex, z, o) skips only along j: no rule skips dense zeros of something else', () => {
    for (const op of ['mx', 'ex', 'z', 'o']) {
      expect(opRules(a, op).vetoes, op).toEqual([]);
      for (const r of opRules(a, op).rules) expect(a.facts.get(r.operand)?.dynamic, `${op}: ${r.operand}`).toBe(true);
    }
  });
});

describe('conv2d.pit: channel axes are invariant, window axes are not', () => {
  const a = load('conv2d.pit');

  it('oy, ox, r, s are non-invariant (compound index); n, k, c are invariant', () => {
    const axes = opRules(a, 'y').axes;
    for (const name of ['oy', 'ox', 'r', 's']) {
      const x = axes.find((y) => y.name === name);
      expect(x?.invariant, name).toBe(false);
      expect(x?.reason, name).toEqual({ code: 'compound-index', at: 'x[n, c, oy + r, ox + s]' });
    }
    for (const name of ['n', 'k', 'c']) expect(axes.find((y) => y.name === name)?.invariant, name).toBe(true);
  });

  it('the rule skips x along c (store, gathering w), its window dims span whole micro-tiles, and the plan picks it', () => {
    const c = rule(a, 'y', 'x', 'c');
    expect(c).toMatchObject({ axisRole: 'reduce', write: 'store', gathers: ['w'], operandDim: 1 });
    expect(c.microTile[1]).toBe(1);
    expect(c.microTile.slice(2)).toEqual(['full', 'full']);
    expect(opRules(a, 'y').rules.every((r) => !['oy', 'ox', 'r', 's'].includes(r.axis))).toBe(true);
    expect(plan(a, 'y').rule).toMatchObject({ operand: 'x', axis: 'c' });
  });
});

describe('layernorm.pit: zeros do not stay zero after centring', () => {
  const a = load('layernorm.pit');

  it('xc = x - mu has a veto: where x is 0 the output is still data-dependent', () => {
    expect(opRules(a, 'xc').rules).toEqual([]);
    expect(opRules(a, 'xc').vetoes).toHaveLength(1);
    expect(opRules(a, 'xc').vetoes[0]).toMatchObject({ operand: 'x', access: 'x[t, d]' });
    expect(opRules(a, 'xc').vetoes[0]?.reason).toMatch(/data-dependent/);
    expect(a.facts.get('xc')?.dynamic).toBe(false);
  });

  it('var has no rule (xc is dense), and neither has y', () => {
    expect(opRules(a, 'var').rules).toEqual([]);
    expect(opRules(a, 'y').rules).toEqual([]);
    expect(plan(a, 'var').mode).toBe('dense');
  });

  it('mu may skip zeros of x along d (a zero adds 0 to the sum; the division by 768 is outside)', () => {
    expect(rule(a, 'mu', 'x', 'd')).toMatchObject({ write: 'store', scope: 'reduction', reducer: 'sum', init: 0 });
  });
});

describe('softmax.pit: the counter-example', () => {
  const a = load('softmax.pit');

  it("every op that reads x has a veto naming max's identity or the data dependence, and no rule", () => {
    const readers = a.rules.filter((r) => ['mx', 'ex'].includes(r.op));
    expect(readers.map((r) => r.op)).toEqual(['mx', 'ex']);
    for (const r of readers) {
      expect(r.rules, r.op).toEqual([]);
      expect(r.vetoes.map((v) => v.operand), r.op).toEqual(['x']);
      expect(r.vetoes[0]?.reason, r.op).toMatch(/identity is -inf|data-dependent/);
    }
    expect(opRules(a, 'mx').vetoes[0]?.reason).toMatch(/contributes 0 to max\[n\], whose identity is -inf/);
    expect(opRules(a, 'ex').vetoes[0]?.reason).toMatch(/data-dependent/);
  });

  it('nothing runs in a PIT form', () => {
    for (const p of a.plan.ops) expect(p.mode, p.op).toBe('dense');
    for (const k of a.kernels) expect(k.kind).toBe('dense');
  });
});

describe('dynamic-seqlen.pit and attention-longformer.pit', () => {
  it('dynamic-seqlen: padded rows are skipped along b or s, scattered, pre-zeroed, gathering x', () => {
    const a = load('dynamic-seqlen.pit');
    expect(rule(a, 'y', 'valid', 's')).toMatchObject({ axisRole: 'spatial', write: 'scatter', scope: 'output', init: 0, gathers: ['x'] });
    expect(plan(a, 'y').mode).toBe('pit');
  });

  it('longformer: i and j are position dependent in keep (|i - j| <= 64), but invariant in s, mx, z and o', () => {
    const a = load('attention-longformer.pit');
    expect(opRules(a, 'keep').axes.map((x) => x.reason?.code)).toEqual(['used-as-value', 'used-as-value']);
    expect(opRules(a, 'keep').rules).toEqual([]);
    for (const op of ['s', 'mx', 'z', 'o']) expect(invariance(a, op).j, op).toBe(true);
    expect(rule(a, 'o', 'ex', 'j')).toMatchObject({ write: 'store', gathers: ['v'] });
  });
});
