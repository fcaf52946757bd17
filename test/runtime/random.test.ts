import { describe, expect, it } from 'vitest';
import { InternalError } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import type { HostTensor } from '../../ir/tensor.js';
import { applyDensity, checkDensityArgs, elementDensity, measureDensity } from '../../src/runtime/density.js';
import { Xoshiro128StarStar, murmurHash3, randomStream, randomTensor, unitFromUint32 } from '../../src/runtime/random.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytesOf = (t: HostTensor): number[] => [...new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)];

describe('xoshiro128** and MurmurHash3 match published reference outputs', () => {
  it('xoshiro128** from state (1, 2, 3, 4)', () => {
    // the rand_xoshiro crate's reference test for Xoshiro128StarStar
    const rng = new Xoshiro128StarStar([1, 2, 3, 4]);
    const out = Array.from({ length: 6 }, () => rng.nextUint32());
    expect(out).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('xoshiro128** from a random state (C reference test data)', () => {
    const rng = new Xoshiro128StarStar([0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0]);
    const out = Array.from({ length: 4 }, () => rng.nextUint32());
    expect(out).toEqual([0xf1391922, 0x6fe53806, 0xa5be2840, 0xf510ee70]);
  });

  it('refuses the all-zero state', () => {
    expect(() => new Xoshiro128StarStar([0, 0, 0, 0])).toThrow(InternalError);
  });

  it('MurmurHash3_x86_32 test vectors (every tail length)', () => {
    const vectors: [string, number, number][] = [
      ['', 0, 0],
      ['', 1, 0x514e28b7],
      ['', 0xffffffff, 0x81f16f39],
      ['\0\0\0\0', 0, 0x2362f9de],
      ['abc', 0, 0xb3dd93fa],
      ['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723],
      ['Hello, world!', 1234, 0xfaf6cdb3],
      ['a', 0x9747b28c, 0x7fa09ea6],
      ['aa', 0x9747b28c, 0x5d211726],
      ['aaa', 0x9747b28c, 0x283e0130],
      ['aaaa', 0x9747b28c, 0x5a97808a],
      ['abcd', 0x9747b28c, 0xf0478627],
      ['Hello, world!', 0x9747b28c, 0x24884cba],
    ];
    for (const [text, seed, expected] of vectors) expect(murmurHash3(utf8(text), seed), `${text}/${seed}`).toBe(expected);
  });
});

describe('randomStream / randomTensor', () => {
  /** The documented construction, rebuilt here from its verified parts. */
  function documentedStream(seed: number, stream: string): Xoshiro128StarStar {
    const name = utf8(stream);
    const message = new Uint8Array(8 + name.length);
    const lo = ((seed % 2 ** 32) + 2 ** 32) % 2 ** 32;
    const hi = ((Math.floor(seed / 2 ** 32) % 2 ** 32) + 2 ** 32) % 2 ** 32;
    for (let b = 0; b < 4; b++) {
      message[b] = Math.floor(lo / 256 ** b) % 256;
      message[4 + b] = Math.floor(hi / 256 ** b) % 256;
    }
    message.set(name, 8);
    const seeds = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344];
    return new Xoshiro128StarStar(seeds.map((s) => murmurHash3(message, s)) as [number, number, number, number]);
  }

  it('follows the documented seeding and value mapping (so values are the same on every platform)', () => {
    for (const [seed, stream] of [[0, 'x'], [42, 'w1'], [2 ** 40 + 5, 'gate/ü'], [-3, '']] as const) {
      const n = 64;
      const ref = documentedStream(seed, stream);
      const raw = Array.from({ length: n }, () => ref.nextUint32());
      const f = randomTensor('f32', [n], seed, stream).data;
      expect([...f]).toEqual(raw.map((x) => Math.floor(x / 256) / 2 ** 24 * 2 - 1));
      expect([...randomTensor('i32', [n], seed, stream).data]).toEqual(raw.map((x) => Math.floor(x / 2 ** 28)));
      expect([...randomTensor('bool', [n], seed, stream).data]).toEqual(raw.map((x) => (x >= 2 ** 31 ? 1 : 0)));
      const stream2 = randomStream(seed, stream);
      expect(Array.from({ length: n }, () => stream2.nextUint32())).toEqual(raw);
    }
  });

  it('is deterministic per (seed, stream) and differs across seeds and streams', () => {
    const a = randomTensor('f32', [8, 16], 7, 'x');
    expect(bytesOf(randomTensor('f32', [8, 16], 7, 'x'))).toEqual(bytesOf(a));
    expect(bytesOf(randomTensor('f32', [8, 16], 7, 'y'))).not.toEqual(bytesOf(a));
    expect(bytesOf(randomTensor('f32', [8, 16], 8, 'x'))).not.toEqual(bytesOf(a));
    // the seed is a 64-bit integer: 0 and 2^32 (and -1 and 2^32 - 1) are different seeds
    expect(bytesOf(randomTensor('f32', [16], 0, 'x'))).not.toEqual(bytesOf(randomTensor('f32', [16], 2 ** 32, 'x')));
    expect(bytesOf(randomTensor('f32', [16], -1, 'x'))).not.toEqual(bytesOf(randomTensor('f32', [16], 2 ** 32 - 1, 'x')));
    // stream names are compared as UTF-8, not truncated
    expect(bytesOf(randomTensor('f32', [16], 0, 'weight_a'))).not.toEqual(bytesOf(randomTensor('f32', [16], 0, 'weight_b')));
  });

  it('gives each tensor its own stream: other tensors do not shift its values', () => {
    const alone = randomTensor('f32', [32], 3, 'w2');
    randomTensor('f32', [1000], 3, 'w1');
    randomTensor('i32', [10], 3, 'x');
    expect(bytesOf(randomTensor('f32', [32], 3, 'w2'))).toEqual(bytesOf(alone));
    // a prefix of a longer tensor: the first values do not depend on the shape
    expect([...randomTensor('f32', [4, 8], 3, 'w2').data]).toEqual([...alone.data]);
  });

  it('handles rank 0 and empty shapes', () => {
    const scalar = randomTensor('i32', [], 1, 's');
    expect(scalar.shape).toEqual([]);
    expect(scalar.data.length).toBe(1);
    const empty = randomTensor('bool', [3, 0], 1, 'e');
    expect(empty.shape).toEqual([3, 0]);
    expect(empty.data.length).toBe(0);
  });

  it('nonZero: f32 and i32 values are never 0 (i32 uniform in [1, 15]), bools all true; still deterministic', () => {
    const f = randomTensor('f32', [50_000], 4, 'nz', { nonZero: true });
    expect([...f.data].every((v) => v !== 0 && v >= -1 && v < 1)).toBe(true);
    const q = randomTensor('i32', [50_000], 4, 'nz', { nonZero: true });
    const seen = new Set(q.data);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect([...randomTensor('bool', [64], 4, 'nz', { nonZero: true }).data].every((v) => v === 1)).toBe(true);
    expect(bytesOf(randomTensor('i32', [64], 4, 'nz', { nonZero: true }))).toEqual(bytesOf(randomTensor('i32', [64], 4, 'nz', { nonZero: true })));
  });

  it('rejects a seed that is not a safe integer as a caller bug', () => {
    expect(() => randomTensor('f32', [1], 0.5, 'x')).toThrow(InternalError);
    expect(() => randomTensor('f32', [1], 2 ** 53, 'x')).toThrow(InternalError);
  });

  const N = 100_000;

  it('f32: uniform on [-1, 1), exact multiples of 2^-23', () => {
    const t = randomTensor('f32', [N], 11, 'stats');
    expect(t.data).toBeInstanceOf(Float32Array);
    let sum = 0;
    let sumSq = 0;
    let belowZero = 0;
    let outOfRange = 0;
    let offGrid = 0;
    for (const v of t.data) {
      if (!(v >= -1 && v < 1)) outOfRange++; // NaN counts as out of range
      if (!Number.isInteger(v * 2 ** 23)) offGrid++;
      sum += v;
      sumSq += v * v;
      if (v < 0) belowZero++;
    }
    expect(outOfRange).toBe(0);
    expect(offGrid).toBe(0);
    const mean = sum / N;
    expect(Math.abs(mean)).toBeLessThan(0.02); // standard error ≈ 0.0018
    expect(Math.abs(sumSq / N - 1 / 3)).toBeLessThan(0.02);
    expect(Math.abs(belowZero / N - 0.5)).toBeLessThan(0.02);
  });

  it('i32: uniform integers in [0, 16), every value seen', () => {
    const t = randomTensor('i32', [N], 12, 'stats');
    expect(t.data).toBeInstanceOf(Int32Array);
    const histogram = new Array<number>(16).fill(0);
    let outOfRange = 0;
    for (const v of t.data) {
      if (Number.isInteger(v) && v >= 0 && v < 16) histogram[v] = (histogram[v] ?? 0) + 1;
      else outOfRange++;
    }
    expect(outOfRange).toBe(0);
    for (const count of histogram) expect(Math.abs(count / N - 1 / 16)).toBeLessThan(0.01);
  });

  it('bool: Bernoulli(0.5) in 0/1 bytes', () => {
    const t = randomTensor('bool', [N], 13, 'stats');
    expect(t.data).toBeInstanceOf(Uint8Array);
    let ones = 0;
    let notBool = 0;
    for (const v of t.data) {
      if (v === 0 || v === 1) ones += v;
      else notBool++;
    }
    expect(notBool).toBe(0);
    expect(Math.abs(ones / N - 0.5)).toBeLessThan(0.01);
  });

  it('unitFromUint32 maps onto [0, 1) exactly', () => {
    expect(unitFromUint32(0)).toBe(0);
    expect(unitFromUint32(0xffffffff)).toBe(1 - 2 ** -32);
    expect(unitFromUint32(0x80000000)).toBe(0.5);
  });
});

// ---------------------------------------------------------------------------------------------
// block density

/** A tensor whose every element is non-zero and distinct, so kept tiles are recognisable. */
function ramp(dtype: DType, shape: number[]): HostTensor {
  const count = shape.reduce((a, b) => a * b, 1);
  const values = Array.from({ length: count }, (_, i) => (dtype === 'bool' ? 1 : i + 1));
  const data = dtype === 'f32' ? Float32Array.from(values) : dtype === 'i32' ? Int32Array.from(values) : Uint8Array.from(values);
  return { dtype, shape, data };
}

/** Elements of a 2-D tile, by explicit row/column ranges. */
function tileElements(shape: number[], tile: number[], ti: number, tj: number): number[] {
  const [rows, cols] = shape as [number, number];
  const [th, tw] = tile as [number, number];
  const out: number[] = [];
  for (let i = ti * th; i < Math.min(rows, (ti + 1) * th); i++) {
    for (let j = tj * tw; j < Math.min(cols, (tj + 1) * tw); j++) out.push(i * cols + j);
  }
  return out;
}

describe('checkDensityArgs', () => {
  it('accepts valid arguments', () => {
    expect(checkDensityArgs([4, 4], 0, [1, 1])).toBeUndefined();
    expect(checkDensityArgs([4, 4], 1, [32, 1])).toBeUndefined(); // a tile may exceed the shape
    expect(checkDensityArgs([], 0.5, [])).toBeUndefined();
  });

  it('says what is wrong', () => {
    expect(checkDensityArgs([4, 4], -0.1, [1, 1])).toMatch(/density/);
    expect(checkDensityArgs([4, 4], 1.5, [1, 1])).toMatch(/density/);
    expect(checkDensityArgs([4, 4], NaN, [1, 1])).toMatch(/density/);
    expect(checkDensityArgs([4, 4], 0.5, [2])).toMatch(/rank 2/);
    expect(checkDensityArgs([4, 4], 0.5, [2, 0])).toMatch(/>= 1/);
    expect(checkDensityArgs([4, 4], 0.5, [2, 1.5])).toMatch(/1\.5/);
  });

  it('applyDensity treats invalid arguments as a caller bug', () => {
    expect(() => applyDensity(ramp('f32', [2, 2]), 2, [1, 1], 0, 'x')).toThrow(InternalError);
    expect(() => applyDensity(ramp('f32', [2, 2]), 0.5, [1], 0, 'x')).toThrow(InternalError);
  });
});

describe('applyDensity', () => {
  it('density 0 zeroes everything, density 1 changes nothing, the input is never modified', () => {
    const input = randomTensor('f32', [17, 9], 5, 'a');
    const before = bytesOf(input);
    const none = applyDensity(input, 0, [4, 2], 5, 'a/density');
    expect([...none.data].every((v) => v === 0)).toBe(true);
    const all = applyDensity(input, 1, [4, 2], 5, 'a/density');
    expect(bytesOf(all)).toEqual(before);
    expect(all.data).not.toBe(input.data);
    expect(bytesOf(input)).toEqual(before);
  });

  it('zeroes whole micro-tiles and keeps others untouched, with partial edge tiles (70×33, tile 32×8)', () => {
    const shape = [70, 33];
    const tile = [32, 8];
    const input = ramp('f32', shape);
    let keptTotal = 0;
    let tilesTotal = 0;
    let partialKept = 0;
    let partialDropped = 0;
    for (let seed = 0; seed < 20; seed++) {
      const out = applyDensity(input, 0.5, tile, seed, 'x/density');
      const draws = randomStream(seed, 'x/density'); // one draw per tile, tile grid in C order
      let keptHere = 0;
      for (let ti = 0; ti < 3; ti++) {
        for (let tj = 0; tj < 5; tj++) {
          const expectKept = unitFromUint32(draws.nextUint32()) < 0.5;
          const elements = tileElements(shape, tile, ti, tj);
          const kept = elements.every((e) => out.data[e] === input.data[e]);
          const dropped = elements.every((e) => out.data[e] === 0);
          expect(kept !== dropped, `seed ${seed} tile (${ti}, ${tj}) is partly zeroed`).toBe(true);
          expect(kept, `seed ${seed} tile (${ti}, ${tj})`).toBe(expectKept);
          if (kept) keptHere++;
          if (ti === 2 || tj === 4) {
            if (kept) partialKept++;
            else partialDropped++;
          }
        }
      }
      expect(measureDensity(out, tile)).toBeCloseTo(keptHere / 15, 12);
      keptTotal += keptHere;
      tilesTotal += 15;
    }
    // both outcomes happen, including on the partial edge tiles
    expect(partialKept).toBeGreaterThan(0);
    expect(partialDropped).toBeGreaterThan(0);
    expect(Math.abs(keptTotal / tilesTotal - 0.5)).toBeLessThan(0.15);
  });

  it('keeps a tile iff its draw is strictly below the density', () => {
    const u = unitFromUint32(randomStream(4, 'edge').nextUint32()); // the first tile's draw
    const input = ramp('f32', [2, 2]);
    expect(applyDensity(input, u, [1, 2], 4, 'edge').data[0]).toBe(0);
    expect(applyDensity(input, u + 2 ** -40, [1, 2], 4, 'edge').data[0]).toBe(1);
  });

  it('hits the requested density on a large-ish tensor', () => {
    const input = ramp('f32', [512, 512]);
    for (const [density, tile] of [[0.1, [8, 8]], [0.5, [32, 1]], [0.05, [1, 16]]] as const) {
      const out = applyDensity(input, density, tile, 1, 'big');
      const measured = measureDensity(out, tile);
      expect(Math.abs(measured - density), `${density} ${tile.join('x')}`).toBeLessThan(0.02);
      // full tiles of non-zeros: element density equals tile density
      expect(elementDensity(out)).toBeCloseTo(measured, 12);
    }
  });

  it('works for rank 1, rank 3, rank 0, empty shapes and every dtype', () => {
    const r1 = applyDensity(ramp('i32', [10]), 0.5, [3], 2, 'v');
    const firstDraws = randomStream(2, 'v');
    const keep = Array.from({ length: 4 }, () => unitFromUint32(firstDraws.nextUint32()) < 0.5);
    expect([...r1.data]).toEqual(Array.from({ length: 10 }, (_, i) => (keep[Math.floor(i / 3)] ? i + 1 : 0)));

    const shape3 = [3, 4, 5];
    const tile3 = [2, 3, 2];
    const r3 = applyDensity(ramp('bool', shape3), 0.5, tile3, 9, 'c');
    const draws3 = randomStream(9, 'c');
    const keep3 = Array.from({ length: 2 * 2 * 3 }, () => unitFromUint32(draws3.nextUint32()) < 0.5);
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 4; b++) {
        for (let c = 0; c < 5; c++) {
          const tileIndex = (Math.floor(a / 2) * 2 + Math.floor(b / 3)) * 3 + Math.floor(c / 2);
          expect(r3.data[(a * 4 + b) * 5 + c], `${a},${b},${c}`).toBe(keep3[tileIndex] ? 1 : 0);
        }
      }
    }

    const scalar = applyDensity({ dtype: 'f32', shape: [], data: Float32Array.of(4) }, 0, [], 0, 's');
    expect([...scalar.data]).toEqual([0]);
    expect(measureDensity({ dtype: 'f32', shape: [], data: Float32Array.of(4) }, [])).toBe(1);
    const empty = applyDensity(ramp('f32', [0, 5]), 0.5, [1, 1], 0, 'e');
    expect(empty.shape).toEqual([0, 5]);
    expect(empty.data.length).toBe(0);
  });
});

describe('measureDensity / elementDensity', () => {
  it('counts micro-tiles with any non-zero; NaN is non-zero, -0 is zero', () => {
    const data = new Float32Array(16); // 4×4, tiles 2×2: four tiles
    data[1 * 4 + 1] = 3; // tile (0, 0)
    data[2 * 4 + 3] = NaN; // tile (1, 1)
    data[0 * 4 + 3] = -0; // tile (0, 1) stays empty
    const t: HostTensor = { dtype: 'f32', shape: [4, 4], data };
    expect(measureDensity(t, [2, 2])).toBe(0.5);
    expect(measureDensity(t, [1, 1])).toBe(2 / 16);
    expect(measureDensity(t, [4, 4])).toBe(1);
    expect(measureDensity(t, [3, 3])).toBe(2 / 4); // 3 at (1,1) in tile (0,0); NaN at (2,3) in edge tile (0,1)
    expect(elementDensity(t)).toBe(2 / 16);
  });

  it('is 0 for all-zero and empty tensors', () => {
    expect(measureDensity({ dtype: 'i32', shape: [3, 3], data: new Int32Array(9) }, [1, 3])).toBe(0);
    expect(measureDensity({ dtype: 'i32', shape: [0, 3], data: new Int32Array(0) }, [1, 3])).toBe(0);
    expect(elementDensity({ dtype: 'bool', shape: [0], data: new Uint8Array(0) })).toBe(0);
    expect(elementDensity({ dtype: 'bool', shape: [4], data: Uint8Array.of(0, 1, 1, 1) })).toBe(0.75);
  });
});
