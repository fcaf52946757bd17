import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import {
  runFinished,
  runStarting,
  SPARE_OUTPUT_BYTES,
  SpareOutputs,
} from '../../codegen/wasm/spare-outputs.js';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';
import {
  API_TARGETS,
  bitDifference,
  MATMUL_RELU,
  programsDisposedAfterAll,
} from '../api/api-targets.js';
import { wasmMismatch } from './wasm-harness.js';

/**
 * Spare output arrays (codegen/wasm/spare-outputs.ts): made between runs with their pages touched,
 * each handed out once, paused while any run runs and finished after, never touched once handed
 * out, and never seen by the caller of an earlier run. Through the API: outputs stay the caller's own and right, run after run, with
 * and without idle time between them.
 */

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
/** One step of the event loop's immediates: a slice scheduled before it runs first, and only it. */
const immediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('spare output arrays', () => {
  it('are made in a macrotask, of the dtype and length asked, and handed out once', async () => {
    const spares = new SpareOutputs();
    spares.prepareSoon([
      { name: 'o', dtype: 'f32', count: 5000 },
      { name: 'm', dtype: 'bool', count: 7 },
      { name: 'n', dtype: 'i32', count: 3 },
    ]);
    expect(spares.take('o', 'f32', 5000), 'before the macrotask').toBeUndefined();
    await macrotask();
    const o = spares.take('o', 'f32', 5000);
    expect(o).toBeInstanceOf(Float32Array);
    expect(o?.length).toBe(5000);
    expect([...(o ?? [])].every((x) => x === 0)).toBe(true);
    // SPARE_DEPTH sets ahead: a second array of its own, then none
    const o2 = spares.take('o', 'f32', 5000);
    expect(o2).toBeInstanceOf(Float32Array);
    expect(o2?.buffer).not.toBe(o?.buffer);
    expect(spares.take('o', 'f32', 5000), 'a third time').toBeUndefined();
    expect(spares.take('m', 'bool', 7)).toBeInstanceOf(Uint8Array);
    // another dtype or length: not handed out (and dropped, both of them)
    expect(spares.take('n', 'f32', 3)).toBeUndefined();
    expect(spares.take('n', 'i32', 4)).toBeUndefined();
    expect(spares.take('n', 'i32', 3)).toBeUndefined();
  });

  it('keep the ready ones when a run asks again, and make one set ahead where two would not fit', async () => {
    const spares = new SpareOutputs();
    spares.prepareSoon([{ name: 'o', dtype: 'f32', count: 100 }]);
    await macrotask();
    const first = spares.take('o', 'f32', 100);
    spares.prepareSoon();
    // before any macrotask: the other ready array is still there
    const second = spares.take('o', 'f32', 100);
    expect(second).toBeInstanceOf(Float32Array);
    expect(second?.buffer).not.toBe(first?.buffer);
    // just over half the budget: one set only
    const count = SPARE_OUTPUT_BYTES / 8 + 1;
    const big = new SpareOutputs({
      ms: Number.POSITIVE_INFINITY,
      maxPages: Number.POSITIVE_INFINITY,
    });
    big.prepareSoon([{ name: 'o', dtype: 'f32', count }]);
    await immediate();
    await immediate();
    expect(big.take('o', 'f32', count)?.length).toBe(count);
    expect(big.take('o', 'f32', count), 'a second set past the budget').toBeUndefined();
  });

  it('are not made when a run starts first, nor beyond their byte budget', async () => {
    const spares = new SpareOutputs();
    spares.prepareSoon([{ name: 'o', dtype: 'f32', count: 16 }]);
    spares.cancel();
    await macrotask();
    expect(spares.take('o', 'f32', 16)).toBeUndefined();
    spares.prepareSoon([{ name: 'o', dtype: 'f32', count: SPARE_OUTPUT_BYTES / 4 + 1 }]);
    await macrotask();
    expect(spares.take('o', 'f32', SPARE_OUTPUT_BYTES / 4 + 1)).toBeUndefined();
    spares.prepareSoon([{ name: 'o', dtype: 'f32', count: 16 }]);
    spares.clear();
    await macrotask();
    expect(spares.take('o', 'f32', 16)).toBeUndefined();
  });
  it("are touched a slice per macrotask; any run pauses every executor's until the last run ends", async () => {
    const slicePages = 8;
    const sliceFloats = (slicePages * 4096) / 4;
    const budget = { ms: Number.POSITIVE_INFINITY, maxPages: slicePages };
    const spares = new SpareOutputs(budget);
    // two and a half slices: ready after the third macrotask, not before
    spares.prepareSoon([{ name: 'o', dtype: 'f32', count: Math.floor(2.5 * sliceFloats) }]);
    await immediate();
    await immediate();
    expect(
      spares.take('o', 'f32', Math.floor(2.5 * sliceFloats)),
      'after two slices',
    ).toBeUndefined();
    await immediate();
    expect(spares.take('o', 'f32', Math.floor(2.5 * sliceFloats))?.length).toBe(
      Math.floor(2.5 * sliceFloats),
    );
    // two runs of other programs start after one slice: nothing is made until both have ended,
    // then the making goes on where it paused
    const other = new SpareOutputs(budget);
    other.prepareSoon([
      { name: 'a', dtype: 'f32', count: 2 * sliceFloats },
      { name: 'b', dtype: 'i32', count: 10 },
    ]);
    await immediate();
    runStarting();
    runStarting();
    for (let i = 0; i < 4; i++) await immediate();
    expect(other.take('b', 'i32', 10), 'made while a run runs').toBeUndefined();
    runFinished();
    for (let i = 0; i < 4; i++) await immediate();
    expect(other.take('b', 'i32', 10), 'made while the second run runs').toBeUndefined();
    runFinished();
    for (let i = 0; i < 3; i++) await immediate();
    const a = other.take('a', 'f32', 2 * sliceFloats);
    expect(a?.length).toBe(2 * sliceFloats);
    expect([...(a ?? [])].every((x) => x === 0)).toBe(true);
    expect(other.take('b', 'i32', 10)?.length, 'finished after the runs').toBe(10);
  });

  it('hand a half-made array to a run that asks for it, and never touch it again', async () => {
    const slicePages = 8;
    const count = (2 * slicePages * 4096) / 4;
    const own = new SpareOutputs({ ms: Number.POSITIVE_INFINITY, maxPages: slicePages });
    own.prepareSoon([{ name: 'a', dtype: 'f32', count }]);
    await immediate();
    runStarting();
    const half = own.take('a', 'f32', count) as Float32Array;
    expect(half.length).toBe(count);
    expect(half.every((x) => x === 0)).toBe(true);
    // the run copies its output in; the slices that would have touched the rest never run
    half.fill(7);
    runFinished();
    for (let i = 0; i < 4; i++) await immediate();
    expect(half.every((x) => x === 7)).toBe(true);
    // the second array ahead is another one
    const next = own.take('a', 'f32', count);
    expect(next?.length).toBe(count);
    expect(next?.buffer).not.toBe(half.buffer);
  });

  it('make progress on a spent time budget, and finish in one slice when the budget allows', async () => {
    const count = (64 * 4096) / 4;
    // no time at all: each slice still touches one run of pages (32), so 64 pages take two
    const starved = new SpareOutputs({ ms: 0, maxPages: Number.POSITIVE_INFINITY });
    starved.prepareSoon([{ name: 'o', dtype: 'f32', count }]);
    await immediate();
    expect(starved.take('o', 'f32', count), 'after one slice').toBeUndefined();
    starved.prepareSoon([{ name: 'o', dtype: 'f32', count }]);
    await immediate();
    await immediate();
    expect(starved.take('o', 'f32', count)?.length, 'after two slices').toBe(count);
    const roomy = new SpareOutputs({
      ms: Number.POSITIVE_INFINITY,
      maxPages: Number.POSITIVE_INFINITY,
    });
    roomy.prepareSoon([
      { name: 'o', dtype: 'f32', count },
      { name: 'p', dtype: 'f32', count },
    ]);
    await immediate();
    expect(roomy.take('o', 'f32', count)?.length).toBe(count);
    expect(roomy.take('p', 'f32', count)?.length).toBe(count);
  });
});

describe('outputs copied into spares through the API', () => {
  const open = programsDisposedAfterAll();
  const wasm = API_TARGETS.filter((t) => t.options.target === 'wasm');

  it.each(wasm.map((t) => [t.name, t]))(
    '%s: every run returns arrays of its own, with its own results',
    async (_name, target) => {
      const reference = API_TARGETS[0] as (typeof API_TARGETS)[number];
      const program = await open(target, MATMUL_RELU);
      const ref = await open(reference, MATMUL_RELU);
      const b = randomTensor('f32', [45, 19], 3, 'b');
      const seen = new Set<ArrayBufferLike>();
      const kept: { got: HostTensor; want: HostTensor }[] = [];
      const scribbled: Float32Array[] = [];
      for (const [seed, idle] of [
        [1, true],
        [2, true],
        [3, false],
        [4, true],
        [5, false],
        [6, false],
      ] as const) {
        const a = applyDensity(randomTensor('f32', [37, 45], seed, 'a'), 0.3, [1, 1], seed, 'a');
        const got = await program.run({ a, b });
        const want = await ref.run({ a, b });
        for (const name of ['c', 'd']) {
          const out = got[name] as HostTensor;
          expect(
            wasmMismatch(out, want[name] as HostTensor),
            `seed ${seed}: ${name}`,
          ).toBeUndefined();
          expect(seen.has(out.data.buffer), `seed ${seed}: ${name} is an array of its own`).toBe(
            false,
          );
          seen.add(out.data.buffer);
        }
        kept.push({
          got: got['d'] as HostTensor,
          want: { ...(got['d'] as HostTensor), data: (got['d'] as HostTensor).data.slice() },
        });
        // the caller writes into what it was given: no later run may read or overwrite it
        const c = got['c']?.data as Float32Array;
        c.fill(Number.NaN);
        scribbled.push(c);
        if (idle) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      for (const [i, { got, want }] of kept.entries())
        expect(bitDifference(got, want), `d of run ${i + 1} after the last run`).toBeUndefined();
      for (const [i, c] of scribbled.entries())
        expect(c.every(Number.isNaN), `c of run ${i + 1} keeps what the caller wrote`).toBe(true);
    },
  );
});
