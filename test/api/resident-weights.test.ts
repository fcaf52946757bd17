import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { PitcError } from '../../src/api/errors.js';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';
import { wasmMismatch } from '../wasm/wasm-harness.js';
import { API_TARGETS, bitDifference, MATMUL_RELU, programsDisposedAfterAll } from './api-targets.js';

/**
 * Weights stay in the program between runs (issue 9, "data stays where it is"): a run may leave
 * out a weight the program holds, a different array is uploaded again, setWeights() replaces
 * weights and announces a change made in place. Every case on every target, against the plain
 * copying run with all arguments given and against the reference target.
 */

/** A per-column scale: its weight does not depend on T, so runs at other T keep it. */
const SCALE = `dim T
input  x : f32[T, 4]
weight w : f32[4]
y[t, j] = x[t, j] * w[j] + 1
output y
`;

const open = programsDisposedAfterAll();

function matmulArgs(seed: number, m = 37, k = 45, n = 19): { a: HostTensor; b: HostTensor } {
  const a = applyDensity(randomTensor('f32', [m, k], seed, 'a'), 0.3, [1, 1], seed, 'a');
  return { a, b: randomTensor('f32', [k, n], seed + 1, 'b') };
}

function same(got: HostTensor | undefined, want: HostTensor | undefined, what: string): void {
  expect(bitDifference(got as HostTensor, want as HostTensor), what).toBeUndefined();
}

/** A PitcError's codes, or the error itself when it is not one. */
async function codesOf(call: () => unknown): Promise<string[]> {
  try {
    await call();
  } catch (err) {
    if (err instanceof PitcError) return err.diagnostics.map((d) => d.code);
    throw err;
  }
  return [];
}

const reference = API_TARGETS[0] as (typeof API_TARGETS)[number];

describe('weights held between runs', () => {
  for (const target of API_TARGETS) {
    it(`${target.name}: a run may leave out the weight; a different array is used; setWeights() replaces it`, async () => {
      const program = await open(target, MATMUL_RELU);
      const fresh = await open(target, MATMUL_RELU);
      const ref = await open(reference, MATMUL_RELU);
      const x1 = matmulArgs(1);
      const x2 = matmulArgs(2);

      const first = await program.run(x1);
      same(first['c'], (await fresh.run(x1))['c'], 'first run');
      expect(wasmMismatch(first['c'] as HostTensor, (await ref.run(x1))['c'] as HostTensor)).toBeUndefined();

      // b left out: the held one
      const held = await program.run({ a: x2.a });
      same(held['d'], (await fresh.run({ a: x2.a, b: x1.b }))['d'], 'held weight');

      // a different array: uploaded and held from then on
      const other = await program.run({ a: x1.a, b: x2.b });
      same(other['c'], (await fresh.run({ a: x1.a, b: x2.b }))['c'], 'a different weight array');
      same((await program.run({ a: x2.a }))['c'], (await fresh.run(x2))['c'], 'the new array is held');

      // setWeights(): the next runs use it
      program.setWeights({ b: x1.b });
      const after = await program.run({ a: x2.a });
      same(after['c'], (await fresh.run({ a: x2.a, b: x1.b }))['c'], 'after setWeights()');
      expect(wasmMismatch(after['c'] as HostTensor, (await ref.run({ a: x2.a, b: x1.b }))['c'] as HostTensor)).toBeUndefined();
      // the calls really differ
      expect(bitDifference(first['c'] as HostTensor, other['c'] as HostTensor)).toBeDefined();
    });

    it(`${target.name}: a weight changed in place is used after setWeights()`, async () => {
      const program = await open(target, MATMUL_RELU);
      const fresh = await open(target, MATMUL_RELU);
      const x = matmulArgs(3);
      const b = { ...x.b, data: x.b.data.slice() };
      await program.run({ a: x.a, b });
      b.data.forEach((v, i) => (b.data[i] = -2 * v + (i % 3)));
      program.setWeights({ b });
      const changed = await program.run({ a: x.a });
      same(changed['c'], (await fresh.run({ a: x.a, b: { ...b, data: b.data.slice() } }))['c'], 'after the change in place');
      // and passing the same array again after setWeights() keeps the new values
      same((await program.run({ a: x.a, b }))['c'], changed['c'], 'the same array again');
    });

    it(`${target.name}: runs called before setWeights() keep their weights (overlapping calls)`, async () => {
      const program = await open(target, MATMUL_RELU);
      const fresh = await open(target, MATMUL_RELU);
      const x1 = matmulArgs(4);
      const x2 = matmulArgs(5);
      const p1 = program.run(x1);
      const p2 = program.run({ a: x2.a }); // x1.b, held when called
      program.setWeights({ b: x2.b });
      const p3 = program.run({ a: x1.a });
      const [r1, r2, r3] = await Promise.all([p1, p2, p3]);
      same(r1['c'], (await fresh.run(x1))['c'], 'call 1');
      same(r2['c'], (await fresh.run({ a: x2.a, b: x1.b }))['c'], 'call 2');
      same(r3['c'], (await fresh.run({ a: x1.a, b: x2.b }))['c'], 'call 3');
    });

    it(`${target.name}: a held weight follows runs at other dims (each binding gets it)`, async () => {
      const program = await open(target, SCALE);
      const ref = await open(reference, SCALE);
      const w = randomTensor('f32', [4], 9, 'w');
      program.setWeights({ w });
      for (const t of [3, 70, 3, 1, 70, 5]) {
        const x = randomTensor('f32', [t, 4], t, 'x');
        const got = (await program.run({ x }))['y'] as HostTensor;
        expect(wasmMismatch(got, (await ref.run({ x, w }))['y'] as HostTensor), `T=${t}`).toBeUndefined();
      }
    });

    it(`${target.name}: setWeights() checks its arguments as run() does`, async () => {
      const program = await open(target, MATMUL_RELU);
      const x = matmulArgs(6);
      expect(await codesOf(() => program.setWeights({ b: { ...x.b, dtype: 'i32', data: new Int32Array(x.b.data.length) } }))).toEqual(['PIT6004']);
      expect(await codesOf(() => program.setWeights({ b: { ...x.b, data: x.b.data.subarray(1) } }))).toEqual(['PIT6018']);
      expect(await codesOf(() => program.setWeights({ a: x.a }))).toEqual(['PIT6023']);
      expect(await codesOf(() => program.setWeights({ q: x.b }))).toEqual(['PIT6009']);
      expect(await codesOf(() => program.setWeights({ b: x.b }, { dims: { K: 3 } }))).toEqual(['PIT6005']);
      expect(await codesOf(() => program.setWeights({ b: x.b }, { outputs: 'view' } as never))).toEqual(['PIT6019']);
      expect(await codesOf(() => program.setWeights(null as never))).toEqual(['PIT6019']);
      // nothing was accepted: the weight is still missing
      expect(await codesOf(() => program.run({ a: x.a }))).toContain('PIT6001');
      // a held weight that does not fit a run's dims is named as held
      program.setWeights({ b: x.b });
      const wrong = randomTensor('f32', [5, 7], 1, 'a');
      const err = await program.run({ a: wrong }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PitcError);
      expect((err as PitcError).diagnostics[0]?.code).toBe('PIT6005');
      expect((err as PitcError).message).toContain('held by the program');
      await program.dispose();
      expect(await codesOf(() => program.setWeights({ b: x.b }))).toEqual(['PIT6020']);
    });
  }

  it('wasm: a held weight is not uploaded again (a change in place is not seen until setWeights())', async () => {
    for (const target of API_TARGETS.filter((t) => t.options.target === 'wasm')) {
      const program = await open(target, MATMUL_RELU);
      const x = matmulArgs(7);
      const b = { ...x.b, data: x.b.data.slice() };
      const before = (await program.run({ a: x.a, b }))['c'] as HostTensor;
      b.data.fill(0);
      // the same array (and a new typed-array object over the same memory): still resident
      same((await program.run({ a: x.a, b }))['c'], before, `${target.name}: same array`);
      same((await program.run({ a: x.a, b: { ...b, data: new Float32Array(b.data.buffer) } }))['c'], before, `${target.name}: same memory`);
      program.setWeights({ b });
      const zero = (await program.run({ a: x.a }))['c'] as HostTensor;
      expect(Array.from(zero.data).every((v) => v === 0), `${target.name}: after setWeights()`).toBe(true);
    }
  });
});
