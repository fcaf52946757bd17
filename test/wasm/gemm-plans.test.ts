import { describe, expect, it } from 'vitest';
import type { LoweredProgram } from '../../codegen/target.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compareTensors } from '../helpers/compare.js';
import { compilePit, denseValues, makeInputs } from '../helpers/pit-harness.js';
import { MATMUL_BIAS_RELU, planned, testExecutor, wasmMismatch } from './wasm-harness.js';

/**
 * An op-by-op PIT GEMM on the shared driver keeps its plan from one run to the next of the same
 * executor and reuses it while its index lists the same micro-tiles (codegen/wasm/plan-memo.ts):
 * its task records and lists are written back, not planned again. A run that reuses it must give
 * the bits of a run that plans afresh, whatever changed in between (the values only, the pattern,
 * one tile more, no tiles, every tile, the first pattern back), with A read from the index's copy
 * (32×1 tiles) or packed by the prepack (6×1), on 1 and 2 threads, with the run's scratch poisoned.
 */
const DIMS = new Map([
  ['M', 100],
  ['K', 300],
  ['N', 40],
]);

/** Which cells of `a` are live: per-neuron columns (k % 9 = phase), every cell, or none; `extra` adds cell (40, 7). */
interface Step {
  readonly live: number | 'all' | 'none';
  readonly extra?: boolean;
  readonly valueSeed: number;
  readonly reuse: boolean;
}

const STEPS: readonly Step[] = [
  { live: 2, valueSeed: 1, reuse: false },
  { live: 2, valueSeed: 1, reuse: true },
  { live: 2, valueSeed: 2, reuse: true },
  { live: 2, extra: true, valueSeed: 2, reuse: false },
  { live: 5, valueSeed: 3, reuse: false },
  { live: 'none', valueSeed: 3, reuse: false },
  { live: 'none', valueSeed: 4, reuse: false },
  { live: 'all', valueSeed: 4, reuse: false },
  { live: 'all', valueSeed: 5, reuse: true },
  { live: 2, valueSeed: 1, reuse: false },
  { live: 2, valueSeed: 6, reuse: true },
];

function inputsOf(program: LoweredProgram, step: Step): Map<string, HostTensor> {
  const values = makeInputs(program.graph, DIMS, { density: 'dense', seed: step.valueSeed });
  const a = values.get('a') as HostTensor;
  const K = a.shape[1] as number;
  const data = Float32Array.from(a.data, (v, i) => {
    const [m, k] = [Math.floor(i / K), i % K];
    const live =
      step.live === 'all' ||
      (step.live !== 'none' && k % 9 === step.live) ||
      (step.extra === true && m === 40 && k === 7);
    return live ? v || 0.5 : 0;
  });
  return new Map([...values, ['a', makeTensor('f32', a.shape, data)]]);
}

describe('op-by-op GEMM plans kept between runs', () => {
  it.each([
    [[32, 1], 1],
    [[32, 1], 2],
    [[6, 1], 2],
  ] as const)('micro-tiles %j, %i thread(s)', async (tile, threads) => {
    const program = planned(compilePit(MATMUL_BIAS_RELU), 'case', new Map([['a', tile]]));
    const kept = testExecutor(program, threads, { poison: true });
    const fresh = testExecutor(program, threads, { gemmPlans: false });
    let reused = 0;
    try {
      for (const [n, step] of STEPS.entries()) {
        const inputs = inputsOf(program, step);
        const where = `step ${n} (${JSON.stringify(step)})`;
        const got = await kept.run(inputs, DIMS);
        const afresh = await fresh.run(inputs, DIMS);
        const op = got.ops.find((o) => o.name === 'c');
        expect(op?.detail?.['planReused'] === true, `${where}: plan reused`).toBe(step.reuse);
        expect(
          afresh.ops.find((o) => o.name === 'c')?.detail?.['planReused'],
          `${where}: gemmPlans false plans every run`,
        ).toBeUndefined();
        if (step.reuse) reused++;
        const c = got.values.get('c') as HostTensor;
        expect(
          compareTensors(c, afresh.values.get('c') as HostTensor, { exact: true })?.message,
          `${where}: bits of a fresh plan`,
        ).toBeUndefined();
        const want = denseValues(program.graph, inputs, DIMS).get('c') as HostTensor;
        expect(wasmMismatch(c, want), `${where}: against the reference`).toBeUndefined();
      }
    } finally {
      await Promise.all([kept.dispose(), fresh.dispose()]);
    }
    expect(reused).toBe(4);
  });
});
