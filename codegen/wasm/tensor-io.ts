import { InternalError } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import { copyData, elementCount, type HostTensor, type TensorData } from '../../ir/tensor.js';
import type { RunControl } from '../target.js';
import type { CompiledWasm } from './compile-program.js';
import type { TensorPlacement } from './scalar-emit.js';
import type { SpareOutputs } from './spare-outputs.js';

/**
 * Tensors in and out of a wasm executor's memory, at memcpy speed. A run copies each input into
 * its buffer (`view.set(host)`), except a weight already there at the same version (resident)
 * and an input the caller wrote in place through `inputView`; outputs come back as copies in
 * arrays of their own (made between runs when the caller left time: spare-outputs.ts), or as
 * views.
 */

/** The weights a binding's buffers hold, by version; cleared whenever another binding overwrites them. */
export type ResidentWeights = Map<string, number>;

export function viewOf(memory: WebAssembly.Memory, place: TensorPlacement): TensorData {
  const count = elementCount(place.shape);
  switch (place.dtype) {
    case 'f32':
      return new Float32Array(memory.buffer, place.address, count);
    case 'i32':
      return new Int32Array(memory.buffer, place.address, count);
    case 'bool':
      return new Uint8Array(memory.buffer, place.address, count);
  }
}

/** Writes the run's inputs and weights into their buffers, skipping what is already there. */
export function loadInputs(memory: WebAssembly.Memory, compiled: CompiledWasm, inputs: ReadonlyMap<string, HostTensor>, control: RunControl, resident: ResidentWeights): void {
  for (const [name, tensor] of inputs) {
    const place = compiled.tensors.get(name);
    if (!place) continue;
    if (control.inPlace?.has(name)) {
      checkInPlace(name, place, tensor.data);
      continue;
    }
    const version = control.weightVersions?.get(name);
    if (version !== undefined && resident.get(name) === version) continue;
    viewOf(memory, place).set(tensor.data as never);
    if (version !== undefined) resident.set(name, version);
    else resident.delete(name);
  }
}

/** An in-place input must be this binding's buffer (the API only says so for its own views). */
function checkInPlace(name: string, place: TensorPlacement, data: TensorData): void {
  const count = elementCount(place.shape);
  if (data.byteOffset !== place.address || data.length !== count || (count > 0 && data.byteLength === 0)) {
    throw new InternalError('wasm', `input '${name}' was passed as in place, but its data is not this binding's buffer (offset ${data.byteOffset}, ${data.length} elements)`);
  }
}

/**
 * The program's outputs: copies the caller owns (into the spare arrays made for them between
 * runs when there are some: spare-outputs.ts), or views valid until the next run. Inputs named as
 * outputs are the API's to copy.
 */
export function readOutputs(memory: WebAssembly.Memory, compiled: CompiledWasm, outputs: readonly string[], inputs: ReadonlyMap<string, HostTensor>, mode: 'copy' | 'view', spares?: SpareOutputs): Map<string, HostTensor> {
  const values = new Map<string, HostTensor>(inputs);
  for (const name of outputs) {
    const place = compiled.tensors.get(name);
    if (!place || inputs.has(name)) continue;
    const view = viewOf(memory, place);
    values.set(name, { dtype: place.dtype, shape: place.shape, data: mode === 'view' ? view : copyOut(name, place.dtype, view, spares) });
  }
  return values;
}

function copyOut(name: string, dtype: DType, view: TensorData, spares: SpareOutputs | undefined): TensorData {
  const spare = spares?.take(name, dtype, view.length);
  if (!spare) return copyData(dtype, view);
  spare.set(view as never);
  return spare;
}

/**
 * Zeroes `bytes` bytes from `address`. On a shared memory `Uint8Array.prototype.fill` stores byte
 * by byte (16 MB: 10–25 ms); a 4-byte fill is 10× faster, so only the unaligned ends go bytewise.
 */
export function zeroBytes(buffer: ArrayBufferLike, address: number, bytes: number): void {
  const head = Math.min(bytes, (4 - (address % 4)) % 4);
  const words = Math.floor((bytes - head) / 4);
  const tail = bytes - head - words * 4;
  if (head > 0) new Uint8Array(buffer, address, head).fill(0);
  if (words > 0) new Int32Array(buffer, address + head, words).fill(0);
  if (tail > 0) new Uint8Array(buffer, address + head + words * 4, tail).fill(0);
}
