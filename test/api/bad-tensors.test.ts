import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import { PitcError } from '../../src/api/errors.js';
import type { PitProgram } from '../../src/api/program.js';
import { API_TARGETS, bitDifference, MASKED, programOn, within } from './api-targets.js';

/**
 * Every kind of malformed tensor is a PitcError naming the tensor, with the same diagnostics on
 * every target: the values are checked once, in shared code, before any executor sees them (the
 * wasm target used to copy short data over the previous run's memory and compute with it; ref and
 * gpu.js threw TypeErrors or InternalErrors). A rejected run leaves the program as it was.
 */
const PROGRAM = MASKED;

const x = makeTensor('f32', [2, 4], Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
const m = makeTensor('bool', [2, 4], Uint8Array.from([1, 0, 1, 0, 1, 1, 0, 0]));
const k = makeTensor('i32', [4], Int32Array.from([10, 20, 30, 40]));
const GOOD = { x, m, k };
const WANT = makeTensor('f32', [2, 4], Float32Array.from([11, 20, 33, 40, 15, 26, 30, 40]));

interface BadCase {
  readonly name: string;
  readonly inputs: Record<string, unknown>;
  readonly code: string;
  /** The tensor the message must name. */
  readonly names: string;
}

const f32 = (shape: unknown, data: unknown) => ({ dtype: 'f32', shape, data });
const CASES: readonly BadCase[] = [
  { name: 'data shorter than the shape', inputs: { ...GOOD, x: f32([2, 4], new Float32Array(5)) }, code: 'PIT6018', names: 'x' },
  { name: 'data longer than the shape', inputs: { ...GOOD, x: f32([2, 4], new Float32Array(9)) }, code: 'PIT6018', names: 'x' },
  { name: 'a fractional extent', inputs: { ...GOOD, x: f32([1.5, 4], new Float32Array(6)) }, code: 'PIT6018', names: 'x' },
  { name: 'a negative extent', inputs: { ...GOOD, x: f32([-2, 4], new Float32Array(8)) }, code: 'PIT6018', names: 'x' },
  { name: 'a NaN extent', inputs: { ...GOOD, x: f32([Number.NaN, 4], new Float32Array(8)) }, code: 'PIT6018', names: 'x' },
  { name: 'an infinite extent', inputs: { ...GOOD, x: f32([Infinity, 4], new Float32Array(8)) }, code: 'PIT6018', names: 'x' },
  { name: 'an extent that is a string', inputs: { ...GOOD, x: f32(['2', 4], new Float32Array(8)) }, code: 'PIT6018', names: 'x' },
  { name: 'a shape that is not an array', inputs: { ...GOOD, x: f32('2x4', new Float32Array(8)) }, code: 'PIT6018', names: 'x' },
  { name: 'a Float64Array for f32', inputs: { ...GOOD, x: f32([2, 4], new Float64Array(8)) }, code: 'PIT6018', names: 'x' },
  { name: 'an Int32Array for f32', inputs: { ...GOOD, x: f32([2, 4], new Int32Array(8)) }, code: 'PIT6018', names: 'x' },
  { name: 'a plain array for f32', inputs: { ...GOOD, x: f32([2, 4], [1, 2, 3, 4, 5, 6, 7, 8]) }, code: 'PIT6018', names: 'x' },
  { name: 'a plain array for bool', inputs: { ...GOOD, m: { dtype: 'bool', shape: [2, 4], data: [1, 0, 1, 0, 1, 1, 0, 0] } }, code: 'PIT6018', names: 'm' },
  { name: 'an Int8Array for bool', inputs: { ...GOOD, m: { dtype: 'bool', shape: [2, 4], data: new Int8Array(8) } }, code: 'PIT6018', names: 'm' },
  { name: 'a Uint8ClampedArray for bool', inputs: { ...GOOD, m: { dtype: 'bool', shape: [2, 4], data: new Uint8ClampedArray(8) } }, code: 'PIT6018', names: 'm' },
  { name: 'bool data holding 2', inputs: { ...GOOD, m: { dtype: 'bool', shape: [2, 4], data: Uint8Array.from([1, 0, 2, 0, 1, 1, 0, 0]) } }, code: 'PIT6018', names: 'm' },
  { name: 'a Float32Array for i32', inputs: { ...GOOD, k: { dtype: 'i32', shape: [4], data: new Float32Array(4) } }, code: 'PIT6018', names: 'k' },
  { name: 'null', inputs: { ...GOOD, x: null }, code: 'PIT6018', names: 'x' },
  { name: 'undefined', inputs: { ...GOOD, x: undefined }, code: 'PIT6018', names: 'x' },
  { name: 'a number', inputs: { ...GOOD, x: 3 }, code: 'PIT6018', names: 'x' },
  { name: 'a string', inputs: { ...GOOD, x: 'x.npy' }, code: 'PIT6018', names: 'x' },
  { name: 'a bare typed array', inputs: { ...GOOD, x: new Float32Array(8) }, code: 'PIT6018', names: 'x' },
  { name: 'an array of numbers', inputs: { ...GOOD, x: [1, 2, 3] }, code: 'PIT6018', names: 'x' },
  { name: 'no data', inputs: { ...GOOD, x: { dtype: 'f32', shape: [2, 4] } }, code: 'PIT6018', names: 'x' },
  { name: 'no shape', inputs: { ...GOOD, x: { dtype: 'f32', data: new Float32Array(8) } }, code: 'PIT6018', names: 'x' },
  { name: 'no dtype', inputs: { ...GOOD, x: { shape: [2, 4], data: new Float32Array(8) } }, code: 'PIT6018', names: 'x' },
  { name: 'an unknown dtype', inputs: { ...GOOD, x: { dtype: 'f64', shape: [2, 4], data: new Float64Array(8) } }, code: 'PIT6018', names: 'x' },
  { name: 'a getter that throws', inputs: { ...GOOD, x: Object.defineProperty({}, 'dtype', { get: () => { throw new Error('boom'); }, enumerable: true }) }, code: 'PIT6018', names: 'x' },
  { name: 'a rank that differs from the declaration', inputs: { ...GOOD, x: makeTensor('f32', [8]) }, code: 'PIT6003', names: 'x' },
  { name: 'a constant extent that differs', inputs: { ...GOOD, x: makeTensor('f32', [2, 5]) }, code: 'PIT6003', names: 'x' },
  { name: 'a well-formed tensor of another dtype', inputs: { ...GOOD, x: makeTensor('i32', [2, 4]) }, code: 'PIT6004', names: 'x' },
  { name: 'an extent of 0 for a symbolic dim', inputs: { ...GOOD, x: makeTensor('f32', [0, 4]) }, code: 'PIT6006', names: 'x' },
  { name: 'conflicting extents for one dim', inputs: { ...GOOD, m: makeTensor('bool', [3, 4]) }, code: 'PIT6005', names: 'm' },
];

const programs = new Map<string, PitProgram>();
beforeAll(async () => {
  for (const target of API_TARGETS) programs.set(target.name, await programOn(target, PROGRAM));
});
afterAll(async () => {
  await Promise.all([...programs.values()].map((p) => p.dispose()));
});

/** The diagnostics of a rejected run, as text; fails the test for anything but a PitcError. */
async function rejection(program: PitProgram, inputs: Record<string, unknown>): Promise<PitcError> {
  const settled = await within(
    program.run(inputs as never).then(
      () => undefined,
      (e: unknown) => e,
    ),
    10_000,
    'the run',
  );
  if (!(settled instanceof PitcError)) throw new Error(`expected a PitcError, got ${settled instanceof Error ? `${settled.name}: ${settled.message}` : String(settled)}`);
  return settled;
}

describe('malformed tensors are PitcErrors naming the tensor, the same on every target', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const messages = new Map<string, string>();
      for (const target of API_TARGETS) {
        const program = programs.get(target.name) as PitProgram;
        // a good run first: wasm must not compute with what it left in memory
        expect(bitDifference((await program.run(GOOD))['y'] as HostTensor, WANT), target.name).toBeUndefined();
        const error = await rejection(program, c.inputs);
        expect(error.diagnostics.map((d) => d.code), target.name).toEqual([c.code]);
        expect(error.diagnostics[0]?.message, target.name).toContain(`'${c.names}'`);
        messages.set(target.name, JSON.stringify(error.diagnostics));
        // and the program still works
        expect(bitDifference((await program.run(GOOD))['y'] as HostTensor, WANT), target.name).toBeUndefined();
      }
      expect(new Set(messages.values()).size, [...messages.values()].join('\n')).toBe(1);
    });
  }

  it('arguments are checked when run() is called: a shape array changed afterwards does not change the run', async () => {
    for (const target of API_TARGETS) {
      const program = programs.get(target.name) as PitProgram;
      const shape = [2, 4];
      const inputs = { ...GOOD, x: { dtype: 'f32', shape, data: x.data } };
      const pending = [program.run(inputs as never), program.run(inputs as never)];
      shape[0] = 1000;
      shape.length = 1;
      for (const run of await Promise.all(pending)) expect(bitDifference(run['y'] as HostTensor, WANT), target.name).toBeUndefined();
    }
  });

  it('data resized while its run waits in the queue is reported, never read short', async () => {
    const program = programs.get('wasm (1 thread)') as PitProgram;
    // resizable buffers are ES2024 (Node 20 has them; the project's TypeScript lib is older)
    const Resizable = ArrayBuffer as unknown as new (bytes: number, options: { maxByteLength: number }) => ArrayBuffer & { resize(bytes: number): void };
    const buffer = new Resizable(32, { maxByteLength: 64 });
    const data = new Float32Array(buffer); // tracks the buffer's length
    data.set(x.data);
    const first = program.run(GOOD);
    const second = program.run({ ...GOOD, x: { dtype: 'f32', shape: [2, 4], data } });
    buffer.resize(16);
    expect(bitDifference((await first)['y'] as HostTensor, WANT)).toBeUndefined();
    const error = await second.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PitcError);
    expect((error as PitcError).diagnostics[0]?.code).toBe('PIT6018');
  });
});
