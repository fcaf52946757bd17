import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { printScalar } from '../../ir/expr/print.js';
import { walkScalar, type ScalarExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { HostTensor } from '../../ir/tensor.js';
import { analyseAxes, type AxisReport } from '../../rules/axes.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { compareTensors, mulberry32, type CompareOptions } from '../helpers/compare.js';
import { compilePit } from '../helpers/pit-harness.js';
import { dyadicInputs, exactify } from '../helpers/pit-programs.js';
import { evaluateOpPermuted, isIdentity, opExtentsOf, randomPermutation, type Evaluation } from '../helpers/permute.js';
import { chooserFromGen, dimBindings, generateProgram, printProgram, type ProgramDesc } from '../helpers/random-program.js';

/**
 * Permutation invariance, tested by the definition (PIT-BRIEF §1.2, test/helpers/permute.ts):
 * for every op of random programs and every axis that rules/axes.ts reports invariant, the PIT
 * transformation P_π (bare accesses of the axis read at π(x), spatial outputs written at π(x))
 * computes the op's result:
 * - spatial axis: bit for bit (every point runs the same arithmetic at another loop position);
 * - reduction axis: up to re-association; bit for bit whenever every sum/prod combine step was
 *   exact in float64 (the programs are mostly made exact: dyadic data, no transcendental
 *   functions, no division). An inexact run that differs beyond a tolerance is "inconclusive"
 *   (rounding can flip a later comparison) and counted, never more than a few.
 * For every axis reported non-invariant the reason must be structural (the axis in a compound
 * index of the access named by `at`, or used as a value in the expression named by `at`), and
 * the test looks for a counterexample (P_π ≠ P for some π and data) and reports how often one
 * was found per reason.
 */

const EXACT: CompareOptions = { exact: true, signedZero: true, nanEqual: true };
const LONG = process.env.PITC_LONG_TESTS === '1';

interface Tally {
  ops: number;
  invariant: { spatial: number; reduce: number; exact: number; tolerant: number; inconclusive: string[]; trivial: number };
  nonInvariant: Map<string, { axes: number; counterexamples: number; trivial: number }>;
  batchLike: number;
}

const newTally = (): Tally => ({
  ops: 0,
  invariant: { spatial: 0, reduce: 0, exact: 0, tolerant: 0, inconclusive: [], trivial: 0 },
  nonInvariant: new Map(),
  batchLike: 0,
});
const tally = newTally();

/** The analysis under test, and whether its reports are also checked against the structural definitions. */
interface Subject {
  readonly analyse: (expr: TensorExpr) => AxisReport[];
  readonly structure: boolean;
  readonly tally: Tally;
}
const REAL: Subject = { analyse: analyseAxes, structure: true, tally };

function parentsOfAxis(body: ScalarExpr, axis: string): string[] {
  const out: string[] = [];
  if (body.kind === 'axis' && body.axis === axis) out.push(axis);
  walkScalar(body, (n) => {
    const kids = n.kind === 'unary' ? [n.arg] : n.kind === 'binary' ? [n.lhs, n.rhs] : n.kind === 'where' ? [n.cond, n.then, n.else] : n.kind === 'reduce' ? [n.body] : [];
    if (kids.some((k) => k.kind === 'axis' && k.axis === axis)) out.push(printScalar(n));
  });
  return out;
}

function compoundAccesses(body: ScalarExpr, axis: string): string[] {
  const out: string[] = [];
  walkScalar(body, (n) => {
    if (n.kind !== 'access') return;
    const compound = n.indices.some((ix) => ix.terms.some((t) => t.axis === axis) && !(ix.terms.length === 1 && ix.terms[0]?.coef === 1 && ix.constant === 0));
    if (compound) out.push(printScalar(n));
  });
  return out;
}

/** The report's structure, checked against the definitions (independently of rules/axes.ts). */
function checkStructure(expr: TensorExpr, reports: readonly AxisReport[], t: Tally = tally): void {
  const expected = [...expr.spatial.map((a) => [a.name, 'spatial']), ...expr.reduce.map((a) => [a.name, 'reduce'])];
  expect(reports.map((r) => [r.name, r.role])).toEqual(expected);
  const accesses: { tensor: string; indices: ScalarExpr & { kind: 'access' } }[] = [];
  walkScalar(expr.body, (n) => {
    if (n.kind === 'access') accesses.push({ tensor: n.tensor, indices: n });
  });
  const tensors = new Set(accesses.map((a) => a.tensor));
  for (const r of reports) {
    const compound = compoundAccesses(expr.body, r.name);
    const values = parentsOfAxis(expr.body, r.name);
    const where = `${r.name} in ${printScalar(expr.body)}`;
    expect(r.invariant, where).toBe(compound.length === 0 && values.length === 0);
    if (!r.invariant) {
      expect(r.reason, where).toBeDefined();
      if (compound.length > 0) {
        expect(r.reason?.code, where).toBe('compound-index');
        expect(compound, where).toContain(r.reason?.at);
      } else {
        expect(r.reason?.code, where).toBe('used-as-value');
        expect(values, where).toContain(r.reason?.at);
      }
    } else {
      expect(r.reason, where).toBeUndefined();
    }
    const indexesAll =
      r.role === 'spatial' &&
      expr.reduce.length > 0 &&
      tensors.size > 1 &&
      [...tensors].every((t) => accesses.filter((a) => a.tensor === t).every((a) => a.indices.indices.some((ix) => ix.terms.some((term) => term.axis === r.name))));
    expect(r.batchLike, `batchLike of ${where}`).toBe(indexesAll);
    if (r.batchLike) t.batchLike++;
  }
}

/** Did P_π differ from P in a way re-association cannot explain? */
function decisiveDifference(original: Evaluation, permuted: Evaluation, role: 'spatial' | 'reduce'): boolean {
  if (compareTensors(permuted.tensor, original.tensor, EXACT) === undefined) return false;
  return role === 'spatial' || (original.exact && permuted.exact);
}

function checkOp(
  subject: Subject,
  text: string,
  expr: TensorExpr,
  values: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  moreData: readonly ReadonlyMap<string, HostTensor>[],
  seed: number,
): void {
  const tally = subject.tally;
  tally.ops++;
  const reports = subject.analyse(expr);
  if (subject.structure) checkStructure(expr, reports, tally);
  const extents = opExtentsOf(expr, dims);
  const original = evaluateOpPermuted(expr, values, dims);
  // the evaluator itself agrees with the reference on the unpermuted op
  const want = values.get(expr.output) as HostTensor;
  const m0 = compareTensors(original.tensor, want, EXACT);
  if (m0) throw new Error(`the permutation evaluator disagrees with codegen/ref on '${expr.output}': ${m0.message}\n${text}`);
  const rand = mulberry32(seed);
  for (const r of reports) {
    const n = extents.get(r.name) as number;
    if (r.invariant) {
      if (r.role === 'spatial') tally.invariant.spatial++;
      else tally.invariant.reduce++;
      if (n < 2) {
        tally.invariant.trivial++;
        continue;
      }
      for (let attempt = 0; attempt < 2; attempt++) {
        let perm = randomPermutation(n, rand);
        if (isIdentity(perm)) perm = perm.map((_, i) => (i + 1) % n);
        const permuted = evaluateOpPermuted(expr, values, dims, { axis: r.name, perm });
        const exactCase = r.role === 'spatial' || (original.exact && permuted.exact);
        const m = compareTensors(permuted.tensor, original.tensor, EXACT);
        if (exactCase) {
          if (m) throw new Error(`axis '${r.name}' of '${expr.output}' is reported invariant, but P_π differs (π = [${perm}]): ${m.message}\n${text}`);
          tally.invariant.exact++;
          continue;
        }
        const scale = Math.max(original.magnitude, permuted.magnitude, 1);
        const loose = compareTensors(permuted.tensor, original.tensor, { rtol: 1e-6, atol: 1e-6 * scale, nanEqual: true });
        if (loose) tally.invariant.inconclusive.push(`'${r.name}' of '${expr.output}' (π = [${perm}]): ${loose.message}\n${text}`);
        else tally.invariant.tolerant++;
      }
      continue;
    }
    const code = r.reason?.code ?? 'none';
    const entry = tally.nonInvariant.get(code) ?? { axes: 0, counterexamples: 0, trivial: 0 };
    tally.nonInvariant.set(code, entry);
    entry.axes++;
    if (n < 2) {
      entry.trivial++;
      continue;
    }
    let found = false;
    for (const data of [values, ...moreData]) {
      const base = data === values ? original : evaluateOpPermuted(expr, data, dims);
      for (let attempt = 0; attempt < 3 && !found; attempt++) {
        let perm = randomPermutation(n, rand);
        if (isIdentity(perm)) perm = perm.map((_, i) => (i + 1) % n);
        found = decisiveDifference(base, evaluateOpPermuted(expr, data, dims, { axis: r.name, perm }), r.role);
      }
      if (found) break;
    }
    if (found) entry.counterexamples++;
  }
}

/** All ops of a program, on dyadic data (and two more data sets for counterexample searches). */
function checkProgram(p: ProgramDesc, seed: number, subject: Subject = REAL): void {
  const text = printProgram(p);
  const c = compilePit(text, 'perm.pit');
  const dims = dimBindings(p);
  const datasets = [seed, seed + 1, seed + 2].map((s) => evaluateGraph(c.graph, dyadicInputs(p, s), dims));
  const [values, ...more] = datasets as [Map<string, HostTensor>, ...Map<string, HostTensor>[]];
  for (const op of c.graph.ops) checkOp(subject, text, op.expr, values, dims, more, seed ^ op.expr.output.length);
}

const programs = fc.gen().map((g) => {
  const c = chooserFromGen(g);
  const desc = generateProgram(c, { maxStatements: 4, maxDepth: 3, maxNesting: 2, rawDomain: 0.2, boolMinMax: true });
  // three programs in four keep only exact arithmetic, so re-associated reductions compare bit for bit
  return c.int(0, 3) === 0 ? desc : exactify(desc);
});

describe('permutation invariance (P_π = P for every axis reported invariant)', () => {
  afterAll(() => {
    const inv = tally.invariant;
    const lines = [
      `ops: ${tally.ops}; invariant axes: ${inv.spatial} spatial, ${inv.reduce} reduce (${inv.trivial} of extent 1); permuted runs: ${inv.exact} bit-exact, ${inv.tolerant} within re-association tolerance, ${inv.inconclusive.length} inconclusive (inexact and beyond tolerance)`,
      `non-invariant axes by reason (counterexample found / axes, extent-1 axes): ${[...tally.nonInvariant].map(([k, v]) => `${k}: ${v.counterexamples}/${v.axes} (${v.trivial} of extent 1)`).join('; ')}`,
      `batch-like spatial axes: ${tally.batchLike}`,
    ];
    if (inv.inconclusive[0]) lines.push(`first inconclusive: ${inv.inconclusive[0]}`);
    console.log(lines.join('\n'));
  });

  it('holds on random single- and multi-op programs (fast-check)', () => {
    fc.assert(
      fc.property(programs, fc.integer({ min: 1, max: 0x3fffffff }), (p, seed) => checkProgram(p, seed)),
      { seed: 0x9e12, numRuns: LONG ? 3000 : 400 },
    );
    const inv = tally.invariant;
    // seeded: 943 ops, 1997 invariant axes, 3086 bit-exact permuted runs; wide margins
    expect(tally.ops).toBeGreaterThan(600);
    expect(inv.spatial + inv.reduce - inv.trivial).toBeGreaterThan(1000);
    expect(inv.exact).toBeGreaterThan(2000);
    expect(inv.inconclusive.length).toBeLessThanOrEqual(Math.max(3, inv.tolerant / 10));
    // both reasons occur in the generated programs, and counterexamples are found for both
    for (const code of ['compound-index', 'used-as-value']) {
      const e = tally.nonInvariant.get(code);
      expect(e?.axes ?? 0, code).toBeGreaterThan(10);
      expect(e?.counterexamples ?? 0, code).toBeGreaterThan(0);
    }
  });

  const cases: { name: string; text: string; dims: Record<string, number>; op: string; invariant: string[]; counterexample: Record<string, string> }[] = [
    {
      name: 'conv1d window',
      text: 'input x: f32[3, 9]\nweight w: f32[4, 3, 3]\ny[f, oy] = sum[c, r] x[c, oy + r] * w[f, c, r]\n',
      dims: {},
      op: 'y',
      invariant: ['f', 'c'],
      counterexample: { oy: 'compound-index', r: 'compound-index' },
    },
    {
      name: 'strided',
      text: 'input x: f32[12]\nweight w: f32[3]\ny[i] = sum[r] x[2*i + r] * w[r]\n',
      dims: {},
      op: 'y',
      invariant: [],
      counterexample: { i: 'compound-index', r: 'compound-index' },
    },
    {
      name: 'causal mask',
      text: 'dim S\ninput q: f32[S, 4]\ninput k: f32[S, 4]\ns[i, j] = where(j <= i, sum[d] q[i, d] * k[j, d], -inf)\n',
      dims: { S: 6 },
      op: 's',
      invariant: ['d'],
      counterexample: { i: 'used-as-value', j: 'used-as-value' },
    },
    {
      name: 'relative position',
      text: 'input x: f32[5, 5]\ninput b: f32[9]\ny[m, n] = x[m, n] + b[m - n + 4]\n',
      dims: {},
      op: 'y',
      invariant: [],
      counterexample: { m: 'compound-index', n: 'compound-index' },
    },
    {
      name: 'matmul, max-plus and prod',
      text: 'input a: f32[4, 5]\ninput b: f32[5, 3]\nc[m, n] = sum[k] a[m, k] * b[k, n]\nd[m, n] = max[k] a[m, k] + b[k, n]\ne[m] = prod[k] a[m, k]\n',
      dims: {},
      op: 'c',
      invariant: ['m', 'n', 'k'],
      counterexample: {},
    },
  ];

  it.each(cases)('$name: the expected axes are invariant, the others have a counterexample', (t) => {
    const c = compilePit(t.text, `${t.name}.pit`);
    const dims = new Map(Object.entries(t.dims));
    const op = c.graph.ops.find((o) => o.expr.output === t.op) as { expr: TensorExpr };
    const reports = analyseAxes(op.expr);
    checkStructure(op.expr, reports);
    expect(reports.filter((r) => r.invariant).map((r) => r.name).sort()).toEqual([...t.invariant].sort());
    const rand = mulberry32(99);
    const inputs = new Map<string, HostTensor>();
    for (const info of c.graph.tensors.filter((x) => x.role !== 'intermediate')) {
      const shape = info.shape.map((d) => (d.kind === 'const' ? d.value : (dims.get((d as { name: string }).name) as number)));
      const data = Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => Math.round(rand() * 8 - 4) / 2);
      inputs.set(info.name, { dtype: info.dtype, shape, data });
    }
    const values = evaluateGraph(c.graph, inputs, dims);
    const original = evaluateOpPermuted(op.expr, values, dims);
    const extents = opExtentsOf(op.expr, dims);
    for (const r of reports) {
      const n = extents.get(r.name) as number;
      const perms = Array.from({ length: 6 }, () => randomPermutation(n, rand)).filter((p) => !isIdentity(p));
      const differs = perms.some((perm) => decisiveDifference(original, evaluateOpPermuted(op.expr, values, dims, { axis: r.name, perm }), r.role));
      if (r.invariant) expect(differs, `${r.name} is invariant`).toBe(false);
      else {
        expect(r.reason?.code).toBe(t.counterexample[r.name]);
        expect(differs, `a counterexample for ${r.name}`).toBe(true);
      }
    }
  });

  it('fails for a broken analysis that calls every axis invariant, or ignores index values', () => {
    const everything: Subject = { analyse: (e) => analyseAxes(e).map(({ reason: _, ...r }) => ({ ...r, invariant: true })), structure: false, tally: newTally() };
    const noValues: Subject = {
      analyse: (e) => analyseAxes(e).map(({ reason, ...r }) => (reason?.code === 'used-as-value' ? { ...r, invariant: true } : { ...r, ...(reason ? { reason } : {}) })),
      structure: false,
      tally: newTally(),
    };
    for (const subject of [everything, noValues]) {
      const failure = fc.check(fc.property(programs, fc.integer({ min: 1, max: 0x3fffffff }), (p, seed) => checkProgram(p, seed, subject)), { seed: 0x9e12, numRuns: 400 });
      expect(failure.failed).toBe(true);
      expect(String((failure.errorInstance as Error | undefined)?.message)).toMatch(/is reported invariant, but P_π differs/);
    }
  });

  it('the permutation check catches an axis wrongly claimed invariant', () => {
    // what a broken analysis would claim: oy of a window, and i of a causal mask, "invariant"
    for (const [text, axis] of [
      ['input x: f32[9]\nweight w: f32[3]\ny[oy] = sum[r] x[oy + r] * w[r]\n', 'oy'],
      ['dim S\ninput s: f32[S, S]\nm[i, j] = where(j <= i, s[i, j], 0)\n', 'i'],
    ] as const) {
      const c = compilePit(text);
      const dims = new Map([['S', 5]]);
      const expr = (c.graph.ops[0] as { expr: TensorExpr }).expr;
      const inputs = new Map<string, HostTensor>();
      for (const info of c.graph.tensors.filter((x) => x.role !== 'intermediate')) {
        const shape = info.shape.map((d) => (d.kind === 'const' ? d.value : 5));
        inputs.set(info.name, { dtype: 'f32', shape, data: Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => (i % 7) - 3) });
      }
      const values = evaluateGraph(c.graph, inputs, dims);
      const n = opExtentsOf(expr, dims).get(axis) as number;
      const perm = Array.from({ length: n }, (_, i) => n - 1 - i);
      const original = evaluateOpPermuted(expr, values, dims);
      expect(decisiveDifference(original, evaluateOpPermuted(expr, values, dims, { axis, perm }), 'spatial')).toBe(true);
    }
  });
});
