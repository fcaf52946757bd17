import { InternalError } from '../../ir/core/errors.js';
import { indexGeometry } from '../../ir/index-geometry.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import { JS } from '../emit/js.js';
import { renderLoopOp } from '../emit/loop-nest.js';
import { CTextBuilder } from '../emit/text-builder.js';
import { lowerPitOp } from '../lower/to-loops.js';
import { FLOAT64_BUFFERS, instantiate, paramLines, type OpShapes, type RefKernel } from './compile-op.js';

/**
 * The reference interpretation of a PIT kernel, rendered from its loop IR's PIT form
 * (codegen/lower/to-loops.ts, through codegen/emit/loop-nest.ts): for every strip of the index
 * and every listed micro-tile, the points of the skipped scope that the micro-tile covers are
 * computed; all other points are skipped (they contribute the reducer's identity, or their
 * output cells keep the SWrite init). Reads of the operand and its partners go through the
 * listed coordinates, which is what SRead gathers. Strips and micro-tiles run in index order,
 * so an ordered index gives reproducible results. The index (checked by check-index.ts against
 * the same shapes) is the kernel's third argument.
 */
export function compilePitKernel(kernel: PitKernel, shapes: OpShapes): RefKernel<SparseIndex> {
  const { op, index } = lowerPitOp(kernel, shapes.extents, shapes.shapeOf);
  if (op.form !== 'pit') throw new InternalError('ref', `'${op.output}' lowered to no PIT form`);
  const grid = index.grid;
  const geometry = indexGeometry(shapes.shapeOf(index.source), grid.microTile, grid.gatherDim);
  const b = new CTextBuilder(kernel.expr, shapes.extents, JS, { shapeOf: shapes.shapeOf });
  const walked = { stripPtr: 'idx.stripPtr', coords: 'idx.coords', geometry };
  renderLoopOp(b, op, FLOAT64_BUFFERS, 1, new Map([[index.key, walked]]));
  const { source, run } = instantiate<RefKernel<SparseIndex>['run']>([
    'return function (out, ins, idx) {',
    ...paramLines(b),
    ...b.lines,
    '};',
  ]);
  return { reads: b.reads, source, run };
}
