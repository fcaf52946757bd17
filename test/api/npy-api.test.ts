import { describe, expect, it } from 'vitest';
import { PitcError, readNpy, tensor, writeNpy } from '../../src/index.js';
import * as browser from '../../src/browser.js';

/** readNpy/writeNpy: the package's .npy reader and writer, the same in Node and in the browser entry. */
describe('readNpy and writeNpy', () => {
  it('round-trip every dtype, odd shapes and rank 0 bit for bit', () => {
    const cases = [
      tensor('f32', [3, 5], Float32Array.from({ length: 15 }, (_, i) => (i === 4 ? NaN : i === 7 ? -Infinity : i / 7 - 1))),
      tensor('i32', [7], Int32Array.from([0, -1, 2 ** 31 - 1, -(2 ** 31), 5, 6, 7])),
      tensor('bool', [2, 1, 3], Uint8Array.from([1, 0, 0, 1, 1, 0])),
      tensor('f32', [], Float32Array.from([2.5])),
      tensor('f32', [0, 4]),
    ];
    for (const t of cases) {
      const back = readNpy(writeNpy(t));
      expect(back.dtype).toBe(t.dtype);
      expect(back.shape).toEqual(t.shape);
      expect(new Uint8Array(back.data.buffer, back.data.byteOffset, back.data.byteLength)).toEqual(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength));
      expect(browser.readNpy(browser.writeNpy(t)).shape).toEqual(t.shape);
    }
  });

  it('read an ArrayBuffer too, and float64 with cast', () => {
    const t = tensor('f32', [2], Float32Array.from([1, 2]));
    const bytes = writeNpy(t);
    expect(readNpy(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).data).toEqual(t.data);
    // a float64 file: the f32 header with '<f8' and twice the bytes
    const header = new TextDecoder().decode(bytes.subarray(10, 10 + new DataView(bytes.buffer, bytes.byteOffset).getUint16(8, true)));
    const f64Header = header.replace("'<f4'", "'<f8'");
    const f64 = new Uint8Array(10 + f64Header.length + 16);
    f64.set(bytes.subarray(0, 10));
    f64.set(new TextEncoder().encode(f64Header), 10);
    new DataView(f64.buffer).setFloat64(10 + f64Header.length, 0.1, true);
    new DataView(f64.buffer).setFloat64(10 + f64Header.length + 8, -3, true);
    expect(() => readNpy(f64, { file: 'x.npy' })).toThrow(/PIT6012: 'x.npy' holds elements of type '<f8' \(float64\)/);
    expect(Array.from(readNpy(f64, { cast: 'f32' }).data)).toEqual([Math.fround(0.1), -3]);
    expect(() => readNpy(f64, { cast: 'i32' })).toThrow(/PIT6041: .*1 of 2 float64 values cannot be converted to i32/);
  });

  it('throw a PitcError, never something else, for what is not a .npy file or not a tensor', () => {
    for (const bad of [new Uint8Array([1, 2, 3]), new Uint8Array(0), 'x.npy', null, { length: 3 }]) {
      let error: unknown;
      try {
        readNpy(bad as Uint8Array);
      } catch (e) {
        error = e;
      }
      expect(error, String(bad)).toBeInstanceOf(PitcError);
    }
    expect(() => readNpy(new Uint8Array(1), { cast: 'f64' as never })).toThrow(PitcError);
    for (const bad of [{ dtype: 'f32', shape: [2], data: new Float64Array(2) }, { dtype: 'f32', shape: [3], data: new Float32Array(2) }, null]) {
      expect(() => writeNpy(bad as never)).toThrow(/PIT6018/);
    }
  });
});
