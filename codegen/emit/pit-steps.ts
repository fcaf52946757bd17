import { InternalError } from '../../ir/core/errors.js';
import type { IndexGeometry } from '../../ir/index-geometry.js';
import type { LoopRange } from '../../ir/loops/loop-ir.js';
import type { CTextBuilder } from './text-builder.js';

/** An index a PIT form walks, as the kernel holds it at run time. */
export interface IndexText {
  /** Strip pointers and listed micro-tile coordinates (ir/sparse-index.ts), as expressions. */
  readonly stripPtr: string;
  readonly coords: string;
  /** Its geometry at the op's bound shapes (tiles clamped to their dimension). */
  readonly geometry: IndexGeometry;
}

/**
 * The PIT steps of a loop op as loops of a C-like language (codegen/emit/loop-nest.ts renders the
 * rest): the strip loop over an index's strips, its number decoded row-major into one tile
 * coordinate per strip dimension; the listed loop over the strip's micro-tile coordinates, in
 * index order; and axis loops over the part of a strip or of a listed micro-tile, clipped at the
 * axis's extent. Each index is walked by one strip loop and one listed loop at a time.
 */
export class PitSteps {
  /** Per index key, the variable of the tile coordinate of each strip dimension in scope. */
  private readonly tiles = new Map<string, Map<number, string>>();
  /** Per index key, the variable of the first gathered position of the listed micro-tile in scope. */
  private readonly listedLo = new Map<string, string>();
  /** Per index key, the variables of its strip number and of its arrays. */
  private readonly walks = new Map<string, { strip: string; ptr: string; crd: string }>();

  constructor(
    private readonly b: CTextBuilder,
    private readonly indexes: ReadonlyMap<string, IndexText>,
  ) {}

  /** `for s in strips(index)`: the strip number, then its tile coordinates; `inner` at depth + 1. */
  strips(key: string, depth: number, inner: (depth: number) => void): void {
    const { b } = this;
    const lang = b.lang;
    const index = this.index(key);
    const g = index.geometry;
    const ptr = b.fresh('ptr');
    const crd = b.fresh('crd');
    const s = b.fresh('s');
    b.emit(lang.intConstant(ptr, index.stripPtr), depth);
    b.emit(lang.intConstant(crd, index.coords), depth);
    b.openCountLoop(s, g.stripCount, depth);
    // row-major: the last strip dimension varies fastest
    const tiles = new Map<number, string>();
    let rest = s;
    for (let i = g.stripDims.length - 1; i >= 0; i--) {
      const dim = g.stripDims[i] as number;
      const grid = g.stripGrid[i] as number;
      const u = b.fresh('u');
      tiles.set(dim, u);
      if (i === 0) {
        b.emit(lang.intConstant(u, rest), depth + 1);
      } else {
        b.emit(lang.intConstant(u, `${rest} % ${lang.int(grid)}`), depth + 1);
        const q = b.fresh('q');
        b.emit(lang.intConstant(q, lang.intDiv(rest, grid)), depth + 1);
        rest = q;
      }
    }
    this.tiles.set(key, tiles);
    this.walks.set(key, { strip: s, ptr, crd });
    inner(depth + 1);
    this.tiles.delete(key);
    this.walks.delete(key);
    b.closeLoops(1, depth);
  }

  /** `for p in listed(index, s)`: the first gathered position of micro-tile p; `inner` at depth + 1. */
  listed(key: string, depth: number, inner: (depth: number) => void): void {
    const { b } = this;
    const lang = b.lang;
    const g = this.index(key).geometry;
    const walk = this.walks.get(key);
    if (!walk) throw new InternalError(lang.stage, `a listed loop of '${key}' outside its strips`);
    const p = b.fresh('p');
    b.emit(lang.loop(p, `${walk.ptr}[${walk.strip}]`, `${walk.ptr}[${walk.strip} + 1]`), depth);
    const lo = b.fresh('glo');
    const width = g.microTile[g.gatherDim] as number;
    b.emit(lang.intConstant(lo, `${walk.crd}[${p}] * ${lang.int(width)}`), depth + 1);
    this.listedLo.set(key, lo);
    inner(depth + 1);
    this.listedLo.delete(key);
    b.closeLoops(1, depth);
  }

  /** A loop over the part of `axis` the current strip or listed micro-tile covers (one brace). */
  openRangeLoop(axis: string, range: LoopRange, depth: number): void {
    const { b } = this;
    const lang = b.lang;
    if (range.kind === 'full') {
      b.openLoop(axis, depth);
      return;
    }
    const g = this.index(range.index).geometry;
    let lo: string | undefined;
    let tile: number;
    if (range.kind === 'strip') {
      const u = this.tiles.get(range.index)?.get(range.sourceDim);
      tile = g.microTile[range.sourceDim] as number;
      if (u !== undefined) {
        lo = b.fresh('lo');
        b.emit(lang.intConstant(lo, `${u} * ${lang.int(tile)}`), depth);
      }
    } else {
      lo = this.listedLo.get(range.index);
      tile = g.microTile[g.gatherDim] as number;
    }
    if (lo === undefined)
      throw new InternalError(lang.stage, `a ${range.kind} range of '${axis}' outside its loop`);
    const hi = lang.intMin(`${lo} + ${lang.int(tile)}`, lang.int(b.extent(axis)));
    b.openLoop(axis, depth, { lo, hi });
  }

  private index(key: string): IndexText {
    const index = this.indexes.get(key);
    if (!index) throw new InternalError(this.b.lang.stage, `no index '${key}' to walk`);
    return index;
  }
}
