// Reproduces the polynomial coefficients of codegen/wasm/vector-math.ts: near-minimax fits of the
// relative error (Lawson's iteratively reweighted least squares in float64, Householder QR),
// printed rounded to f32. erf's rational function is fitted against pitc's float64 erf
// (ir/expr/erf.ts, built). Run: npm run build && node scripts/fit-vector-math.mjs
import { erf } from '../dist/ir/expr/erf.js';

function leastSquares(A, b) {
  const m = A.length;
  const n = A[0].length;
  const Q = A.map((r) => r.slice());
  const y = b.slice();
  for (let k = 0; k < n; k++) {
    let norm = 0;
    for (let i = k; i < m; i++) norm += Q[i][k] ** 2;
    norm = Math.sqrt(norm);
    const alpha = Q[k][k] > 0 ? -norm : norm;
    const v = new Array(m).fill(0);
    for (let i = k; i < m; i++) v[i] = Q[i][k];
    v[k] -= alpha;
    let vn = 0;
    for (let i = k; i < m; i++) vn += v[i] ** 2;
    if (vn === 0) continue;
    const reflect = (get, set) => {
      let s = 0;
      for (let i = k; i < m; i++) s += v[i] * get(i);
      s = (2 * s) / vn;
      for (let i = k; i < m; i++) set(i, get(i) - s * v[i]);
    };
    for (let j = k; j < n; j++) reflect((i) => Q[i][j], (i, x) => (Q[i][j] = x));
    reflect((i) => y[i], (i, x) => (y[i] = x));
  }
  const x = new Array(n).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    let s = y[k];
    for (let j = k + 1; j < n; j++) s -= Q[k][j] * x[j];
    x[k] = s / Q[k][k];
  }
  return x;
}

/** Coefficients c of Σ c_j t^j minimising max |weight(t)·(g(t) − p(t))| over [lo, hi]. */
function fit(g, weight, lo, hi, degree, points = 2000, iterations = 60) {
  const ts = Array.from({ length: points }, (_, i) => (lo + hi) / 2 + ((hi - lo) / 2) * Math.cos((Math.PI * (i + 0.5)) / points));
  const poly = (c, t) => c.reduce((s, cj, j) => s + cj * t ** j, 0);
  let lawson = new Array(points).fill(1);
  let c = [];
  for (let it = 0; it < iterations; it++) {
    const rows = ts.map((t, i) => Array.from({ length: degree + 1 }, (_, j) => Math.sqrt(lawson[i]) * weight(t) * t ** j));
    c = leastSquares(rows, ts.map((t, i) => Math.sqrt(lawson[i]) * weight(t) * g(t)));
    const err = ts.map((t) => Math.abs(weight(t) * (g(t) - poly(c, t))));
    const total = err.reduce((s, e, i) => s + lawson[i] * e, 0);
    lawson = lawson.map((l, i) => (l * err[i]) / total);
  }
  const maxError = Math.max(...ts.map((t) => Math.abs(weight(t) * (g(t) - poly(c, t)))));
  return { coefficients: c.map(Math.fround), maxError };
}

// e^r = 1 + r + r²·P(r) on |r| ≤ ln2/2 (1 % slack for the rounded reduction)
const R = (Math.LN2 / 2) * 1.01;
console.log('EXP_POLY', fit((r) => (r === 0 ? 0.5 : (Math.expm1(r) - r) / (r * r)), (r) => (r * r) / Math.exp(r), -R, R, 3));

// log(1+f) = 2s + s·z·U(z), s = f/(2+f), z = s², f in [√½ − 1, √2 − 1]
const sOf = (f) => f / (2 + f);
const zMax = Math.max(sOf(Math.SQRT2 - 1) ** 2, sOf(Math.SQRT1_2 - 1) ** 2) * 1.02;
const log1pOfS = (s) => Math.log1p((2 * s) / (1 - s));
console.log(
  'LOG_POLY',
  fit((z) => (z === 0 ? 2 / 3 : (log1pOfS(Math.sqrt(z)) - 2 * Math.sqrt(z)) / (Math.sqrt(z) * z)), (z) => (Math.sqrt(z) * z) / Math.abs(log1pOfS(Math.sqrt(z)) || 1e-300), 1e-12, zMax, 2),
);

// tanh x = x + x·z·V(z), z = x², |x| < 0.625
console.log(
  'TANH_POLY',
  fit((z) => (z === 0 ? -1 / 3 : (Math.tanh(Math.sqrt(z)) - Math.sqrt(z)) / (Math.sqrt(z) * z)), (z) => (Math.sqrt(z) * z) / Math.tanh(Math.sqrt(z) || 1e-300), 1e-12, 0.625 ** 2, 4),
);

/**
 * Coefficients p, q (q[0] = 1) of P(z)/Q(z) minimising max |weight(z)·(g(z) − P(z)/Q(z))| over the
 * points: Loeb's linearisation (minimise weight·(g·Q − P)/Q_prev, Q_prev from the previous step)
 * with Lawson's weights, in t = z/scale for conditioning. Returns the best iterate, in z.
 */
function fitRational(g, weight, zs, scale, m, n, iterations = 200) {
  const ts = zs.map((z) => z / scale);
  const gs = zs.map(g);
  const ws = zs.map(weight);
  const ev = (c, t) => c.reduceRight((s, cj) => s * t + cj, 0);
  let lawson = new Array(zs.length).fill(1 / zs.length);
  let q = [1];
  let best = { maxError: Infinity };
  for (let it = 0; it < iterations; it++) {
    const rows = ts.map((t, i) => {
      const s = (Math.sqrt(lawson[i]) * ws[i]) / Math.abs(ev(q, t));
      return [...Array.from({ length: m + 1 }, (_, j) => s * t ** j), ...Array.from({ length: n }, (_, k) => -s * gs[i] * t ** (k + 1))];
    });
    const c = leastSquares(rows, ts.map((t, i) => ((Math.sqrt(lawson[i]) * ws[i]) / Math.abs(ev(q, t))) * gs[i]));
    const p = c.slice(0, m + 1);
    q = [1, ...c.slice(m + 1)];
    const err = ts.map((t, i) => Math.abs(ws[i] * (gs[i] - ev(p, t) / ev(q, t))));
    const maxError = Math.max(...err);
    if (maxError < best.maxError) best = { maxError, p, q: q.slice() };
    const total = err.reduce((s, e, i) => s + lawson[i] * e, 0);
    lawson = lawson.map((l, i) => (l * err[i]) / total);
  }
  const p = best.p.map((c, j) => Math.fround(c / scale ** j));
  q = best.q.map((c, k) => Math.fround(c / scale ** k));
  const rounded = Math.max(...zs.map((z, i) => Math.abs(ws[i] * (gs[i] - ev(p, z) / ev(q, z)))));
  return { p, q, maxError: best.maxError, maxErrorRounded: rounded };
}

// erf x = x·P(z)/Q(z), z = x², relative error, on 0 ≤ x < ERF_ONE_FROM (the first f32 whose erf rounds to 1)
const bits = new Float32Array([3.8]);
const u32 = new Uint32Array(bits.buffer);
while (Math.fround(erf(bits[0])) !== 1) u32[0]++;
const ERF_ONE_FROM = bits[0];
const erfOverX = (z) => (z === 0 ? 2 / Math.sqrt(Math.PI) : erf(Math.sqrt(z)) / Math.sqrt(z));
const xs = Array.from({ length: 3000 }, (_, i) => (ERF_ONE_FROM / 2) * (1 + Math.cos((Math.PI * (i + 0.5)) / 3000)));
console.log('ERF_ONE_FROM', ERF_ONE_FROM);
console.log('ERF_P/ERF_Q', fitRational(erfOverX, (z) => 1 / erfOverX(z), xs.map((x) => x * x), ERF_ONE_FROM ** 2, 5, 5));
