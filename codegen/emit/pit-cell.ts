import { InternalError } from '../../ir/core/errors.js';
import type { IndexGeometry } from '../../ir/index-geometry.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { unspannedWindow } from '../../ir/kernel/window-span.js';
import type { LoopOp, PitLoops } from '../../ir/loops/loop-ir.js';
import type { CTextBuilder } from './text-builder.js';

/**
 * The PIT steps of a per-cell form (codegen/lower/to-loops.ts `lowerPitCellOp`) as the text of
 * a per-cell kernel (a gpu.js kernel, a WGSL shader), in any C-like language; codegen/emit/cell.ts
 * renders the rest of the cell. A thread computes only its own cell, so both SWrite kinds are
 * gathers, as the loop IR's cell form says:
 *  - a strip loop visits the strips consistent with the axes already bound (their tile
 *    coordinate fixed, the other strip dimensions looped over, strip numbers ascending);
 *  - a listed loop walks the strip's listed coordinates (stripPtr, coords) when the gathered
 *    axis is reduced, or looks the cell's micro-tile up in the inverse index when it is bound;
 *  - an output scope (fill, then a store under the listed loop) stores its value when some
 *    consistent strip lists the cell, else the SWrite init.
 * The points visited and their order per cell are the reference's (codegen/ref/compile-pit.ts).
 */

/** The index arrays a PIT cell reads. */
export type IndexArray = 'stripPtr' | 'coords' | 'inverse';

/** A builder that can name the index arrays (registering them as parameters or bindings). */
export interface PitCellBuilder extends CTextBuilder {
  indexArray(kind: IndexArray): string;
}

/** The index geometry the kernel is specialised to (codegen/run/index-spec.ts's IndexSpec is one). */
export type PitCellIndex = Pick<
  IndexGeometry,
  'microTile' | 'gatherDim' | 'stripDims' | 'stripGrid' | 'gatherTiles'
>;

/** Why this PIT kernel has no per-cell form (the op then runs its dense kernel), or undefined. */
export function pitCellUnavailable(
  kernel: PitKernel,
  shapeOf: (t: string) => readonly number[],
): string | undefined {
  const window = unspannedWindow(kernel, shapeOf(kernel.operand.access.tensor));
  if (window) return window;
  const sources = kernel.strips
    .map((s) => kernel.operand.dimToSource[s.operandDim])
    .filter((d) => d !== null && d !== undefined);
  if (new Set(sources).size !== sources.length)
    return 'two strip axes map to one dimension of the index';
  if (
    kernel.scope.kind === 'output' &&
    !kernel.expr.spatial.some((a) => a.name === kernel.gather.axis)
  ) {
    return 'an output-scope rule whose gathered axis is not an output axis';
  }
  return undefined;
}

interface StripDim {
  readonly sourceDim: number;
  readonly tile: number;
  readonly grid: number;
  readonly stride: number;
  /** The op axis ranging over this dimension's tiles, if any. */
  readonly axis?: string;
}

function stripDimsOf(pit: PitLoops, spec: PitCellIndex): StripDim[] {
  let stride = 1;
  const strides: number[] = [];
  for (let i = spec.stripDims.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= spec.stripGrid[i] as number;
  }
  return spec.stripDims.map((sourceDim, i) => {
    const strip = pit.strips.find((s) => s.sourceDim === sourceDim);
    return {
      sourceDim,
      tile: spec.microTile[sourceDim] as number,
      grid: spec.stripGrid[i] as number,
      stride: strides[i] as number,
      ...(strip ? { axis: strip.axis } : {}),
    };
  });
}

/** The tile coordinate of a (non-negative) axis value. */
function tileOf(b: PitCellBuilder, axisVar: string, tile: number): string {
  return tile === 1 ? axisVar : b.lang.intDiv(axisVar, tile);
}

/** Where the PIT steps around a point stand: the strip number and tile coordinates, the listed coordinate. */
export interface PitPlace {
  readonly strip?: { readonly s: string; readonly tiles: ReadonlyMap<number, string> };
  /** The current listed micro-tile's coordinate along the gather dimension. */
  readonly coord?: string;
}

/** How a kernel renders the PIT steps of a cell (PitCell below; CUDA's partial sums have their own). */
export interface PitSteps {
  /** A strip loop: `inside` runs once per strip consistent with the bound axes. */
  forEachStrip(
    bound: ReadonlySet<string>,
    depth: number,
    inside: (strip: NonNullable<PitPlace['strip']>, depth: number) => void,
  ): void;
  /** A listed loop in the current strip (`coord` undefined: the gather axis is bound). */
  listed(
    strip: NonNullable<PitPlace['strip']>,
    bound: ReadonlySet<string>,
    depth: number,
    inside: (coord: string | undefined, depth: number) => void,
  ): void;
  /** An output scope's strip and listed loops around the cell itself. */
  ifListed(bound: ReadonlySet<string>, depth: number, then: (depth: number) => void): void;
  /** Binds an axis over a strip or listed range; whether it opened a loop (one brace). */
  openRange(
    axis: string,
    range: { readonly kind: 'strip'; readonly sourceDim: number } | { readonly kind: 'listed' },
    place: PitPlace,
    depth: number,
  ): boolean;
}

/** The PIT side of one cell: its index geometry and the builder's index arrays. */
export class PitCell implements PitSteps {
  private readonly strips: readonly StripDim[];
  readonly pit: PitLoops;

  constructor(
    private readonly b: PitCellBuilder,
    op: LoopOp,
    private readonly spec: PitCellIndex,
  ) {
    if (!op.pit) throw new InternalError(b.lang.stage, `'${op.output}' has no PIT form`);
    this.pit = op.pit;
    this.strips = stripDimsOf(op.pit, spec);
  }

  /**
   * Opens a loop over the tile coordinates of every strip dimension not fixed by a bound axis
   * (row-major, so strip numbers ascend), calls `inside` with the strip number and each
   * dimension's tile coordinate, and closes the loops.
   */
  forEachStrip(
    bound: ReadonlySet<string>,
    depth: number,
    inside: (strip: NonNullable<PitPlace['strip']>, depth: number) => void,
  ): void {
    const b = this.b;
    const tiles = new Map<number, string>();
    for (const d of this.strips)
      if (d.axis !== undefined && bound.has(d.axis))
        tiles.set(d.sourceDim, tileOf(b, b.axisVar(d.axis), d.tile));
    let open = 0;
    for (const d of this.strips) {
      if (tiles.has(d.sourceDim)) continue;
      if (d.grid === 1) {
        tiles.set(d.sourceDim, '0');
        continue;
      }
      const f = b.fresh('f');
      b.openCountLoop(f, d.grid, depth + open);
      tiles.set(d.sourceDim, f);
      open++;
    }
    const terms = this.strips
      .filter((d) => tiles.get(d.sourceDim) !== '0')
      .map((d) =>
        d.stride === 1
          ? (tiles.get(d.sourceDim) as string)
          : `${d.stride} * ${tiles.get(d.sourceDim) as string}`,
      );
    const s = b.fresh('s');
    b.emit(b.lang.intConstant(s, terms.length === 0 ? '0' : terms.join(' + ')), depth + open);
    inside({ s, tiles }, depth + open);
    b.closeLoops(open, depth);
  }

  /** The inverse-index slot of the micro-tile holding the (bound) gather axis in strip `s`. */
  private inverseSlot(s: string): string {
    const b = this.b;
    const width = this.spec.microTile[this.spec.gatherDim] as number;
    const tile = tileOf(b, b.axisVar(this.pit.gather.axis), width);
    return `${b.indexArray('inverse')}[${s} * ${this.spec.gatherTiles} + ${tile}]`;
  }

  /**
   * A listed loop: over the strip's listed coordinates (stripPtr, coords), or, the gather axis
   * bound, the one micro-tile holding it when the inverse index lists it.
   */
  listed(
    strip: NonNullable<PitPlace['strip']>,
    bound: ReadonlySet<string>,
    depth: number,
    inside: (coord: string | undefined, depth: number) => void,
  ): void {
    const b = this.b;
    if (bound.has(this.pit.gather.axis)) {
      b.emit(`if (${this.inverseSlot(strip.s)} >= 0) {`, depth);
      inside(undefined, depth + 1);
      b.emit('}', depth);
      return;
    }
    const ptr = b.indexArray('stripPtr');
    const p = b.fresh('p');
    b.openRangeLoop(
      p,
      `${ptr}[${strip.s}]`,
      `${ptr}[${strip.s} + 1]`,
      depth,
      this.spec.gatherTiles,
    );
    inside(`${b.indexArray('coords')}[${p}]`, depth + 1);
    b.emit('}', depth);
  }

  /**
   * The output scope: whether some strip consistent with the cell lists it (`hit`, the largest
   * inverse-index slot), then `then` at the depth inside `if (hit >= 0)`.
   */
  ifListed(bound: ReadonlySet<string>, depth: number, then: (depth: number) => void): void {
    const b = this.b;
    const hit = b.fresh('h');
    b.emit(b.lang.intVariable(hit, '-1'), depth);
    this.forEachStrip(bound, depth, (strip, d) => {
      b.emit(`${hit} = ${b.lang.intMax(hit, this.inverseSlot(strip.s))};`, d);
    });
    b.emit(`if (${hit} >= 0) {`, depth);
    then(depth + 1);
    b.emit('}', depth);
  }

  /**
   * Binds an axis over a strip or listed range at `depth`: a constant when the tile is one wide
   * (no loop; returns false), else a loop over [lo, min(lo + tile, extent)) (returns true).
   */
  openRange(
    axis: string,
    range: { readonly kind: 'strip'; readonly sourceDim: number } | { readonly kind: 'listed' },
    place: PitPlace,
    depth: number,
  ): boolean {
    const b = this.b;
    const v = b.axisVar(axis);
    const sourceDim = range.kind === 'strip' ? range.sourceDim : this.spec.gatherDim;
    const tile = this.spec.microTile[sourceDim] as number;
    const at = range.kind === 'strip' ? place.strip?.tiles.get(sourceDim) : place.coord;
    if (at === undefined)
      throw new InternalError(b.lang.stage, `'${axis}' ranges over a ${range.kind} outside it`);
    if (tile === 1) {
      b.emit(b.lang.intConstant(v, at), depth);
      return false;
    }
    const lo = b.fresh('lo');
    b.emit(b.lang.intConstant(lo, `${at} * ${tile}`), depth);
    b.openLoop(axis, depth, { lo, hi: b.lang.intMin(`${lo} + ${tile}`, String(b.extent(axis))) });
    return true;
  }
}
