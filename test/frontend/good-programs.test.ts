import { describe, expect, it } from 'vitest';
import { evalDim, printDim } from '../../ir/dim-expr.js';
import { walkScalar, type ScalarExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import { opByOutput, tensorByName, type Graph, type TensorInfo } from '../../ir/graph/graph.js';
import { printGraph } from '../../ir/graph/print.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { readFixtures } from './fixture-files.js';

/**
 * test/fixtures/good: programs that exercise every construct of the language. Each must check
 * without a single diagnostic, and the facts asserted below were worked out by hand.
 */
const fixtures = readFixtures('good');
const text = (name: string): string => {
  const f = fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture ${name}`);
  return f.text;
};

/** The graph of a program that must check without diagnostics (or, if allowed, warnings only). */
function graphOf(source: string, allow: 'nothing' | 'warnings' = 'nothing'): Graph {
  const r = runFrontEnd(source, 'good.pit');
  const shown = allow === 'warnings' ? r.diagnostics.filter((d) => d.severity !== 'warning') : r.diagnostics;
  expect(shown).toEqual([]);
  if (!r.graph) throw new Error('no graph');
  return r.graph;
}

function tensor(g: Graph, name: string): TensorInfo {
  const t = tensorByName(g, name);
  if (!t) throw new Error(`no tensor ${name}`);
  return t;
}

function op(g: Graph, name: string): TensorExpr {
  const o = opByOutput(g, name);
  if (!o) throw new Error(`no op ${name}`);
  return o.expr;
}

const shape = (t: TensorInfo): string[] => t.shape.map(printDim);
const axes = (e: TensorExpr, kind: 'spatial' | 'reduce'): string[] => e[kind].map((a) => `${a.name}:${printDim(a.extent)}`);

function nodes(e: ScalarExpr): ScalarExpr[] {
  const out: ScalarExpr[] = [];
  walkScalar(e, (n) => out.push(n));
  return out;
}

describe('good fixtures check cleanly', () => {
  it.each(fixtures.map((f) => [f.name, f.text] as const))('%s', (name, source) => {
    const r = runFrontEnd(source, name);
    expect(r.diagnostics).toEqual([]);
    expect(r.graph).toBeDefined();
  });

  it('covers the DESIGN examples and the constructs listed for it', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });
});

describe('what the checker infers, by hand', () => {
  it('DESIGN FFN: shapes, roles, the symbolic dim and the single output', () => {
    const g = graphOf(text('design-ffn.pit'));
    expect(g.dims).toEqual([{ name: 'T' }]);
    expect(g.outputs).toEqual(['y']);
    expect(tensor(g, 'x').role).toBe('input');
    expect(tensor(g, 'w1').role).toBe('weight');
    expect(shape(tensor(g, 'h'))).toEqual(['T', '3072']);
    expect(shape(tensor(g, 'y'))).toEqual(['T', '768']);
    expect(axes(op(g, 'h'), 'reduce')).toEqual(['k:768']);
    expect(axes(op(g, 'y'), 'reduce')).toEqual(['f:3072']);
    expect(g.ops.map((o) => o.expr.output)).toEqual(['h', 'a', 'y']);
  });

  it('DESIGN MoE: the 0/1 mask is f32, h is [8, T, 2048], y reduces over e and f', () => {
    const g = graphOf(text('design-moe.pit'));
    expect(tensor(g, 'm').dtype).toBe('f32');
    expect(shape(tensor(g, 'm'))).toEqual(['T', '8']);
    expect(shape(tensor(g, 'h'))).toEqual(['8', 'T', '2048']);
    expect(axes(op(g, 'y'), 'reduce')).toEqual(['e:8', 'f:2048']);
    expect(tensor(g, 'r').dynamic).toBe(true);
    expect(tensor(g, 'x').dynamic).toBe(false);
    // where(r != 0, 1, 0): a bool comparison picking between two f32 literals
    const m = op(g, 'm').body;
    expect(m.kind === 'where' && m.cond.kind === 'binary' && m.cond.op === '!=' && m.cond.dtype === 'bool').toBe(true);
  });

  it('strided convolution: x: f32[10], w: f32[3] gives 4 outputs (2*3 + 2 = 8 <= 9 < 2*4 + 2)', () => {
    const g = graphOf(text('strided-conv.pit'));
    expect(shape(tensor(g, 'y'))).toEqual(['4']);
    expect(axes(op(g, 'y'), 'reduce')).toEqual(['r:3']);
  });

  it('strided convolution over dim N: floor((N - 3) / 2) + 1 outputs', () => {
    const g = graphOf(text('strided-conv-symbolic.pit'));
    const extent = tensor(g, 'y').shape[0];
    if (!extent) throw new Error('rank 0');
    expect(printDim(extent)).toBe('floor((N - 3) / 2) + 1');
    // N = 10 → 4 (as above); N = 11 → 5 (2*4 + 2 = 10 = N - 1); N = 3 → 1; N = 4 → 1
    expect([10, 11, 3, 4].map((n) => evalDim(extent, new Map([['N', n]])))).toEqual([4, 5, 1, 1]);
  });

  it('affine indices are normalised: 2*(i + 1) + r - 1 is 2*i + r + 1, 8 - i - r keeps its signs', () => {
    const g = graphOf(text('affine-indices.pit'));
    // a: 2*(n - 1) + 2 + 1 <= 19  →  n = 9;  b: 8 - (n - 1) - 2 >= 0 and (n - 1) + 13 <= 19  →  n = 7
    expect(shape(tensor(g, 'a'))).toEqual(['9']);
    expect(shape(tensor(g, 'b'))).toEqual(['7']);
    const readsOfX = (name: string) => nodes(op(g, name).body).flatMap((n) => (n.kind === 'access' && n.tensor === 'x' ? [n.indices[0]] : []));
    expect(readsOfX('a')).toEqual([{ terms: [{ axis: 'i', coef: 2 }, { axis: 'r', coef: 1 }], constant: 1 }]);
    expect(readsOfX('b')).toEqual([
      { terms: [{ axis: 'i', coef: -1 }, { axis: 'r', coef: -1 }], constant: 8 },
      { terms: [{ axis: 'i', coef: 1 }], constant: 13 },
    ]);
  });

  it('reductions: several axes, nesting, siblings renamed apart, and how far a reduction reaches', () => {
    const g = graphOf(text('reductions.pit'));
    expect(axes(op(g, 's'), 'reduce')).toEqual(['j:5', 'k:6']);
    // max[j] sum[k] ...: the sum is the body of the max
    const n = op(g, 'n').body;
    expect(n.kind === 'reduce' && n.reducer === 'max' && n.axes.join() === 'j' && n.body.kind === 'reduce' && n.body.reducer === 'sum').toBe(true);
    // (sum[k] ...) + sum[k] ...: two axes, the second renamed k_2
    expect(axes(op(g, 't'), 'reduce')).toEqual(['k:6', 'k_2:6']);
    // b[i, 0] * sum[k] b[i, k] * c[k]: c is inside the sum
    const e = op(g, 'e').body;
    expect(e.kind).toBe('binary');
    if (e.kind !== 'binary') return;
    expect(e.lhs).toMatchObject({ kind: 'access', tensor: 'b' });
    expect(e.rhs.kind).toBe('reduce');
    expect(nodes(e.rhs).some((x) => x.kind === 'access' && x.tensor === 'c')).toBe(true);
    const m = op(g, 'm').body;
    expect(m.kind === 'binary' && m.lhs.kind === 'reduce' && m.lhs.reducer === 'min' && m.rhs.kind === 'reduce' && m.rhs.reducer === 'prod').toBe(true);
  });

  it('every unary function, max/min as functions and as reductions, inf and -inf', () => {
    const g = graphOf(text('functions.pit'));
    const unaries = new Set(nodes(op(g, 'u').body).flatMap((n) => (n.kind === 'unary' ? [n.op] : [])));
    expect([...unaries].sort()).toEqual(['abs', 'erf', 'exp', 'gelu', 'log', 'relu', 'sigmoid', 'sqrt', 'tanh']);
    const v = nodes(op(g, 'v').body);
    expect(v.filter((n) => n.kind === 'binary' && (n.op === 'max' || n.op === 'min')).length).toBe(2);
    expect(v.filter((n) => n.kind === 'reduce').map((n) => (n.kind === 'reduce' ? n.reducer : ''))).toEqual(['max', 'min']);
    const c = nodes(op(g, 'c').body);
    // inf is a literal; -inf is the negation of it
    expect(c.filter((n) => n.kind === 'const' && n.value === Infinity).length).toBe(2);
    expect(c.some((n) => n.kind === 'unary' && n.op === 'neg' && n.arg.kind === 'const' && n.arg.value === Infinity)).toBe(true);
    const compares = new Set([...c, ...nodes(op(g, 'd').body)].flatMap((n) => (n.kind === 'binary' && n.dtype === 'bool' ? [n.op] : [])));
    expect([...compares].sort()).toEqual(['!=', '<', '<=', '==', '>', '>=']);
    for (const name of ['u', 'v', 'c', 'd']) expect(tensor(g, name).dtype).toBe('f32');
  });

  it('index names as values: the causal mask compares the axes j and i', () => {
    const g = graphOf(text('causal-mask.pit'));
    expect(g.dims).toEqual([{ name: 'S', default: 128 }]);
    const s = op(g, 's').body;
    expect(s.kind).toBe('where');
    if (s.kind !== 'where') return;
    expect(s.cond).toMatchObject({ kind: 'binary', op: '<=', dtype: 'bool', lhs: { kind: 'axis', axis: 'j' }, rhs: { kind: 'axis', axis: 'i' } });
    // the sum is inside where's second argument: it stops at the comma
    expect(s.then.kind).toBe('reduce');
    expect(shape(tensor(g, 's'))).toEqual(['S', 'S']);
    expect(tensor(g, 'p').dtype).toBe('f32');
  });

  it('dtypes and promotion', () => {
    const g = graphOf(text('dtypes.pit'));
    const dtypes = Object.fromEntries(['m', 'ii', 'bb', 'fi', 'dv', 'cmp', 'cnt', 'wh', 'wf', 'mb'].map((n) => [n, tensor(g, n).dtype]));
    expect(dtypes).toEqual({ m: 'f32', ii: 'i32', bb: 'i32', fi: 'f32', dv: 'f32', cmp: 'bool', cnt: 'i32', wh: 'i32', wf: 'f32', mb: 'bool' });
    expect(shape(tensor(g, 'cnt'))).toEqual([]);
  });

  it('rank-0 tensors', () => {
    const g = graphOf(text('rank-zero.pit'));
    expect(shape(tensor(g, 's'))).toEqual([]);
    expect(shape(tensor(g, 'total'))).toEqual([]);
    expect(axes(op(g, 'total'), 'reduce')).toEqual(['i:16']);
    expect(g.outputs).toEqual(['total']);
  });

  it('annotations on declarations and definitions', () => {
    const g = graphOf(text('annotations.pit'));
    const facts = (n: string) => ({ dynamic: tensor(g, n).dynamic, microTile: tensor(g, n).microTile });
    expect(facts('a')).toEqual({ dynamic: true, microTile: [32, 1] });
    expect(facts('w')).toEqual({ dynamic: false, microTile: [1, 16] });
    expect(facts('h')).toEqual({ dynamic: true, microTile: undefined });
    expect(facts('y')).toEqual({ dynamic: true, microTile: [1, 16] });
  });

  it('layout: comments, blank lines, continuation lines; without output the last tensor is returned', () => {
    const g = graphOf(text('layout.pit'));
    expect(g.dims).toEqual([{ name: 'T', default: 128 }, { name: 'D' }]);
    expect(g.outputs).toEqual(['g']);
    expect(shape(tensor(g, 'h'))).toEqual(['T', '4']);
    expect(axes(op(g, 'h'), 'reduce')).toEqual(['k:D']);
    expect(shape(tensor(g, 'g'))).toEqual(['T', '4']);
  });

  it('CRLF line endings give the same graph as LF', () => {
    for (const f of fixtures) {
      const lf = graphOf(f.text);
      const crlf = graphOf(f.text.replace(/\n/g, '\r\n'));
      expect(printGraph(crlf), f.name).toBe(printGraph(lf));
    }
  });
});

describe('small programs, one construct each', () => {
  // not every program reads every input of the prelude: unused-input warnings are expected
  const prelude = 'input a: f32[4]\ninput b: f32[6]\ninput c: f32[6]\ninput m: f32[4, 6]\n';
  const checked = (source: string): Graph => graphOf(source, 'warnings');

  it('a reduction stops at the closing parenthesis around it', () => {
    const body = op(checked(`${prelude}y[i] = (sum[k] b[k]) * a[i]\n`), 'y').body;
    expect(body).toMatchObject({ kind: 'binary', op: '*', lhs: { kind: 'reduce' }, rhs: { kind: 'access', tensor: 'a' } });
  });

  it('a reduction inside a call stops at the comma', () => {
    const body = op(checked(`${prelude}y[i] = max(sum[k] b[k] * c[k], a[i])\n`), 'y').body;
    expect(body).toMatchObject({ kind: 'binary', op: 'max', lhs: { kind: 'reduce' }, rhs: { kind: 'access', tensor: 'a' } });
  });

  it('a reduction extends over + as well as *', () => {
    const body = op(checked(`${prelude}y[i] = a[i] + sum[k] b[k] + c[k]\n`), 'y').body;
    expect(body).toMatchObject({ kind: 'binary', op: '+', lhs: { kind: 'access', tensor: 'a' }, rhs: { kind: 'reduce' } });
  });

  it('renamed sibling axes avoid names the user wrote (k_2 is taken, so k_3)', () => {
    const g = checked(`${prelude}y[i, k_2] = (sum[k] m[i, k]) + (sum[k] m[i, k]) * m[i, k_2]\n`);
    expect(axes(op(g, 'y'), 'spatial')).toEqual(['i:4', 'k_2:6']);
    expect(axes(op(g, 'y'), 'reduce')).toEqual(['k:6', 'k_3:6']);
  });

  it('the same axis name in two definitions is two independent axes', () => {
    const g = checked(`${prelude}y[i] = sum[k] m[i, k]\nz[k] = sum[i] m[i, k]\noutput y, z\n`);
    expect(shape(tensor(g, 'y'))).toEqual(['4']);
    expect(shape(tensor(g, 'z'))).toEqual(['6']);
  });

  it('output lists several names once each, in the order written, across output lines', () => {
    const g = checked(`${prelude}y[i] = a[i]\nz[i] = a[i] * 2\noutput z\noutput y, z\n`);
    expect(g.outputs).toEqual(['z', 'y']);
  });

  it('an input can be an output', () => {
    expect(graphOf('input x: f32[4]\noutput x\n').outputs).toEqual(['x']);
  });

  it('declarations are hoisted: a dim and an input declared after their use', () => {
    const g = graphOf('y[i] = x[i] * 2\ninput x: f32[N]\ndim N = 8\n');
    expect(shape(tensor(g, 'y'))).toEqual(['N']);
    expect(g.dims).toEqual([{ name: 'N', default: 8 }]);
  });

  it('numbers: integers, decimals, exponents, leading dot', () => {
    const consts = nodes(op(checked(`${prelude}y[i] = a[i] * 2 + 0.5 - 1e-5 + .25 * 3E2\n`), 'y').body).flatMap((n) =>
      n.kind === 'const' ? [n.value] : [],
    );
    // literals are f32: 1e-5 is stored as the nearest f32
    expect(consts).toEqual([2, 0.5, Math.fround(1e-5), 0.25, 300]);
  });

  it('keywords are not prefixes of names: summary, maxval, input_x, dims are plain names', () => {
    const g = graphOf('input input_x: f32[4]\nsummary[maxval] = input_x[maxval]\ndims[i] = summary[i]\n');
    expect(g.outputs).toEqual(['dims']);
  });
});
