import { InternalError } from '../../ir/core/errors.js';
import { reductionsOf, type ReduceExpr, type ScalarExpr } from '../../ir/expr/tensor-expr.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { unspannedWindow } from '../../ir/kernel/window-span.js';
import { ScalarRenderer } from './scalar.js';
import type { CTextBuilder } from './text-builder.js';

/**
 * ADAPTER (from today's kernel IR; the loop IR will state these loops): the PIT form of an op as
 * the body of a per-cell kernel (a gpu.js kernel, a WGSL shader), in any C-like language. A
 * thread computes only its own cell, so both SWrite kinds are gathers:
 *  - a reduction-scope rule computes the skipped reduction over the listed micro-tiles only: for
 *    every strip consistent with the cell (in index order), when the gathered axis is reduced it
 *    walks the strip's listed coordinates (stripPtr, coords: SRead); when the gathered axis is one
 *    of the cell's own (SWrite accumulate) it looks its tile up in the inverse index;
 *  - an output-scope rule (SWrite scatter) computes the cell if some consistent strip lists it,
 *    else writes the SWrite init (the untouched cells).
 * The points visited and their order per cell are the reference's (codegen/ref/compile-pit.ts).
 */

/** The index arrays a PIT cell reads. */
export type IndexArray = 'stripPtr' | 'coords' | 'inverse';

/** A builder that can name the index arrays (registering them as parameters or bindings). */
export interface PitCellBuilder extends CTextBuilder {
  indexArray(kind: IndexArray): string;
}

/** The index geometry the kernel is specialised to (codegen/run/index-spec.ts's IndexSpec satisfies it). */
export interface PitCellIndex {
  readonly microTile: readonly number[];
  readonly gatherDim: number;
  readonly stripDims: readonly number[];
  readonly stripGrid: readonly number[];
  readonly gatherTiles: number;
}

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

function stripDimsOf(kernel: PitKernel, spec: PitCellIndex): StripDim[] {
  let stride = 1;
  const strides: number[] = [];
  for (let i = spec.stripDims.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= spec.stripGrid[i] as number;
  }
  return spec.stripDims.map((sourceDim, i) => {
    const strip = kernel.strips.find((s) => kernel.operand.dimToSource[s.operandDim] === sourceDim);
    return {
      sourceDim,
      tile: spec.microTile[sourceDim] as number,
      grid: spec.stripGrid[i] as number,
      stride: strides[i] as number,
      ...(strip ? { axis: strip.axis } : {}),
    };
  });
}

/** Emits the cell's value for a PIT kernel and returns its atom. */
export function emitPitCell(b: PitCellBuilder, kernel: PitKernel, spec: PitCellIndex): string {
  const strips = stripDimsOf(kernel, spec);
  if (kernel.scope.kind === 'output') return emitOutputScope(b, kernel, spec, strips);
  const scope = findReduction(kernel.expr.body, kernel.scope.axes, b.lang.stage);
  // every other reduction (inside the skipped one or not) is computed densely in place
  const scalar: ScalarRenderer = new ScalarRenderer(b, {
    bindEach: true,
    reduction: (r, depth) =>
      r === scope ? emitReductionScope(b, scalar, kernel, spec, strips, scope, depth) : null,
  });
  return scalar.value(kernel.expr.body, 1);
}

/** The tile coordinate of a (non-negative) axis value. */
function tileOf(b: PitCellBuilder, axisVar: string, tile: number): string {
  return tile === 1 ? axisVar : b.lang.intDiv(axisVar, tile);
}

/**
 * Opens a loop over the tile coordinates of every strip dimension not fixed by a bound axis
 * (row-major, so strip numbers ascend), then calls `inside` with the strip number and each
 * dimension's tile coordinate, and closes the loops.
 */
function forEachStrip(
  b: PitCellBuilder,
  strips: readonly StripDim[],
  isBound: (axis: string) => boolean,
  depth: number,
  inside: (strip: string, tileVar: ReadonlyMap<number, string>, depth: number) => void,
): void {
  const tileVar = new Map<number, string>();
  for (const d of strips)
    if (d.axis !== undefined && isBound(d.axis))
      tileVar.set(d.sourceDim, tileOf(b, b.axisVar(d.axis), d.tile));
  let open = 0;
  for (const d of strips) {
    if (tileVar.has(d.sourceDim)) continue;
    if (d.grid === 1) {
      tileVar.set(d.sourceDim, '0');
      continue;
    }
    const f = b.fresh('f');
    b.openCountLoop(f, d.grid, depth + open);
    tileVar.set(d.sourceDim, f);
    open++;
  }
  const terms = strips
    .filter((d) => tileVar.get(d.sourceDim) !== '0')
    .map((d) =>
      d.stride === 1
        ? (tileVar.get(d.sourceDim) as string)
        : `${d.stride} * ${tileVar.get(d.sourceDim) as string}`,
    );
  const s = b.fresh('s');
  b.emit(b.lang.intConstant(s, terms.length === 0 ? '0' : terms.join(' + ')), depth + open);
  inside(s, tileVar, depth + open);
  b.closeLoops(open, depth);
}

function emitOutputScope(
  b: PitCellBuilder,
  kernel: PitKernel,
  spec: PitCellIndex,
  strips: readonly StripDim[],
): string {
  const spatial = new Set(kernel.expr.spatial.map((a) => a.name));
  const inv = b.indexArray('inverse');
  const gatherTile = tileOf(
    b,
    b.axisVar(kernel.gather.axis),
    spec.microTile[spec.gatherDim] as number,
  );
  const hit = b.fresh('h');
  b.emit(b.lang.intVariable(hit, '-1'), 1);
  forEachStrip(
    b,
    strips,
    (a) => spatial.has(a),
    1,
    (s, _tiles, depth) => {
      const slot = `${inv}[${s} * ${spec.gatherTiles} + ${gatherTile}]`;
      b.emit(`${hit} = ${b.lang.intMax(hit, slot)};`, depth);
    },
  );
  const result = b.fresh('w');
  b.emit(b.lang.variable(result, b.number(kernel.swrite.init)), 1);
  b.emit(`if (${hit} >= 0) {`, 1);
  const value = new ScalarRenderer(b, { bindEach: true }).value(kernel.expr.body, 2);
  b.emit(`${result} = ${value};`, 2);
  b.emit('}', 1);
  return result;
}

function emitReductionScope(
  b: PitCellBuilder,
  scalar: ScalarRenderer,
  kernel: PitKernel,
  spec: PitCellIndex,
  strips: readonly StripDim[],
  scope: ReduceExpr,
  depth: number,
): string {
  const reduced = new Set(scope.axes);
  const width = spec.microTile[spec.gatherDim] as number;
  const gatherAxis = kernel.gather.axis;
  const acc = b.fresh('r');
  b.emit(b.lang.variable(acc, b.number(kernel.swrite.init)), depth);
  forEachStrip(
    b,
    strips,
    (a) => !reduced.has(a),
    depth,
    (s, tileVar, d0) => {
      // the strip's range of each reduced strip axis
      const ranges = new Map<string, { tile: number; u: string }>();
      for (const sd of strips)
        if (sd.axis !== undefined && reduced.has(sd.axis))
          ranges.set(sd.axis, { tile: sd.tile, u: tileVar.get(sd.sourceDim) as string });
      const loopAxes = (gatherRange: { lo: string; hi: string } | undefined, d: number): void => {
        let open = 0;
        for (const axis of b.ordered(scope.axes)) {
          const at = d + open;
          const v = b.axisVar(axis);
          const range = ranges.get(axis);
          if (axis === gatherAxis && gatherRange) {
            if (gatherRange.hi === '') b.emit(b.lang.intConstant(v, gatherRange.lo), at);
            else {
              b.openLoop(axis, at, gatherRange);
              open++;
            }
          } else if (range && range.tile === 1) {
            b.emit(b.lang.intConstant(v, range.u), at);
          } else if (range) {
            const lo = b.fresh('lo');
            b.emit(b.lang.intConstant(lo, `${range.u} * ${range.tile}`), at);
            const hi = b.lang.intMin(`${lo} + ${range.tile}`, String(b.extent(axis)));
            b.openLoop(axis, at, { lo, hi });
            open++;
          } else {
            b.openLoop(axis, at);
            open++;
          }
        }
        const inner = d + open;
        scalar.accumulate(scope.reducer, acc, scalar.value(scope.body, inner), inner);
        b.closeLoops(open, d);
      };
      if (reduced.has(gatherAxis)) {
        const ptr = b.indexArray('stripPtr');
        const crd = b.indexArray('coords');
        const p = b.fresh('p');
        b.openRangeLoop(p, `${ptr}[${s}]`, `${ptr}[${s} + 1]`, d0, spec.gatherTiles);
        if (width === 1) loopAxes({ lo: `${crd}[${p}]`, hi: '' }, d0 + 1);
        else {
          const lo = b.fresh('lo');
          b.emit(b.lang.intConstant(lo, `${crd}[${p}] * ${width}`), d0 + 1);
          const hi = b.lang.intMin(`${lo} + ${width}`, String(b.extent(gatherAxis)));
          loopAxes({ lo, hi }, d0 + 1);
        }
        b.emit('}', d0);
      } else {
        const inv = b.indexArray('inverse');
        b.emit(
          `if (${inv}[${s} * ${spec.gatherTiles} + ${tileOf(b, b.axisVar(gatherAxis), width)}] >= 0) {`,
          d0,
        );
        loopAxes(undefined, d0 + 1);
        b.emit('}', d0);
      }
    },
  );
  return acc;
}

function findReduction(body: ScalarExpr, axes: readonly string[], stage: string): ReduceExpr {
  const found = reductionsOf(body).find(
    (r) => r.axes.length === axes.length && r.axes.every((a, i) => a === axes[i]),
  );
  if (!found) throw new InternalError(stage, 'the reduction a PIT kernel skips is not in its op');
  return found;
}
