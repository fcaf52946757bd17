import { InternalError } from '../../ir/core/errors.js';
import { freeAxesOf, reductionsOf, type ReduceExpr, type ScalarExpr } from '../../ir/expr/tensor-expr.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import { instantiate, paramLines, type OpShapes, type RefKernel } from './compile-op.js';
import { JsBuilder, type ReductionSource } from './js-builder.js';
import { JS, jsNumber } from '../emit/js.js';

/**
 * The reference interpretation of a PIT kernel: for every strip of the index and every listed
 * micro-tile, the points of the skipped scope that the micro-tile covers are computed; all
 * other points are skipped (they contribute the reducer's identity, or their output cells keep
 * the SWrite init). Reads of the operand and its partners go through the listed coordinates,
 * which is what SRead gathers. Strips and slots run in index order, so an ordered index gives
 * reproducible results.
 */
export function compilePitKernelLegacy(kernel: PitKernel, shapes: OpShapes, index: SparseIndex): RefKernel<SparseIndex> {
  const expr = kernel.expr;
  const scope = kernel.scope.kind === 'reduction' ? findReduction(expr.body, kernel.scope.axes) : undefined;
  const inside = new Set<ReduceExpr>(scope ? reductionsOf(scope.body) : reductionsOf(expr.body));
  const sources = new Map<ReduceExpr, ReductionSource>();
  const b = new JsBuilder(expr, shapes.extents, shapes.shapeOf, (r) => sources.get(r) ?? { kind: 'inline' });

  b.emit('const ptr = idx.stripPtr, crd = idx.coords;', 1);
  const strip = stripDecoding(kernel, index, b);
  if (scope) {
    const free = b.ordered(freeAxesOf(scope));
    const size = free.reduce((n, a) => n * b.extent(a), 1);
    b.emit(`const P = new Float64Array(${size}).fill(${jsNumber(kernel.swrite.init)});`, 1);
    emitStripLoops(b, kernel, strip, [...free, ...scope.axes], (depth) => {
      const slot = `P[${b.offsetOver(free)}]`;
      const value = b.value(scope.body, depth);
      b.emit(`${slot} = ${b.scalar.combine(scope.reducer, slot, value)};`, depth);
    });
    sources.set(scope, { kind: 'buffer', name: 'P', free });
    for (const r of reductionsOf(expr.body)) {
      if (r === scope || inside.has(r)) continue;
      const name = b.fresh('h');
      const rFree = b.ordered(freeAxesOf(r));
      b.bufferedReduction(r, name, rFree, 1);
      sources.set(r, { kind: 'buffer', name, free: rFree });
    }
    const spatial = expr.spatial.map((a) => a.name);
    b.emit('let o = 0;', 1);
    spatial.forEach((axis, i) => b.openLoop(axis, 1 + i));
    const d = 1 + spatial.length;
    b.emit(`out[o++] = ${JS.store(expr.dtype, b.value(expr.body, d))};`, d);
    b.closeLoops(spatial.length, 1);
  } else {
    const init = expr.dtype === 'bool' ? (kernel.swrite.init !== 0 ? 1 : 0) : kernel.swrite.init;
    b.emit(`out.fill(${jsNumber(init)});`, 1);
    const spatial = expr.spatial.map((a) => a.name);
    emitStripLoops(b, kernel, strip, spatial, (depth) => {
      b.emit(`out[${b.offsetOver(spatial)}] = ${JS.store(expr.dtype, b.value(expr.body, depth))};`, depth);
    });
  }
  const { source, run } = instantiate<RefKernel<SparseIndex>['run']>(['return function (out, ins, idx) {', ...paramLines(b), ...b.lines, '};']);
  return { reads: b.reads, source, run };
}

interface StripDecoding {
  /** Strip count and, per strip axis, the JS bounds of its range inside the current strip. */
  readonly count: number;
  /** Gathered positions per listed micro-tile (the index's, clamped to the dimension). */
  readonly width: number;
  readonly ranges: ReadonlyMap<string, { lo: string; hi: string }>;
  readonly decodeLines: readonly string[];
}

/** Decodes the row-major strip number into tile coordinates, then into axis ranges. */
function stripDecoding(kernel: PitKernel, index: SparseIndex, b: JsBuilder): StripDecoding {
  const lines: string[] = ['let q = s;'];
  const tileVar = new Map<number, string>();
  for (let i = index.stripDims.length - 1; i >= 0; i--) {
    const dim = index.stripDims[i] as number;
    const grid = index.stripGrid[i] as number;
    const v = `u${dim}`;
    tileVar.set(dim, v);
    lines.push(i === 0 ? `const ${v} = q;` : `const ${v} = q % ${grid}; q = (q - ${v}) / ${grid};`);
  }
  const ranges = new Map<string, { lo: string; hi: string }>();
  for (const s of kernel.strips) {
    const sourceDim = kernel.operand.dimToSource[s.operandDim];
    if (sourceDim === null || sourceDim === undefined) continue; // pattern constant along it: whole range
    const tile = index.microTile[sourceDim] as number;
    const n = b.extent(s.axis);
    const u = tileVar.get(sourceDim);
    if (u === undefined) throw new InternalError('ref', `strip dimension ${sourceDim} missing from the index`);
    const lo = b.fresh('lo');
    lines.push(`const ${lo} = ${u} * ${tile};`);
    ranges.set(s.axis, { lo, hi: `Math.min(${lo} + ${tile}, ${n})` });
  }
  const width = index.microTile[index.gatherDim] as number;
  return { count: index.stripCount, width, ranges, decodeLines: lines };
}

/** strip → listed slot → the points of the scope inside that micro-tile → emit(point). */
function emitStripLoops(b: JsBuilder, kernel: PitKernel, strip: StripDecoding, scopeAxes: readonly string[], emitPoint: (depth: number) => void): void {
  b.emit(`for (let s = 0; s < ${strip.count}; s++) {`, 1);
  for (const line of strip.decodeLines) b.emit(line, 2);
  b.emit('for (let p = ptr[s]; p < ptr[s + 1]; p++) {', 2);
  const g = kernel.gather;
  const n = b.extent(g.axis);
  b.emit(`const glo = crd[p] * ${strip.width}, ghi = Math.min(glo + ${strip.width}, ${n});`, 3);
  const order = b.ordered(scopeAxes);
  order.forEach((axis, i) => {
    const range = axis === g.axis ? { lo: 'glo', hi: 'ghi' } : strip.ranges.get(axis);
    if (range) b.openLoop(axis, 3 + i, range);
    else b.openLoop(axis, 3 + i);
  });
  emitPoint(3 + order.length);
  b.closeLoops(order.length, 3);
  b.emit('}', 2);
  b.emit('}', 1);
}

function findReduction(body: ScalarExpr, axes: readonly string[]): ReduceExpr {
  const found = reductionsOf(body).find((r) => r.axes.length === axes.length && r.axes.every((a, i) => a === axes[i]));
  if (!found) throw new InternalError('ref', `no reduction over ${axes.join(', ')}`);
  return found;
}
