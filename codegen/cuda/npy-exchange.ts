import { InternalError } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import { allocateData, elementCount, type HostTensor } from '../../ir/tensor.js';

/**
 * The `.npy` files the executor exchanges with its own harness: version 1, C order, `<f4`, `<i4`
 * or `|b1`, with the shape the program declares. Both ends are ours, so anything else is a pitc
 * bug (the user-facing reader is src/runtime/npy.ts; codegen does not depend on src/).
 */
const DESCR: Record<DType, string> = { f32: '<f4', i32: '<i4', bool: '|b1' };
const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];

export function encodeExchangeNpy(t: HostTensor): Uint8Array {
  const shape = t.shape.length === 1 ? `(${t.shape[0]},)` : `(${t.shape.join(', ')})`;
  let header = `{'descr': '${DESCR[t.dtype]}', 'fortran_order': False, 'shape': ${shape}, }`;
  while ((10 + header.length + 1) % 64 !== 0) header += ' ';
  header += '\n';
  const data = new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
  const out = new Uint8Array(10 + header.length + data.length);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  out[8] = header.length & 0xff;
  out[9] = header.length >> 8;
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  out.set(data, 10 + header.length);
  return out;
}

export function decodeExchangeNpy(bytes: Uint8Array, dtype: DType, shape: readonly number[]): HostTensor {
  const fail = (why: string): never => {
    throw new InternalError('cuda', `harness output: ${why}`);
  };
  if (bytes.length < 10 || MAGIC.some((m, i) => bytes[i] !== m) || bytes[6] !== 1) fail('not a version-1 .npy file');
  const length = (bytes[8] as number) | ((bytes[9] as number) << 8);
  const header = String.fromCharCode(...bytes.subarray(10, 10 + length));
  if (!header.includes(`'descr': '${DESCR[dtype]}'`)) fail(`dtype is not ${DESCR[dtype]}`);
  const dims = /'shape': \(([^)]*)\)/.exec(header)?.[1]?.split(',').map((d) => d.trim()).filter((d) => d !== '').map(Number);
  if (!dims || dims.join() !== shape.join()) fail(`shape (${dims?.join(', ')}) is not (${shape.join(', ')})`);
  const count = elementCount(shape);
  const data = allocateData(dtype, count);
  const bytesNeeded = data.byteLength;
  if (bytes.length < 10 + length + bytesNeeded) fail('truncated data');
  new Uint8Array(data.buffer).set(bytes.subarray(10 + length, 10 + length + bytesNeeded));
  return { dtype, shape: [...shape], data };
}
