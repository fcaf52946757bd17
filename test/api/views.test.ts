import { describe, expect, it } from 'vitest';
import type { HostTensor, TensorData } from '../../ir/tensor.js';
import { PitcError } from '../../src/api/errors.js';
import { ViewRegistry } from '../../src/api/view-registry.js';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';
import { wasmMismatch } from '../wasm/wasm-harness.js';
import { API_TARGETS, bitDifference, MASKED, MATMUL_RELU, programsDisposedAfterAll } from './api-targets.js';

/**
 * Inputs written straight into the program's memory (inputView), outputs read as views or copied
 * into the caller's arrays (`outputs: 'view'`, `into`): on every target each gives what the plain
 * copying run gives, bit for bit, and the reference's values; a view used after it was
 * invalidated is a PitcError (PIT6021), never another run's data, also across overlapping calls.
 */

const open = programsDisposedAfterAll();

const reference = API_TARGETS[0] as (typeof API_TARGETS)[number];

function matmulArgs(seed: number, m = 37, k = 45, n = 19): { a: HostTensor; b: HostTensor } {
  const a = applyDensity(randomTensor('f32', [m, k], seed, 'a'), 0.3, [1, 1], seed, 'a');
  return { a, b: randomTensor('f32', [k, n], seed + 1, 'b') };
}

const dimsOf = (m: number, k: number, n: number) => ({ M: m, K: k, N: n });

function same(got: HostTensor | undefined, want: HostTensor | undefined, what: string): void {
  expect(bitDifference(got as HostTensor, want as HostTensor), what).toBeUndefined();
}

/** The codes a call rejects with, and its messages; a call that does not reject fails. */
async function rejection(call: () => Promise<unknown>): Promise<{ codes: string[]; message: string }> {
  const err = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof PitcError)) throw new Error(`expected a PitcError, got ${String(err)}`);
  return { codes: err.diagnostics.map((d) => d.code), message: err.message };
}

/** Writes `from` into a lent view. */
function write(view: HostTensor, from: HostTensor): void {
  (view.data as Float32Array).set(from.data as Float32Array);
}

describe('input views, output views and caller buffers', () => {
  for (const target of API_TARGETS) {
    it(`${target.name}: runs from input views, with output views and into buffers, equal the copying run`, async () => {
      const program = await open(target, MATMUL_RELU);
      const plain = await open(target, MATMUL_RELU);
      const ref = await open(reference, MATMUL_RELU);
      const dims = dimsOf(37, 45, 19);
      program.setWeights({ b: matmulArgs(1).b });
      for (const seed of [1, 2, 3]) {
        const x = matmulArgs(seed);
        const want = await plain.run(x);
        const view = await program.inputView('a', { dims });
        expect(view.shape).toEqual([37, 45]);
        expect(view.dtype).toBe('f32');
        write(view, x.a);
        if (seed !== 1) program.setWeights({ b: x.b });
        const viewed = await program.run({ a: view }, { outputs: 'view' });
        same(viewed['c'], want['c'], `seed ${seed}: output view c`);
        same(viewed['d'], want['d'], `seed ${seed}: output view d`);
        expect(wasmMismatch(viewed['d'] as HostTensor, (await ref.run(x))['d'] as HostTensor)).toBeUndefined();
        // the same view again (unchanged contents), results into the caller's arrays
        const c = new Float32Array(37 * 19);
        const d = new Float32Array(37 * 19).fill(Number.NaN);
        const into = await program.run({ a: view }, { into: { c, d } });
        expect(into['c']?.data).toBe(c);
        expect(into['d']?.data).toBe(d);
        same(into['c'], want['c'], `seed ${seed}: into c`);
        same(into['d'], want['d'], `seed ${seed}: into d`);
        // one output into an array, the other a copy the caller owns
        const mixed = await program.run({ a: x.a }, { into: { d } });
        same(mixed['c'], want['c'], `seed ${seed}: copied c`);
        expect(mixed['d']?.data).toBe(d);
      }
    });

    it(`${target.name}: bool and i32 inputs through views; outputs that are inputs are copies`, async () => {
      const program = await open(target, MASKED);
      const plain = await open(target, MASKED);
      const x = randomTensor('f32', [6, 4], 3, 'x');
      const m = randomTensor('bool', [6, 4], 4, 'm');
      const k = randomTensor('i32', [4], 5, 'k');
      const want = (await plain.run({ x, m, k }))['y'] as HostTensor;
      const dims = { T: 6 };
      const [vx, vm, vk] = [await program.inputView('x', { dims }), await program.inputView('m', { dims }), await program.inputView('k', { dims })];
      (vx.data as Float32Array).set(x.data as Float32Array);
      (vm.data as Uint8Array).set(m.data as Uint8Array);
      (vk.data as Int32Array).set(k.data as Int32Array);
      expect(vm.data).toBeInstanceOf(Uint8Array);
      expect(vk.data).toBeInstanceOf(Int32Array);
      same((await program.run({ x: vx, m: vm, k: vk }, { outputs: 'view' }))['y'], want, 'from views');
      const y = new Float32Array(24);
      same((await program.run({ x: vx, m: vm, k: vk }, { into: { y } }))['y'], want, 'into');

      const echo = await open(target, `dim T\ninput x : f32[T]\ny[t] = x[t] * 2\noutput x, y\n`);
      const vx2 = await echo.inputView('x', { dims: { T: 3 } });
      (vx2.data as Float32Array).set([1, 2, 3]);
      const out = await echo.run({ x: vx2 }, { outputs: 'view' });
      expect(out['x']?.data).not.toBe(vx2.data);
      expect(Array.from(out['x']?.data ?? [])).toEqual([1, 2, 3]);
      expect(Array.from(out['y']?.data ?? [])).toEqual([2, 4, 6]);
    });

    it(`${target.name}: a view invalidated by other dims, a copy into its input, a later run or dispose() is PIT6021`, async () => {
      const program = await open(target, MATMUL_RELU);
      const x = matmulArgs(7);
      program.setWeights({ b: x.b });
      const dims = dimsOf(37, 45, 19);
      // other dims
      const view = await program.inputView('a', { dims });
      write(view, x.a);
      await program.run({ a: matmulArgs(8, 5, 45, 19).a });
      const other = await rejection(() => program.run({ a: view }));
      expect(other.codes).toEqual(['PIT6021']);
      expect(other.message).toContain("'a'");
      // a dim that does not change a's shape still changes the layout
      const wide = await program.inputView('a', { dims });
      write(wide, x.a);
      const b2 = randomTensor('f32', [45, 7], 3, 'b');
      expect((await rejection(() => program.run({ a: wide, b: b2 }))).codes).toEqual(['PIT6021']);
      // another value copied into the input
      program.setWeights({ b: x.b });
      const copied = await program.inputView('a', { dims });
      write(copied, x.a);
      await program.run({ a: x.a });
      expect((await rejection(() => program.run({ a: copied }))).codes).toEqual(['PIT6021']);
      // an output view after a later run started, given back as an input
      const chain = await open(target, `dim T\ninput x : f32[T]\ny[t] = x[t] + 1\noutput y\n`);
      const y1 = (await chain.run({ x: { dtype: 'f32', shape: [2], data: new Float32Array([1, 2]) } }, { outputs: 'view' }))['y'] as HostTensor;
      const y2 = (await chain.run({ x: y1 }, { outputs: 'view' }))['y'] as HostTensor; // live: fine
      expect(Array.from(y2.data)).toEqual([3, 4]);
      expect((await rejection(() => chain.run({ x: y1 }))).codes).toEqual(['PIT6021']);
      // a view as a weight is refused (the program would hold memory it overwrites)
      const lent = await program.inputView('a', { dims });
      expect((await rejection(async () => program.setWeights({ b: { dtype: 'f32', shape: [37, 45], data: lent.data } }))).codes).toEqual(['PIT6021']);
      // dispose
      await program.dispose();
      expect((await rejection(() => program.run({ a: lent }))).codes).toEqual(['PIT6020']);
      expect((await rejection(() => program.inputView('a', { dims }))).codes).toEqual(['PIT6020']);
    });

    it(`${target.name}: views across overlapping calls: each run reads what was there when it started`, async () => {
      const program = await open(target, MATMUL_RELU);
      const plain = await open(target, MATMUL_RELU);
      const x1 = matmulArgs(11);
      const x2 = matmulArgs(12);
      const dims = dimsOf(37, 45, 19);
      program.setWeights({ b: x1.b });
      const view = await program.inputView('a', { dims });
      write(view, x1.a);
      const p1 = program.run({ a: view });
      const p2 = program.run({ a: x2.a }); // copies into a: the view goes stale when p2 starts
      const p3 = program.run({ a: view }); // called while it was live, starts after p2: PIT6021
      const p4 = program.inputView('a', { dims: dimsOf(5, 45, 19) }); // other dims, after p3
      const p5 = program.run({ a: x1.a });
      const [r1, r2, r3, r4, r5] = await Promise.allSettled([p1, p2, p3, p4, p5]);
      expect(r1.status).toBe('fulfilled');
      expect(r2.status).toBe('fulfilled');
      same((r1 as PromiseFulfilledResult<Record<string, HostTensor>>).value['c'], (await plain.run(x1))['c'], 'the run from the view');
      same((r2 as PromiseFulfilledResult<Record<string, HostTensor>>).value['c'], (await plain.run({ a: x2.a, b: x1.b }))['c'], 'the copying run');
      expect(r3.status).toBe('rejected');
      expect(((r3 as PromiseRejectedResult).reason as PitcError).diagnostics.map((d) => d.code)).toEqual(['PIT6021']);
      expect(r4.status).toBe('fulfilled');
      expect((r4 as PromiseFulfilledResult<HostTensor>).value.shape).toEqual([5, 45]);
      same((r5 as PromiseFulfilledResult<Record<string, HostTensor>>).value['c'], (await plain.run(x1))['c'], 'after the view at other dims');
      // a fresh view at those dims works
      const again = await program.inputView('a', { dims });
      write(again, x2.a);
      same((await program.run({ a: again }))['d'], (await plain.run({ a: x2.a, b: x1.b }))['d'], 'a new view');
    });

    it(`${target.name}: caller buffers and view arguments are checked (PIT6022, PIT6019, PIT6009, PIT6023)`, async () => {
      const program = await open(target, MATMUL_RELU);
      const x = matmulArgs(13);
      const n = 37 * 19;
      const wrongType = await rejection(() => program.run(x, { into: { c: new Float64Array(n) as never } }));
      expect(wrongType.codes).toEqual(['PIT6022']);
      expect(wrongType.message).toContain('into.c');
      expect(wrongType.message).toContain('Float32Array');
      const short = await rejection(() => program.run(x, { into: { d: new Float32Array(n - 1) } }));
      expect(short.codes).toEqual(['PIT6022']);
      expect(short.message).toContain("output 'd'");
      expect((await rejection(() => program.run(x, { into: { d: [] as never } }))).codes).toEqual(['PIT6022']);
      const shared = new Float32Array(2 * n);
      expect((await rejection(() => program.run(x, { into: { c: shared.subarray(0, n), d: shared.subarray(n - 1, 2 * n - 1) } }))).codes).toEqual(['PIT6022']);
      // disjoint halves of one buffer are fine
      const halves = await program.run(x, { into: { c: shared.subarray(0, n), d: shared.subarray(n) } });
      same(halves['c'], (await program.run(x))['c'], 'into halves of one buffer');
      expect((await rejection(() => program.run(x, { into: { a: new Float32Array(37 * 45) } }))).codes).toEqual(['PIT6019']);
      // the program's own memory is not a caller's array
      const outView = (await program.run(x, { outputs: 'view' }))['d'] as HostTensor;
      expect((await rejection(() => program.run(x, { into: { c: outView.data as Float32Array } }))).codes).toEqual(['PIT6022']);
      expect((await rejection(() => program.run(x, { outputs: 'views' as never }))).codes).toEqual(['PIT6019']);
      expect((await rejection(() => program.run(x, { output: 'view' } as never))).codes).toEqual(['PIT6019']);
      expect((await rejection(() => program.inputView('b'))).codes).toEqual(['PIT6023']);
      expect((await rejection(() => program.inputView('q'))).codes).toEqual(['PIT6009']);
      expect(new Set((await rejection(() => program.inputView('a'))).codes)).toEqual(new Set(['PIT6002']));
      expect((await rejection(() => program.inputView('a', { dims: { M: 0 } }))).codes).toContain('PIT6006');
      expect((await rejection(() => program.inputView('a', { into: {} } as never))).codes).toEqual(['PIT6019']);
      // with the weight held, its dims bind the view's
      program.setWeights({ b: x.b });
      expect((await program.inputView('a', { dims: { M: 2 } })).shape).toEqual([2, 45]);
      // nothing above changed the program: a plain run still gives the plain result
      expect(bitDifference((await program.run(x))['c'] as HostTensor, (await program.run(x, { outputs: 'view' }))['c'] as HostTensor)).toBeUndefined();
    });
  }

  it('ViewRegistry: a view detached by memory growth is stale', () => {
    const registry = new ViewRegistry();
    registry.enter('T=4');
    const buffer = new ArrayBuffer(16);
    const view = new Float32Array(buffer);
    registry.lendInput('x', view);
    expect(registry.staleness(view, 'T=4')).toBeUndefined();
    expect(registry.isLiveInputView(view, 'x', 'T=4')).toBe(true);
    structuredClone(buffer, { transfer: [buffer] }); // detaches, as a plain wasm memory's growth does
    expect(registry.staleness(view, 'T=4')).toContain('detached');
    expect(registry.isLiveInputView(view, 'x', 'T=4')).toBe(false);
    const data: TensorData = new Float32Array(4);
    expect(registry.staleness(data)).toBeUndefined(); // not a view: nothing to say
  });
});
