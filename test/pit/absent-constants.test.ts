import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { applyBinary, applyUnary, constantValue, foldConstants } from '../../ir/expr/fold.js';
import type { ScalarExpr } from '../../ir/expr/tensor-expr.js';
import { compile } from '../../src/api/compile.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { compareTensors } from '../helpers/compare.js';
import { compilePit, makeInputs } from '../helpers/pit-harness.js';
import { checkAllRules, newTally, report } from '../helpers/pit-rule-check.js';

/**
 * A `where` with an absent-value branch makes its tensor sparse however the constant is spelt
 * (`-inf` is negation of `inf` in the IR; `0 - inf`, `-1 * inf`, `1 - 1`, `-0` are constants
 * too): rules/sparsity.ts constant-folds (ir/expr/fold.ts) before testing the branch. With it,
 * causal attention written in the program (`where(j <= i, s, -inf)`) gets PIT forms; those are
 * checked against the dense reference, every rule forced and the planned program on every target.
 */

const NEG_INF = ['-inf', '-(inf)', '0 - inf', '-1 * inf', 'inf * -1', '(-1) * inf', '-inf + 1', 'min(-inf, 0)', '-(2 * inf)', '-inf - inf'];
const ZERO = ['0', '0.0', '-0', '-0.0', '1 - 1', '0 * 5', '-(0)', '2 * 0', 'max(0, -1)', '0 / 3', '(1 - 1) * 7', 'relu(-1)'];
const NOT_ABSENT = ['1', '-1', 'inf', '0.5 - 1', '1 / 0', 'inf - inf', '0 * inf'];

/** The fact of tensor `p` for a program whose `p` is `where(COND, BRANCHES)`. */
function factOf(definition: string, cond = 'j <= i') {
  const text = `dim S = 8\ninput x : f32[S, S]\np[i, j] = ${definition.replace('COND', cond)}\noutput p\n`;
  return compilePit(text).facts.get('p');
}

describe('constant folding (ir/expr/fold.ts)', () => {
  const c = (value: number): ScalarExpr => ({ kind: 'const', dtype: 'f32', value });
  it('folds with the reference float64 semantics and leaves data alone', () => {
    const negInf: ScalarExpr = { kind: 'unary', dtype: 'f32', op: 'neg', arg: c(Infinity) };
    expect(constantValue(negInf)).toBe(-Infinity);
    expect(constantValue({ kind: 'binary', dtype: 'f32', op: '-', lhs: c(1), rhs: c(1) })).toBe(0);
    expect(Object.is(constantValue({ kind: 'unary', dtype: 'f32', op: 'neg', arg: c(0) }), -0)).toBe(true);
    expect(constantValue({ kind: 'binary', dtype: 'f32', op: '*', lhs: c(0), rhs: c(Infinity) })).toBeNaN();
    expect(constantValue({ kind: 'binary', dtype: 'f32', op: 'max', lhs: c(NaN), rhs: c(1) })).toBeNaN();
    const access: ScalarExpr = { kind: 'access', dtype: 'f32', tensor: 'x', indices: [] };
    const where: ScalarExpr = { kind: 'where', dtype: 'f32', cond: { kind: 'binary', dtype: 'bool', op: '<', lhs: c(0), rhs: c(1) }, then: access, else: negInf };
    expect(foldConstants(where)).toBe(access); // a constant condition picks its branch
    const nanCond: ScalarExpr = { ...where, cond: c(NaN) };
    expect(foldConstants(nanCond)).toBe(access); // NaN is true, as in the reference
    const untouched: ScalarExpr = { kind: 'binary', dtype: 'f32', op: '+', lhs: access, rhs: access };
    expect(foldConstants(untouched)).toBe(untouched);
  });

  it('applyUnary / applyBinary agree with the reference evaluator on constants', () => {
    for (const fn of ['neg', 'relu', 'exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'gelu', 'abs'] as const) {
      for (const x of [-2, -0, 0, 0.5, 3, NaN, Infinity, -Infinity]) {
        const text = `input x : f32[1]\ny[i] = ${fn === 'neg' ? '-' : fn}(x[i])\noutput y\n`;
        const g = compilePit(text).graph;
        const out = evaluateGraph(g, new Map([['x', { dtype: 'f32', shape: [1], data: Float32Array.of(x) }]]), new Map()).get('y') as HostTensor;
        expect(Object.is(out.data[0], Math.fround(applyUnary(fn, x))) || (Number.isNaN(out.data[0]) && Number.isNaN(applyUnary(fn, x))), `${fn}(${x})`).toBe(true);
      }
    }
    expect(applyBinary('!=', NaN, NaN)).toBe(1);
    expect(applyBinary('==', -0, 0)).toBe(1);
  });
});

describe('every spelling of the absent value makes a sparse tensor', () => {
  for (const cond of ['j <= i', 'x[i, j] > 0']) {
    for (const spelling of NEG_INF) {
      it(`where(${cond}, x, ${spelling}) and where(${cond}, ${spelling}, x): absent -inf`, () => {
        for (const def of [`where(COND, x[i, j], ${spelling})`, `where(COND, ${spelling}, x[i, j])`]) {
          const f = factOf(def, cond);
          expect(f?.dynamic, def).toBe(true);
          expect(f?.fill, def).toBe(-Infinity);
          expect(f?.finiteExceptFill, def).toBe(true);
        }
      });
    }
    for (const spelling of ZERO) {
      it(`where(${cond}, x, ${spelling}) and where(${cond}, ${spelling}, x): absent 0`, () => {
        for (const def of [`where(COND, x[i, j], ${spelling})`, `where(COND, ${spelling}, x[i, j])`]) {
          const f = factOf(def, cond);
          expect(f?.dynamic, def).toBe(true);
          expect(Object.is(f?.fill, 0), `${def}: fill ${f?.fill}`).toBe(true);
        }
      });
    }
  }

  it('nested wheres (a causal window inside a mask) keep the absent value', () => {
    for (const def of [
      'where(j <= i, where(i - j <= 3, x[i, j], -inf), -inf)',
      'where(j > i, -inf, where(i - j > 3, 0 - inf, x[i, j]))',
      'where(j <= i, where(x[i, j] > 0, x[i, j], -(inf)), -1 * inf)',
    ]) {
      expect(factOf(def)?.fill, def).toBe(-Infinity);
      expect(factOf(def)?.dynamic, def).toBe(true);
    }
    expect(factOf('where(j <= i, where(i - j <= 3, x[i, j], 1 - 1), -0)')?.fill).toBe(0);
  });

  it('max(x, 0) in any spelling of 0', () => {
    for (const zero of ['0', '-0', '1 - 1', '0 * 2']) {
      expect(factOf(`max(x[i, j], ${zero})`)?.dynamic, zero).toBe(true);
      expect(factOf(`max(${zero}, x[i, j])`)?.dynamic, zero).toBe(true);
    }
  });

  it('other constants, and conditions that fold, make nothing sparse', () => {
    for (const spelling of NOT_ABSENT) {
      expect(factOf(`where(COND, x[i, j], ${spelling})`)?.dynamic, spelling).toBe(false);
    }
    expect(factOf('where(1 > 0, x[i, j], -inf)')?.dynamic).toBe(false); // always x
    expect(factOf('where(1 < 0, -inf, x[i, j])')?.dynamic).toBe(false); // always x
  });
});

/** Causal and windowed attention written in the program, with several spellings of -inf. */
const CAUSAL: readonly { readonly name: string; readonly score: string }[] = [
  { name: 'causal', score: 'where(j <= i, 0.25 * sum[d] q[h, i, d] * k[h, j, d], -inf)' },
  { name: 'causal, branches swapped', score: 'where(j > i, -(inf), 0.25 * sum[d] q[h, i, d] * k[h, j, d])' },
  { name: 'sliding window', score: 'where(j <= i, where(i - j < 5, 0.25 * sum[d] q[h, i, d] * k[h, j, d], 0 - inf), -1 * inf)' },
  { name: 'causal and a dynamic mask', score: 'where(j <= i, where(max(m[i, j], i == j), 0.25 * sum[d] q[h, i, d] * k[h, j, d], -inf), -inf)' },
];

function attention(score: string, mask: boolean): string {
  return [
    'dim H = 2, S = 37',
    'input q : f32[H, S, 8]',
    'input k : f32[H, S, 8]',
    'input v : f32[H, S, 8]',
    ...(mask ? ['input m : bool[S, S] @dynamic'] : []),
    `s[h, i, j]  = ${score}`,
    'mx[h, i]    = max[j] s[h, i, j]',
    'ex[h, i, j] = exp(s[h, i, j] - mx[h, i])',
    'z[h, i]     = sum[j] ex[h, i, j]',
    'o[h, i, d]  = (sum[j] ex[h, i, j] * v[h, j, d]) / z[h, i]',
    'output o',
    '',
  ].join('\n');
}

describe('causal attention written in the program gets PIT forms that match the dense program', () => {
  const tally = newTally();
  for (const variant of CAUSAL) {
    const text = attention(variant.score, variant.score.includes('m[i, j]'));
    const c = compilePit(text);
    const dims = new Map([
      ['H', 2],
      ['S', 37],
    ]);

    it(`${variant.name}: s is sparse (-inf), and the softmax and p·v ops have rules`, () => {
      expect(c.facts.get('s')?.fill).toBe(-Infinity);
      expect(c.facts.get('ex')?.dynamic).toBe(true);
      for (const op of ['mx', 'ex', 'z', 'o']) expect(c.rules.find((r) => r.op === op)?.rules.length, op).toBeGreaterThan(0);
    });

    it(`${variant.name}: every rule forced, on the reference executor`, async () => {
      await checkAllRules(c, dims, 7, tally);
    });

    for (const target of ['ref', 'wasm', 'gpujs'] as const) {
      for (const hint of [undefined, [1, 8, 1], [1, 1, 4], [1, 1, 1]] as const) {
        it(`${variant.name}: planned program on ${target}${hint ? ` with s at ${hint.join('x')}` : ''} matches the reference`, async () => {
          // no density crossover: the PIT forms run at any density, so the check below can see them
          const { program, formatted } = await compile(text, { target, threads: 1, denseCrossover: 1, ...(hint ? { microTiles: { s: hint } } : {}) });
          if (!program) throw new Error(formatted);
          try {
            for (const seed of [1, 2]) {
              const inputs = makeInputs(c.graph, dims, { density: 0.3, seed });
              const report = await program.execute(inputs, { dims: Object.fromEntries(dims) });
              const want = evaluateGraph(c.graph, inputs, dims).get('o') as HostTensor;
              const m = compareTensors(report.outputs.get('o') as HostTensor, want, { rtol: 2e-4, atol: 2e-5 });
              expect(m?.message).toBeUndefined();
              // every op planned with an index ran its PIT form or says why not; the reference and
              // gpu.js plan PIT forms here (wasm's cost model may plan these small shapes dense)
              const silent = report.ops.filter((o) => o.detail?.['rule'] !== undefined && o.detail['note'] === undefined && o.detail['fallback'] === undefined && o.form !== 'pit');
              expect(silent.map((o) => o.name)).toEqual([]);
              if (target !== 'wasm') expect(report.ops.filter((o) => o.form === 'pit').length).toBeGreaterThan(0);
            }
          } finally {
            await program.dispose();
          }
        });
      }
    }
  }
  it('tally', () => {
    report('causal attention rules', tally);
    expect(tally.rules).toBeGreaterThan(20);
    expect(tally.runs).toBeGreaterThan(100);
  });
});
