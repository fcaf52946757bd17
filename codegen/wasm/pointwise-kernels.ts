import { InternalError } from '../../ir/core/errors.js';
import type { ReduceExpr, TensorExpr } from '../../ir/expr/tensor-expr.js';
import { elementCount } from '../../ir/tensor.js';
import { emitGenericOp, hoistedReductions } from './generic-emit.js';
import type { MemoryLayout } from './layout.js';
import { planStage, type LoopPlan } from './loop-plan.js';
import type { WasmModuleBuilder } from './module-builder.js';
import type { TensorPlacement } from './scalar-emit.js';
import { emitSimdStage } from './simd-kernel-emit.js';
import { splitStages, type Stage } from './simd-stages.js';
import { simdUnsupported } from './simd-support.js';

/** One loop nest of a SIMD op, as the runtime drives it: `fn(rowLo, rowHi, vLo, vHi)`. */
export interface SimdStageProgram {
  readonly fn: string;
  readonly rows: number;
  /** Extent of the vector axis (for lanes 'reduce', of the reduced axis the lanes step along). */
  readonly vector: number;
  readonly lanes: 'cells' | 'reduce';
  /** Estimated work (LoopPlan.work): below a threshold a stage stays on one thread. */
  readonly work: number;
  /** What it was emitted from (compile time): stage groups emit it again inside their kernels. */
  readonly source: StageSource;
}

/** A stage with its loop plan, its op's axis extents and where its tensors and buffers lie. */
export interface StageSource {
  readonly stage: Stage;
  readonly plan: LoopPlan;
  readonly extents: ReadonlyMap<string, number>;
  readonly placement: (tensor: string) => TensorPlacement;
}

/**
 * The kernels of an op computed point by point (everything but a GEMM, and a GEMM's epilogue):
 * f32 SIMD stages by default, or the float64 scalar kernel that reproduces the reference bit for
 * bit, when asked for (`exact`) or when the SIMD path does not cover the op (`why`).
 */
export type PointwiseKernels =
  | { readonly kind: 'simd'; readonly stages: readonly SimdStageProgram[] }
  | { readonly kind: 'scalar'; readonly fn: string; readonly why: string };

export interface PointwiseSpec {
  readonly name: string;
  readonly expr: TensorExpr;
  readonly extents: ReadonlyMap<string, number>;
  readonly placement: (tensor: string) => TensorPlacement;
  /** Reductions computed elsewhere (a GEMM's result), read from an f32 buffer shaped like the output. */
  readonly external?: ReadonlyMap<ReduceExpr, number>;
  readonly exact: boolean;
}

export function emitPointwise(w: WasmModuleBuilder, layout: MemoryLayout, spec: PointwiseSpec): PointwiseKernels {
  const unsupported = spec.exact ? 'exact: the float64 kernel that reproduces the reference' : simdUnsupported(spec.expr, spec.extents);
  if (unsupported) {
    emitScalar(w, layout, spec);
    return { kind: 'scalar', fn: spec.name, why: unsupported };
  }
  return { kind: 'simd', stages: emitSimd(w, layout, spec) };
}

function emitScalar(w: WasmModuleBuilder, layout: MemoryLayout, spec: PointwiseSpec): void {
  const external = spec.external ?? new Map<ReduceExpr, number>();
  const hoisted = hoistedReductions(spec.expr, spec.extents, new Set(external.keys())).map((h, j) => ({
    ...h,
    address: layout.allocate(`reduction:${spec.name}:${j}`, h.bytes),
  }));
  emitGenericOp(w, { name: spec.name, expr: spec.expr, extents: spec.extents, placement: spec.placement, hoisted, external });
}

/** Buffers of hoisted reductions are named `@<name>.<j>`, the GEMM result `@<name>.gemm` (not user names). */
function emitSimd(w: WasmModuleBuilder, layout: MemoryLayout, spec: PointwiseSpec): SimdStageProgram[] {
  const out = spec.placement(spec.expr.output);
  const extra = new Map<string, TensorPlacement>();
  const external = new Map<ReduceExpr, string>();
  for (const [r, address] of spec.external ?? []) {
    const name = `@${spec.name}.gemm`;
    extra.set(name, { address, shape: out.shape, dtype: 'f32' });
    external.set(r, name);
  }
  const staged = splitStages(spec.expr, `@${spec.name}.`, external);
  const extent = (a: string): number => {
    const n = spec.extents.get(a);
    if (n === undefined) throw new InternalError('wasm', `no extent for axis '${a}'`);
    return n;
  };
  for (const b of staged.buffers) {
    const shape = b.axes.map(extent);
    extra.set(b.name, { address: layout.allocate(`buffer:${b.name}`, elementCount(shape) * 4), shape, dtype: 'f32' });
  }
  const placement = (t: string): TensorPlacement => extra.get(t) ?? spec.placement(t);
  return staged.stages.map((stage, j) => {
    const plan = planStage(stage, spec.extents, (t) => placement(t).shape);
    const fn = staged.stages.length === 1 ? spec.name : `${spec.name}_stage${j}`;
    emitSimdStage(w, fn, stage, plan, spec.extents, placement);
    return { fn, rows: plan.rows, vector: plan.vector.extent, lanes: plan.lanes, work: plan.work, source: { stage, plan, extents: spec.extents, placement } };
  });
}
