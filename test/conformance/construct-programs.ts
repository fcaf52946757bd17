import type { HostTensor } from '../../ir/tensor.js';
import { tensorOf } from '../helpers/compare.js';

/**
 * Programs that use every construct of the language, for the conformance suite: inline programs
 * (kernels without tensor arguments, ranks 0 and 5), scalar semantics on special values (NaN,
 * ±inf, ±0, huge and tiny) for every unary function, binary operator, comparison and reducer,
 * i32 and bool stores and promotions, and the programs that exercise guards, transposed GEMM
 * operands, in-program routing (`top`) and erf. Programs with `inputs` run on those values
 * only; the others run on the suite's generated inputs. The good fixtures
 * (test/fixtures/good/*.pit) are added by cases.ts.
 */

export interface ConstructProgram {
  readonly name: string;
  readonly text: string;
  /** Dims to bind (default: the program's defaults). */
  readonly dims?: Readonly<Record<string, number>>;
  /** Hand-chosen inputs (default: generated input sets). */
  readonly inputs?: () => Map<string, HostTensor>;
}

/** NaN, ±inf, ±0, huge and tiny: WGSL may assume finite values, C may flush denormals. */
export const SPECIAL = [
  0,
  -0,
  1,
  -1,
  0.3,
  -2.5,
  7,
  100,
  -100,
  1e30,
  -1e30,
  NaN,
  Infinity,
  -Infinity,
  1e-30,
  3e38,
];

const UNARY = ['relu', 'exp', 'log', 'sqrt', 'tanh', 'sigmoid', 'gelu', 'abs', 'erf'];
const BINARY = [
  'x[i] + y[j]',
  'x[i] - y[j]',
  'x[i] * y[j]',
  'x[i] / y[j]',
  'max(x[i], y[j])',
  'min(x[i], y[j])',
  'where(x[i] != 0, y[j], -inf)',
  'where(x[i] > y[j], x[i], y[j] * 2)',
];
const COMPARE = ['<', '<=', '>', '>=', '==', '!='];

const special = (): HostTensor => tensorOf('f32', [SPECIAL.length], SPECIAL);

/** Kernels without tensor arguments and outputs of rank 5 (also run in a browser: test/browser). */
export const INLINE_PROGRAMS: readonly ConstructProgram[] = [
  {
    name: 'a kernel without arguments',
    text: 'dim I = 3\ninput x : f32[I]\nc[] = 1.5 * 2 - 4\ny[i] = x[i] * c[] + i * where(i < 1, 1, 2)\noutput y\n',
  },
  {
    name: 'ranks 0 and 5',
    text: 'dim A = 2, B = 3, C = 2, D = 3, E = 4\ninput x : f32[A, B, C, D, E]\nk0[] = 1.5 * 2 - 4\nz[a, b, c, d, e] = x[a, b, c, d, e] * (a + 2 * b + 3 * c + 5 * d + 7 * e) + k0[]\nw[b, c, d] = sum[a, e] z[a, b, c, d, e]\noutput k0, z, w\n',
  },
];

export const CONSTRUCT_PROGRAMS: readonly ConstructProgram[] = [
  ...INLINE_PROGRAMS,
  {
    name: 'every unary function on special values',
    text: `dim N = ${SPECIAL.length}\ninput x : f32[N]\n${UNARY.map((f) => `${f}_[i] = ${f}(x[i])`).join('\n')}\nneg_[i] = -x[i]\noutput ${[...UNARY, 'neg'].map((f) => `${f}_`).join(', ')}\n`,
    inputs: () => new Map([['x', special()]]),
  },
  {
    name: 'every binary operator, comparison and where on every pair of special values',
    text: `dim N = ${SPECIAL.length}\ninput x : f32[N]\ninput y : f32[N]\n${[...BINARY.map((e, k) => `o${k}[i, j] = ${e}`), ...COMPARE.map((op, k) => `c${k}[i, j] = x[i] ${op} y[j]`)].join('\n')}\noutput ${[...BINARY.map((_, k) => `o${k}`), ...COMPARE.map((_, k) => `c${k}`)].join(', ')}\n`,
    inputs: () =>
      new Map([
        ['x', special()],
        ['y', special()],
      ]),
  },
  {
    name: 'every reducer over rows with NaN, infinities and signed zeros',
    text: 'dim R = 6, C = 4\ninput x : f32[R, C]\ns[r] = sum[c] x[r, c]\np[r] = prod[c] x[r, c]\nmx[r] = max[c] x[r, c]\nmn[r] = min[c] x[r, c]\nsm[r, c] = exp(x[r, c] - max[d] x[r, d]) / sum[e] exp(x[r, e] - max[d2] x[r, d2])\noutput s, p, mx, mn, sm\n',
    inputs: () =>
      new Map([
        [
          'x',
          tensorOf(
            'f32',
            [6, 4],
            [
              1,
              2,
              3,
              4,
              NaN,
              1,
              2,
              3,
              Infinity,
              -Infinity,
              1,
              0,
              -Infinity,
              -Infinity,
              -Infinity,
              -Infinity,
              0,
              -0,
              0,
              -0,
              1e30,
              1e30,
              -1e30,
              5,
            ],
          ),
        ],
      ]),
  },
  {
    name: 'i32 and bool values, stores and promotions',
    text: 'dim N = 7\ninput a : i32[N]\ninput b : i32[N]\ninput m : bool[N]\ninput x : f32[N]\ns[i] = a[i] + b[i] * 3 - i\nq[i] = max(a[i], b[i]) - min(a[i], 2)\nc[i] = a[i] < b[i]\nw[i] = where(m[i], a[i], b[i])\nf[i] = x[i] * a[i] + m[i]\ng[i] = x[i] > 0\nn[] = sum[i] m[i]\noutput s, q, c, w, f, g, n\n',
    inputs: () =>
      new Map([
        ['a', tensorOf('i32', [7], [0, -5, 12, 1000000, -1000000, 7, 3])],
        ['b', tensorOf('i32', [7], [1, 1, -3, 2, 9999, -7, 3])],
        ['m', tensorOf('bool', [7], [1, 0, 1, 1, 0, 0, 1])],
        ['x', tensorOf('f32', [7], [0.5, NaN, -2, 0, Infinity, -0, 3])],
      ]),
  },
  {
    name: 'every reducer, i32 and bool outputs, PIT forms of ops other than GEMMs',
    text: 'dim M = 9\ninput a : f32[M, 11] @dynamic\ninput k : i32[M, 11]\nw[m] = sum[j] a[m, j] * 2\nflag[m, j] = a[m, j] > 0.25\ncnt[m] = sum[j] where(flag[m, j], k[m, j], 0)\nks[m] = sum[j] k[m, j]\nback[m, j] = where(flag[m, j], 3, -2)\ngl[m, j] = gelu(a[m, j]) + sigmoid(a[m, j]) - tanh(a[m, j]) + abs(a[m, j]) + sqrt(abs(a[m, j])) + log(1 + abs(a[m, j]))\npm[m] = prod[j] (1 + a[m, j] / 8)\nmn[m] = min[j] a[m, j]\noutput w, flag, cnt, ks, back, gl, pm, mn\n',
  },
  {
    name: 'a guard over a masked max (a fully masked row sends the run dense)',
    text: 'dim N = 6\ninput x : f32[N, 13]\ninput mask : bool[N, 13] @dynamic\ns[i, j] = where(mask[i, j], x[i, j], -inf)\nmx[i] = max[j] s[i, j]\nex[i, j] = exp(s[i, j] - mx[i])\nz[i] = sum[j] ex[i, j]\noutput z\n',
  },
  {
    name: 'a GEMM with both operands transposed',
    text: 'dim M = 40, K = 50, N = 36\ninput a : f32[K, M] @dynamic\ninput b : f32[N, K]\nc[m, n] = sum[k] a[k, m] * b[n, k]\noutput c\n',
    dims: { M: 21, K: 19, N: 13 },
  },
  {
    name: 'causal attention written in the program (-inf above the diagonal)',
    text: 'dim H = 2, S = 37\ninput q : f32[H, S, 8]\ninput k : f32[H, S, 8]\ninput v : f32[H, S, 8]\ns[h, i, j] = where(j <= i, 0.25 * sum[d] q[h, i, d] * k[h, j, d], -inf)\nmx[h, i] = max[j] s[h, i, j]\nex[h, i, j] = exp(s[h, i, j] - mx[h, i])\nz[h, i] = sum[j] ex[h, i, j]\no[h, i, d] = (sum[j] ex[h, i, j] * v[h, j, d]) / z[h, i]\noutput o\n',
    dims: { H: 2, S: 11 },
  },
  {
    name: 'top-2 routing in the program and erf',
    text: 'dim T, E, D\ninput x : f32[T, D]\nweight wg : f32[D, E]\nlogit[t, e] = sum[d] x[t, d] * wg[d, e]\nr[t, e] = top[e, 2] logit[t, e]\ny[t, d] = sum[e] r[t, e] * erf(x[t, d] * 0.70710677 + e)\noutput r, y\n',
    dims: { T: 9, E: 5, D: 7 },
  },
];
