import { afterAll, describe, expect, it } from 'vitest';
import { erf, ERF_MID_LIMIT, ERF_SMALL_LIMIT } from '../../ir/expr/erf.js';
import { API_TARGETS, programOn, type ApiTarget } from '../api/api-targets.js';
import type { PitProgram } from '../../src/api/program.js';

/**
 * erf (docs/language.md): ir/expr/erf.ts is the one definition. It is checked here against an
 * independent evaluation in exact arithmetic, then every runnable target is checked to compute
 * exactly that function: bit for bit in float64 (ref, wasm with `exact`, gpu.js's cpu backend),
 * each value rounded once to f32 when stored; the wasm SIMD kernels (the default) within their
 * vector-math bound (codegen/wasm/vector-math.ts; test/wasm/vector-math.test.ts sweeps it).
 */

/** erf(x) for a double x, by its Taylor series in 256-bit fixed point (BigInt): exact to ~1e-60 absolute. */
function erfExact(x: number): number {
  if (x === 0) return x;
  // below 1e-30, erf(x) = 2x/√π (1 − x²/3 + ...) is 2x/√π to far better than a double
  if (Math.abs(x) < 1e-30) return 1.1283791670955126 * x;
  const FRACTION = 256n;
  const ONE = 1n << FRACTION;
  // x = m / 2^k exactly, then in fixed point (exact: 1e-30 < |x| ≤ 6 needs fewer than 256 bits)
  let k = 0;
  while (!Number.isInteger(x * 2 ** k)) k++;
  const xf = (BigInt(x * 2 ** k) << FRACTION) >> BigInt(k);
  const x2 = (xf * xf) >> FRACTION;
  // Σ (-1)^n x^(2n+1) / (n! (2n+1)): terms grow to ~e^(x²) before they shrink, 256 bits absorb that
  let power = xf;
  let sum = 0n;
  for (let n = 0n; n < 400n; n++) {
    const term = power / (2n * n + 1n);
    sum += n % 2n === 0n ? term : -term;
    power = (power * x2) / ((n + 1n) << FRACTION);
    if (power === 0n) break;
  }
  // 2/√π from π to 64 digits, √ by Newton's method in fixed point
  const PI = (BigInt('31415926535897932384626433832795028841971693993751058209749445923') * ONE) / 10n ** 64n;
  let root = ONE * 2n;
  for (let i = 0; i < 300; i++) root = (root + (PI * ONE) / root) / 2n;
  const result = (2n * sum * ONE) / root;
  // Number() of a BigInt rounds correctly; the power-of-two scaling is exact
  return Number(result) / 2 ** 256;
}

function grid(): number[] {
  const xs = [0, -0, 1e-300, 1e-20, 1e-8, -1e-5, 0.1, 0.25, ERF_SMALL_LIMIT, ERF_SMALL_LIMIT + 2 ** -50, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 3.5, ERF_MID_LIMIT, ERF_MID_LIMIT + 2 ** -48, 4.5, 5, 5.9, 6];
  for (let i = 0; i <= 240; i++) xs.push(-6 + i * 0.05 + 0.0123);
  return xs;
}

describe('erf: the definition', () => {
  it('is within 1e-15 relative of the exact value over [-6, 6] (both sides of each range boundary)', () => {
    let worst = 0;
    for (const x of grid()) {
      const exact = erfExact(x);
      const rel = exact === 0 ? Math.abs(erf(x)) : Math.abs(erf(x) - exact) / Math.abs(exact);
      worst = Math.max(worst, rel);
      expect(rel, `erf(${x}) = ${erf(x)}, exact ${exact}`).toBeLessThanOrEqual(1e-15);
    }
    expect(worst).toBeGreaterThan(0); // the comparison is real: some rounding shows somewhere
  });

  it('matches published values, is odd, and maps NaN to NaN and ±inf to ±1', () => {
    const published: [number, number][] = [
      [0.5, 0.5204998778130465],
      [1, 0.8427007929497149],
      [2, 0.9953222650189527],
      [3, 0.9999779095030014],
    ];
    for (const [x, v] of published) expect(Math.abs(erf(x) - v)).toBeLessThanOrEqual(2e-16);
    for (const x of grid()) expect(erf(-x)).toBe(-erf(x));
    expect(erf(Number.NaN)).toBeNaN();
    expect(erf(Infinity)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(Object.is(erf(-0), -0)).toBe(true);
    expect(erf(30)).toBe(1);
  });
});

describe('erf on every runnable target', () => {
  const programs: PitProgram[] = [];
  afterAll(async () => {
    await Promise.all(programs.map((p) => p.dispose()));
  });
  const xs = [...grid(), Number.NaN, Infinity, -Infinity, 1e30, -1e-30];
  const x = Float32Array.from(xs);
  const run = async (target: ApiTarget, exact: boolean): Promise<number[]> => {
    const program = await programOn(target, `dim N\ninput x : f32[N]\ny[i] = erf(x[i])\n`, exact ? { exact: true } : {});
    programs.push(program);
    const { y } = await program.run({ x: { dtype: 'f32', shape: [x.length], data: x } });
    return [...(y?.data ?? [])];
  };
  const wasm = API_TARGETS.filter((t) => t.options.target === 'wasm');
  const exactTargets = [...API_TARGETS.filter((t) => t.options.target !== 'wasm').map((t) => ({ target: t, exact: false })), ...wasm.map((t) => ({ target: t, exact: true }))];
  for (const { target, exact } of exactTargets) {
    it(`${target.name}${exact ? ', exact' : ''}: erf(x) stored as f32 is the definition's value, NaN included`, async () => {
      const got = await run(target, exact);
      const want = [...x].map((v) => Math.fround(erf(v)));
      for (let i = 0; i < want.length; i++) {
        if (Number.isNaN(want[i])) expect(got[i], `x = ${x[i]}`).toBeNaN();
        else expect(got[i], `x = ${x[i]}`).toBe(want[i]);
      }
    });
  }
  for (const target of wasm) {
    it(`${target.name}, SIMD: erf(x) is within 1e-6·max(|erf x|, 2^-126) of the definition, ±0, ±1 and NaN exact`, async () => {
      const got = await run(target, false);
      for (let i = 0; i < x.length; i++) {
        const v = x[i] as number;
        const want = erf(v);
        const g = got[i] as number;
        if (Number.isNaN(want)) expect(g, `x = ${v}`).toBeNaN();
        else if (v === 0 || Math.abs(Math.fround(want)) === 1) expect(Object.is(g, Math.fround(want)), `x = ${v}: got ${g}`).toBe(true);
        else expect(Math.abs(g - want), `x = ${v}: got ${g}, want ${want}`).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(want), 2 ** -126));
      }
    });
  }
});
