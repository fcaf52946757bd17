import { InternalError } from '../../ir/core/errors.js';
import { evalDim } from '../../ir/dim-expr.js';
import { findOutOfBounds } from '../../ir/expr/bounds.js';
import { integerRanges, type ValueRange } from '../../ir/expr/int-range.js';
import { accessesOf, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import { printScalar } from '../../ir/expr/print.js';
import { pitRule } from '../run/pit-detail.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import { elementCount } from '../../ir/tensor.js';
import { indexSpecOf } from '../run/index-spec.js';
import { emitKernel } from './kernel-emit.js';
import type { GpujsProgram, OpSpec } from './kernel-spec.js';
import { pitCellUnavailable } from '../emit/pit-cell.js';

/** Integers above this are not all exact in f32, which is how most gpu.js backends see numbers. */
export const F32_EXACT_LIMIT = 2 ** 24;

export interface CompileGpujsOptions {
  /** Largest element count addressed in f32 (default 2^24; tests lower it to reach the fallbacks). */
  readonly exactLimit?: number;
  /** Largest i32 magnitude computed in f32 (default 2^24; tests lower it to reach the fallbacks). */
  readonly exactIntegers?: number;
}

/**
 * Compiles a lowered program, specialised to concrete dims, into gpu.js kernel specs: a dense
 * kernel for every op and, for an op lowered to a PIT form, the per-cell PIT kernel too (the
 * executor picks per run). Addresses and values are computed in f32 on most backends, so an op
 * touching a tensor of 2^24 elements or more, or whose i32 values may pass 2^24
 * (ir/expr/int-range.ts), is marked as needing gpu.js's exact `cpu` backend (an i32 result past
 * 2^24 then comes back in two 16-bit halves), and a PIT form whose index would hold such numbers
 * is marked inexact in f32 (its dense kernel runs).
 */
export function compileGpujsProgram(
  name: string,
  graph: Graph,
  kernels: readonly KernelIR[],
  dims: ReadonlyMap<string, number>,
  options: CompileGpujsOptions = {},
): GpujsProgram {
  const limit = options.exactLimit ?? F32_EXACT_LIMIT;
  const shapes = new Map<string, number[]>();
  for (const t of graph.tensors) {
    shapes.set(
      t.name,
      t.shape.map((d) => {
        const v = evalDim(d, dims);
        if (v === undefined || v < 1) throw new InternalError('gpujs', 'a tensor dimension is unbound or not positive');
        return v;
      }),
    );
  }
  const shapeOf = (tensor: string): readonly number[] => {
    const s = shapes.get(tensor);
    if (!s) throw new InternalError('gpujs', 'an op reads a tensor the graph does not declare');
    return s;
  };
  const dtypes = new Map(graph.tensors.map((t) => [t.name, t.dtype]));
  const dtypeOf = (tensor: string) => dtypes.get(tensor) ?? 'f32';
  // bounds of what earlier ops stored, so a later op reading a small count stays in f32
  const stored = new Map<string, ValueRange>();
  const ops = kernels.map((kernel): OpSpec => {
    const expr = kernel.expr;
    const extents = axisExtents(expr, dims);
    const violation = findOutOfBounds(expr, extents, shapeOf);
    if (violation) throw new InternalError('gpujs', `${printScalar(violation.access)} reads outside its tensor`);
    const shape = [...shapeOf(expr.output)];
    const touched = [expr.output, ...accessesOf(expr.body).map((a) => a.tensor)];
    const large = touched.find((t) => elementCount(shapeOf(t)) >= limit);
    const ranges = integerRanges(expr, { extents, dtypeOf, rangeOf: (t) => stored.get(t) }, options.exactIntegers);
    stored.set(expr.output, ranges.stored);
    const exactBecause = [
      ...(large !== undefined ? [`a tensor of the op has ${elementCount(shapeOf(large))} elements, past f32's exact integers (${limit})`] : []),
      ...(ranges.problem !== undefined ? [ranges.problem] : []),
    ];
    // an i32 result past 2^24 comes back in two exact 16-bit halves (gpu.js returns f32 cells)
    const i32Halves = expr.dtype === 'i32' && Math.max(-ranges.stored.lo, ranges.stored.hi) > (options.exactIntegers ?? F32_EXACT_LIMIT);
    const base = {
      op: expr.output,
      dtype: expr.dtype,
      shape,
      dense: emitKernel(expr, extents, shapeOf, undefined, { i32Halves }),
      ...(exactBecause.length > 0 ? { needsExactBackend: exactBecause.join('; ') } : {}),
    };
    if (kernel.kind === 'dense') return base;
    const unavailable = pitCellUnavailable(kernel, shapeOf);
    if (unavailable) return { ...base, pitUnavailable: unavailable };
    const index = indexSpecOf(kernel, shapeOf(kernel.index.source));
    const inexact = index.stripCount * index.gatherTiles >= limit || elementCount(index.shape) >= limit;
    const rule = pitRule(kernel);
    const pit = { kernel: emitKernel(expr, extents, shapeOf, { kernel, index }, { i32Halves }), index, rule };
    return { ...base, pit: inexact ? { ...pit, inexactInF32: `its index holds numbers past f32's exact integers (${limit})` } : pit };
  });
  return {
    format: 'pitc-gpujs',
    version: 2,
    program: name,
    dims: [...dims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    outputs: [...graph.outputs],
    ops,
  };
}

function axisExtents(expr: TensorExpr, dims: ReadonlyMap<string, number>): Map<string, number> {
  const extents = new Map<string, number>();
  for (const a of [...expr.spatial, ...expr.reduce]) {
    const v = evalDim(a.extent, dims);
    if (v === undefined || v < 1) throw new InternalError('gpujs', 'an axis extent is unbound or not positive');
    extents.set(a.name, v);
  }
  return extents;
}
