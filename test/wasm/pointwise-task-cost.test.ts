import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { compilePit, denseValues, makeInputs } from '../helpers/pit-harness.js';
import {
  executorsDisposedAfterAll,
  planned,
  sampleText,
  testExecutor,
  wasmMismatch,
} from './wasm-harness.js';

/**
 * A point-by-point op runs its PIT form only when its tasks cost less than its dense form
 * (stage-tasks.ts pitTasksWorthIt): MoE's routing mask over 1×1 tiles of scattered tokens makes a
 * task per routed token and runs densely; a ReLU over 32-row strips that list runs of columns
 * keeps its PIT form. Both agree with the reference either way, on 1 and 2 threads; a crossover of
 * 1 or more runs every PIT form.
 */
const RELU = 'dim M, N\ninput a : f32[M, N] @dynamic\nb[m, n] = relu(a[m, n])\noutput b\n';

const keep = executorsDisposedAfterAll();

describe('the PIT form of a point-by-point op only where its tasks pay', () => {
  it.each([
    [
      'MoE routing mask m, 1×1 tiles of r',
      sampleText('moe.pit'),
      { r: [1, 1] },
      { T: 512, E: 32, D: 8, F: 16 },
      'r',
      0.03,
      'm',
      'dense',
    ],
    [
      'ReLU, 32×1 tiles, runs of columns',
      RELU,
      { a: [32, 1] },
      { M: 256, N: 512 },
      'a',
      0.1,
      'b',
      'pit',
    ],
  ] as const)('%s', async (_name, text, hints, d, sparse, density, opName, expected) => {
    const program = planned(compilePit(text), 'case', new Map(Object.entries(hints)));
    const dims = new Map(Object.entries(d));
    const tile = (hints as Record<string, readonly number[]>)[sparse] as readonly number[];
    const inputs = makeInputs(program.graph, dims, {
      density,
      seed: 3,
      tiles: new Map([[sparse, tile]]),
    });
    const want = denseValues(program.graph, inputs, dims);
    for (const threads of [1, 2]) {
      // crossover 0.9 (the default's kind) weighs the tasks; 2 asks for every PIT form
      for (const denseCrossover of [0.9, 2]) {
        const pointwiseTaskCost = denseCrossover < 1;
        const executor = keep(testExecutor(program, threads, { denseCrossover }));
        const run = await executor.run(inputs, dims);
        const where = `${threads} thread(s), task cost ${pointwiseTaskCost ? 'on' : 'off'}`;
        for (const out of program.graph.outputs) {
          expect(
            wasmMismatch(run.values.get(out) as HostTensor, want.get(out) as HostTensor),
            `${where}: ${out}`,
          ).toBeUndefined();
        }
        const op = run.ops.find((o) => o.name === opName);
        expect(op?.form, where).toBe(pointwiseTaskCost ? expected : 'pit');
        if (pointwiseTaskCost && expected === 'dense')
          expect(op?.detail?.['mode'], where).toBe(
            'dense (its PIT tasks would cost more than the dense op)',
          );
      }
    }
  });
});
