/**
 * buildIndex: PIT's online index construction on the CPU. One ordered pass over a tensor lists,
 * strip by strip, the micro-tiles along the gather dimension that hold a present value (a value
 * different from `fill`); see ir/sparse-index.ts for the format.
 *
 * Dispatch: an all-present fill (one the dtype cannot hold) lists every tile without reading;
 * most shapes reduce to 2-D slabs (index-view.ts) and take the fast kernels of
 * index-builder-2d.ts; the rest take the generic kernel. The kernels stop reading a micro-tile
 * at its first present value, so present values are counted apart: by the wide-tile kernels
 * over the listed micro-tiles only, otherwise in one tight pass over the tensor.
 */
import { invariant } from '../../ir/core/errors.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import { elementCount, type HostTensor } from '../../ir/tensor.js';
import { slabIndex, slabKernelsCount } from './index-builder-2d.js';
import { genericIndex } from './index-builder-generic.js';
import { checkIndexArgs, coveredValues, indexGeometry, sameGeometryArgs } from './index-geometry.js';
import { countPresentBytes, countPresentInts, presenceTest } from './index-presence.js';
import { slabView } from './index-view.js';
import { IndexWorkspace, type IndexPlan } from './index-workspace.js';

export { IndexWorkspace } from './index-workspace.js';
export { checkIndexArgs } from './index-geometry.js';

export interface BuildIndexOptions {
  /**
   * Count the present values for `presentValues` (default true). Free for 1×1 micro-tiles; else
   * costs a second read of the listed micro-tiles (wide tiles), a count fused into the scan
   * (width-1 tiles), or one pass over the tensor. Off gives presentValues = -1.
   */
  readonly countPresent?: boolean;
}

const DEFAULTS: BuildIndexOptions = {};
const EMPTY_INTS = new Int32Array(0);

/**
 * The index of `tensor` cut into `microTile` tiles (extents larger than a dimension are clamped
 * to it), gathering along `gatherDim`; ascending coordinates in every strip, deterministic.
 *
 * Without `out` the index owns exact-size arrays (and the call allocates its scratch). With `out`
 * the call reuses the workspace's buffers and the index *borrows* them: it stays valid until the
 * next build into the same workspace, which overwrites it (copyIndex keeps one).
 */
export function buildIndex(
  tensor: HostTensor,
  microTile: readonly number[],
  gatherDim: number,
  fill = 0,
  out?: IndexWorkspace,
  options: BuildIndexOptions = DEFAULTS,
): SparseIndex {
  const { shape, data, dtype } = tensor;
  const ws = out ?? new IndexWorkspace();
  const plan = planFor(ws, shape, microTile, gatherDim);
  if (data.length !== plan.elements) {
    invariant(false, 'index', `tensor data has ${data.length} elements, shape [${shape.join(', ')}] needs ${plan.elements}`);
  }
  const g = plan.geometry;
  const stripPtr = ws.ensureStripPtr(g.stripCount + 1);
  stripPtr[0] = 0;
  const test = presenceTest(dtype, fill);
  let listed: number;
  let present: number;
  if (data.length === 0) {
    stripPtr.fill(0, 0, g.stripCount + 1);
    listed = 0;
    present = 0;
  } else if (test === undefined) {
    listed = listEveryTile(ws, g.stripCount, g.gatherTiles);
    present = data.length;
  } else {
    const bytes = data instanceof Uint8Array ? data : undefined;
    const ints = bytes === undefined ? ws.bitsOf(data as Float32Array | Int32Array) : EMPTY_INTS;
    const count = options.countPresent !== false && !plan.unitTiles;
    const v = plan.view;
    const fused = count && v !== undefined && slabKernelsCount(v, bytes !== undefined);
    const cursor = ws.cursor;
    if (v === undefined) {
      listed = genericIndex(ints, bytes, g, test.key, test.mask, ws);
    } else {
      const src = ws.source;
      src.ints = ints;
      src.bytes = bytes;
      src.base = 0;
      cursor.strip = 0;
      cursor.listed = 0;
      cursor.present = 0;
      slabIndex(src, v, test.key, test.mask, fused, ws, cursor);
      src.ints = EMPTY_INTS; // the workspace must not keep the tensor alive through its arguments
      src.bytes = undefined;
      listed = cursor.listed;
    }
    if (options.countPresent === false) present = -1;
    else if (plan.unitTiles) present = listed;
    else if (fused) present = cursor.present;
    else present = bytes === undefined ? countPresentInts(ints, test.key, test.mask) : countPresentBytes(bytes, test.key);
  }
  const ptr = ws.stripPtr.subarray(0, g.stripCount + 1);
  const coords = ws.coords.subarray(0, listed);
  const covered = plan.unitTiles ? listed : coveredValues(g, ptr, coords);
  return {
    ...g,
    stripPtr: out === undefined ? ptr.slice() : ptr,
    coords: out === undefined ? coords.slice() : coords,
    presentValues: present,
    coveredValues: covered,
  };
}

/** A copy of an index that owns its arrays (for keeping an index built into a workspace). */
export { copyIndex } from '../../ir/sparse-index.js';

function planFor(ws: IndexWorkspace, shape: readonly number[], microTile: readonly number[], gatherDim: number): IndexPlan {
  const cached = ws.plan;
  if (cached !== undefined && microTile.length === shape.length && sameGeometryArgs(cached.geometry, shape, microTile, gatherDim)) {
    return cached;
  }
  const problem = checkIndexArgs(shape, microTile, gatherDim);
  invariant(problem === undefined, 'index', problem ?? '');
  const geometry = indexGeometry(shape, microTile, gatherDim);
  const elements = elementCount(shape);
  const plan: IndexPlan = {
    geometry,
    elements,
    view: elements === 0 ? undefined : slabView(geometry),
    unitTiles: geometry.microTile.every((t) => t === 1),
  };
  ws.plan = plan;
  return plan;
}

/** Every strip lists 0..gatherTiles-1 (nothing equals the fill). */
function listEveryTile(ws: IndexWorkspace, stripCount: number, gatherTiles: number): number {
  const total = stripCount * gatherTiles;
  const coords = ws.ensureCoords(total + 1, 0);
  const stripPtr = ws.stripPtr;
  for (let s = 0; s < stripCount; s++) {
    for (let k = 0; k < gatherTiles; k++) coords[s * gatherTiles + k] = k;
    stripPtr[s + 1] = (s + 1) * gatherTiles;
  }
  return total;
}
