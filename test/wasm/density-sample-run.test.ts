import { describe, expect, it } from 'vitest';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { compilePit, denseValues, makeInputs } from '../helpers/pit-harness.js';
import {
  executorsDisposedAfterAll,
  MATMUL_BIAS_RELU,
  planned,
  testExecutor,
  wasmMismatch,
} from './wasm-harness.js';

/**
 * A GEMM whose PIT operand a sample calls dense runs its dense kernel without building the index
 * (codegen/run/density-sample.ts); one the sample does not call dense builds it as before. Either
 * way the result is the reference's, also for an input built to fool the sample (dense but for
 * strips it may not look at), on 1 and 2 threads, with and without an epilogue.
 */
const DIMS = new Map([
  ['M', 300],
  ['K', 520],
  ['N', 21],
]);

const keep = executorsDisposedAfterAll();

/** `a` with value v kept where keep(m, k, v) holds, else 0. */
function withA(
  inputs: Map<string, HostTensor>,
  keep: (m: number, k: number, v: number) => boolean,
): Map<string, HostTensor> {
  const a = inputs.get('a') as HostTensor;
  const K = a.shape[1] as number;
  const data = Float32Array.from(a.data, (v, i) =>
    keep(Math.floor(i / K), i % K, v) ? v || 0.5 : 0,
  );
  return new Map([...inputs, ['a', makeTensor('f32', a.shape, data)]]);
}

describe('a sample of the PIT operand before its index', () => {
  it('runs clearly dense operands dense with no index, the rest from the index, all against the reference', async () => {
    const c = compilePit(MATMUL_BIAS_RELU, 'sample.pit');
    const base = makeInputs(c.graph, DIMS, { density: 1, seed: 9 });
    const cases: [string, Map<string, HostTensor>, 'sampled dense' | 'index'][] = [
      ['dense', withA(base, () => true), 'sampled dense'],
      [
        'elementwise half zeros',
        withA(base, (m, k) => (m * 31 + k * 17) % 2 === 0),
        'sampled dense',
      ],
      ['per-neuron zeros 99 %', withA(base, (_, k) => k % 100 === 7), 'index'],
      ['all zero', withA(base, () => false), 'index'],
      // a strip of 32 zero rows is 1 tile in 10: the sample may or may not see it; right either way
      ['dense but for one strip', withA(base, (m) => m < 96 || m >= 128), 'sampled dense'],
    ];
    const program = planned(c, 'sample', new Map([['a', [32, 1]]]));
    for (const [name, inputs, expected] of cases) {
      const want = denseValues(c.graph, inputs, DIMS).get('c') as HostTensor;
      for (const threads of [1, 2]) {
        for (const sampleDensity of [true, false]) {
          const executor = keep(
            testExecutor(program, threads, { denseCrossover: 0.9, sampleDensity }),
          );
          const run = await executor.run(inputs, DIMS);
          await executor.dispose();
          const where = `${name}, ${threads} thread(s), sampling ${sampleDensity ? 'on' : 'off'}`;
          expect(wasmMismatch(run.values.get('c') as HostTensor, want), where).toBeUndefined();
          const op = run.ops.find((o) => o.name === 'c');
          const sampledDense = op?.detail?.['indexBuilt'] === false;
          if (name === 'dense but for one strip') continue;
          expect(sampledDense, where).toBe(sampleDensity && expected === 'sampled dense');
          if (sampledDense) {
            expect(op?.indexMs, where).toBeUndefined();
            expect(op?.detail?.['mode'], where).toBe('dense (density above the crossover)');
            expect(op?.detail?.['densitySample'], where).toMatchObject({ tiles: 256, absent: 0 });
          } else expect(op?.indexMs, where).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });
});
