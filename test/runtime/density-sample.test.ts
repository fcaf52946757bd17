import { describe, expect, it } from 'vitest';
import { SAMPLE_TILES, sampleDensity } from '../../codegen/run/density-sample.js';
import { randomStream } from '../../src/runtime/random.js';

/**
 * The look at a PIT operand before its index is built (density-sample.ts): clearly dense tensors
 * are called dense, anything near or below the crossover is not, whatever the pattern of its
 * zeros; NaN is a present value; small tensors and a crossover that never picks dense get no
 * sample.
 */
const [T, F] = [512, 1024];
const TILE = [32, 1];

function tensor(
  present: (t: number, f: number, u: number) => boolean,
  fill = 0,
  seed = 1,
): Float32Array {
  const rng = randomStream(seed, 'density-sample');
  const data = new Float32Array(T * F);
  for (let t = 0; t < T; t++)
    for (let f = 0; f < F; f++)
      data[t * F + f] = present(t, f, rng.nextUint32() / 2 ** 32) ? 1 + (t % 7) : fill;
  return data;
}

describe('sampling a PIT operand before its index', () => {
  it('calls dense tensors and elementwise half zeros (every 32×1 tile present) dense', () => {
    for (const data of [tensor(() => true), tensor((_, __, u) => u < 0.5)]) {
      expect(sampleDensity(data, [T, F], TILE, 0, 0.9)).toEqual({
        tiles: SAMPLE_TILES,
        absent: 0,
        dense: true,
      });
    }
  });

  it('does not call sparse or borderline tensors dense, whatever the pattern', () => {
    const cases: [string, (t: number, f: number, u: number) => boolean][] = [
      ['per-neuron zeros 99 %', (_, f) => f % 100 === 0],
      ['per-neuron zeros 10 % (dead columns)', (_, f) => f % 10 !== 3],
      ['a dead strip of rows in ten', (t) => Math.floor(t / 32) % 10 !== 9],
      [
        'random tiles 90 % present',
        (t, f) => ((Math.floor(t / 32) * 7919 + f * 104729) % 1000) / 1000 < 0.9,
      ],
      ['all zero', () => false],
    ];
    for (const [name, present] of cases) {
      const sampled = sampleDensity(tensor(present), [T, F], TILE, 0, 0.9);
      expect(sampled?.dense, name).toBe(false);
      // it stops once more tiles than the crossover allows were absent
      expect(sampled?.absent, name).toBe(3);
    }
  });

  it('treats NaN as present and −∞ as the absent value where the index does', () => {
    const nan = tensor(() => false);
    for (let i = 0; i < nan.length; i += 32) nan[i] = NaN;
    expect(sampleDensity(nan, [T, F], [1, 32], 0, 0.9)?.dense).toBe(true);
    const masked = tensor((t, f) => f % 2 === 0 || t % 32 !== 0, -Infinity);
    expect(sampleDensity(masked, [T, F], TILE, -Infinity, 0.9)?.dense).toBe(true);
    expect(sampleDensity(masked, [T, F], [1, 1], -Infinity, 0.9)?.dense).toBe(false);
  });

  it('reads bool bytes, three dimensions and edge tiles', () => {
    const bits = new Uint8Array(T * F).fill(1);
    expect(sampleDensity(bits, [T, F], [7, 5], 0, 0.9)?.dense).toBe(true);
    bits.fill(0);
    expect(sampleDensity(bits, [T, F], [7, 5], 0, 0.9)?.dense).toBe(false);
    // [4, 130, 100]: the last tile of each axis is partial; one live cell per (32 × 32) tile at its far corner
    const shape = [4, 130, 100];
    const cube = new Float32Array(4 * 130 * 100);
    for (let h = 0; h < 4; h++)
      for (let i = 0; i < 130; i++)
        for (let j = 0; j < 100; j++)
          if ((i % 32 === 31 || i === 129) && (j % 32 === 31 || j === 99))
            cube[(h * 130 + i) * 100 + j] = 2;
    expect(sampleDensity(cube, shape, [1, 32, 32], 0, 0.9)).toBeUndefined(); // 80 tiles: not worth a sample
    const big = [256, 130, 100];
    const tall = new Float32Array(256 * 130 * 100);
    for (let h = 0; h < 256; h++) tall.set(cube.subarray(0, 130 * 100), h * 130 * 100);
    expect(sampleDensity(tall, big, [1, 32, 32], 0, 0.9)?.dense).toBe(true);
  });

  it('gives no answer for small tensors or a crossover that never picks dense', () => {
    expect(
      sampleDensity(new Float32Array(64 * 64).fill(1), [64, 64], TILE, 0, 0.9),
    ).toBeUndefined();
    expect(
      sampleDensity(
        tensor(() => true),
        [T, F],
        TILE,
        0,
        1,
      ),
    ).toBeUndefined();
  });
});
