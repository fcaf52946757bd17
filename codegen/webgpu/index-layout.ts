import type { SparseIndex } from '../../ir/sparse-index.js';
import type { IndexSpec } from '../run/index-spec.js';

/** The index geometry its shaders are specialised to (codegen/run/index-spec.ts). */
export type { IndexSpec } from '../run/index-spec.js';

/** The index arrays as uploaded: exact-length copies (the builder's arrays may be views into larger workspaces). */
export function indexArrays(
  index: SparseIndex,
  spec: IndexSpec,
): { stripPtr: Int32Array; coords: Int32Array } {
  const stripPtr = index.stripPtr.slice(0, spec.stripCount + 1);
  const listed = stripPtr[spec.stripCount] ?? 0;
  return { stripPtr, coords: index.coords.slice(0, listed) };
}
