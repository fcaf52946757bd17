/**
 * Seeded random tensors that are identical on every platform.
 *
 * Generator: xoshiro128** (Blackman & Vigna), 32-bit words, integer math only (Math.imul, shifts),
 * so results never depend on the engine's floating point. Each tensor draws from its own stream,
 * whose 128-bit state is MurmurHash3 (x86, 32-bit) of (seed, stream name) under four different
 * hash seeds: adding or renaming one tensor never shifts another tensor's values.
 */
import { invariant } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import { allocateData, elementCount, type HostTensor } from '../../ir/tensor.js';

/** The xoshiro128** generator over an explicit 128-bit state (four uint32 words, not all zero). */
export class Xoshiro128StarStar {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(state: readonly [number, number, number, number]) {
    invariant(state.some((w) => w >>> 0 !== 0), 'random', 'xoshiro128** state must not be all zero');
    [this.s0, this.s1, this.s2, this.s3] = state.map((w) => w | 0) as [number, number, number, number];
  }

  /** The next output as an unsigned 32-bit integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** MurmurHash3_x86_32 of `bytes` (the well-known reference algorithm, little-endian blocks). */
export function murmurHash3(bytes: Uint8Array, seed: number): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = seed | 0;
  const blocks = bytes.length >> 2;
  for (let i = 0; i < blocks; i++) {
    const o = i * 4;
    let k = (bytes[o] ?? 0) | ((bytes[o + 1] ?? 0) << 8) | ((bytes[o + 2] ?? 0) << 16) | ((bytes[o + 3] ?? 0) << 24);
    k = Math.imul(rotl(Math.imul(k, c1), 15), c2);
    h ^= k;
    h = (Math.imul(rotl(h, 13), 5) + 0xe6546b64) | 0;
  }
  const tail = blocks * 4;
  const rest = bytes.length & 3;
  if (rest > 0) {
    // the last 1-3 bytes, little-endian, mixed like a block but without the h rotation
    let k = 0;
    for (let j = rest - 1; j >= 0; j--) k = (k << 8) | (bytes[tail + j] ?? 0);
    h ^= Math.imul(rotl(Math.imul(k, c1), 15), c2);
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Distinct hash seeds for the four state words (fractional digits of pi, nothing up the sleeve). */
const STATE_HASH_SEEDS = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344] as const;

/**
 * The generator for stream `stream` under `seed` (any safe integer; negative ones are fine).
 * The same (seed, stream) always gives the same sequence.
 */
export function randomStream(seed: number, stream: string): Xoshiro128StarStar {
  invariant(Number.isSafeInteger(seed), 'random', `seed ${seed} is not a safe integer`);
  const name = new TextEncoder().encode(stream);
  const message = new Uint8Array(8 + name.length);
  const view = new DataView(message.buffer);
  // the seed as a 64-bit two's complement integer, so 2^32 and 0 differ
  view.setUint32(0, seed >>> 0, true);
  view.setUint32(4, Math.floor(seed / 2 ** 32) >>> 0, true);
  message.set(name, 8);
  const state = STATE_HASH_SEEDS.map((s) => murmurHash3(message, s)) as [number, number, number, number];
  if (state.every((w) => w === 0)) state[0] = 1; // xoshiro's one forbidden state; never seen in practice
  return new Xoshiro128StarStar(state);
}

/** A uniform float64 in [0, 1) from a uint32: exact (a 32-bit integer divided by 2^32). */
export function unitFromUint32(x: number): number {
  return (x >>> 0) / 2 ** 32;
}

export interface RandomTensorOptions {
  /**
   * Every value non-zero (for data that a density is applied to afterwards, so `--density D`
   * means a fraction D of non-zero values for every dtype): f32 redraws an exact 0, i32 is
   * uniform in [1, 16), bool is all true.
   */
  readonly nonZero?: boolean;
}

/**
 * A tensor of random values: f32 uniform in [-1, 1) (multiples of 2^-23, exact in f32),
 * i32 uniform integers in [0, 16), bool Bernoulli(0.5). Elements are drawn in C order.
 */
export function randomTensor(dtype: DType, shape: readonly number[], seed: number, stream: string, options: RandomTensorOptions = {}): HostTensor {
  const count = elementCount(shape);
  const data = allocateData(dtype, count);
  const rng = randomStream(seed, stream);
  const nonZero = options.nonZero === true;
  switch (dtype) {
    case 'f32':
      // top 24 bits minus 2^23, over 2^23: every value is exact, range [-1, 1 - 2^-23]
      for (let i = 0; i < count; i++) {
        let v = ((rng.nextUint32() >>> 8) - 0x800000) / 0x800000;
        while (nonZero && v === 0) v = ((rng.nextUint32() >>> 8) - 0x800000) / 0x800000;
        data[i] = v;
      }
      break;
    case 'i32':
      // top bits are xoshiro's best; non-zero: 1 + floor(15 · u) for u uniform in [0, 1)
      for (let i = 0; i < count; i++) data[i] = nonZero ? 1 + Math.floor((rng.nextUint32() * 15) / 2 ** 32) : rng.nextUint32() >>> 28;
      break;
    case 'bool':
      for (let i = 0; i < count; i++) data[i] = nonZero ? 1 : rng.nextUint32() >>> 31;
      break;
  }
  return { dtype, shape: [...shape], data };
}
