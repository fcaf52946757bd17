import type { HostTensor } from '../../ir/tensor.js';

/**
 * Programs and inputs that attack i32 and bool semantics (docs/language.md): integer edge values
 * (0, ±1, 2^31 − 1, −2^31, 2^24 ± 1, values whose sums and products overflow), sums and products
 * over long axes (past 2^31, to +inf and NaN, both stored as 0), index values in i32
 * arithmetic, bool stores of comparisons with NaN and infinities, PIT forms of i32 reductions.
 * Used by every target's test (test/targets/integer-semantics.test.ts, the CUDA emulator).
 */

export interface IntegerCase {
  readonly name: string;
  readonly text: string;
  /** Every input of the program (dims are the program's defaults). */
  readonly inputs: () => Map<string, HostTensor>;
}

export const EDGES = [0, 1, -1, 2, -2, 2 ** 31 - 1, -(2 ** 31), 2 ** 31 - 2, -(2 ** 31) + 1, 2 ** 24, 2 ** 24 + 1, 2 ** 24 - 1, -(2 ** 24) - 1, 2 ** 30, -(2 ** 30), 46341, -46341, 65536, 65535, 12345678, -98765432, 3, 1 << 16 | 1];

/** q and r hold every pair of edge values (r cycles faster), so sums, differences and products of all pairs are tried. */
function pairs(): { q: Int32Array; r: Int32Array } {
  const n = EDGES.length;
  const q = new Int32Array(n * n);
  const r = new Int32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    q[i * n + j] = EDGES[i] as number;
    r[i * n + j] = EDGES[j] as number;
  }
  return { q, r };
}

const P = pairs();
const N = P.q.length;
export const i32 = (data: Int32Array, shape = [data.length]): HostTensor => ({ dtype: 'i32', shape, data });
const f32 = (values: readonly number[]): HostTensor => ({ dtype: 'f32', shape: [values.length], data: Float32Array.from(values) });
export const bool = (values: readonly number[]): HostTensor => ({ dtype: 'bool', shape: [values.length], data: Uint8Array.from(values) });

/** A long axis of large values: its sums pass 2^31 and 2^53 is never reached. */
function longColumn(n: number, value: (i: number) => number): Int32Array {
  return Int32Array.from({ length: n }, (_, i) => value(i));
}

export const INTEGER_CASES: readonly IntegerCase[] = [
  {
    name: 'elementwise i32 arithmetic on every pair of edge values',
    text: [
      `dim N = ${N}`,
      'input q : i32[N]',
      'input r : i32[N]',
      'add[i] = q[i] + r[i]',
      'sub[i] = q[i] - r[i]',
      'mul[i] = q[i] * r[i]',
      'neg[i] = -q[i]',
      'twice[i] = q[i] + q[i]',
      'four[i] = q[i] + q[i] + q[i] + q[i]',
      'cube[i] = q[i] * q[i] * q[i]',
      'mx[i] = max(q[i], r[i])',
      'mn[i] = min(q[i], r[i])',
      'dv[i] = q[i] / r[i]',
      'half[i] = q[i] * 0.5',
      'lt[i] = q[i] < r[i]',
      'eq[i] = q[i] == r[i]',
      'ne[i] = q[i] + 1 != r[i] + 1',
      'big[i] = q[i] > 16777216',
      'sel[i] = where(q[i] > r[i], q[i] - r[i], r[i] - q[i])',
      'output add, sub, mul, neg, twice, four, cube, mx, mn, dv, half, lt, eq, ne, big, sel',
    ].join('\n'),
    inputs: () => new Map([['q', i32(P.q)], ['r', i32(P.r)]]),
  },
  {
    name: 'i32 reductions over short and long axes (sums pass 2^31, products overflow to inf and NaN)',
    text: [
      'dim R = 5, L = 5000',
      'input g : i32[R, L]',
      'input e : i32[23]',
      'input b : bool[L]',
      's[r] = sum[l] g[r, l]',
      'p[r] = prod[l] g[r, l]',
      'pe[] = prod[k] e[k]',
      'zero[] = (prod[k] e[k]) - (prod[j] e[j])',
      'se[] = sum[k] e[k] * e[k]',
      'm[r] = max[l] g[r, l]',
      'cnt[] = sum[l] b[l]',
      'wcnt[r] = sum[l] where(b[l], g[r, l], 0)',
      'avg[r] = (sum[l] g[r, l]) / 5000',
      'output s, p, pe, zero, se, m, cnt, wcnt, avg',
    ].join('\n'),
    inputs: () => {
      const rows = [
        (i: number) => 2 ** 31 - 1 - (i % 7), // sums past 2^31
        (i: number) => -(2 ** 31) + (i % 5),
        (i: number) => (i % 2 === 0 ? 2 ** 30 : -(2 ** 30) + 3),
        (i: number) => (i % 3) - 1, // products of 0 and ±1
        (i: number) => 1 + (i % 2), // a product of 2500 twos: +inf, stored as 0
      ];
      const g = new Int32Array(5 * 5000);
      rows.forEach((f, r) => g.set(longColumn(5000, f), r * 5000));
      return new Map([
        ['g', i32(g, [5, 5000])],
        ['e', i32(Int32Array.from(EDGES))],
        ['b', bool(Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? 0 : 1)))],
      ]);
    },
  },
  {
    name: 'index values in i32 arithmetic (i·i·i passes 2^31 and wraps)',
    text: ['dim N = 2100', 'input u : bool[N]', 'ax[i] = i * i * i - i + u[i]', 'sq[i] = i * i > 4000000 + u[i]', 'output ax, sq'].join('\n'),
    inputs: () => new Map([['u', bool(Array.from({ length: 2100 }, (_, i) => i % 2))]]),
  },
  {
    name: 'bool stores of comparisons with NaN and infinities, and counts',
    text: [
      'input x : f32[8]',
      'gt[i] = x[i] > 0',
      'self[i] = x[i] != x[i]',
      'same[i] = x[i] == x[i]',
      'any[i] = max(x[i] > 0, x[i] != x[i])',
      'n[] = sum[i] (x[i] != x[i])',
      'output gt, self, same, any, n',
    ].join('\n'),
    inputs: () => new Map([['x', f32([NaN, Infinity, -Infinity, 0, -0, 1, -1, 3e38])]]),
  },
  {
    name: 'PIT forms of i32 reductions (a @dynamic mask)',
    text: [
      'dim M = 37, K = 300',
      'input m : bool[M, K] @dynamic',
      'input g : i32[M, K]',
      'h[i, k] = m[i, k] * g[i, k]', // i32 (a literal 0 in a where would make it f32), zero where m is
      'rs[i] = sum[k] h[i, k]',
      'cs[k] = sum[i] h[i, k] * 3',
      'output h, rs, cs',
    ].join('\n'),
    inputs: () => {
      const g = Int32Array.from({ length: 37 * 300 }, (_, i) => EDGES[i % EDGES.length] as number);
      const m = Array.from({ length: 37 * 300 }, (_, i) => (Math.floor(i / 300) % 3 === 1 || (i % 300) % 7 < 3 ? 0 : 1));
      return new Map([
        ['m', { dtype: 'bool', shape: [37, 300], data: Uint8Array.from(m) } as HostTensor],
        ['g', i32(g, [37, 300])],
      ]);
    },
  },
];

