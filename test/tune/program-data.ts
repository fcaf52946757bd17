import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostTensor } from '../../ir/tensor.js';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';

export const MATMUL = readFileSync(join(import.meta.dirname, '../../samples/matmul.pit'), 'utf8');

/** Inputs of samples/matmul.pit at M×K×N with A zeroed in `tile` blocks down to `density`. */
export function matmulInputs(m: number, k: number, n: number, density: number, tile: readonly number[], seed = 1): { dims: Map<string, number>; inputs: Map<string, HostTensor> } {
  const a = applyDensity(randomTensor('f32', [m, k], seed, 'a'), density, tile, seed + 6, 'a');
  const b = randomTensor('f32', [k, n], seed + 1, 'b');
  return {
    dims: new Map([
      ['M', m],
      ['K', k],
      ['N', n],
    ]),
    inputs: new Map([
      ['a', a],
      ['b', b],
    ]),
  };
}
