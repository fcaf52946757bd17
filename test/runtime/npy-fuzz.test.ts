import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { readNpyFile } from '../../src/runtime/npy-file.js';
import { bufferSource, decodeNpy, decodeNpyFrom, encodeNpy, MAX_HEADER_BYTES, type ByteSource, type DecodedNpy } from '../../src/runtime/npy.js';

/**
 * Fuzzing the .npy reader: for any bytes (valid files with mutated preambles and headers, forged
 * header lengths and shapes, truncated and extended bodies), decoding answers with a tensor or
 * with exactly one error of the .npy catalogue naming the file, never throws, never takes long
 * and never allocates more than the bytes it was given. The three readers (bytes in memory, a
 * stream of unknown size, a file on disk) give the same answer. Seeds are fixed so failures
 * reproduce.
 */

const tmp = mkdtempSync(join(tmpdir(), 'pitc-npy-fuzz-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const READ_ERRORS = ['PIT6010', 'PIT6011', 'PIT6012', 'PIT6013', 'PIT6014', 'PIT6015', 'PIT6017', 'PIT6030'];
const FILE = 'fuzz\u202e.npy';
/** Each decode must answer well within this (a 1 MiB header parses in tens of milliseconds). */
const SLOW_MS = 2000;

/** The same bytes as a pipe would give them: no size known in advance, short reads. */
function streamSource(bytes: Uint8Array): ByteSource {
  const inner = bufferSource(bytes);
  return {
    read: (n) => inner.read(n),
    readInto: (t) => inner.readInto(t),
    remaining: () => undefined,
  };
}

/** What a decode says, in a form two readers can be compared on. */
function summary(r: DecodedNpy): unknown {
  const t = r.tensor;
  return {
    codes: r.diagnostics.map((d) => d.code),
    tensor: t && { dtype: t.dtype, shape: [...t.shape], bytes: Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength).toString('hex') },
  };
}

/** The contract of one decode of `bytes`; returns the problems found. */
function contractProblems(bytes: Uint8Array, decode: () => DecodedNpy): string[] {
  const start = performance.now();
  let r: DecodedNpy;
  try {
    r = decode();
  } catch (e) {
    return [`threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`];
  }
  const problems: string[] = [];
  const ms = performance.now() - start;
  if (ms > SLOW_MS) problems.push(`took ${ms.toFixed(0)} ms`);
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (r.tensor) {
    if (errors.length > 0) problems.push(`a tensor and errors ${errors.map((d) => d.code).join(', ')}`);
    if (r.diagnostics.some((d) => d.code !== 'PIT6031')) problems.push(`a tensor with ${r.diagnostics.map((d) => d.code).join(', ')}`);
    if (r.tensor.data.byteLength > bytes.length) problems.push(`${r.tensor.data.byteLength} bytes of data from a ${bytes.length}-byte file`);
    const count = r.tensor.shape.reduce((a, b) => a * b, 1);
    if (r.tensor.data.length !== count) problems.push(`data of ${r.tensor.data.length} for shape ${r.tensor.shape.join('x')}`);
  } else {
    if (r.diagnostics.length !== 1) problems.push(`${r.diagnostics.length} diagnostics without a tensor`);
    for (const d of r.diagnostics) {
      if (!READ_ERRORS.includes(d.code)) problems.push(`unexpected code ${d.code}`);
      if (!d.message.includes('fuzz<U+202E>.npy')) problems.push(`message does not name the file (printably): ${d.message}`);
      if (d.span?.file !== FILE) problems.push('span does not name the file');
    }
  }
  return problems;
}

// --- generators

const dtype = fc.constantFrom('f32', 'i32', 'bool') as fc.Arbitrary<HostTensor['dtype']>;
const validFile = fc
  .tuple(dtype, fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }), fc.integer())
  .map(([dt, shape, seed]) => {
    const count = shape.reduce((a, b) => a * b, 1);
    const values = Array.from({ length: count }, (_, i) => ((seed + i * 7919) % 251) - 125);
    const data = dt === 'f32' ? Float32Array.from(values) : dt === 'i32' ? Int32Array.from(values) : Uint8Array.from(values.map((v) => (v > 0 ? 1 : 0)));
    return encodeNpy({ dtype: dt, shape, data });
  });

/** Header texts near the real thing: real keys and values, junk, deep brackets, huge numbers. */
const headerPiece = fc.oneof(
  fc.constantFrom("'descr'", "'<f4'", "'>i4'", "'|b1'", "'<f8'", "'fortran_order'", 'False', 'True', 'None', "'shape'", '(3,)', '()', '(2, 2)'),
  fc.constantFrom('{', '}', '(', ')', '[', ']', ',', ':', "'", '"', '\\', '\\x4', '\\u00e9', 'L', '-1', '1e3', '.5', '99999999999999999999999', '2147483648', '\n', ' ', '\u202e', '\x1b[31m', '\0'),
  fc.integer({ min: 1, max: 200_000 }).map((n) => '('.repeat(n)),
  fc.integer({ min: 1, max: 200_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.string({ maxLength: 8 }),
);
const headerText = fc.oneof(
  fc.array(headerPiece, { maxLength: 24 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.constantFrom("'<f4'", "'<i4'", "'|b1'", "'>f4'", "'<f8'", '[]'), fc.constantFrom('False', 'True', '0'), fc.array(fc.oneof(fc.nat(), fc.constantFrom(2 ** 31, 2 ** 40, -1)), { maxLength: 5 }))
    .map(([d, f, s]) => `{'descr': ${d}, 'fortran_order': ${f}, 'shape': (${s.join(', ')}${s.length === 1 ? ',' : ''}), }`),
);

function withHeader(text: string, major: number, body: Uint8Array, declaredLength?: number): Uint8Array {
  const header = Buffer.from(text, major === 3 ? 'utf8' : 'latin1');
  const lengthBytes = major === 1 ? 2 : 4;
  const out = new Uint8Array(8 + lengthBytes + header.length + body.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, major, 0]);
  const view = new DataView(out.buffer);
  const length = declaredLength ?? header.length;
  if (major === 1) view.setUint16(8, length & 0xffff, true);
  else view.setUint32(8, length >>> 0, true);
  out.set(header, 8 + lengthBytes);
  out.set(body, 8 + lengthBytes + header.length);
  return out;
}

const forged = fc.oneof(
  // a real header's text, a made-up one, or a lying length field
  fc.tuple(headerText, fc.constantFrom(1, 2, 3), fc.uint8Array({ maxLength: 64 })).map(([t, m, b]) => withHeader(t, m, b)),
  fc.tuple(headerText, fc.constantFrom(1, 2, 3), fc.uint8Array({ maxLength: 64 }), fc.oneof(fc.nat(70_000), fc.constantFrom(MAX_HEADER_BYTES, MAX_HEADER_BYTES + 1, 2 ** 32 - 1))).map(([t, m, b, n]) => withHeader(t, m, b, n)),
  // valid files, mutated: bytes flipped in the preamble and header, cut short, extended
  fc.tuple(validFile, fc.array(fc.tuple(fc.nat(127), fc.nat(255)), { maxLength: 6 })).map(([file, flips]) => {
    const out = file.slice();
    for (const [at, value] of flips) if (at < out.length) out[at] = value;
    return out;
  }),
  fc.tuple(validFile, fc.nat()).map(([file, cut]) => file.subarray(0, cut % (file.length + 1))),
  fc.tuple(validFile, fc.uint8Array({ minLength: 1, maxLength: 32 })).map(([file, extra]) => Uint8Array.from([...file, ...extra])),
  fc.uint8Array({ maxLength: 32 }),
);

describe('.npy reader fuzz', () => {
  it('answers every input with a tensor or one located .npy error, quickly and without throwing', () => {
    fc.assert(
      fc.property(forged, (bytes) => {
        expect(contractProblems(bytes, () => decodeNpy(bytes, FILE))).toEqual([]);
        expect(contractProblems(bytes, () => decodeNpyFrom(streamSource(bytes), FILE))).toEqual([]);
      }),
      { seed: 20260312, numRuns: 3000 },
    );
  });

  it('a stream of unknown size gives the same answer as the bytes in memory (less the trailing-bytes warning)', () => {
    fc.assert(
      fc.property(forged, (bytes) => {
        const known = decodeNpy(bytes, FILE);
        const withoutTrailing = { ...known, diagnostics: known.diagnostics.filter((d) => d.code !== 'PIT6031') };
        expect(summary(decodeNpyFrom(streamSource(bytes), FILE))).toEqual(summary(withoutTrailing));
      }),
      { seed: 7, numRuns: 800 },
    );
  });

  it('a file on disk gives the same answer as its bytes in memory', () => {
    let n = 0;
    fc.assert(
      fc.property(forged, (bytes) => {
        const path = join(tmp, `f${n++}.npy`);
        writeFileSync(path, bytes);
        const fromFile = summary(readNpyFile(path));
        const inMemory = summary(decodeNpy(bytes, path));
        expect(fromFile).toEqual(inMemory);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('a header declaring gigabytes over a few bytes is refused before anything is allocated', () => {
    // 2^31 - 1 f32 elements is 8 GiB: allocating it would fail or take seconds; reading stops at the size check
    for (const source of [(b: Uint8Array) => bufferSource(b), streamSource]) {
      const bytes = withHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (2147483647,), }", 1, new Uint8Array(100));
      const before = process.memoryUsage().arrayBuffers;
      const r = decodeNpyFrom(source(bytes), FILE);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['PIT6011']);
      expect(r.diagnostics[0]?.message).toContain(`needs ${bytes.length - 100 + 4 * (2 ** 31 - 1)} bytes but the file has ${bytes.length}`);
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
    }
  });
});
