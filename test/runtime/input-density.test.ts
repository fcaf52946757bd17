import { describe, expect, it } from 'vitest';
import type { DType } from '../../ir/dtype.js';
import type { HostTensor } from '../../ir/tensor.js';
import { assembleInputs } from '../../src/cli/run-inputs.js';
import { elementDensity, measureDensity } from '../../src/runtime/density.js';
import { compilePit } from '../helpers/pit-harness.js';
import { runCli, workspace } from '../cli/cli-harness.js';

/**
 * `pitc run --random S --density x=D --microtile x=T`: D is the fraction of non-zero values of
 * the generated input, for every dtype (random bools are half false and random i32 are 1/16 zero
 * before tiles are dropped; both would otherwise come out well below D), measured per element
 * and per micro-tile.
 */

const DTYPES: readonly DType[] = ['f32', 'i32', 'bool'];
const TILES: readonly (readonly [number, number])[] = [
  [1, 1],
  [32, 1],
  [1, 64],
  [8, 8],
  [5, 7], // not a divisor of the shape: partial edge tiles
];
const DENSITIES = [0, 0.05, 0.3, 0.5, 0.9, 1];

function generated(dtype: DType, density: number, tile: readonly number[], seed: number): HostTensor {
  const c = compilePit(`dim R = 256, C = 320\ninput x : ${dtype}[R, C] @dynamic\ny[i, j] = x[i, j] + x[i, j]\noutput y\n`);
  const inputs = assembleInputs(
    c.graph,
    { files: new Map(), random: seed, dims: new Map(), density: new Map([['x', density]]), microTile: new Map([['x', tile]]) },
    '/',
  );
  expect(inputs.diagnostics).toEqual([]);
  return inputs.values.get('x') as HostTensor;
}

describe('--density on generated inputs means the fraction of non-zero values', () => {
  for (const dtype of DTYPES) {
    for (const tile of TILES) {
      it(`${dtype} at micro-tile ${tile.join('x')}`, () => {
        const tiles = Math.ceil(256 / tile[0]) * Math.ceil(320 / tile[1]);
        for (const d of DENSITIES) {
          for (const seed of [1, 2]) {
            const x = generated(dtype, d, tile, seed);
            // tiles are kept with probability d: allow 5 standard deviations of the tile count
            const tolerance = 5 * Math.sqrt((d * (1 - d)) / tiles) + 1e-12;
            const label = `${dtype} ${tile.join('x')} density ${d} seed ${seed}`;
            expect(Math.abs(measureDensity(x, tile) - d), label).toBeLessThanOrEqual(tolerance);
            // every value of a kept tile is non-zero: the element density is the kept fraction
            // of elements (edge tiles are smaller, so it may differ a little from the tile one)
            expect(Math.abs(elementDensity(x) - d), label).toBeLessThanOrEqual(tolerance * 1.5);
            if (d === 1) expect(elementDensity(x), label).toBe(1);
            if (d === 0) expect(elementDensity(x), label).toBe(0);
          }
        }
      });
    }
  }

  it('an input without a density keeps its plain random values (bools half true, i32 with zeros)', () => {
    const c = compilePit('dim N = 4096\ninput b : bool[N]\ninput q : i32[N]\ny[i] = b[i] + q[i]\noutput y\n');
    const inputs = assembleInputs(c.graph, { files: new Map(), random: 1, dims: new Map(), density: new Map(), microTile: new Map() }, '/');
    expect(elementDensity(inputs.values.get('b') as HostTensor)).toBeCloseTo(0.5, 1);
    expect(elementDensity(inputs.values.get('q') as HostTensor)).toBeCloseTo(15 / 16, 1);
  });

  it('pitc run reports the density asked for a bool mask (--density mask=1 is 1, not 0.5)', async () => {
    const dir = workspace({ 'm.pit': 'dim S = 64\ninput s : f32[S, S]\ninput mask : bool[S, S] @dynamic\np[i, j] = where(mask[i, j], s[i, j], 0)\noutput p\n' });
    for (const [asked, tile] of [
      ['1', '1x1'],
      ['0.25', '1x1'],
      ['0.25', '16x1'],
    ] as const) {
      const r = await runCli(['run', 'm.pit', '--target', 'ref', '--random', '1', '--density', `mask=${asked}`, '--microtile', `mask=${tile}`, '--json'], dir);
      expect(r.code).toBe(0);
      const measured = (JSON.parse(r.stdout) as { inputs: { mask: { density: number } } }).inputs.mask.density;
      expect(Math.abs(measured - Number(asked)), `${asked} at ${tile}`).toBeLessThan(0.1);
    }
  });
});
