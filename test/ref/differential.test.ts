import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { evalDim } from '../../ir/dim-expr.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { compareTensors, type CompareOptions } from '../helpers/compare.js';
import { naiveEvaluateGraph } from '../helpers/naive-eval.js';
import {
  chooserFromSeed,
  concreteShape,
  DEFAULT_GEN_OPTIONS,
  dimBindings,
  generateProgram,
  printProgram,
  programArbitrary,
  randomInputs,
  type InputDataOptions,
  type ProgramDesc,
} from '../helpers/random-program.js';

/**
 * codegen/ref against the naive tree-walking evaluator on random valid programs. Both compute
 * every statement in float64, accumulate reductions in the same (lexicographic) order and round
 * once when storing, so they must agree bit for bit: f32 results exactly (signed zeros and NaN
 * positions included), i32 and bool exactly.
 */
const EXACT: CompareOptions = { exact: true, signedZero: true, nanEqual: true };

function checkProgram(p: ProgramDesc, seed: number, data: InputDataOptions = {}): void {
  const text = printProgram(p);
  const fe = runFrontEnd(text, 'random.pit');
  const errors = fe.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !fe.graph) {
    throw new Error(`the front end rejected a generated program:\n${text}\n${errors.map((d) => `${d.code} ${d.message}`).join('\n')}`);
  }
  const dims = dimBindings(p);
  for (const s of p.statements) {
    const info = fe.graph.tensors.find((t) => t.name === s.output);
    const checkerShape = info?.shape.map((d) => evalDim(d, dims));
    if (info?.dtype !== s.dtype || JSON.stringify(checkerShape) !== JSON.stringify(concreteShape(s.dims, dims))) {
      throw new Error(`'${s.output}' is ${info?.dtype}[${checkerShape?.join(', ')}] for the checker, but the generator meant ${s.dtype}[${concreteShape(s.dims, dims).join(', ')}]:\n${text}`);
    }
  }
  const inputs = randomInputs(p, seed, data);
  const pristine = randomInputs(p, seed, data);
  const ref = evaluateGraph(fe.graph, inputs, dims);
  const naive = naiveEvaluateGraph(fe.graph, inputs, dims);
  for (const [name, before] of pristine) {
    const now = inputs.get(name);
    if (!now || compareTensors(now, before, EXACT)) throw new Error(`evaluating the program modified input '${name}':\n${text}`);
  }
  for (const s of p.statements) {
    const want = naive.get(s.output);
    if (!want) throw new Error(`naive evaluator produced no '${s.output}'`);
    const m = compareTensors(ref.get(s.output) ?? want, want, EXACT);
    if (m || !ref.has(s.output)) {
      const bindings = [...dims].map(([k, v]) => `${k}=${v}`).join(' ');
      throw new Error(`ref and naive disagree on '${s.output}' (data seed ${seed}${bindings ? `, ${bindings}` : ''}): ${m?.message ?? 'missing in ref'}\n${text}`);
    }
  }
}

const seedArb = fc.integer({ min: 0, max: 0x7fffffff });

describe('ref vs naive evaluator on random programs', () => {
  it('agree exactly on finite random inputs', () => {
    fc.assert(
      fc.property(programArbitrary(), seedArb, (p, seed) => checkProgram(p, seed)),
      { seed: 0x5eed, numRuns: 300 },
    );
  });

  it('agree exactly when inputs hold NaN, ±inf, ±0 and many zeros', () => {
    fc.assert(
      fc.property(programArbitrary(), seedArb, (p, seed) => checkProgram(p, seed, { specials: 0.15, density: 0.5 })),
      { seed: 0xfeed, numRuns: 150 },
    );
  });

  it('agree exactly when sums depend on the accumulation order (huge and tiny values)', () => {
    fc.assert(
      fc.property(programArbitrary(), seedArb, (p, seed) => checkProgram(p, seed, { magnitudes: 'wide', density: 0.7 })),
      { seed: 0xabcd, numRuns: 200 },
    );
  });

  it('agree on deeper programs (depth 4, three nested reductions)', () => {
    const opts = { ...DEFAULT_GEN_OPTIONS, maxDepth: 4, maxNesting: 3 };
    fc.assert(
      fc.property(programArbitrary(opts), seedArb, (p, seed) => checkProgram(p, seed)),
      { seed: 0xdee9, numRuns: 60 },
    );
  });

});

describe('the random program generator', () => {
  it('is deterministic for a seed', () => {
    const a = printProgram(generateProgram(chooserFromSeed(42)));
    const b = printProgram(generateProgram(chooserFromSeed(42)));
    expect(a).toBe(b);
    expect(printProgram(generateProgram(chooserFromSeed(43)))).not.toBe(a);
  });

  it('covers the language: every construct shows up in 300 programs', () => {
    const texts = Array.from({ length: 300 }, (_, seed) => printProgram(generateProgram(chooserFromSeed(seed)))).join('\n');
    const features: Record<string, RegExp> = {
      sum: /sum\[/,
      prod: /prod\[/,
      'max reduction': /max\[/,
      'min reduction': /min\[/,
      'multi-axis reduction': /(sum|prod|max|min)\[\w+, \w+\]/,
      'nested reduction': /(sum|prod|max|min)\[[\w, ]+\] [^\n]*(sum|prod|max|min)\[/,
      'window i + r': /\[[^\]\n]*\b[ijk] \+ [rsuvqp]\b/,
      'strided index': /\d\*[a-z]\b/,
      'negative coefficient': /\[-?[^\]\n]*-[a-z]\b/,
      'constant index': /\w\[\d/,
      where: /where\(/,
      comparison: / (<|<=|>|>=|==|!=) /,
      'elementwise max': /max\(/,
      'elementwise min': /min\(/,
      division: / \/ /,
      'unary minus': /\(-/,
      gelu: /gelu\(/,
      sigmoid: /sigmoid\(/,
      log: /log\(/,
      sqrt: /sqrt\(/,
      exp: /exp\(/,
      tanh: /tanh\(/,
      relu: /relu\(/,
      abs: /abs\(/,
      inf: /inf/,
      'index value': /[(, ][ijkrsuvqp][),]/,
      'i32 input': /: i32\[/,
      'bool input': /: bool\[/,
      'rank-0 input': /: \w+\[\]/,
      'rank-3 input': /: \w+\[\w+, \w+, \w+\]/,
      'rank-0 output': /t\d\[\] =/,
      'symbolic dim': /^dim /m,
      'reads an intermediate': /= [^\n]*\bt\d\[/,
      'output line': /^output /m,
    };
    const missing = Object.entries(features)
      .filter(([, re]) => !re.test(texts))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('renames sibling reductions that reuse a name (the checker sees them apart)', () => {
    let renamed = 0;
    for (let seed = 0; seed < 150; seed++) {
      const fe = runFrontEnd(printProgram(generateProgram(chooserFromSeed(seed))));
      if (fe.graph?.ops.some((op) => op.expr.reduce.some((a) => /_\d+$/.test(a.name)))) renamed++;
    }
    expect(renamed).toBeGreaterThan(3);
  });
});

describe.skipIf(process.env['PITC_LONG_TESTS'] !== '1')('long differential run (PITC_LONG_TESTS=1)', () => {
  it('agrees on 20000 programs', () => {
    fc.assert(
      fc.property(programArbitrary({ ...DEFAULT_GEN_OPTIONS, maxDepth: 4, maxNesting: 3 }), seedArb, fc.boolean(), (p, seed, specials) =>
        checkProgram(p, seed, specials ? { specials: 0.1, density: 0.6 } : seed % 2 === 0 ? { magnitudes: 'wide' } : {}),
      ),
      { numRuns: 20_000 },
    );
  }, 600_000);
});
