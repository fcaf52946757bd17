import { InternalError } from '../../ir/core/errors.js';
import { printScalar } from '../../ir/expr/print.js';
import { bareAxis, reductionsOf, type ReduceExpr, type ScalarExpr } from '../../ir/expr/tensor-expr.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { IndexSpec } from './kernel-spec.js';
import { ScalarRenderer } from '../emit/scalar.js';
import type { SourceBuilder } from './source-builder.js';

/**
 * The PIT form of an op as a per-cell gpu.js kernel. gpu.js threads compute only their own
 * output cell, so both SWrite kinds are expressed as gathers:
 *  - a reduction-scope rule computes, for its cell, the skipped reduction over the listed
 *    micro-tiles only: for every strip consistent with the cell (strips in index order), when
 *    the gathered axis is reduced it walks the strip's coordinates (stripPtr, coords: SRead);
 *    when the gathered axis is one of the cell's own (a spatial rule, SWrite accumulate) it
 *    looks the cell's tile up in the inverse index and adds that strip's part if listed;
 *  - an output-scope rule (SWrite scatter) looks its cell up in the inverse index and computes
 *    the cell if some consistent strip lists it, else returns the SWrite init.
 * The points visited and their order per cell are those of the reference
 * (codegen/ref/compile-pit.ts), so the result is the same up to f32 rounding.
 */

/** Why this PIT kernel has no per-cell form here (its dense kernel then runs), or undefined. */
export function pitFormUnavailable(kernel: PitKernel, shapeOf: (t: string) => readonly number[]): string | undefined {
  const access = kernel.operand.access;
  const shape = shapeOf(access.tensor);
  for (let d = 0; d < access.indices.length; d++) {
    const ix = access.indices[d];
    const bare = ix !== undefined && bareAxis(ix) !== undefined;
    const extent = kernel.operand.microTile[d];
    if (!bare && extent !== 'full' && (extent ?? 0) < (shape[d] ?? 0)) {
      return `dimension ${d} of ${printScalar(access)} is a window; its micro-tile extent ${extent} must span all ${shape[d]}`;
    }
  }
  const sources = kernel.strips.map((s) => kernel.operand.dimToSource[s.operandDim]).filter((d) => d !== null && d !== undefined);
  if (new Set(sources).size !== sources.length) return 'two strip axes map to one dimension of the index';
  if (kernel.scope.kind === 'output' && !kernel.expr.spatial.some((a) => a.name === kernel.gather.axis)) {
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

function stripDimsOf(kernel: PitKernel, spec: IndexSpec): StripDim[] {
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
export function emitPitCell(b: SourceBuilder, kernel: PitKernel, spec: IndexSpec): string {
  const strips = stripDimsOf(kernel, spec);
  if (kernel.scope.kind === 'output') return emitOutputScope(b, kernel, spec, strips);
  const scope = findReduction(kernel.expr.body, kernel.scope.axes);
  // every other reduction (inside the skipped one or not) is computed densely in place
  const emitter: ScalarRenderer = new ScalarRenderer(b, {
    bindEach: true,
    reduction: (r, depth) => (r === scope ? emitReductionScope(b, emitter, kernel, spec, strips, scope, depth) : null),
  });
  return emitter.value(kernel.expr.body, 1);
}

/** Tile coordinate of a bound axis along a strip dimension (exact: +0.5 keeps floor off the edge). */
function tileOf(b: SourceBuilder, axisVar: string, tile: number, depth: number): string {
  if (tile === 1) return axisVar;
  const u = b.fresh('u');
  b.emit(`const ${u} = Math.floor((${axisVar} + 0.5) / ${tile});`, depth);
  return u;
}

/**
 * Opens a loop over the tile coordinates of every strip dimension not fixed by a bound axis
 * (row-major, so strip numbers ascend), then calls `inside` with the strip number and the
 * tile coordinate of each dimension. Returns after closing the loops.
 */
function forEachStrip(
  b: SourceBuilder,
  strips: readonly StripDim[],
  isBound: (axis: string) => boolean,
  depth: number,
  inside: (strip: string, tileVar: ReadonlyMap<number, string>, depth: number) => void,
): void {
  const tileVar = new Map<number, string>();
  for (const d of strips) if (d.axis !== undefined && isBound(d.axis)) tileVar.set(d.sourceDim, tileOf(b, b.axisVar(d.axis), d.tile, depth));
  let open = 0;
  for (const d of strips) {
    if (tileVar.has(d.sourceDim)) continue;
    if (d.grid === 1) {
      tileVar.set(d.sourceDim, '0');
      continue;
    }
    const f = b.fresh('f');
    b.noteLoop(d.grid);
    b.emit(`for (let ${f} = 0; ${f} < ${d.grid}; ${f}++) {`, depth + open);
    tileVar.set(d.sourceDim, f);
    open++;
  }
  const terms = strips
    .filter((d) => tileVar.get(d.sourceDim) !== '0')
    .map((d) => (d.stride === 1 ? (tileVar.get(d.sourceDim) as string) : `${d.stride} * ${tileVar.get(d.sourceDim) as string}`));
  const s = b.fresh('s');
  b.emit(`const ${s} = ${terms.length === 0 ? '0' : terms.join(' + ')};`, depth + open);
  inside(s, tileVar, depth + open);
  b.closeLoops(open, depth);
}

function emitOutputScope(b: SourceBuilder, kernel: PitKernel, spec: IndexSpec, strips: readonly StripDim[]): string {
  const spatial = new Set(kernel.expr.spatial.map((a) => a.name));
  const inv = b.special('inverse');
  const gatherTile = tileOf(b, b.axisVar(kernel.gather.axis), spec.microTile[spec.gatherDim] as number, 1);
  const hit = b.fresh('h');
  // strips along dimensions no output axis fixes: the cell is written if any of them lists it
  const anyOf = strips.some((d) => !(d.axis !== undefined && spatial.has(d.axis)) && d.grid > 1);
  if (anyOf) b.emit(`let ${hit} = -1;`, 1);
  forEachStrip(b, strips, (a) => spatial.has(a), 1, (s, _tiles, depth) => {
    const slot = `${inv}[${s} * ${spec.gatherTiles} + ${gatherTile}]`;
    b.emit(anyOf ? `${hit} = Math.max(${hit}, ${slot});` : `const ${hit} = ${slot};`, depth);
  });
  const result = b.fresh('w');
  b.emit(`let ${result} = ${b.number(kernel.swrite.init)};`, 1);
  b.emit(`if (${hit} >= 0) {`, 1);
  const value = new ScalarRenderer(b, { bindEach: true }).value(kernel.expr.body, 2);
  b.emit(`${result} = ${value};`, 2);
  b.emit('}', 1);
  return result;
}

function emitReductionScope(
  b: SourceBuilder,
  emitter: ScalarRenderer,
  kernel: PitKernel,
  spec: IndexSpec,
  strips: readonly StripDim[],
  scope: ReduceExpr,
  depth: number,
): string {
  const reduced = new Set(scope.axes);
  const width = spec.microTile[spec.gatherDim] as number;
  const gatherAxis = kernel.gather.axis;
  const acc = b.fresh('r');
  b.emit(`let ${acc} = ${b.number(kernel.swrite.init)};`, depth);
  forEachStrip(b, strips, (a) => !reduced.has(a), depth, (s, tileVar, d0) => {
    // the strip's range of each reduced strip axis
    const ranges = new Map<string, { tile: number; u: string }>();
    for (const sd of strips) if (sd.axis !== undefined && reduced.has(sd.axis)) ranges.set(sd.axis, { tile: sd.tile, u: tileVar.get(sd.sourceDim) as string });
    const loopAxes = (gatherRange: { lo: string; hi: string } | undefined, d: number): void => {
      let open = 0;
      for (const axis of b.ordered(scope.axes)) {
        const at = d + open;
        const v = b.axisVar(axis);
        if (axis === gatherAxis && gatherRange) {
          if (gatherRange.hi === '') b.emit(`const ${v} = ${gatherRange.lo};`, at);
          else {
            b.openLoop(axis, at, gatherRange);
            open++;
          }
          continue;
        }
        const range = ranges.get(axis);
        if (range && range.tile === 1) {
          b.emit(`const ${v} = ${range.u};`, at);
        } else if (range) {
          const lo = b.fresh('lo');
          b.emit(`const ${lo} = ${range.u} * ${range.tile};`, at);
          b.openLoop(axis, at, { lo, hi: `Math.min(${lo} + ${range.tile}, ${b.extent(axis)})` });
          open++;
        } else {
          b.openLoop(axis, at);
          open++;
        }
      }
      const inner = d + open;
      emitter.accumulate(scope.reducer, acc, emitter.value(scope.body, inner), inner);
      b.closeLoops(open, d);
    };
    if (reduced.has(gatherAxis)) {
      const ptr = b.special('stripPtr');
      const crd = b.special('coords');
      const p = b.fresh('p');
      const first = b.fresh('lo');
      const count = b.fresh('c');
      b.noteLoop(spec.gatherTiles);
      b.emit(`const ${first} = ${ptr}[${s}];`, d0);
      b.emit(`const ${count} = ${ptr}[${s} + 1] - ${first};`, d0);
      b.openCounted(p, first, count, d0);
      if (width === 1) loopAxes({ lo: `${crd}[${p}]`, hi: '' }, d0 + 1);
      else {
        const lo = b.fresh('lo');
        b.emit(`const ${lo} = ${crd}[${p}] * ${width};`, d0 + 1);
        loopAxes({ lo, hi: `Math.min(${lo} + ${width}, ${b.extent(gatherAxis)})` }, d0 + 1);
      }
      b.emit('}', d0);
    } else {
      const inv = b.special('inverse');
      const gatherTile = tileOf(b, b.axisVar(gatherAxis), width, d0);
      b.emit(`if (${inv}[${s} * ${spec.gatherTiles} + ${gatherTile}] >= 0) {`, d0);
      loopAxes(undefined, d0 + 1);
      b.emit('}', d0);
    }
  });
  return acc;
}

function findReduction(body: ScalarExpr, axes: readonly string[]): ReduceExpr {
  const found = reductionsOf(body).find((r) => r.axes.length === axes.length && r.axes.every((a, i) => a === axes[i]));
  if (!found) throw new InternalError('gpujs', 'the reduction a PIT kernel skips is not in its op');
  return found;
}
