/** Element types of tensors. `bool` is stored as one byte per element (0 or 1). */
export type DType = 'f32' | 'i32' | 'bool';

export const DTYPES: readonly DType[] = ['f32', 'i32', 'bool'];

export function isDType(name: string): name is DType {
  return (DTYPES as readonly string[]).includes(name);
}

/** The type arithmetic promotes mixed operands to: any f32 gives f32, otherwise i32. */
export function promoteArithmetic(a: DType, b: DType): DType {
  return a === 'f32' || b === 'f32' ? 'f32' : 'i32';
}

/** Bytes per element in host memory. */
export function bytesPerElement(dtype: DType): number {
  return dtype === 'bool' ? 1 : 4;
}
