import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { compile } from '../../src/api/compile.js';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';
import { MATMUL_RELU } from '../api/api-targets.js';
import { wasmMismatch } from './wasm-harness.js';

/**
 * One wasm executor serves every binding of the dims from one memory: each binding's tensors,
 * offset tables and scratch live at its own addresses, so going back to a binding after another
 * one ran must restore what that binding's code relies on. (It did not: the other binding's
 * tensors overwrote the offset tables, and the next run crashed or computed garbage.)
 */
const PROGRAM = MATMUL_RELU;

// small, large, small again, other shapes; PIT and dense runs mixed
const SEQUENCE: readonly (readonly [number, number, number])[] = [
  [9, 13, 17],
  [40, 70, 33],
  [9, 13, 17],
  [256, 128, 136],
  [33, 20, 17],
  [40, 70, 33],
  [1, 1, 1],
  [9, 13, 17],
  [33, 20, 17],
];

describe('wasm: runs that alternate between bindings of the dims', () => {
  for (const threads of [1, 2]) {
    it(`agree with the reference on every run (${threads} thread${threads > 1 ? 's' : ''})`, async () => {
      const wasm = await compile(PROGRAM, { target: 'wasm', threads });
      const ref = await compile(PROGRAM, { target: 'ref' });
      if (!wasm.program || !ref.program) throw new Error(wasm.formatted + ref.formatted);
      try {
        for (let i = 0; i < SEQUENCE.length * 2; i++) {
          const [m, k, n] = SEQUENCE[i % SEQUENCE.length] as readonly [number, number, number];
          const a = applyDensity(randomTensor('f32', [m, k], i, 'a'), [0.2, 0.6, 1][i % 3] as number, [1, 1], i, 'a');
          const inputs = { a, b: randomTensor('f32', [k, n], i, 'b') };
          const got = await wasm.program.run(inputs);
          const want = await ref.program.run(inputs);
          for (const name of ['c', 'd']) {
            expect(wasmMismatch(got[name] as HostTensor, want[name] as HostTensor), `run ${i}: ${m}x${k}x${n}, ${name}`).toBeUndefined();
          }
        }
      } finally {
        await wasm.program.dispose();
        await ref.program.dispose();
      }
    });
  }
});
