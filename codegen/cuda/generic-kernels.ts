import { InternalError } from '../../ir/core/errors.js';
import type { DType } from '../../ir/dtype.js';
import { freeAxesOf, reductionOver, walkScalar, type ReduceExpr, type ScalarExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import type { PitLoops } from '../../ir/loops/loop-ir.js';
import { ctypeOf, storeC, type RealType } from '../emit/c.js';
import { renderCell } from '../emit/cell.js';
import { lowerCellOp, lowerPitCellOp } from '../lower/to-loops.js';
import { PartialSteps } from './partial-steps.js';
import { CBuilder } from './c-expr.js';
import type { IndexGeometry } from './index-kernel.js';
import { hasPartialTiles, pitAxisValues, stripDecodeLines, type AxisValues } from './pit-axes.js';
import { kernelSource, strideLoop } from './program-builder.js';

/**
 * Kernels for any op, one thread per output cell (or per cell of a listed micro-tile, or per
 * cell of a PIT partial sum), in grid-stride loops. Bounds are baked in as constants: a program
 * is specialised to its dims when it is emitted. Each kernel's parameters are the output (or
 * partial buffer) first, then the tensors it reads (`t0, t1...`), then its extra buffers.
 */

export interface OpShapes {
  readonly extents: ReadonlyMap<string, number>;
  readonly shapeOf: (tensor: string) => readonly number[];
  readonly dtypeOf: (tensor: string) => DType;
  /** The type the op computes in (double when its i32 values may pass 2^24; default float). */
  readonly real?: RealType;
}

export interface GenericKernel {
  readonly source: string;
  /** Tensors read, in parameter order after the first parameter. */
  readonly reads: readonly string[];
}

/** Axes that occur in a body (accesses and index values), at any depth. */
function usedAxes(e: ScalarExpr): Set<string> {
  const used = new Set<string>();
  walkScalar(e, (n) => {
    if (n.kind === 'access') for (const ix of n.indices) for (const t of ix.terms) used.add(t.axis);
    if (n.kind === 'axis') used.add(n.axis);
  });
  return used;
}

function builder(expr: TensorExpr, shapes: OpShapes): CBuilder {
  return new CBuilder({ ...shapes, expr, real: shapes.real ?? 'float' });
}

/**
 * The value of one output cell, its spatial axes bound: the op's per-cell loop IR rendered in
 * the op's type (codegen/emit/cell.ts), a `given` reduction read through `read`.
 */
function cellValue(b: CBuilder, expr: TensorExpr, extents: ReadonlyMap<string, number>, given?: { readonly reduce: ReduceExpr; readonly read: (over: readonly string[]) => string }): string {
  const op = lowerCellOp(expr, extents, given ? [given.reduce] : []);
  return renderCell(b, op, 1, { bindEach: false, ...(given ? { given: (buf) => given.read(buf.over) } : {}) });
}

/**
 * Decodes the flat index `q` (an int) into the given axes, last fastest. Axes not in `used` are
 * skipped over without a variable (no unused-variable warnings).
 */
function decodeAxes(b: CBuilder, axes: readonly string[], used: ReadonlySet<string>, depth: number): void {
  const needed = axes.findIndex((a) => used.has(a));
  if (needed < 0) return;
  b.emit('int q = static_cast<int>(w);', depth);
  for (let i = axes.length - 1; i >= needed; i--) {
    const axis = axes[i] as string;
    const n = b.extent(axis);
    if (i === needed) b.emit(`const int ${b.axisVar(axis)} = ${i === 0 ? 'q' : `q % ${n}`};`, depth);
    else if (used.has(axis)) b.emit(`const int ${b.axisVar(axis)} = q % ${n}; q /= ${n};`, depth);
    else b.emit(`q /= ${n};`, depth);
  }
}

function count(b: CBuilder, axes: readonly string[]): number {
  return axes.reduce((n, a) => n * b.extent(a), 1);
}

/**
 * The dense kernel of an op: every output cell, reductions inline in the op's type. `external`
 * maps a reduction to a float buffer over the output cells (a GEMM's result, for its epilogue).
 */
export function emitDenseKernel(name: string, expr: TensorExpr, shapes: OpShapes, external?: ReduceExpr): GenericKernel {
  const spatial = expr.spatial.map((a) => a.name);
  const b = builder(expr, shapes);
  const used = usedAxes(expr.body);
  if (external) for (const a of spatial) used.add(a);
  decodeAxes(b, spatial, used, 1);
  // the GEMM's result is a float buffer over the output cells (cast where the op computes in double)
  const rbuf = (): string => (b.real === 'float' ? `rbuf[${b.offsetOver(spatial)}]` : `static_cast<${b.real}>(rbuf[${b.offsetOver(spatial)}])`);
  const value = cellValue(b, expr, shapes.extents, external ? { reduce: external, read: rbuf } : undefined);
  b.emit(`out[w] = ${storeC(expr.dtype, value)};`, 1);
  const body = [strideLoop(`${count(b, spatial)}LL`), ...b.lines, '}'];
  const params = [`${ctypeOf(expr.dtype)}* __restrict__ out`, ...b.readParams(), ...(external ? ['const float* __restrict__ rbuf'] : [])];
  return { source: kernelSource(name, params, body), reads: b.reads };
}

/**
 * PIT, output scope: one thread per cell of a listed micro-tile (slot p of strip stripOf[p]),
 * writing the op's value there; the output was filled with SWrite's init beforehand. Work is
 * (listed slots) × (cells per slot), read from the index on the device.
 */
export function emitCellsKernel(name: string, expr: TensorExpr, pit: PitLoops, shapes: OpShapes, geo: IndexGeometry): GenericKernel & { readonly cells: number } {
  const values = pitAxisValues(pit, [...expr.spatial, ...expr.reduce].map((a) => a.name), geo, shapes.extents);
  const b = builder(expr, shapes);
  const spatial = expr.spatial.map((a) => a.name);
  const per = (a: string): number => {
    const v = values.get(a) as AxisValues;
    return v.kind === 'full' ? v.extent : v.kind === 'strip' ? v.tile : v.width;
  };
  const cells = spatial.reduce((n, a) => n * per(a), 1);
  const gatherUsed = spatial.some((a) => values.get(a)?.kind === 'gather');
  const stripNeeded = new Set(spatial.map((a) => values.get(a)).flatMap((v) => (v?.kind === 'strip' ? [v.stripIndex] : [])));
  // neighbouring threads take neighbouring slots when the gathered axis is the output's
  // contiguous one (their stores then land side by side), else neighbouring cells of one slot
  const slotFastest = values.get(spatial[spatial.length - 1] ?? '')?.kind === 'gather';
  b.emit(slotFastest ? 'const int p = static_cast<int>(w % listed);' : `const int p = static_cast<int>(w / ${cells});`, 1);
  if (cells > 1) b.emit(slotFastest ? 'int q = static_cast<int>(w / listed);' : `int q = static_cast<int>(w % ${cells});`, 1);
  if (stripNeeded.size > 0) {
    b.emit('const int s = stripOf[p];', 1);
    for (const l of stripDecodeLines(geo, stripNeeded)) b.emit(l, 1);
  }
  if (gatherUsed) b.emit('const int g = crd[p];', 1);
  const bounds: string[] = [];
  for (let i = spatial.length - 1; i >= 0; i--) {
    const axis = spatial[i] as string;
    const v = values.get(axis) as AxisValues;
    const n = per(axis);
    const last = spatial.slice(0, i).every((x) => per(x) === 1); // no digit left above this one
    const digit = n === 1 ? '0' : last ? 'q' : `q % ${n}`;
    const next = n === 1 || last ? '' : ` q /= ${n};`;
    const value = v.kind === 'full' ? digit : v.kind === 'strip' ? `u${v.stripIndex} * ${v.tile} + ${digit}` : `g * ${v.width} + ${digit}`;
    b.emit(`const int ${b.axisVar(axis)} = ${value};${next}`, 1);
    if (hasPartialTiles(v)) bounds.push(`${b.axisVar(axis)} >= ${v.extent}`);
  }
  if (bounds.length > 0) b.emit(`if (${bounds.join(' || ')}) continue;`, 1);
  const value = cellValue(b, expr, shapes.extents);
  b.emit(`out[${b.offsetOver(spatial)}] = ${storeC(expr.dtype, value)};`, 1);
  const body = [`const long long listed = ptr[${geo.stripCount}];`, `const long long work = listed * ${cells};`, strideLoop('work'), ...b.lines, '}'];
  const params = [`${ctypeOf(expr.dtype)}* __restrict__ out`, ...b.readParams(), 'const int* __restrict__ ptr', 'const int* __restrict__ crd', 'const int* __restrict__ stripOf'];
  return { source: kernelSource(name, params, body), reads: b.reads, cells };
}

/** The reduction a reduction-scope PIT form skips points of (its axes are the scope's). */
function findScope(expr: TensorExpr, pit: PitLoops): ReduceExpr {
  if (pit.scope.kind !== 'reduction') throw new InternalError('cuda', 'not a reduction-scope kernel');
  const axes = pit.scope.axes;
  const found = reductionOver(expr.body, axes);
  if (!found) throw new InternalError('cuda', `no reduction over ${axes.join(', ')}`);
  return found;
}

export interface PartialKernel extends GenericKernel {
  /** Cells of the partial buffer (the scope reduction's free axes). */
  readonly cells: number;
}

/**
 * PIT, reduction scope, part 1: one thread per cell of the scope reduction's free axes sums
 * (or maxes...) over exactly the points the reference visits: for every strip that holds the
 * cell and every listed slot of it, the scope axes inside that micro-tile, in the same order
 * (strips, then slots, then axes). Unlisted points are skipped; a cell no slot reaches keeps
 * SWrite's init.
 */
export function emitPartialKernel(name: string, kernel: PitKernel, shapes: OpShapes, geo: IndexGeometry): PartialKernel {
  const expr = kernel.expr;
  // the skipped reduction's walk in the op's per-cell loop IR, its free axes bound to the thread's cell
  const { op } = lowerPitCellOp(kernel, shapes.extents, shapes.shapeOf);
  if (!op.pit) throw new InternalError('cuda', `'${expr.output}' lost its PIT form`);
  const scope = findScope(expr, op.pit);
  const b = builder(expr, shapes);
  const free = b.ordered(freeAxesOf(scope));
  const cells = count(b, free);
  decodeAxes(b, free, new Set(free), 1);
  const acc = renderCell(b, op, 1, { bindEach: false, pit: new PartialSteps(b, op.pit, geo), scopeOnly: { bound: free } });
  b.emit(`partial[w] = ${acc};`, 1);
  const body = [strideLoop(`${cells}LL`), ...b.lines, '}'];
  const params = [`${b.real}* __restrict__ partial`, ...b.readParams(), 'const int* __restrict__ ptr', 'const int* __restrict__ crd'];
  return { source: kernelSource(name, params, body), reads: b.reads, cells };
}

/** PIT, reduction scope, part 2: the op's value per output cell with the scope read from `partial`. */
export function emitScopeOutputKernel(name: string, expr: TensorExpr, pit: PitLoops, shapes: OpShapes): GenericKernel {
  const spatial = expr.spatial.map((a) => a.name);
  const b = builder(expr, shapes);
  const used = usedAxes(expr.body);
  decodeAxes(b, spatial, used, 1);
  const value = cellValue(b, expr, shapes.extents, { reduce: findScope(expr, pit), read: (free) => `partial[${b.offsetOver(free)}]` });
  b.emit(`out[w] = ${storeC(expr.dtype, value)};`, 1);
  const body = [strideLoop(`${count(b, spatial)}LL`), ...b.lines, '}'];
  const params = [`${ctypeOf(expr.dtype)}* __restrict__ out`, ...b.readParams(), `const ${b.real}* __restrict__ partial`];
  return { source: kernelSource(name, params, body), reads: b.reads };
}
