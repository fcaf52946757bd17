import type { SparseIndex } from '../../ir/sparse-index.js';

/**
 * The index arrays as kernel arguments: fresh, exact-length copies (the builder's workspace
 * arrays may be views into larger buffers), coordinates padded to one entry so no argument is
 * empty.
 */
export function indexArguments(index: SparseIndex, stripCount: number): { stripPtr: Int32Array; coords: Int32Array } {
  const stripPtr = index.stripPtr.slice(0, stripCount + 1);
  const listed = stripPtr[stripCount] ?? 0;
  const coords = new Int32Array(Math.max(1, listed));
  coords.set(index.coords.subarray(0, listed));
  return { stripPtr, coords };
}
