import { afterAll, describe, expect, it } from 'vitest';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import type { PitProgram } from '../../src/api/program.js';
import { randomTensor } from '../../src/runtime/random.js';
import { applyDensity } from '../../src/runtime/density.js';
import { API_TARGETS, bitDifference, MATMUL_RELU, programOn, within } from './api-targets.js';

/**
 * Overlapping runs of one program (Promise.all over run() and execute()) must give exactly what
 * the same runs give one after another: an executor owns one set of buffers (a wasm memory,
 * index workspaces), and runs that interleaved across an `await` used to overwrite each other's
 * inputs (every wasm result was the last call's). The calls differ in their data and in their
 * dims, so a run that reads another's inputs, tables or index cannot go unnoticed.
 */

const PROGRAM = MATMUL_RELU;

/** Sizes of the calls: several shapes, some repeated, one large enough to split over 2 threads. */
const SHAPES: readonly (readonly [number, number, number])[] = [
  [5, 7, 9],
  [33, 20, 17],
  [5, 7, 9],
  [64, 40, 24],
  [1, 1, 1],
  [33, 20, 17],
  [256, 128, 136],
  [5, 7, 9],
];

function callInputs(i: number): { a: HostTensor; b: HostTensor } {
  const [m, k, n] = SHAPES[i % SHAPES.length] as readonly [number, number, number];
  const dense = randomTensor('f32', [m, k], 100 + i, 'a');
  const a = applyDensity(dense, [0.1, 0.5, 1][i % 3] as number, [1, 1], 7 + i, 'a');
  return { a, b: randomTensor('f32', [k, n], 200 + i, 'b') };
}

const CALLS = 16;
const programs: PitProgram[] = [];
afterAll(async () => {
  await Promise.all(programs.map((p) => p.dispose()));
});

describe('overlapping runs of one program equal sequential runs', () => {
  for (const target of API_TARGETS) {
    it(`${target.name}: ${CALLS} overlapping run()/execute() calls with different data and dims`, async () => {
      const sequentialProgram = await programOn(target, PROGRAM);
      const concurrentProgram = await programOn(target, PROGRAM);
      programs.push(sequentialProgram, concurrentProgram);
      const inputs = Array.from({ length: CALLS }, (_, i) => callInputs(i));

      const sequential: Record<string, HostTensor>[] = [];
      for (const x of inputs) sequential.push(await sequentialProgram.run(x));

      // odd calls through execute(), even ones through run(): both go through the same queue
      const overlapping = await within(
        Promise.all(inputs.map((x, i) => (i % 2 === 0 ? concurrentProgram.run(x) : concurrentProgram.execute(x).then((r) => Object.fromEntries(r.outputs))))),
        120_000,
        'the overlapping runs',
      );

      for (let i = 0; i < CALLS; i++) {
        for (const name of ['c', 'd']) {
          const problem = bitDifference(overlapping[i]?.[name] as HostTensor, sequential[i]?.[name] as HostTensor);
          expect(problem, `call ${i} (${SHAPES[i % SHAPES.length]?.join('x')}), output ${name}`).toBeUndefined();
        }
      }
      // the calls really differ: a run that returned another call's result would be caught
      expect(bitDifference(sequential[0]?.['c'] as HostTensor, sequential[2]?.['c'] as HostTensor)).toBeDefined();
      // outputs are the caller's: a later run does not change an earlier result
      const before = Float32Array.from((overlapping[0] as Record<string, HostTensor>)['c']?.data ?? []);
      await concurrentProgram.run(callInputs(3));
      expect(bitDifference(overlapping[0]?.['c'] as HostTensor, makeTensor('f32', [5, 9], before))).toBeUndefined();
    });
  }

  it('wasm (2 threads): the large call really ran on two threads', async () => {
    const program = await programOn(API_TARGETS[2] as (typeof API_TARGETS)[number], PROGRAM);
    programs.push(program);
    const report = await program.execute(callInputs(6));
    expect(report.ops.find((o) => o.name === 'c')?.detail?.['threads']).toBe(2);
  });

  it('a run that fails does not disturb the runs queued around it', async () => {
    const target = API_TARGETS[1] as (typeof API_TARGETS)[number];
    const program = await programOn(target, PROGRAM);
    programs.push(program);
    const good = [callInputs(0), callInputs(1), callInputs(3)];
    const want: Record<string, HostTensor>[] = [];
    for (const x of good) want.push(await program.run(x));
    const [r0, bad, r1, r2] = await Promise.allSettled([
      program.run(good[0] as ReturnType<typeof callInputs>),
      program.run({ a: makeTensor('f32', [2, 3]), b: makeTensor('f32', [4, 5]) }),
      program.run(good[1] as ReturnType<typeof callInputs>),
      program.run(good[2] as ReturnType<typeof callInputs>),
    ]);
    expect(bad.status).toBe('rejected');
    expect(bad.status === 'rejected' && (bad.reason as Error).name).toBe('PitcError');
    [r0, r1, r2].forEach((r, i) => {
      expect(r.status).toBe('fulfilled');
      if (r.status === 'fulfilled') expect(bitDifference(r.value['c'] as HostTensor, want[i]?.['c'] as HostTensor)).toBeUndefined();
    });
  });
});
