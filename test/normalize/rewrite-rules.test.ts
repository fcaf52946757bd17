import { describe, expect, it } from 'vitest';
import { printScalar } from '../../ir/expr/print.js';
import type { ScalarExpr } from '../../ir/expr/tensor-expr.js';
import { normalizeGraph } from '../../ir/graph/normalize.js';
import { verifyGraph } from '../../ir/graph/verify.js';
import { exactProduct, exactReciprocal, significantBits } from '../../ir/expr/exact-constants.js';
import { discoverRules } from '../../rules/discover.js';
import { planProgram, type OpPlan } from '../../rules/plan.js';
import { inferSparsity } from '../../rules/sparsity.js';
import { analyse } from '../../src/pipeline.js';
import { tensorOf } from '../helpers/compare.js';
import { graphOf, inputsFor, kernelKinds, normalizedBodies, sameValues } from './normalize-helpers.js';

/**
 * One test per rewrite rule of ir/expr/normalize.ts: what it produces, what it must leave alone
 * (a factor that depends on the reduced axis, a negative max scale, a factor of an outer
 * reduction, a spelled infinity), and that the reference gives the same values on both forms.
 */

const DECLS = [
  'input x: f32[4, 6]',
  'input y: f32[4, 6]',
  'input c: f32[4]',
  'input e: f32[3, 4, 5]',
  'input v: f32[3, 5, 2]',
  'input z: f32[3, 4]',
  'input q: f32[4, 8]',
  'input k: f32[5, 8]',
  'input b: bool[6]',
  'input n: i32[4]',
  'input m: bool[4]',
  'input w: f32[6, 8]',
].join('\n');

/** The normalized body of `out` in `DECLS + line`, after checking values on three seeds. */
function normalize(line: string, out = line.split('[')[0]?.trim() ?? ''): string {
  const text = `${DECLS}\n${line}\n`;
  const written = graphOf(text);
  const normalized = normalizeGraph(written);
  expect(verifyGraph(normalized)).toEqual([]);
  for (const seed of [1, 2, 3]) expect(sameValues(written, normalized, inputsFor(written, new Map(), seed), new Map())).toBeUndefined();
  return normalizedBodies(text).get(out) as string;
}

describe('sum: invariant factors and divisors move out', () => {
  it('a divisor invariant to the reduced axis leaves the sum (the attention cliff)', () => {
    expect(normalize('o[h, i, d] = sum[j] e[h, i, j] * v[h, j, d] / z[h, i]')).toBe('((sum[j] (e[h, i, j] * v[h, j, d])) / z[h, i])');
  });

  it('an invariant tensor factor leaves the sum; one that depends on the axis stays', () => {
    expect(normalize('s[i] = sum[j] c[i] * x[i, j]')).toBe('(c[i] * (sum[j] x[i, j]))');
    expect(normalize('s[i] = sum[j] x[i, j] * y[i, j] * c[i]')).toBe('(c[i] * (sum[j] (x[i, j] * y[i, j])))');
    expect(normalize('s[i] = sum[j] x[i, j] * y[i, j]')).toBe('(sum[j] (x[i, j] * y[i, j]))');
  });

  it('a divisor that depends on the reduced axis stays inside', () => {
    expect(normalize('s[i] = sum[j] x[i, j] / y[i, j]')).toBe('(sum[j] (x[i, j] / y[i, j]))');
  });

  it('nested reductions: a factor leaves the inner sum, but not the outer one it depends on', () => {
    // x, y, c leave sum[d]; then c and sum[d] q (neither depends on j) leave sum[j]
    expect(normalize('s[i] = sum[j] sum[d] x[i, j] * q[i, d] * y[i, j] * c[i]')).toBe(
      '((c[i] * (sum[d] q[i, d])) * (sum[j] (x[i, j] * y[i, j])))',
    );
    // y[a, j] depends on the outer axis j: it leaves sum[d] only
    expect(normalize('t[a] = sum[j] sum[d] q[a, d] * w[j, d] * y[a, j]')).toBe('(sum[j] (y[a, j] * (sum[d] (q[a, d] * w[j, d]))))');
  });

  it('constant factors and the sign go into the sum, folded (the GEMM scale)', () => {
    const spellings = [
      's[i, j] = 0.125 * sum[d] q[i, d] * k[j, d]',
      's[i, j] = sum[d] 0.125 * q[i, d] * k[j, d]',
      's[i, j] = sum[d] q[i, d] * k[j, d] * 0.125',
      's[i, j] = sum[d] k[j, d] * q[i, d] / 8',
      's[i, j] = (sum[d] q[i, d] * k[j, d]) / 8',
      's[i, j] = 0.5 * (sum[d] 0.5 * q[i, d] * k[j, d]) * 0.5',
      's[i, j] = -(sum[d] -0.125 * q[i, d] * k[j, d])',
    ];
    for (const line of spellings) expect(normalize(line)).toBe('(sum[d] ((q[i, d] * k[j, d]) * 0.125))');
    const kinds = spellings.map((line) => kernelKinds(normalizeGraph(graphOf(`${DECLS}\n${line}\n`))).get('s'));
    expect(new Set(kinds)).toEqual(new Set(['gemm scale 0.125 plain']));
  });

  it('a negation becomes the scale -1; a division by a non-power of two stays a division, outside', () => {
    expect(normalize('s[i, j] = -sum[d] q[i, d] * k[j, d]')).toBe('(sum[d] ((q[i, d] * k[j, d]) * -1))');
    expect(normalize('s[i, j] = sum[d] -(q[i, d] * k[j, d])')).toBe('(sum[d] ((q[i, d] * k[j, d]) * -1))');
    expect(normalize('s[i, j] = sum[d] q[i, d] * k[j, d] / 3')).toBe('((sum[d] (q[i, d] * k[j, d])) / 3)');
    expect(normalize('s[i, j] = sum[d] q[i, d] * k[j, d] / -3')).toBe('((sum[d] ((q[i, d] * k[j, d]) * -1)) / 3)');
    expect(kernelKinds(normalizeGraph(graphOf(`${DECLS}\ns[i, j] = sum[d] q[i, d] * -k[j, d] / 3\n`))).get('s')).toBe('gemm scale -1 + epilogue');
  });

  it('a factor that may hold a spelled infinity stays where it is', () => {
    const masked = 't[i] = where(m[i], c[i], -inf)';
    expect(normalize(`${masked}\ns[i] = sum[j] x[i, j] * t[i]`, 's')).toBe('(sum[j] (t[i] * x[i, j]))');
    expect(normalize('s[i] = sum[j] x[i, j] * inf')).toBe('(sum[j] (x[i, j] * inf))');
    expect(normalize('s[i] = inf * sum[j] x[i, j]')).toBe('((sum[j] x[i, j]) * inf)');
    // a divisor may: x / inf is 0 inside and outside
    expect(normalize(`${masked}\ns[i] = sum[j] x[i, j] / t[i]`, 's')).toBe('((sum[j] x[i, j]) / t[i])');
  });

  it('bool and i32 sums keep their types', () => {
    expect(normalize('s[i] = sum[j] b[j] * n[i]')).toBe('(n[i] * (sum[j] b[j]))');
    expect(normalize('s[i] = -(sum[j] b[j] * n[i])')).toBe('(n[i] * (sum[j] (-b[j])))');
    expect(normalize('s[i] = 2 * sum[j] b[j] * n[i]')).toBe('(n[i] * (sum[j] (b[j] * 2)))');
    // a 1 or a double minus that only carried the type is dropped inside and restored on top
    expect(normalize('s[i] = sum[j] 1 * b[j] * n[i]')).toBe('((n[i] * (sum[j] b[j])) * 1)');
    expect(normalize('s[i] = (1 * sum[j] b[j]) * n[i]')).toBe('((n[i] * (sum[j] b[j])) * 1)');
    expect(normalize('s[i] = -(-m[i])')).toBe('(-(-m[i]))');
    expect(graphOf(`${DECLS}\ns[i] = -(-m[i])\n`).ops[0]?.expr.dtype).toBe('i32');
  });
});

describe('max / min: invariant terms and positive scales move out', () => {
  it('an invariant term leaves (max[j](x + c) = max[j] x + c)', () => {
    expect(normalize('s[i] = max[j] x[i, j] + c[i]')).toBe('(c[i] + (max[j] x[i, j]))');
    expect(normalize('s[i] = max[j] x[i, j] - c[i]')).toBe('((max[j] x[i, j]) - c[i])');
    // min[j](c - x) = c + min[j](-x): the term leaves, the negation stays (it would turn min into max)
    expect(normalize('s[i] = min[j] c[i] - x[i, j]')).toBe('(c[i] + (min[j] (x[i, j] * -1)))');
  });

  it('a positive constant scale leaves; a negative one, a zero or a tensor factor does not', () => {
    expect(normalize('s[i] = max[j] 2 * x[i, j]')).toBe('((max[j] x[i, j]) * 2)');
    expect(normalize('s[i] = min[j] x[i, j] / 3')).toBe('((min[j] x[i, j]) / 3)');
    expect(normalize('s[i] = max[j] -2 * x[i, j]')).toBe('(max[j] (x[i, j] * -2))');
    expect(normalize('s[i] = max[j] -x[i, j]')).toBe('(max[j] (x[i, j] * -1))');
    expect(normalize('s[i] = max[j] 0 * x[i, j]')).toBe('(max[j] (x[i, j] * 0))');
    expect(normalize('s[i] = max[j] c[i] * x[i, j]')).toBe('(max[j] (c[i] * x[i, j]))');
  });

  it('a term that may be a spelled infinity stays (max[j](x + inf) is NaN where x is -inf)', () => {
    expect(normalize('t[i] = where(m[i], c[i], inf)\ns[i] = max[j] x[i, j] + t[i]', 's')).toBe('(max[j] (t[i] + x[i, j]))');
  });

  it('terms then scale: max[j](2x + c) = 2 max[j] x + c', () => {
    expect(normalize('s[i] = max[j] x[i, j] * 2 + c[i]')).toBe('(c[i] + ((max[j] x[i, j]) * 2))');
  });
});

describe('prod: nothing moves (c^n is not exact)', () => {
  it('keeps constant and invariant factors inside', () => {
    expect(normalize('s[i] = prod[j] 2 * x[i, j]')).toBe('(prod[j] (x[i, j] * 2))');
    expect(normalize('s[i] = prod[j] x[i, j] * c[i]')).toBe('(prod[j] (c[i] * x[i, j]))');
    expect(normalize('s[i] = prod[j] x[i, j] / c[i]')).toBe('(prod[j] (x[i, j] / c[i]))');
  });
});

describe('one canonical order for commutative operands', () => {
  it('products, sums, max/min and ==/!= ignore how they were written', () => {
    const pairs: [string, string][] = [
      ['s[h, i, d] = sum[j] e[h, i, j] * v[h, j, d]', 's[h, i, d] = sum[j] v[h, j, d] * e[h, i, j]'],
      ['s[i, j] = x[i, j] + y[i, j] + c[i]', 's[i, j] = c[i] + (y[i, j] + x[i, j])'],
      ['s[i, j] = x[i, j] - y[i, j]', 's[i, j] = -y[i, j] + x[i, j]'],
      ['s[i, j] = x[i, j] - y[i, j]', 's[i, j] = -(y[i, j] - x[i, j])'],
      ['s[i, j] = max(x[i, j], max(y[i, j], 0))', 's[i, j] = max(max(0, y[i, j]), x[i, j])'],
      ['s[i, j] = where(x[i, j] == y[i, j], 1, 0)', 's[i, j] = where(y[i, j] == x[i, j], 1, 0)'],
      ['s[i, j] = x[i, j] * 2 * 3', 's[i, j] = 6 * x[i, j]'],
      ['s[i, j] = x[i, j] / 4', 's[i, j] = 0.25 * x[i, j]'],
    ];
    for (const [a, b] of pairs) expect(normalize(b), b).toBe(normalize(a));
  });

  it('where() keeps its branches and comparisons their direction', () => {
    expect(normalize('s[i, j] = where(x[i, j] < y[i, j], y[i, j], x[i, j])')).toBe('where((x[i, j] < y[i, j]), y[i, j], x[i, j])');
  });

  it('normalizing twice changes nothing', () => {
    const g = normalizeGraph(graphOf(`${DECLS}\no[h, i, d] = (sum[j] e[h, i, j] * v[h, j, d] * 2 / z[h, i]) + (max[j] e[h, i, j] - 1) * 4\n`));
    expect(normalizeGraph(g).ops.map((o) => printScalar(o.expr.body))).toEqual(g.ops.map((o) => printScalar(o.expr.body)));
  });
});

describe('what the rest of the compiler sees', () => {
  it('accesses keep their source spans; the written graph is left as it was', () => {
    const text = `${DECLS}\no[h, i, d] = sum[j] e[h, i, j] * v[h, j, d] / z[h, i]\n`;
    const written = graphOf(text);
    const before = printScalar(written.ops[0]!.expr.body);
    const normalized = normalizeGraph(written);
    expect(printScalar(written.ops[0]!.expr.body)).toBe(before);
    const spans: string[] = [];
    const visit = (e: ScalarExpr): void => {
      if (e.kind === 'access') spans.push(e.span ? text.slice(e.span.start, e.span.end) : 'no span');
      if (e.kind === 'binary') [e.lhs, e.rhs].forEach(visit);
      if (e.kind === 'reduce') visit(e.body);
    };
    visit(normalized.ops[0]!.expr.body);
    expect(spans).toEqual(['e[h, i, j]', 'v[h, j, d]', 'z[h, i]']);
  });

  it('infinite constants fold: -inf spelled as -(inf) or 2 * -inf is the constant -inf', () => {
    expect(normalize('t[i] = where(m[i], c[i], -inf)')).toBe('where(m[i], c[i], -inf)');
    expect(normalize('t[i] = where(m[i], c[i], 2 * -inf)')).toBe('where(m[i], c[i], -inf)');
  });
});

describe('sparsity inference and rule discovery see the normal form as they saw the written one', () => {
  it('relu as max(0, x), where with a 0 branch, masks, a dynamic factor moved out of a sum: same facts, same plans', () => {
    const text = [
      'input m: f32[40] @dynamic',
      'input r: f32[40, 8] @dynamic',
      'input a: f32[40, 64]',
      'input b: f32[64, 48]',
      'y[i, n] = sum[k] m[i] * a[i, k] * b[k, n]',
      'h[i, k] = max(0, a[i, k])',
      'z[i, n] = sum[k] 0.5 * h[i, k] * b[k, n] / 3',
      'w[i, k] = where(a[i, k] > 0, 0, a[i, k])',
      'q[i, n] = sum[k] b[k, n] * w[i, k]',
      'g[i, e] = where(0 != r[i, e], 1, 0)',
      'u[i, e, n] = g[i, e] * relu(sum[k] b[k, n] * a[i, k])',
      's[i, j] = where(m[i] != 0, -(sum[k] a[i, k] * a[j, k]) / 8, -inf)',
      'mx[i] = max[j] s[i, j] - 1',
    ].join('\n');
    const written = graphOf(text);
    const writtenFacts = inferSparsity(written);
    const writtenPlan = planProgram(written, discoverRules(written, writtenFacts), writtenFacts);
    const analysis = analyse(written);
    const summary = (p: OpPlan): string => (p.rule ? `${p.op}: ${p.rule.operand} along ${p.rule.axis} [${p.rule.microTile.join('x')}] ${p.rule.write}` : `${p.op}: dense`);
    expect(analysis.plan.ops.map(summary)).toEqual(writtenPlan.ops.map(summary));
    expect(analysis.plan.ops.filter((p) => p.mode === 'pit').length).toBe(7);
    for (const [name, fact] of writtenFacts) {
      const now = analysis.facts.get(name);
      expect({ dynamic: now?.dynamic, fill: now?.fill }, name).toEqual({ dynamic: fact.dynamic, fill: fact.fill });
    }
  });
});

describe('exact constant arithmetic', () => {
  it('folds only what float64 computes exactly', () => {
    expect(significantBits(0.125)).toBe(1);
    expect(significantBits(3)).toBe(2);
    expect(significantBits(0.1)).toBe(52); // 0x3FB999999999999A
    expect(exactProduct(0.5, 0.25)).toBe(0.125);
    expect(exactProduct(Math.fround(0.1), Math.fround(0.3))).toBe(Math.fround(0.1) * Math.fround(0.3));
    expect(exactProduct(0.1, 0.3)).toBeUndefined();
    expect(exactProduct(1e300, 1e300)).toBeUndefined();
    expect(exactProduct(Infinity, 0)).toBeNaN();
    expect(exactReciprocal(8)).toBe(0.125);
    expect(exactReciprocal(-0.25)).toBe(-4);
    expect(exactReciprocal(3)).toBeUndefined();
    expect(exactReciprocal(0)).toBeUndefined();
    expect(exactReciprocal(2 ** -1030)).toBeUndefined();
  });

  it('the rules hold on the data that makes them delicate (zeros, -inf fills, NaN)', () => {
    const text = `${DECLS}\nt[i] = where(m[i], c[i], -inf)\ns[i] = sum[j] x[i, j] * t[i]\nu[i] = max[j] x[i, j] + t[i] * 0\nr[i] = 0 * sum[j] x[i, j] * t[i]\n`;
    const written = graphOf(text);
    const inputs = inputsFor(written, new Map(), 7);
    inputs.set('m', tensorOf('bool', [4], [1, 0, 1, 0]));
    inputs.set('c', tensorOf('f32', [4], [0, 1, -2, 0]));
    expect(sameValues(written, normalizeGraph(written), inputs, new Map(), { exact: true })).toBeUndefined();
  });
});
