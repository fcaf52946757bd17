import { InternalError } from '../../ir/core/errors.js';
import type { PitLoops } from '../../ir/loops/loop-ir.js';
import type { IndexGeometry } from './index-kernel.js';

/**
 * Which values an axis of a PIT kernel takes inside one strip of the index (the reference's
 * loop bounds, compile-pit.ts): the gathered axis runs over the listed micro-tiles, a strip axis
 * over its micro-tile of the strip, every other axis over its whole extent.
 */
export type AxisValues =
  | { readonly kind: 'full'; readonly extent: number }
  /** `[u·tile, min(u·tile + tile, extent))`, u = the strip's coordinate along strip dim `stripIndex`. */
  | { readonly kind: 'strip'; readonly extent: number; readonly tile: number; readonly stripIndex: number }
  /** `coords[p]·width + [0, width)` for every listed slot p of the strip (values ≥ extent skipped). */
  | { readonly kind: 'gather'; readonly extent: number; readonly width: number };

/** The value set of every axis of the op (`axes`) under the PIT form `pit` (the loop IR's). */
export function pitAxisValues(pit: PitLoops, axes: readonly string[], geo: IndexGeometry, extents: ReadonlyMap<string, number>): Map<string, AxisValues> {
  const out = new Map<string, AxisValues>();
  const extent = (axis: string): number => {
    const n = extents.get(axis);
    if (n === undefined) throw new InternalError('cuda', `no extent for axis '${axis}'`);
    return n;
  };
  for (const a of axes) out.set(a, { kind: 'full', extent: extent(a) });
  for (const s of pit.strips) {
    if (s.sourceDim === null) continue; // pattern constant along it: whole range
    const stripIndex = geo.stripDims.indexOf(s.sourceDim);
    if (stripIndex < 0) throw new InternalError('cuda', `strip dimension ${s.sourceDim} missing from the index`);
    out.set(s.axis, { kind: 'strip', extent: extent(s.axis), tile: geo.microTile[s.sourceDim] as number, stripIndex });
  }
  out.set(pit.gather.axis, { kind: 'gather', extent: extent(pit.gather.axis), width: geo.microTile[geo.gatherDim] as number });
  return out;
}

/** Most values an axis takes in one strip (gathered: every tile listed, edge positions included). */
export function maxCount(v: AxisValues, geo?: IndexGeometry): number {
  switch (v.kind) {
    case 'full':
      return v.extent;
    case 'strip':
      return Math.min(v.tile, v.extent);
    case 'gather':
      return (geo?.gatherTiles ?? Math.ceil(v.extent / v.width)) * v.width;
  }
}

/** Whether a micro-tile can run past the end of the axis (then positions need a bound test). */
export function hasPartialTiles(v: AxisValues): boolean {
  switch (v.kind) {
    case 'full':
      return false;
    case 'strip':
      return v.extent % v.tile !== 0;
    case 'gather':
      return v.extent % v.width !== 0;
  }
}

/** C lines decoding the strip number `s` into tile coordinates `u0, u1...` (only those needed). */
export function stripDecodeLines(geo: IndexGeometry, needed: ReadonlySet<number>, s = 's'): string[] {
  if (needed.size === 0) return [];
  const lines: string[] = [];
  const first = Math.min(...needed);
  lines.push(`int sq = ${s};`);
  for (let i = geo.stripDims.length - 1; i >= first; i--) {
    const grid = geo.stripGrid[i] as number;
    const name = `u${i}`;
    if (i === first) lines.push(`const int ${name} = ${i === 0 ? 'sq' : `sq % ${grid}`};`);
    else if (needed.has(i)) lines.push(`const int ${name} = sq % ${grid}; sq /= ${grid};`);
    else lines.push(`sq /= ${grid};`);
  }
  return lines;
}
