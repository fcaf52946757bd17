import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../ir/core/diagnostic.js';
import type { DType } from '../../ir/dtype.js';
import type { HostTensor } from '../../ir/tensor.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { readNpyFile, writeNpyFile } from '../../src/runtime/npy-file.js';
import { decodeNpy, encodeNpy } from '../../src/runtime/npy.js';

const tmp = mkdtempSync(join(tmpdir(), 'pitc-npy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const MAGIC = [0x93, ...'NUMPY'.split('').map((c) => c.charCodeAt(0))];

/** Builds a .npy file by hand (independently of encodeNpy): preamble, header text, payload. */
function craft(
  header: string,
  payload: Uint8Array | number[] = [],
  opts: { major?: number; minor?: number; align?: boolean; utf8?: boolean } = {},
): Uint8Array {
  const major = opts.major ?? 1;
  const lengthBytes = major === 1 ? 2 : 4;
  const start = 8 + lengthBytes;
  let headerBytes = opts.utf8 ? new TextEncoder().encode(header) : Uint8Array.from(header, (c) => c.charCodeAt(0));
  if (opts.align ?? true) {
    const pad = (64 - ((start + headerBytes.length + 1) % 64)) % 64;
    headerBytes = Uint8Array.from([...headerBytes, ...new Array<number>(pad).fill(0x20), 0x0a]);
  }
  const out = new Uint8Array(start + headerBytes.length + payload.length);
  out.set(MAGIC, 0);
  out[6] = major;
  out[7] = opts.minor ?? 0;
  const view = new DataView(out.buffer);
  if (lengthBytes === 2) view.setUint16(8, headerBytes.length, true);
  else view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, start);
  out.set(payload, start + headerBytes.length);
  return out;
}

function dict(descr: string, shape: string, fortran = 'False'): string {
  return `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }`;
}

function f32Bytes(values: number[], littleEndian = true): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, littleEndian));
  return out;
}

function i32Bytes(values: number[], littleEndian = true): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setInt32(i * 4, v, littleEndian));
  return out;
}

function bytesOf(t: HostTensor): number[] {
  return [...new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)];
}

function codes(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => d.code);
}

function only(r: { diagnostics: Diagnostic[]; tensor?: HostTensor }): Diagnostic {
  expect(r.tensor).toBeUndefined();
  expect(r.diagnostics).toHaveLength(1);
  return r.diagnostics[0] as Diagnostic;
}

function tensor(dtype: DType, shape: number[], values: number[]): HostTensor {
  const data = dtype === 'f32' ? Float32Array.from(values) : dtype === 'i32' ? Int32Array.from(values) : Uint8Array.from(values);
  return { dtype, shape, data };
}

/** f32 values whose bit patterns matter: signed zero, infinities, subnormals, extremes, NaNs. */
function specialF32(): Float32Array {
  const bits = new Uint32Array([
    0x00000000, 0x80000000, 0x7f800000, 0xff800000, 0x00000001, 0x807fffff, 0x7f7fffff, 0x3f800000,
    0x7fc00000, 0x7fc00001, 0xffc12345, 0x7f800001,
  ]);
  return new Float32Array(bits.buffer);
}

describe('encodeNpy / decodeNpy round trips', () => {
  const cases: [string, HostTensor][] = [
    ['f32 rank 0', tensor('f32', [], [-2.5])],
    ['f32 rank 1 specials', { dtype: 'f32', shape: [12], data: specialF32() }],
    ['f32 3-D', tensor('f32', [2, 3, 4], Array.from({ length: 24 }, (_, i) => (i - 11) / 3))],
    ['f32 empty', tensor('f32', [0], [])],
    ['f32 zero inside shape', tensor('f32', [3, 0, 2], [])],
    ['i32 rank 0', tensor('i32', [], [-7])],
    ['i32 extremes', tensor('i32', [2, 2], [-(2 ** 31), 2 ** 31 - 1, 0, -1])],
    ['i32 3-D', tensor('i32', [2, 1, 3], [1, -2, 3, -4, 5, -6])],
    ['bool rank 0', tensor('bool', [], [1])],
    ['bool 2-D', tensor('bool', [2, 3], [1, 0, 0, 1, 1, 0])],
    ['bool empty', tensor('bool', [0, 4], [])],
  ];
  for (const [name, t] of cases) {
    it(`round-trips ${name} bit for bit`, () => {
      const decoded = decodeNpy(encodeNpy(t), 'x.npy');
      expect(decoded.diagnostics).toEqual([]);
      expect(decoded.tensor?.dtype).toBe(t.dtype);
      expect(decoded.tensor?.shape).toEqual(t.shape);
      expect(decoded.tensor?.data.constructor).toBe(t.data.constructor);
      expect(bytesOf(decoded.tensor as HostTensor)).toEqual(bytesOf(t));
    });
  }

  it('keeps NaN, -0 and infinities as values too', () => {
    const decoded = decodeNpy(encodeNpy({ dtype: 'f32', shape: [12], data: specialF32() }), 'x.npy').tensor;
    const d = decoded?.data as Float32Array;
    expect(Object.is(d[1], -0)).toBe(true);
    expect(d[2]).toBe(Infinity);
    expect(d[3]).toBe(-Infinity);
    expect(Number.isNaN(d[8])).toBe(true);
    expect(Number.isNaN(d[10])).toBe(true);
  });

  it('encodes a tensor that is a view into a larger buffer', () => {
    const backing = new Float32Array([9, 9, 1.5, -2, 9]);
    const t: HostTensor = { dtype: 'f32', shape: [2], data: backing.subarray(2, 4) };
    expect([...(decodeNpy(encodeNpy(t), 'v.npy').tensor?.data ?? [])]).toEqual([1.5, -2]);
  });

  it('writes bool bytes as 0/1 even when the storage holds other non-zero bytes', () => {
    const bytes = encodeNpy({ dtype: 'bool', shape: [3], data: Uint8Array.from([0, 7, 255]) });
    expect([...bytes.subarray(bytes.length - 3)]).toEqual([0, 1, 1]);
  });
});

describe('encodeNpy layout', () => {
  const headerOf = (bytes: Uint8Array): { major: number; text: string; dataStart: number } => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const major = bytes[6] ?? 0;
    const start = major === 1 ? 10 : 12;
    const length = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
    return { major, text: String.fromCharCode(...bytes.subarray(start, start + length)), dataStart: start + length };
  };

  it('writes version 1.0 with the NumPy dict, space padding, a newline and 64-byte alignment', () => {
    for (const shape of [[], [5], [3, 4], [2, 3, 4, 5, 6, 7, 8]]) {
      const count = shape.reduce((a, b) => a * b, 1);
      const bytes = encodeNpy(tensor('i32', shape, new Array<number>(count).fill(1)));
      expect([...bytes.subarray(0, 8)]).toEqual([...MAGIC, 1, 0]);
      const { major, text, dataStart } = headerOf(bytes);
      expect(major).toBe(1);
      expect(dataStart % 64).toBe(0);
      expect(bytes.length).toBe(dataStart + 4 * count);
      expect(text.endsWith('\n')).toBe(true);
      const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
      expect(text.trimEnd()).toBe(`{'descr': '<i4', 'fortran_order': False, 'shape': ${shapeText}, }`);
      expect(/^ *\n$/.test(text.slice(text.indexOf('}') + 1))).toBe(true);
    }
  });

  it('names each dtype the way NumPy does', () => {
    expect(headerOf(encodeNpy(tensor('f32', [1], [0]))).text).toContain("'descr': '<f4'");
    expect(headerOf(encodeNpy(tensor('i32', [1], [0]))).text).toContain("'descr': '<i4'");
    expect(headerOf(encodeNpy(tensor('bool', [1], [0]))).text).toContain("'descr': '|b1'");
  });

  it('switches to version 2.0 only when the header outgrows 16 bits', () => {
    const shape = new Array<number>(22_000).fill(1); // "1, " × 22000 > 65535 characters
    const bytes = encodeNpy(tensor('f32', shape, [0.25]));
    const { major, dataStart } = headerOf(bytes);
    expect(major).toBe(2);
    expect(dataStart % 64).toBe(0);
    const decoded = decodeNpy(bytes, 'big-header.npy');
    expect(decoded.diagnostics).toEqual([]);
    expect(decoded.tensor?.shape).toEqual(shape);
    expect([...(decoded.tensor?.data ?? [])]).toEqual([0.25]);
  });
});

describe('decodeNpy accepts what NumPy (and older NumPy) writes', () => {
  it('reads header variations: quotes, key order, spacing, no trailing comma, no newline', () => {
    const payload = f32Bytes([1, 2, 3]);
    const headers = [
      `{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }`,
      `{"descr": "<f4", "fortran_order": False, "shape": (3,)}`,
      `{'shape': (3,), 'fortran_order': False, 'descr': '<f4'}`,
      ` {  'descr' :'<f4' ,'fortran_order':False,\n'shape':( 3 , ) ,  }  `,
      `{'descr': '<f4', 'fortran_order': False, 'shape': (3L,), }`,
    ];
    for (const h of headers) {
      const r = decodeNpy(craft(h, payload), 'h.npy');
      expect(r.diagnostics, h).toEqual([]);
      expect([...(r.tensor?.data ?? [])], h).toEqual([1, 2, 3]);
    }
    const unpadded = decodeNpy(craft(dict('<f4', '(3,)'), payload, { align: false }), 'h.npy');
    expect([...(unpadded.tensor?.data ?? [])]).toEqual([1, 2, 3]);
  });

  it('reads rank-0 and zero-extent shapes', () => {
    const scalar = decodeNpy(craft(dict('<i4', '()'), i32Bytes([42])), 's.npy').tensor;
    expect(scalar?.shape).toEqual([]);
    expect([...(scalar?.data ?? [])]).toEqual([42]);
    const empty = decodeNpy(craft(dict('<f4', '(4, 0)')), 'e.npy').tensor;
    expect(empty?.shape).toEqual([4, 0]);
    expect(empty?.data.length).toBe(0);
  });

  it('reads versions 2.0 and 3.0 (UTF-8 header)', () => {
    const v2 = decodeNpy(craft(dict('<i4', '(2,)'), i32Bytes([5, -6]), { major: 2 }), 'v2.npy');
    expect([...(v2.tensor?.data ?? [])]).toEqual([5, -6]);
    const v3 = decodeNpy(craft(dict('<i4', '(2,)'), i32Bytes([7, 8]), { major: 3, utf8: true }), 'v3.npy');
    expect([...(v3.tensor?.data ?? [])]).toEqual([7, 8]);
  });

  it('decodes the header as latin-1 in 1.0 and as UTF-8 in 3.0', () => {
    const latin = only(decodeNpy(craft(dict('\u00e9', '(1,)'), [0, 0, 0, 0]), 'l.npy'));
    expect(latin.code).toBe('PIT6012');
    expect(latin.message).toContain("'\u00e9'");
    const utf8 = only(decodeNpy(craft(dict('\u00e9', '(1,)'), [0, 0, 0, 0], { major: 3, utf8: true }), 'u.npy'));
    expect(utf8.code).toBe('PIT6012');
    expect(utf8.message).toContain("'\u00e9'");
    const bad = only(decodeNpy(craft(dict('<f4', '(1,)') + '\xff', [0, 0, 0, 0], { major: 3 }), 'b.npy'));
    expect(bad.code).toBe('PIT6014');
  });

  it('converts big-endian f32 and i32', () => {
    const f = decodeNpy(craft(dict('>f4', '(3,)'), f32Bytes([1.5, -0.125, 3e38], false)), 'be.npy');
    expect([...(f.tensor?.data ?? [])]).toEqual([1.5, -0.125, Math.fround(3e38)]);
    const i = decodeNpy(craft(dict('>i4', '(2, 2)'), i32Bytes([1, -2, 2 ** 31 - 1, -(2 ** 31)], false)), 'be.npy');
    expect(i.tensor?.dtype).toBe('i32');
    expect([...(i.tensor?.data ?? [])]).toEqual([1, -2, 2 ** 31 - 1, -(2 ** 31)]);
  });

  it('copies an unaligned payload from a buffer at an odd offset into a fresh array', () => {
    const file = craft(dict('<f4', '(2,)'), f32Bytes([0.5, -7]), { align: false });
    const backing = new Uint8Array(file.length + 3);
    backing.set(file, 3);
    const r = decodeNpy(backing.subarray(3), 'odd.npy');
    expect([...(r.tensor?.data ?? [])]).toEqual([0.5, -7]);
    expect(r.tensor?.data.buffer).not.toBe(backing.buffer);
    expect(r.tensor?.data.byteOffset).toBe(0);
  });

  it('normalises bool bytes other than 0/1 to 1', () => {
    const r = decodeNpy(craft(dict('|b1', '(4,)'), [0, 1, 2, 255]), 'b.npy');
    expect(r.tensor?.dtype).toBe('bool');
    expect([...(r.tensor?.data ?? [])]).toEqual([0, 1, 1, 1]);
  });

  it('ignores bytes after the payload, as NumPy does, with a PIT6031 warning saying how many', () => {
    const file = craft(dict('<i4', '(1,)'), [...i32Bytes([3]), 9, 9]);
    const r = decodeNpy(file, 't.npy');
    expect([...(r.tensor?.data ?? [])]).toEqual([3]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['PIT6031', 'warning', `'t.npy' has 2 bytes after the ${file.length - 2} its header describes; they were ignored, as NumPy ignores them`],
    ]);
  });
});

describe('decodeNpy rejects bad files with a precise diagnostic', () => {
  it('PIT6010: wrong magic', () => {
    for (const bytes of [new TextEncoder().encode('hello world, not numpy'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), Uint8Array.from([...MAGIC.slice(0, 5), 0x58, 1, 0])]) {
      const d = only(decodeNpy(bytes, 'a.txt'));
      expect(d.code).toBe('PIT6010');
      expect(d.message).toContain('a.txt');
    }
  });

  it('PIT6011: too short for the preamble or the header', () => {
    expect(only(decodeNpy(new Uint8Array(0), 'e.npy')).code).toBe('PIT6011');
    expect(only(decodeNpy(Uint8Array.from(MAGIC), 'm.npy')).code).toBe('PIT6011');
    expect(only(decodeNpy(Uint8Array.from([...MAGIC, 1, 0, 0x10]), 'p.npy')).code).toBe('PIT6011');
    expect(only(decodeNpy(Uint8Array.from([...MAGIC, 2, 0, 0x10, 0, 0]), 'p2.npy')).code).toBe('PIT6011');
    const full = craft(dict('<f4', '(1,)'), f32Bytes([1]));
    const d = only(decodeNpy(full.subarray(0, 40), 'h.npy'));
    expect(d.code).toBe('PIT6011');
    expect(d.message).toContain(`needs ${full.length - 4} bytes`); // all but the 4-byte payload
    expect(d.message).toContain('has 40');
  });

  it('PIT6011: payload shorter than shape × itemsize, saying how many bytes', () => {
    const file = craft(dict('<f4', '(3, 4)'), new Uint8Array(47));
    const d = only(decodeNpy(file, 'short.npy'));
    expect(d.code).toBe('PIT6011');
    expect(d.message).toContain(String(file.length - 47 + 48)); // expected
    expect(d.message).toContain(String(file.length)); // present
  });

  it('PIT6012: unsupported element types, named', () => {
    for (const descr of ['<f8', '<i8', '|u1', '<u1', '<f2', 'float32', '<c8', '|S3']) {
      const d = only(decodeNpy(craft(dict(descr, '(1,)'), new Uint8Array(16)), 'd.npy'));
      expect(d.code, descr).toBe('PIT6012');
      expect(d.message, descr).toContain(`'${descr}'`);
    }
    const structured = `{'descr': [('a', '<f4'), ('b', '<i4')], 'fortran_order': False, 'shape': (1,), }`;
    expect(only(decodeNpy(craft(structured, new Uint8Array(8)), 's.npy')).code).toBe('PIT6012');
  });

  it('PIT6013: Fortran order', () => {
    const d = only(decodeNpy(craft(dict('<f4', '(2, 3)', 'True'), new Uint8Array(24)), 'f.npy'));
    expect(d.code).toBe('PIT6013');
  });

  it('PIT6014: malformed dicts, missing or extra keys, bad dims', () => {
    const cases: [string, string][] = [
      ['not a dict', `[1, 2]`],
      ['empty text', ``],
      ['missing shape', `{'descr': '<f4', 'fortran_order': False}`],
      ['missing descr', `{'fortran_order': False, 'shape': (1,)}`],
      ['extra key', `{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'extra': 1}`],
      ['duplicate key', `{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (1,)}`],
      ['negative dim', dict('<f4', '(3, -1)')],
      ['float dim', dict('<f4', '(3.0,)')],
      ['exponent dim', dict('<f4', '(1e3,)')],
      ['string dim', dict('<f4', "('3',)")],
      ['int shape', dict('<f4', '(3)')],
      ['list shape', dict('<f4', '[3]')],
      ['fortran_order not a bool', dict('<f4', '(1,)', "'no'")],
      ['missing comma', `{'descr': '<f4' 'fortran_order': False, 'shape': (1,)}`],
      ['missing colon', `{'descr' '<f4', 'fortran_order': False, 'shape': (1,)}`],
      ['unterminated string', `{'descr': '<f4, 'fortran_order': False, 'shape': (1,)}`],
      ['unclosed dict', `{'descr': '<f4', 'fortran_order': False, 'shape': (1,)`],
      ['text after the dict', `${dict('<f4', '(1,)')} junk`],
      ['a python expression', `{'descr': '<f4', 'fortran_order': False, 'shape': (1+1,)}`],
      ['a call', `{'descr': '<f4', 'fortran_order': False, 'shape': tuple([1])}`],
      ['non-string key', `{1: '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (1,)}`],
    ];
    for (const [what, header] of cases) {
      const d = only(decodeNpy(craft(header, new Uint8Array(64)), 'm.npy'));
      expect(d.code, what).toBe('PIT6014');
      expect(d.message, what).toContain('m.npy');
    }
  });

  it('PIT6014: brackets nested past 32 levels, however deep (no stack overflow)', () => {
    for (const depth of [33, 1000, 60_000]) {
      const d = only(decodeNpy(craft(`{'descr': ${'['.repeat(depth)}${']'.repeat(depth)}, 'fortran_order': False, 'shape': (1,)}`, [], { major: 2 }), 'deep.npy'));
      expect(d.code).toBe('PIT6014');
      expect(d.message).toContain('brackets nested more than 32 deep');
    }
    // 32 levels are read (and then refused for what they hold)
    const within = only(decodeNpy(craft(`{'descr': ${'['.repeat(31)}${']'.repeat(31)}, 'fortran_order': False, 'shape': (1,)}`, []), 'ok.npy'));
    expect(within.code).toBe('PIT6012');
  });

  it('PIT6030: a header longer than 1 MiB is refused before it is read', () => {
    // exactly 1 MiB is allowed (this file is then too short for it)
    const bytes = Uint8Array.from([...MAGIC, 2, 0, 0, 0, 0x10, 0, ...new Array<number>(64).fill(0x20)]);
    expect(only(decodeNpy(bytes, 'h.npy')).code).toBe('PIT6011');
    const huge = Uint8Array.from([...MAGIC, 2, 0, 1, 0, 0x10, 0]); // 1 MiB + 1
    const d = only(decodeNpy(huge, 'h.npy'));
    expect(d.code).toBe('PIT6030');
    expect(d.message).toBe("'h.npy' declares a header of 1048577 bytes; a .npy header pitc reads is at most 1048576 bytes");
  });

  it('quotes what a header holds printably and briefly', () => {
    const d = only(decodeNpy(craft(dict(`\u001b[31m${'x'.repeat(500)}`, '(1,)'), [0, 0, 0, 0]), 'e.npy'));
    expect(d.code).toBe('PIT6012');
    expect(d.message).toMatch(/^'e\.npy' holds elements of type '<U\+001B>\[31mx+\.\.\.'; supported are/);
    expect(d.message.length).toBeLessThan(200);
  });

  it('PIT6015: unknown format versions', () => {
    for (const [major, minor] of [[4, 0], [1, 1], [0, 0], [255, 0]] as const) {
      const d = only(decodeNpy(craft(dict('<f4', '(1,)'), f32Bytes([1]), { major, minor }), 'v.npy'));
      expect(d.code, `${major}.${minor}`).toBe('PIT6015');
      expect(d.message).toContain(`${major}.${minor}`);
    }
  });

  it('PIT6017: more than 2^31 - 1 elements, checked before the (absent) payload', () => {
    expect(only(decodeNpy(craft(dict('<f4', '(65536, 32768)')), 'big.npy')).code).toBe('PIT6017');
    expect(only(decodeNpy(craft(dict('|b1', '(2147483648,)')), 'big.npy')).code).toBe('PIT6017');
    expect(only(decodeNpy(craft(dict('|b1', '(0, 99999999999999999999)')), 'big.npy')).code).toBe('PIT6017');
    // exactly the limit is allowed: the missing payload is what is wrong then
    expect(only(decodeNpy(craft(dict('|b1', '(2147483647,)')), 'edge.npy')).code).toBe('PIT6011');
  });

  it('prints as "file: error PITxxxx: message" without source text', () => {
    const d = only(decodeNpy(craft(dict('<f4', '(2,)'), new Uint8Array(3)), 'data/x.npy'));
    expect(d.span).toEqual({ file: 'data/x.npy', start: 0, end: 0 });
    expect(formatDiagnostic(d, () => undefined)).toMatch(/^data\/x\.npy: error PIT6011: /);
  });
});

describe('readNpyFile / writeNpyFile', () => {
  it('writes into missing directories and reads back', () => {
    const path = join(tmp, 'nested', 'deeper', 'w.npy');
    const t = tensor('f32', [2, 2], [1, -2, 0.5, 8]);
    expect(writeNpyFile(path, t)).toEqual([]);
    expect([...readFileSync(path)]).toEqual([...encodeNpy(t)]);
    const back = readNpyFile(path);
    expect(back.diagnostics).toEqual([]);
    expect([...(back.tensor?.data ?? [])]).toEqual([1, -2, 0.5, 8]);
  });

  it('PIT6016 with the OS reason when a file cannot be read', () => {
    const missing = join(tmp, 'nope.npy');
    const d = only(readNpyFile(missing));
    expect(d.code).toBe('PIT6016');
    expect(d.message).toBe(`cannot read '${missing}': no such file or directory`);
    expect(formatDiagnostic(d, () => undefined)).toBe(`${missing}: error PIT6016: cannot read '${missing}': no such file or directory`);
    mkdirSync(join(tmp, 'dir.npy'), { recursive: true });
    expect(only(readNpyFile(join(tmp, 'dir.npy'))).message).toContain('is a directory');
  });

  it('PIT6016 when a file cannot be written', () => {
    const blocker = join(tmp, 'blocker');
    writeFileSync(blocker, 'x');
    const ds = writeNpyFile(join(blocker, 'sub', 'out.npy'), tensor('i32', [1], [1]));
    expect(codes(ds)).toEqual(['PIT6016']);
    expect(ds[0]?.message).toMatch(/^cannot write '.*out\.npy': /);
  });

  it('passes decode diagnostics through', () => {
    const path = join(tmp, 'notnpy.npy');
    writeFileSync(path, 'plain text');
    expect(codes(readNpyFile(path).diagnostics)).toEqual(['PIT6010']);
  });
});

// ---------------------------------------------------------------------------------------------
// interoperability with the real NumPy

const numpyAvailable = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' }).status === 0;

function python(script: string, ...args: string[]): string {
  const r = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const interopTitle = numpyAvailable ? 'NumPy interoperability' : 'NumPy interoperability (skipped: python3 with numpy is not available)';

describe(interopTitle, () => {
  it.skipIf(!numpyAvailable)('NumPy reads what encodeNpy writes, bit for bit', () => {
    const dir = join(tmp, 'to-numpy');
    mkdirSync(dir, { recursive: true });
    const tensors: Record<string, HostTensor> = {
      specials: { dtype: 'f32', shape: [3, 4], data: specialF32() },
      cube: tensor('f32', [2, 3, 4], Array.from({ length: 24 }, (_, i) => i / 7 - 1)),
      scalar: tensor('f32', [], [6.25]),
      ints: tensor('i32', [5], [0, -1, 2 ** 31 - 1, -(2 ** 31), 12345]),
      flags: tensor('bool', [2, 2], [1, 0, 0, 1]),
      empty: tensor('i32', [2, 0, 3], []),
    };
    for (const [name, t] of Object.entries(tensors)) writeFileSync(join(dir, `${name}.npy`), encodeNpy(t));
    const out = python(
      `
import json, os, sys
import numpy as np
d = sys.argv[1]
res = {}
for f in sorted(os.listdir(d)):
    with open(os.path.join(d, f), 'rb') as fh:
        version = np.lib.format.read_magic(fh)
    a = np.load(os.path.join(d, f), allow_pickle=False)
    raw = a.view({'float32': np.uint32, 'int32': np.uint32, 'bool': np.uint8}[str(a.dtype)])
    res[f[:-4]] = {'dtype': str(a.dtype), 'shape': list(a.shape), 'c': bool(a.flags.c_contiguous),
                   'version': list(version), 'bits': [int(x) for x in raw.ravel()]}
print(json.dumps(res))
`,
      dir,
    );
    const seen = JSON.parse(out) as Record<string, { dtype: string; shape: number[]; c: boolean; version: number[]; bits: number[] }>;
    const numpyDtype: Record<DType, string> = { f32: 'float32', i32: 'int32', bool: 'bool' };
    for (const [name, t] of Object.entries(tensors)) {
      const s = seen[name];
      expect(s, name).toBeDefined();
      expect(s?.dtype, name).toBe(numpyDtype[t.dtype]);
      expect(s?.shape, name).toEqual(t.shape);
      expect(s?.c, name).toBe(true);
      expect(s?.version, name).toEqual([1, 0]);
      const bits = t.dtype === 'bool' ? [...t.data] : [...new Uint32Array(t.data.buffer, t.data.byteOffset, t.data.length)];
      expect(s?.bits, name).toEqual(bits);
    }
  });

  it.skipIf(!numpyAvailable)('decodeNpy reads what NumPy writes (v1, v2, v3, big-endian) and rejects what it must', () => {
    const dir = join(tmp, 'from-numpy');
    mkdirSync(dir, { recursive: true });
    python(
      `
import os, sys
import numpy as np
d = sys.argv[1]
def w(name, a, version=None):
    with open(os.path.join(d, name + '.npy'), 'wb') as fh:
        np.lib.format.write_array(fh, a, version=version)
cube = ((np.arange(24, dtype=np.float32) - 7.5) / 4).reshape(2, 3, 4)
np.save(os.path.join(d, 'cube.npy'), cube)
w('cube_v2', cube, (2, 0))
w('cube_v3', cube, (3, 0))
w('ints', (np.arange(12, dtype=np.int32) * -1000003).reshape(3, 4))
w('flags', np.arange(10) % 3 == 0)
w('scalar', np.array(2.5, dtype=np.float32))
w('empty', np.zeros((0, 3), dtype=np.float32))
w('specials', np.array([np.nan, -0.0, np.inf, -np.inf, 1e-45], dtype=np.float32))
w('big_endian_f', np.arange(6, dtype='>f4').reshape(2, 3) / 8)
w('big_endian_i', np.arange(-3, 3, dtype='>i4'))
w('fortran', np.asfortranarray(np.arange(6, dtype=np.float32).reshape(2, 3)))
w('float64', np.arange(3.0))
w('int64', np.arange(3, dtype=np.int64))
w('uint8', np.arange(3, dtype=np.uint8))
`,
      dir,
    );
    const read = (name: string) => decodeNpy(readFileSync(join(dir, `${name}.npy`)), `${name}.npy`);
    const values = (name: string): number[] => {
      const r = read(name);
      expect(r.diagnostics, name).toEqual([]);
      return [...(r.tensor?.data ?? [])];
    };

    const cube = Array.from({ length: 24 }, (_, i) => (i - 7.5) / 4);
    for (const name of ['cube', 'cube_v2', 'cube_v3']) {
      expect(read(name).tensor?.shape, name).toEqual([2, 3, 4]);
      expect(values(name), name).toEqual(cube);
    }
    expect(readFileSync(join(dir, 'cube_v2.npy'))[6]).toBe(2);
    expect(readFileSync(join(dir, 'cube_v3.npy'))[6]).toBe(3);
    expect(read('ints').tensor?.dtype).toBe('i32');
    expect(values('ints')).toEqual(Array.from({ length: 12 }, (_, i) => 0 - i * 1000003));
    expect(read('flags').tensor?.dtype).toBe('bool');
    expect(values('flags')).toEqual(Array.from({ length: 10 }, (_, i) => (i % 3 === 0 ? 1 : 0)));
    expect(read('scalar').tensor?.shape).toEqual([]);
    expect(values('scalar')).toEqual([2.5]);
    expect(read('empty').tensor?.shape).toEqual([0, 3]);
    const specials = values('specials');
    expect(Number.isNaN(specials[0])).toBe(true);
    expect(Object.is(specials[1], -0)).toBe(true);
    expect(specials.slice(2)).toEqual([Infinity, -Infinity, Math.fround(1e-45)]);
    expect(values('big_endian_f')).toEqual([0, 1, 2, 3, 4, 5].map((i) => i / 8));
    expect(values('big_endian_i')).toEqual([-3, -2, -1, 0, 1, 2]);

    expect(only(read('fortran')).code).toBe('PIT6013');
    for (const [name, descr] of [['float64', '<f8'], ['int64', '<i8'], ['uint8', '|u1']]) {
      const d = only(read(name as string));
      expect(d.code, name).toBe('PIT6012');
      expect(d.message, name).toContain(descr);
    }
  });
});
