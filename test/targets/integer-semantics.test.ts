import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { NODE_MODES } from '../../codegen/gpujs/host.js';
import { compileGpujsProgram } from '../../codegen/gpujs/compile-program.js';
import { evalDim } from '../../ir/dim-expr.js';
import { integerRanges } from '../../ir/expr/int-range.js';
import type { HostTensor } from '../../ir/tensor.js';
import { compile } from '../../src/api/compile.js';
import { compareTensors } from '../helpers/compare.js';
import { boundMismatch, f32ErrorBounds } from '../helpers/f32-error-bound.js';
import { compilePit } from '../helpers/pit-harness.js';
import { lower, runOnMode } from '../gpujs/gpujs-harness.js';
import { EDGES, i32, INTEGER_CASES as CASES, type IntegerCase as Case } from '../helpers/integer-cases.js';

/**
 * i32 and bool semantics on every target against the reference (docs/language.md): values are
 * float64 inside a statement; an i32 store is JavaScript's ToInt32 (truncate, wrap modulo 2^32;
 * NaN and ±inf give 0); a bool store is value != 0; `/` gives f32. Integer edge values (0, ±1,
 * 2^31 − 1, −2^31, 2^24 ± 1, values whose sums and products overflow), sums and products over
 * long axes, index values in i32 arithmetic, PIT forms of i32 reductions. i32 and bool outputs
 * must match exactly; f32 outputs within f32 rounding. (CUDA: test/cuda/emulated-run.test.ts.)
 */

/** Exact for i32 and bool; f32 within a few f32 roundings of each value (NaN only against NaN). */
function mismatch(got: HostTensor | undefined, want: HostTensor): string | undefined {
  if (!got) return 'not produced';
  const m = want.dtype === 'f32' ? compareTensors(got, want, { rtol: 3e-7, atol: 0 }) : compareTensors(got, want, { exact: true });
  return m?.message;
}

/** The dims of a case: its defaults. */
function dimsOf(c: Case): Map<string, number> {
  return new Map(compilePit(c.text).graph.dims.map((d) => [d.name, d.default as number]));
}

function check(c: Case, outputs: ReadonlyMap<string, HostTensor>, label: string): void {
  const g = compilePit(c.text).graph;
  const dims = dimsOf(c);
  const ref = evaluateGraph(g, c.inputs(), dims);
  for (const name of g.outputs) expect(mismatch(outputs.get(name), ref.get(name) as HostTensor), `${label}: output ${name}`).toBeUndefined();
}

describe('the reference stores i32 as ToInt32 and bool as != 0 (docs/language.md)', () => {
  it('worked examples', () => {
    const c = CASES[0] as Case;
    const ref = evaluateGraph(compilePit(c.text).graph, c.inputs(), dimsOf(c));
    const at = (name: string, q: number, r: number): number => {
      const k = EDGES.indexOf(q) * EDGES.length + EDGES.indexOf(r);
      return (ref.get(name) as HostTensor).data[k] as number;
    };
    expect(at('twice', 2 ** 31 - 1, 0)).toBe(-2); // 2^32 - 2 wraps
    expect(at('add', -(2 ** 31), -1)).toBe(2 ** 31 - 1);
    expect(at('neg', -(2 ** 31), 0)).toBe(-(2 ** 31)); // 2^31 wraps to -2^31
    expect(at('mul', 65536, 65536)).toBe(0); // 2^32
    expect(at('mul', 46341, 46341)).toBe(46341 * 46341 - 2 ** 32);
    // (2^31 - 1)^2 is rounded in float64 before it wraps: 0, not the two's-complement product 1
    expect(at('mul', 2 ** 31 - 1, 2 ** 31 - 1)).toBe(0);
    expect(at('big', 2 ** 24 + 1, 0)).toBe(1);
    expect(at('big', 2 ** 24, 0)).toBe(0);
    const r = CASES[1] as Case;
    const red = evaluateGraph(compilePit(r.text).graph, r.inputs(), dimsOf(r));
    expect((red.get('p') as HostTensor).data[4]).toBe(0); // 2^2500 is +inf: stored as 0
    expect((red.get('zero') as HostTensor).data[0]).toBe(0); // inf - inf is NaN: stored as 0
    expect((red.get('cnt') as HostTensor).data[0]).toBe(3333);
  });
});

for (const c of CASES) {
  describe(c.name, () => {
    // wasm's default f32 SIMD kernels round f32 arithmetic at every step (within the f32 error
    // bound, checked in test/wasm/simd-*.test.ts); its exact option is the reference bit for bit
    it.each(['wasm', 'ref'] as const)('%s matches the reference exactly', async (target) => {
      for (const threads of target === 'wasm' ? [1, 2] : [1]) {
        const { program, formatted } = await compile(c.text, { target, threads, ...(target === 'wasm' ? { exact: true } : {}) });
        if (!program) throw new Error(formatted);
        try {
          const report = await program.execute(c.inputs());
          check(c, report.outputs, `${target} (${threads} threads)`);
        } finally {
          await program.dispose();
        }
      }
    });

    it('wasm f32 SIMD kernels keep i32 and bool results exact', async () => {
      const g = compilePit(c.text).graph;
      const dims = dimsOf(c);
      const ref = evaluateGraph(g, c.inputs(), dims);
      const bounds = f32ErrorBounds(g, ref, dims);
      for (const threads of [1, 2]) {
        const { program, formatted } = await compile(c.text, { target: 'wasm', threads });
        if (!program) throw new Error(formatted);
        try {
          const { outputs } = await program.execute(c.inputs());
          for (const name of g.outputs) {
            const want = ref.get(name) as HostTensor;
            const got = outputs.get(name) as HostTensor;
            const problem = want.dtype === 'f32' ? boundMismatch(got, want, bounds.get(name) as Float64Array) : mismatch(got, want);
            expect(problem, `wasm SIMD (${threads} threads): output ${name}`).toBeUndefined();
          }
        } finally {
          await program.dispose();
        }
      }
    });

    it.each(NODE_MODES)('gpujs %s matches the reference exactly', async (mode) => {
      const g = compilePit(c.text).graph;
      const result = await runOnMode(lower(g), mode, c.inputs(), dimsOf(c));
      check(c, result.values, `gpujs ${mode}`);
    });
  });
}

describe('gpu.js runs an op on its exact backend only where f32 cannot be exact', () => {
  const text = ['dim N = 64, L = 100', 'input q : i32[N]', 'input b : bool[N, L]', 'z[i] = q[i] + q[i]', 'c[i] = sum[l] b[i, l]', 'y[i] = c[i] * 2', 'ix[i] = i * 3 + c[i]', 'output z, c, y, ix'].join('\n');
  it('i32 reads past 2^24 need it; counts, index values and what they feed do not', () => {
    const g = compilePit(text).graph;
    const program = lower(g);
    const compiled = compileGpujsProgram('t', g, program.kernels, new Map([['N', 64], ['L', 100]]));
    const byOp = new Map(compiled.ops.map((o) => [o.op, o]));
    expect(byOp.get('z')?.needsExactBackend).toMatch(/i32 tensor 'q' may reach 2147483648/);
    expect(byOp.get('z')?.dense.params.some((p) => p.kind === 'half')).toBe(true);
    for (const op of ['c', 'y', 'ix']) {
      expect(byOp.get(op)?.needsExactBackend, op).toBeUndefined();
      expect(byOp.get(op)?.dense.params.some((p) => p.kind === 'half'), op).toBe(false);
    }
  });
  it('a lowered limit sends small counts to the exact backend too, with the same results', async () => {
    const g = compilePit(text).graph;
    const inputs = new Map<string, HostTensor>([
      ['q', i32(Int32Array.from({ length: 64 }, (_, i) => EDGES[i % EDGES.length] as number))],
      ['b', { dtype: 'bool', shape: [64, 100], data: Uint8Array.from({ length: 6400 }, (_, i) => (i % 3 ? 1 : 0)) }],
    ]);
    const dims = new Map([['N', 64], ['L', 100]]);
    const result = await runOnMode(lower(g), 'webasm', inputs, dims, { compile: { exactIntegers: 8 } });
    const ref = evaluateGraph(g, inputs, dims);
    for (const name of g.outputs) expect(mismatch(result.values.get(name), ref.get(name) as HostTensor), name).toBeUndefined();
    const backends = new Map(result.ops.map((o) => [o.name, o.detail?.['backend']]));
    expect(backends.get('c')).toBe('cpu (exact)');
    expect(backends.get('z')).toBe('cpu (exact)');
  });
});


describe('integerRanges (ir/expr/int-range.ts)', () => {
  const rangesOf = (text: string, dims: Record<string, number>, op = 0) => {
    const g = compilePit(text).graph;
    const expr = g.ops[op]?.expr;
    if (!expr) throw new Error('no op');
    const bound = new Map(Object.entries(dims));
    const extents = new Map([...expr.spatial, ...expr.reduce].map((a) => [a.name, evalDim(a.extent, bound) ?? 1]));
    const dtypes = new Map(g.tensors.map((t) => [t.name, t.dtype]));
    return integerRanges(expr, { extents, dtypeOf: (t) => dtypes.get(t) ?? 'f32' });
  };

  it('a count of bools is exact in f32 up to 2^24 terms, not past it', () => {
    const text = 'dim L\ninput b : bool[L]\nc[] = sum[l] b[l]\noutput c\n';
    expect(rangesOf(text, { L: 2 ** 24 }).problem).toBeUndefined();
    expect(rangesOf(text, { L: 2 ** 24 }).stored).toEqual({ lo: 0, hi: 2 ** 24 });
    expect(rangesOf(text, { L: 2 ** 24 + 1 }).problem).toMatch(/sum\[l\] may reach 16777217/);
  });

  it('index values: i * i at extent 4096 is within 2^24, at 4097 it is not', () => {
    const text = 'dim N\ninput u : bool[N]\ny[i] = i * i + u[i]\noutput y\n';
    expect(rangesOf(text, { N: 4096 }).problem).toBeUndefined();
    expect(rangesOf(text, { N: 4098 }).problem).toMatch(/may reach/);
  });

  it('an i32 tensor may hold any 32-bit integer; bools, products of bools and max of bools stay small', () => {
    expect(rangesOf('input q : i32[4]\ny[i] = q[i] * 0.5\noutput y\n', {}).problem).toMatch(/i32 tensor 'q'/);
    expect(rangesOf('input b : bool[4]\ninput c : bool[4]\ny[i] = b[i] * c[i] - max(b[i], c[i])\noutput y\n', {}).problem).toBeUndefined();
    // a product over a long axis of i32 values up to 2 (a sum of two bools; b + 1 would be f32): 2^30
    const prod = 'dim L\ninput b : bool[L]\ninput c : bool[L]\ny[] = prod[l] (b[l] + c[l])\noutput y\n';
    expect(rangesOf(prod, { L: 30 }).problem).toMatch(/prod\[l\]/);
    expect(rangesOf(prod, { L: 24 }).problem).toBeUndefined();
  });
});
