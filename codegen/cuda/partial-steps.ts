import { InternalError } from '../../ir/core/errors.js';
import type { IndexGeometry } from '../../ir/index-geometry.js';
import type { PitLoops } from '../../ir/loops/loop-ir.js';
import type { PitPlace, PitSteps } from '../emit/pit-cell.js';
import type { CBuilder } from './c-expr.js';

type Strip = NonNullable<PitPlace['strip']>;

/**
 * The PIT steps of CUDA's partial-sum kernel (one thread per cell of the skipped reduction's
 * free axes; the device holds no inverse index): a strip dimension followed by a bound strip
 * axis is fixed to that axis's tile (`u_i = a / tile`), every other one looped over; the listed
 * loop scans the strip's coordinates (`g = crd[p]`), skipping those away from a bound gather
 * axis; ranges are `[u_i·tile, ...)` and `[g·width, ...)`, bounded by the extent only where a
 * tile can run past it. Rendered through codegen/emit/cell.ts from the op's per-cell loop IR.
 */
export class PartialSteps implements PitSteps {
  constructor(
    private readonly b: CBuilder,
    private readonly pit: PitLoops,
    private readonly geo: IndexGeometry,
  ) {}

  forEachStrip(
    bound: ReadonlySet<string>,
    depth: number,
    inside: (strip: Strip, depth: number) => void,
  ): void {
    const { b, geo } = this;
    const tiles = new Map<number, string>();
    let d = depth;
    geo.stripDims.forEach((sourceDim, i) => {
      tiles.set(sourceDim, `u${i}`);
      const axis = this.pit.strips
        .filter((s) => s.sourceDim === sourceDim && bound.has(s.axis))
        .pop()?.axis;
      if (axis !== undefined)
        b.emit(`const int u${i} = ${b.axisVar(axis)} / ${geo.microTile[sourceDim] as number};`, d);
      else {
        b.emit(`for (int u${i} = 0; u${i} < ${geo.stripGrid[i] as number}; ++u${i}) {`, d);
        d++;
      }
    });
    let s = geo.stripDims.length > 0 ? 'u0' : '0';
    for (let i = 1; i < geo.stripDims.length; i++)
      s = `(${s}) * ${geo.stripGrid[i] as number} + u${i}`;
    b.emit(`const int s = ${s};`, d);
    inside({ s: 's', tiles }, d);
    for (let k = d - 1; k >= depth; k--) b.emit('}', k);
  }

  listed(
    _strip: Strip,
    bound: ReadonlySet<string>,
    depth: number,
    inside: (coord: string | undefined, depth: number) => void,
  ): void {
    const { b, pit } = this;
    const gather = pit.gather.axis;
    b.emit('for (int p = ptr[s]; p < ptr[s + 1]; ++p) {', depth);
    b.emit('const int g = crd[p];', depth + 1);
    const width = this.geo.microTile[this.geo.gatherDim] as number;
    if (bound.has(gather)) b.emit(`if (g != ${b.axisVar(gather)} / ${width}) continue;`, depth + 1);
    else if (pit.scope.kind === 'reduction' && !pit.scope.axes.includes(gather))
      b.emit('(void)g;', depth + 1);
    inside(bound.has(gather) ? undefined : 'g', depth + 1);
    b.emit('}', depth);
  }

  ifListed(): void {
    throw new InternalError('cuda', 'a partial sum has no output scope');
  }

  openRange(
    axis: string,
    range: { readonly kind: 'strip'; readonly sourceDim: number } | { readonly kind: 'listed' },
    _place: PitPlace,
    depth: number,
  ): boolean {
    const { b, geo } = this;
    const sourceDim = range.kind === 'strip' ? range.sourceDim : geo.gatherDim;
    const size = geo.microTile[sourceDim] as number;
    const lo =
      range.kind === 'strip' ? `u${geo.stripDims.indexOf(sourceDim)} * ${size}` : `g * ${size}`;
    const extent = b.extent(axis);
    const hi = extent % size !== 0 ? `min(${lo} + ${size}, ${extent})` : `${lo} + ${size}`;
    b.openLoop(axis, depth, { lo, hi });
    return true;
  }
}
