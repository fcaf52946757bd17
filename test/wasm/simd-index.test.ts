import { describe, expect, it } from 'vitest';
import { emitIndexBuild, simdIndexable, tileGrid } from '../../codegen/wasm/index-emit.js';
import { WasmModuleBuilder } from '../../codegen/wasm/module-builder.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { buildIndex } from '../../src/runtime/index-builder.js';
import { mulberry32 } from '../helpers/compare.js';

/**
 * The wasm SIMD index builder (index-emit.ts) lists exactly what the runtime's builder lists
 * (src/runtime/index-builder.ts, which the reference and the other targets use): same strips, same
 * coordinates in the same order. f32 sources (absent 0 or -inf; NaN present, -0 absent) and bool
 * sources, odd shapes (columns not a multiple of 4, partial tiles), every column-extent class the
 * builder takes (1, multiples of 4, the whole row), both gather dims, and patterns with empty
 * rows and columns, all-absent, all-present and scattered values.
 */
type Pattern = 'absent' | 'present' | 'scattered' | 'sparse' | 'empty rows';

function source(dtype: 'f32' | 'bool', rows: number, cols: number, fill: number, pattern: Pattern, seed: number): HostTensor {
  const random = mulberry32(seed);
  const n = rows * cols;
  const present = (i: number): boolean => {
    const r = Math.floor(i / cols);
    switch (pattern) {
      case 'absent':
        return false;
      case 'present':
        return true;
      case 'scattered':
        return random() < 0.3;
      case 'sparse':
        return random() < 0.01;
      case 'empty rows':
        return r % 3 !== 1 && i % cols !== 2 && random() < 0.5;
    }
  };
  if (dtype === 'bool') return makeTensor('bool', [rows, cols], Uint8Array.from({ length: n }, (_, i) => (present(i) ? 1 + (i % 3) : 0)));
  // present values include NaN and denormals; absent ones are the fill (-0 when it is 0)
  const special = [Number.NaN, 2 ** -149, -1.5, 3];
  return makeTensor('f32', [rows, cols], Float32Array.from({ length: n }, (_, i) => (present(i) ? (special[i % 4] as number) : fill === 0 && i % 2 ? -0 : fill)));
}

function simdIndex(tensor: HostTensor, tile: readonly [number, number], gatherDim: 0 | 1, fill: number): { stripPtr: Int32Array; coords: Int32Array } {
  const [rows, cols] = tensor.shape as [number, number];
  const [tileRows, tileCols] = tile;
  const grid = tileGrid({ rows, cols, tileRows, tileCols });
  const [strips, along] = gatherDim === 1 ? [grid.tr, grid.tc] : [grid.tc, grid.tr];
  const bytes = tensor.dtype === 'bool' ? 1 : 4;
  const sourceAt = 1024;
  const presence = sourceAt + Math.ceil((rows * cols * bytes) / 16) * 16 + 16;
  const stripPtr = presence + grid.tr * grid.tc * 4;
  const coords = stripPtr + (strips + 1) * 4;
  const end = coords + strips * along * 4;
  const w = new WasmModuleBuilder({ relaxedSimd: false, sharedMemory: false });
  emitIndexBuild(w, { name: 'index', source: sourceAt, dtype: tensor.dtype === 'bool' ? 'bool' : 'f32', rows, cols, tileRows, tileCols, gatherDim, fill, presence, stripPtr, coords });
  const problem = w.validate();
  if (problem) throw new Error(problem);
  const binary = w.emitBinary();
  w.dispose();
  const memory = new WebAssembly.Memory({ initial: Math.ceil(end / 65536) + 1, maximum: 65536 });
  // stale bytes everywhere: the builder must write all it reads back
  new Uint8Array(memory.buffer).fill(0xa5);
  const data = tensor.data as Float32Array | Uint8Array;
  new Uint8Array(memory.buffer, sourceAt, data.byteLength).set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(binary as Uint8Array<ArrayBuffer>), { env: { memory } });
  (instance.exports['index'] as () => void)();
  const ptr = new Int32Array(memory.buffer, stripPtr, strips + 1).slice();
  return { stripPtr: ptr, coords: new Int32Array(memory.buffer, coords, ptr[strips] as number).slice() };
}

const SHAPES: readonly [number, number][] = [
  [1, 1],
  [7, 5],
  [33, 19],
  [64, 64],
  [70, 45],
];
const TILES: readonly [number, number][] = [
  [1, 1],
  [32, 1],
  [4, 4],
  [3, 8],
  [1, 16],
];
const PATTERNS: readonly Pattern[] = ['absent', 'present', 'scattered', 'sparse', 'empty rows'];

describe('the wasm SIMD index builder lists what the runtime builder lists', () => {
  const cases: { dtype: 'f32' | 'bool'; fill: number }[] = [
    { dtype: 'f32', fill: 0 },
    { dtype: 'f32', fill: -Infinity },
    { dtype: 'bool', fill: 0 },
  ];
  it.each(cases)('$dtype sources, absent value $fill', ({ dtype, fill }) => {
    let compared = 0;
    let seed = 1;
    for (const [rows, cols] of SHAPES) {
      // the whole row as one tile, besides the fixed list
      for (const tile of [...TILES, [2, cols] as [number, number]]) {
        const clamped: [number, number] = [Math.min(tile[0], rows), Math.min(tile[1], cols)];
        if (!simdIndexable([rows, cols], dtype, clamped, fill)) continue;
        for (const gatherDim of [0, 1] as const) {
          for (const pattern of PATTERNS) {
            const tensor = source(dtype, rows, cols, fill, pattern, seed++);
            const want = buildIndex(tensor, clamped, gatherDim, fill);
            const got = simdIndex(tensor, clamped, gatherDim, fill);
            const where = `${rows}×${cols}, micro-tile ${clamped.join('×')}, gather dim ${gatherDim}, ${pattern}`;
            expect([...got.stripPtr], where).toEqual([...want.stripPtr]);
            expect([...got.coords], where).toEqual([...want.coords.subarray(0, want.stripPtr[want.stripCount])]);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('takes bool sources, and refuses what it cannot read in vectors', () => {
    expect(simdIndexable([64, 64], 'bool', [32, 1], 0)).toBe(true);
    expect(simdIndexable([64, 64], 'bool', [32, 3], 0)).toBe(false);
    expect(simdIndexable([64, 64], 'i32', [32, 1], 0)).toBe(false);
    expect(simdIndexable([4, 64, 64], 'bool', [1, 32, 1], 0)).toBe(false);
  });
});
