import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import type { DType } from '../../ir/dtype.js';
import type { HostTensor } from '../../ir/tensor.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { expectClose, tensorOf, type CompareOptions } from '../helpers/compare.js';
import { naiveEvaluateGraph } from '../helpers/naive-eval.js';

/**
 * Every construct of the language on tiny inputs, against values worked out by hand. Each
 * program goes .pit text → runFrontEnd → evaluateGraph, and the naive evaluator must produce
 * the same hand values (which is what makes it trustworthy as the differential oracle).
 */

type Values = Record<string, HostTensor>;

function evaluateBoth(text: string, inputs: Values, dims: Record<string, number> = {}): { ref: Map<string, HostTensor>; naive: Map<string, HostTensor> } {
  const fe = runFrontEnd(text, 'case.pit');
  const errors = fe.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  if (!fe.graph) throw new Error('no graph');
  const inputMap = new Map(Object.entries(inputs));
  const dimMap = new Map(Object.entries(dims));
  return { ref: evaluateGraph(fe.graph, inputMap, dimMap), naive: naiveEvaluateGraph(fe.graph, inputMap, dimMap) };
}

/** Runs a program and checks the named tensors, in both evaluators, against hand values. */
function check(text: string, inputs: Values, expected: Record<string, HostTensor>, opts: CompareOptions = { exact: true }, dims: Record<string, number> = {}): void {
  const { ref, naive } = evaluateBoth(text, inputs, dims);
  for (const [name, want] of Object.entries(expected)) {
    expectClose(ref.get(name), want, opts, `ref '${name}'`);
    expectClose(naive.get(name), want, opts, `naive '${name}'`);
  }
}

const f32 = (shape: number[], v: number[]): HostTensor => tensorOf('f32', shape, v);
const i32 = (shape: number[], v: number[]): HostTensor => tensorOf('i32', shape, v);
const bool = (shape: number[], v: number[]): HostTensor => tensorOf('bool', shape, v);
const NAN = Number.NaN;
const INF = Infinity;
const withNaN: CompareOptions = { exact: true, nanEqual: true };
/** f32 rounding of a hand-written float64 literal is within 6e-8 relative. */
const transcendental: CompareOptions = { rtol: 2e-7, atol: 0, nanEqual: true };

function dtypeOf(text: string, inputs: Values, name: string): DType | undefined {
  return evaluateBoth(text, inputs).ref.get(name)?.dtype;
}

describe('binary arithmetic', () => {
  const xy = { x: f32([3], [1, -2, 3.5]), y: f32([3], [4, 0.5, -2]) };
  const decl = 'input x: f32[3]\ninput y: f32[3]\n';

  it('+ - * /', () => {
    check(
      `${decl}a[i] = x[i] + y[i]\nb[i] = x[i] - y[i]\nc[i] = x[i] * y[i]\nd[i] = x[i] / y[i]\noutput a, b, c, d\n`,
      xy,
      { a: f32([3], [5, -1.5, 1.5]), b: f32([3], [-3, -2.5, 5.5]), c: f32([3], [4, -1, -7]), d: f32([3], [0.25, -4, -1.75]) },
    );
  });

  it('precedence: * binds tighter than +, - is left associative', () => {
    check(`${decl}a[i] = x[i] + y[i] * 2 - 1 - x[i]\n`, xy, { a: f32([3], [7, 0, -5]) });
  });

  it('division by zero gives ±inf and 0/0 gives NaN', () => {
    check('input x: f32[3]\ninput y: f32[3]\nd[i] = x[i] / y[i]\n', { x: f32([3], [1, -1, 0]), y: f32([3], [0, 0, 0]) }, { d: f32([3], [INF, -INF, NAN]) }, withNaN);
  });

  it('unary minus binds tighter than *, and double negation', () => {
    check(`${decl}a[i] = -x[i] * y[i]\nb[i] = x[i] - -y[i]\nc[i] = --x[i]\noutput a, b, c\n`, xy, {
      a: f32([3], [-4, 1, 7]),
      b: f32([3], [5, -1.5, 1.5]),
      c: f32([3], [1, -2, 3.5]),
    });
  });

  it('number literals and inf', () => {
    check('input x: f32[3]\na[i] = min(x[i], inf) + 0.5 * 4\nb[i] = max(x[i], -inf)\noutput a, b\n', { x: f32([3], [1, -2, 3.5]) }, {
      a: f32([3], [3, 0, 5.5]),
      b: f32([3], [1, -2, 3.5]),
    });
  });
});

describe('unary functions', () => {
  const run = (fn: string, values: number[], expected: number[], opts: CompareOptions = transcendental): void => {
    check(`input x: f32[${values.length}]\ny[i] = ${fn}(x[i])\n`, { x: f32([values.length], values) }, { y: f32([expected.length], expected) }, opts);
  };

  it('relu', () => run('relu', [-2, 0, 3, -0.5], [0, 0, 3, 0], { exact: true }));
  it('relu keeps NaN', () => run('relu', [NAN, -1], [NAN, 0], withNaN));
  it('exp', () => run('exp', [0, 1, -INF, INF], [1, 2.718281828459045, 0, INF]));
  it('log, with log(0) = -inf and log(-1) = NaN', () => run('log', [1, 4, 0, -1], [0, 1.3862943611198906, -INF, NAN]));
  it('sqrt', () => run('sqrt', [4, 2, 0], [2, 1.4142135623730951, 0]));
  it('tanh', () => run('tanh', [0, 1, -0.5], [0, 0.7615941559557649, -0.46211715726000974]));
  it('sigmoid', () => run('sigmoid', [0, 2, -2], [0.5, 0.8807970779778823, 0.11920292202211755]));
  it('gelu (tanh approximation)', () => run('gelu', [0, 1, -1, 2], [0, 0.8411919906082768, -0.15880800939172324, 1.954597694087775]));
  it('abs', () => run('abs', [-3, 0, 2.5], [3, 0, 2.5], { exact: true }));

  it('sqrt(-1) = NaN propagates through arithmetic to the output', () => {
    check('input x: f32[3]\ny[i] = sqrt(x[i]) * 2 + 1\n', { x: f32([3], [-1, 4, 9]) }, { y: f32([3], [NAN, 5, 7]) }, withNaN);
  });

  it('a NaN output agrees only with NaN (NaN never passes against a number)', () => {
    const { ref } = evaluateBoth('input x: f32[1]\ny[i] = sqrt(x[i])\n', { x: f32([1], [-1]) });
    expect(() => expectClose(ref.get('y'), f32([1], [NAN]))).not.toThrow();
    expect(() => expectClose(ref.get('y'), f32([1], [0]), { rtol: 1e9, atol: 1e9 })).toThrow(/differ/);
    expect(() => expectClose(ref.get('y'), f32([1], [NAN]), { nanEqual: false })).toThrow(/differ/);
  });
});

describe('comparisons, where and masks', () => {
  const xy = { x: f32([3], [1, 2, 3]), y: f32([3], [2, 2, 2]) };
  const decl = 'input x: f32[3]\ninput y: f32[3]\n';

  it('each comparison gives a bool tensor', () => {
    check(
      `${decl}lt[i] = x[i] < y[i]\nle[i] = x[i] <= y[i]\ngt[i] = x[i] > y[i]\nge[i] = x[i] >= y[i]\neq[i] = x[i] == y[i]\nne[i] = x[i] != y[i]\noutput lt, le, gt, ge, eq, ne\n`,
      xy,
      {
        lt: bool([3], [1, 0, 0]),
        le: bool([3], [1, 1, 0]),
        gt: bool([3], [0, 0, 1]),
        ge: bool([3], [0, 1, 1]),
        eq: bool([3], [0, 1, 0]),
        ne: bool([3], [1, 0, 1]),
      },
    );
  });

  it('NaN compares unequal to everything, itself included', () => {
    check('input x: f32[2]\neq[i] = x[i] == x[i]\nne[i] = x[i] != x[i]\nlt[i] = x[i] < 1\noutput eq, ne, lt\n', { x: f32([2], [NAN, 0]) }, {
      eq: bool([2], [0, 1]),
      ne: bool([2], [1, 0]),
      lt: bool([2], [0, 1]),
    });
  });

  it('where picks a branch per element', () => {
    check(`${decl}w[i] = where(x[i] < y[i], x[i], y[i] * 10)\n`, xy, { w: f32([3], [1, 20, 20]) });
  });

  it('where(r != 0, 1, 0) is an f32 0/1 mask', () => {
    const text = 'dim T\ninput r: f32[T, 2]\nm[t, e] = where(r[t, e] != 0, 1, 0)\n';
    const inputs = { r: f32([3, 2], [0, 0.25, -1, 0, 0, 0]) };
    check(text, inputs, { m: f32([3, 2], [0, 1, 1, 0, 0, 0]) }, { exact: true }, { T: 3 });
    const fe = runFrontEnd(text);
    expect(fe.graph?.tensors.find((t) => t.name === 'm')?.dtype).toBe('f32');
  });

  it('a bool input as a where condition and promoted in arithmetic (bool * f32)', () => {
    const inputs = { b: bool([3], [1, 0, 1]), x: f32([3], [1.5, -2, -3]) };
    check('input b: bool[3]\ninput x: f32[3]\nw[i] = where(b[i], x[i], 7)\np[i] = b[i] * x[i]\nq[i] = (x[i] > 0) * x[i]\noutput w, p, q\n', inputs, {
      w: f32([3], [1.5, 7, -3]),
      p: f32([3], [1.5, 0, -3]),
      q: f32([3], [1.5, 0, 0]),
    });
    expect(dtypeOf('input b: bool[3]\ninput x: f32[3]\np[i] = b[i] * x[i]\n', inputs, 'p')).toBe('f32');
  });

  it('bool outputs are stored as 0/1 bytes and read back as conditions', () => {
    check('input x: f32[4]\nm[i] = x[i] > 0\ny[i] = where(m[i], 1, -1)\noutput m, y\n', { x: f32([4], [0.5, -0.5, 0, 2]) }, {
      m: bool([4], [1, 0, 0, 1]),
      y: f32([4], [1, -1, -1, 1]),
    });
  });
});

describe('max and min', () => {
  it('elementwise', () => {
    check('input x: f32[3]\ninput y: f32[3]\na[i] = max(x[i], y[i])\nb[i] = min(x[i], y[i])\noutput a, b\n', { x: f32([3], [1, 5, -3]), y: f32([3], [2, 4, -3]) }, {
      a: f32([3], [2, 5, -3]),
      b: f32([3], [1, 4, -3]),
    });
  });

  it('max/min of two bools are bools (logical or / and)', () => {
    check('input x: f32[3]\no[i] = max(x[i] > 0, x[i] < -1)\na[i] = min(x[i] > -1, x[i] < 1)\noutput o, a\n', { x: f32([3], [0.5, -2, -0.5]) }, {
      o: bool([3], [1, 1, 0]),
      a: bool([3], [1, 0, 1]),
    });
  });

  it('elementwise max/min propagate NaN from either side', () => {
    check('input x: f32[3]\ninput y: f32[3]\na[i] = max(x[i], y[i])\nb[i] = min(x[i], y[i])\noutput a, b\n', { x: f32([3], [NAN, 1, NAN]), y: f32([3], [1, NAN, NAN]) }, {
      a: f32([3], [NAN, NAN, NAN]),
      b: f32([3], [NAN, NAN, NAN]),
    }, withNaN);
  });
});

describe('reductions', () => {
  const x23 = { x: f32([2, 3], [1, 5, 2, -4, -1, -7]) };
  const decl = 'input x: f32[2, 3]\n';

  it('sum, prod, max, min over one axis', () => {
    check(`${decl}s[i] = sum[j] x[i, j]\np[i] = prod[j] x[i, j]\nmx[i] = max[j] x[i, j]\nmn[i] = min[j] x[i, j]\noutput s, p, mx, mn\n`, x23, {
      s: f32([2], [8, -12]),
      p: f32([2], [10, -28]),
      mx: f32([2], [5, -1]),
      mn: f32([2], [1, -7]),
    });
  });

  it('over the first axis (a column reduction)', () => {
    check(`${decl}s[j] = sum[i] x[i, j]\n`, x23, { s: f32([3], [-3, 4, -5]) });
  });

  it('multi-axis reductions into rank-0 tensors', () => {
    check(`${decl}s[] = sum[i, j] x[i, j]\nm[] = max[i, j] x[i, j]\nn[] = min[j, i] x[i, j]\np[] = prod[i, j] x[i, j]\noutput s, m, n, p\n`, x23, {
      s: f32([], [-4]),
      m: f32([], [5]),
      n: f32([], [-7]),
      p: f32([], [-280]),
    });
  });

  it('nested reductions: the inner one depends on the outer axis', () => {
    check(`${decl}a[] = max[i] sum[j] x[i, j]\nb[] = sum[i] max[j] x[i, j]\nc[] = min[j] prod[i] x[i, j]\noutput a, b, c\n`, x23, {
      a: f32([], [8]),
      b: f32([], [4]),
      c: f32([], [-14]), // column products 1·-4, 5·-1, 2·-7
    });
  });

  it('sibling reductions in one statement (the same axis name reused)', () => {
    check(`${decl}y[i] = (sum[j] x[i, j]) + (max[j] x[i, j])\n`, x23, { y: f32([2], [13, -13]) });
  });

  it('a reduction extends to the end of the statement, like a lambda', () => {
    check(`${decl}a[i] = sum[j] x[i, j] + 1\nb[i] = (sum[j] x[i, j]) + 1\noutput a, b\n`, x23, { a: f32([2], [11, -9]), b: f32([2], [9, -11]) });
  });

  it('a reduction inside a unary function and under unary minus', () => {
    check(`${decl}a[i] = relu(sum[j] x[i, j])\nb[i] = -max[j] x[i, j]\noutput a, b\n`, x23, { a: f32([2], [8, 0]), b: f32([2], [-5, 1]) });
  });

  it('sum of bools counts into an i32', () => {
    check(`${decl}n[] = sum[i, j] x[i, j] > 0\n`, x23, { n: i32([], [3]) });
  });

  it('NaN propagates through max and min reductions wherever it is', () => {
    check('input x: f32[2, 3]\nmx[i] = max[j] x[i, j]\nmn[i] = min[j] x[i, j]\noutput mx, mn\n', { x: f32([2, 3], [NAN, 1, 2, 1, 2, NAN]) }, {
      mx: f32([2], [NAN, NAN]),
      mn: f32([2], [NAN, NAN]),
    }, withNaN);
  });

  it('-inf in max reductions: ignored next to finite values, kept when everything is -inf', () => {
    check('input x: f32[3, 2]\nm[i] = max[j] x[i, j]\ns[i] = sum[j] x[i, j]\noutput m, s\n', { x: f32([3, 2], [-INF, -5, -INF, -INF, INF, -INF]) }, {
      m: f32([3], [-5, -INF, INF]),
      s: f32([3], [-INF, -INF, NAN]),
    }, withNaN);
  });
});

describe('accumulation order', () => {
  const big = 2 ** 60; // 1 is absorbed by ±2^60 in float64

  it('one axis: increasing index order', () => {
    // ((2^60 + 1) - 2^60) + 1 = 1; the reverse order would give 0
    check('input x: f32[4]\ns[] = sum[k] x[k]\n', { x: f32([4], [big, 1, -big, 1]) }, { s: f32([], [1]) });
  });

  it('several axes: lexicographic in the order the axes are listed', () => {
    const x = f32([2, 2], [big, 1, -big, 1]);
    // sum[i, j]: x00 + x01 + x10 + x11 = ((2^60 + 1) - 2^60) + 1 = 1
    // sum[j, i]: x00 + x10 + x01 + x11 = ((2^60 - 2^60) + 1) + 1 = 2
    check('input x: f32[2, 2]\na[] = sum[i, j] x[i, j]\nb[] = sum[j, i] x[i, j]\noutput a, b\n', { x }, { a: f32([], [1]), b: f32([], [2]) });
  });
});

describe('affine indices', () => {
  it('1-D convolution with a window i + r', () => {
    const inputs = { x: f32([5], [1, 2, 3, 4, 5]), w: f32([3], [2, 1, -1]) };
    // y0 = 2·1 + 1·2 - 3, y1 = 2·2 + 3 - 4, y2 = 2·3 + 4 - 5
    check('input x: f32[5]\ninput w: f32[3]\ny[i] = sum[r] x[i + r] * w[r]\n', inputs, { y: f32([3], [1, 3, 5]) });
  });

  it('strided convolution 2*i + r sizes its output to the valid positions', () => {
    const inputs = { x: f32([7], [1, 2, 3, 4, 5, 6, 7]), w: f32([3], [1, -1, 2]) };
    // y0 = 1 - 2 + 2·3, y1 = 3 - 4 + 2·5, y2 = 5 - 6 + 2·7
    check('input x: f32[7]\ninput w: f32[3]\ny[i] = sum[r] x[2*i + r] * w[r]\n', inputs, { y: f32([3], [5, 9, 13]) });
  });

  it('reversed index 4 - i and a constant index', () => {
    check('input x: f32[5]\ny[i] = x[4 - i] + x[0]\n', { x: f32([5], [10, 20, 30, 40, 50]) }, { y: f32([5], [60, 50, 40, 30, 20]) });
  });

  it('an axis seen only in compound indices takes the largest in-bounds extent', () => {
    const x = f32([5], [10, 20, 30, 40, 50]);
    // i + 1 < 5 → i in [0, 4); 2*i < 5 → i in [0, 3)
    check('input x: f32[5]\nshift[i] = x[i + 1]\neven[i] = x[2*i]\noutput shift, even\n', { x }, {
      shift: f32([4], [20, 30, 40, 50]),
      even: f32([3], [10, 30, 50]),
    });
  });

  it('transposed and diagonal access', () => {
    const inputs = { a: f32([2, 2], [1, 2, 3, 4]) };
    check('input a: f32[2, 2]\nt[i, j] = a[j, i]\nd[i] = a[i, i]\noutput t, d\n', inputs, { t: f32([2, 2], [1, 3, 2, 4]), d: f32([2], [1, 4]) });
  });
});

describe('index values', () => {
  it('an index used as a value is an i32 number', () => {
    const text = 'input x: f32[3]\ninput k: i32[3]\na[i] = i * 2 + x[i]\nb[i] = i * k[i] + i\noutput a, b\n';
    const inputs = { x: f32([3], [0.5, 0.5, 0.5]), k: i32([3], [5, 5, 5]) };
    check(text, inputs, { a: f32([3], [0.5, 2.5, 4.5]), b: i32([3], [0, 6, 12]) });
    expect(dtypeOf(text, inputs, 'b')).toBe('i32');
  });

  it('causal mask with -inf, then a softmax row by hand', () => {
    const text = [
      'input s: f32[3, 3]',
      'p[i, j] = where(j <= i, s[i, j], -inf)',
      'm[i] = max[j] p[i, j]',
      'e[i, j] = exp(p[i, j] - m[i])',
      'z[i] = sum[j] e[i, j]',
      'a[i, j] = e[i, j] / z[i]',
      'output p, a',
      '',
    ].join('\n');
    // row 1 holds 99 in the masked position: it must not leak into the row's softmax
    const s = f32([3, 3], [5, 7, 7, 2, 2, 99, 0, 0, 0]);
    const third = 1 / 3;
    check(text, { s }, {
      p: f32([3, 3], [5, -INF, -INF, 2, 2, -INF, 0, 0, 0]),
      a: f32([3, 3], [1, 0, 0, 0.5, 0.5, 0, third, third, third]),
    });
  });
});

describe('rank-0 tensors', () => {
  it('scalar inputs and outputs', () => {
    check('input s: f32[]\ninput x: f32[2]\ny[] = s[] * 2 + 1\nz[i] = x[i] * s[]\noutput y, z\n', { s: f32([], [3]), x: f32([2], [1, -2]) }, {
      y: f32([], [7]),
      z: f32([2], [3, -6]),
    });
  });
});

describe('i32 arithmetic and stores', () => {
  const ab = { a: i32([4], [7, -7, 65536, 2147483647]), b: i32([4], [2, 2, 65536, 1]) };
  const decl = 'input a: i32[4]\ninput b: i32[4]\n';

  it('+ - * stay i32 and wrap modulo 2^32 when stored', () => {
    check(`${decl}s[i] = a[i] + b[i]\nd[i] = a[i] - b[i]\np[i] = a[i] * b[i]\nn[i] = -a[i]\noutput s, d, p, n\n`, ab, {
      s: i32([4], [9, -5, 131072, -2147483648]),
      d: i32([4], [5, -9, 0, 2147483646]),
      p: i32([4], [14, -14, 0, 2147483647]), // 65536² = 2^32 wraps to 0
      n: i32([4], [-7, 7, -65536, -2147483647]),
    });
    expect(dtypeOf(`${decl}p[i] = a[i] * b[i]\n`, ab, 'p')).toBe('i32');
  });

  it('the value is rounded once: (a + b) - b wraps only if the stored result overflows', () => {
    // 2147483647 + 1 - 1 is 2147483647 in float64: no intermediate i32 wrap
    check(`${decl}r[i] = a[i] + b[i] - b[i]\n`, ab, { r: i32([4], [7, -7, 65536, 2147483647]) });
  });

  it('/ on i32 gives f32 (true division, rounded to f32)', () => {
    check(`${decl}q[i] = a[i] / b[i]\n`, ab, { q: f32([4], [3.5, -3.5, 1, 2147483648]) });
    expect(dtypeOf(`${decl}q[i] = a[i] / b[i]\n`, ab, 'q')).toBe('f32');
  });

  it('i32 mixed with f32 is promoted to f32; max/min of i32 stay i32', () => {
    check(`${decl}input x: f32[4]\nf[i] = a[i] + x[i]\nm[i] = max(a[i], b[i])\noutput f, m\n`, { ...ab, x: f32([4], [0.5, 0.5, 0.5, 0.5]) }, {
      f: f32([4], [7.5, -6.5, 65536.5, 2147483648]),
      m: i32([4], [7, 2, 65536, 2147483647]),
    });
  });
});

describe('rounding to f32 happens once per statement', () => {
  it('a sum that is not representable in f32 is rounded once from float64', () => {
    const u = 2 ** -24; // half an ulp of 1 in f32
    const terms = [1, u, u, u / 2];
    // f32 after every step: 1 + u ties to even (1), again 1, then 1 + u/2 rounds to 1
    let stepwise = 0;
    for (const t of terms) stepwise = Math.fround(stepwise + t);
    expect(stepwise).toBe(1);
    // once: float64 sum 1 + 2^-23 + 2^-25 is not an f32; the nearest f32 is 1 + 2^-23
    const float64Sum = 1 + 2 * u + u / 2;
    expect(Math.fround(float64Sum)).not.toBe(float64Sum);
    check('input x: f32[4]\ns[] = sum[i] x[i]\n', { x: f32([4], terms) }, { s: f32([], [1 + 2 ** -23]) });
  });

  it('an elementwise chain is rounded once too: (x + u) + u', () => {
    const u = 2 ** -24;
    // two f32 adds would give 1; float64 gives 1 + 2^-23 exactly
    check('input x: f32[1]\ninput d: f32[1]\ny[i] = x[i] + d[i] + d[i]\n', { x: f32([1], [1]), d: f32([1], [u]) }, { y: f32([1], [1 + 2 ** -23]) });
  });

  it('but each statement stores to f32: splitting the chain rounds in between', () => {
    const u = 2 ** -24;
    check('input x: f32[1]\ninput d: f32[1]\nt[i] = x[i] + d[i]\ny[i] = t[i] + d[i]\n', { x: f32([1], [1]), d: f32([1], [u]) }, { y: f32([1], [1]) });
  });
});

describe('symbolic dims', () => {
  it('the same program at two sizes', () => {
    const text = 'dim N\ninput x: f32[N]\ny[i] = x[i] * 2\n';
    check(text, { x: f32([2], [1, 2]) }, { y: f32([2], [2, 4]) }, { exact: true }, { N: 2 });
    check(text, { x: f32([4], [1, 2, 3, 4]) }, { y: f32([4], [2, 4, 6, 8]) }, { exact: true }, { N: 4 });
  });
});
