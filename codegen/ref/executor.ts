import { InternalError } from '../../ir/core/errors.js';
import { printScalar } from '../../ir/expr/print.js';
import { bareAxis } from '../../ir/expr/tensor-expr.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { coverageWasteField, indexDensity, listedTiles, type SparseIndex } from '../../ir/sparse-index.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import type { ExecutionResult, Executor, LoweredProgram, OpRunRecord, RuntimeServices } from '../target.js';
import { checkGuard } from '../run/guards.js';
import { concreteTile } from '../run/micro-tile.js';
import { checkIndex } from './check-index.js';
import { compilePitKernel } from './compile-pit.js';
import { findOutOfBounds } from '../../ir/expr/bounds.js';
import { evaluateOp, opExtents } from './evaluate.js';

/**
 * Runs a lowered program kernel by kernel in float64. PIT kernels build their index online
 * from the current value of its source (once per run and key: ops sharing an index reuse it).
 */
export function createRefExecutor(program: LoweredProgram, services: RuntimeServices): Executor {
  return {
    async run(inputs, dims) {
      const first = runKernels(program, inputs, dims, services, false);
      if (first.guardFailure === undefined) return first;
      // a PIT assumption failed on this data: the dense program defines the result
      const dense = runKernels(program, inputs, dims, services, true);
      return { values: dense.values, ops: dense.ops.map((o) => ({ ...o, detail: { ...o.detail, guard: first.guardFailure } })) };
    },
    async dispose() {},
  };
}

interface KernelsRun extends ExecutionResult {
  readonly guardFailure?: string;
}

function runKernels(
  program: LoweredProgram,
  inputs: ReadonlyMap<string, HostTensor>,
  dims: ReadonlyMap<string, number>,
  services: RuntimeServices,
  forceDense: boolean,
): KernelsRun {
  const values = new Map<string, HostTensor>(inputs);
  const indexes = new Map<string, SparseIndex>();
  const ops: OpRunRecord[] = [];
  for (const kernel of program.kernels) {
    const name = kernel.expr.output;
    const t0 = performance.now();
    const fallback = kernel.kind === 'pit' ? spansCompoundDims(kernel, values) : undefined;
    if (kernel.kind === 'dense' || forceDense || fallback) {
      values.set(name, evaluateOp(kernel.expr, values, dims));
      const detail = fallback ? { detail: { fallback } } : forceDense && kernel.kind === 'pit' ? { detail: { mode: 'dense' } } : {};
      ops.push({ name, target: 'ref', kernelMs: performance.now() - t0, ...detail });
    } else {
      const reused = indexes.get(kernel.index.key);
      const index = reused ?? buildKernelIndex(kernel, values, services);
      indexes.set(kernel.index.key, index);
      const t1 = performance.now();
      values.set(name, runPit(kernel, values, dims, index));
      ops.push({ name, target: 'ref', indexMs: t1 - t0, kernelMs: performance.now() - t1, detail: pitDetail(kernel, index, reused !== undefined) });
    }
    const failed = checkGuard(program, name, values.get(name) as HostTensor);
    if (failed && !forceDense) return { values, ops, guardFailure: failed };
  }
  return { values, ops };
}

function buildKernelIndex(kernel: PitKernel, values: ReadonlyMap<string, HostTensor>, services: RuntimeServices): SparseIndex {
  const source = values.get(kernel.index.source);
  if (!source) throw new InternalError('ref', `index source '${kernel.index.source}' has no value when '${kernel.expr.output}' runs`);
  const microTile = concreteTile(kernel.index.microTile, source.shape);
  const index = services.buildIndex(source, microTile, kernel.index.gatherDim, kernel.index.fill, kernel.index.key);
  checkIndex(index, source.shape, microTile, kernel.index.gatherDim);
  return index;
}

/** A window dimension (y + r) of the operand must lie in one micro-tile: the tile spans it. */
function spansCompoundDims(kernel: PitKernel, values: ReadonlyMap<string, HostTensor>): string | undefined {
  const access = kernel.operand.access;
  const shape = values.get(access.tensor)?.shape ?? [];
  for (let d = 0; d < access.indices.length; d++) {
    const ix = access.indices[d];
    const bare = ix !== undefined && bareAxis(ix) !== undefined;
    const extent = kernel.operand.microTile[d];
    if (!bare && extent !== 'full' && (extent ?? 0) < (shape[d] ?? 0)) {
      return `dimension ${d} of ${printScalar(access)} is a window; its micro-tile extent ${extent} must span all ${shape[d]}`;
    }
  }
  return undefined;
}

function runPit(kernel: PitKernel, values: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>, index: SparseIndex): HostTensor {
  const expr = kernel.expr;
  const extents = opExtents(expr, dims);
  const shapeOf = (t: string): readonly number[] => {
    const v = values.get(t);
    if (!v) throw new InternalError('ref', `tensor '${t}' has no value when '${expr.output}' runs`);
    return v.shape;
  };
  // every affine access is proven in bounds over the full box; index-driven ranges stay inside it
  const violation = findOutOfBounds(expr, extents, shapeOf);
  if (violation) {
    throw new InternalError('ref', `${printScalar(violation.access)} index ${violation.position} ranges over [${violation.lo}, ${violation.hi}] outside [0, ${violation.extent})`);
  }
  const compiled = compilePitKernel(kernel, { extents, shapeOf }, index);
  const out = makeTensor(expr.dtype, expr.spatial.map((a) => extents.get(a.name) ?? 0));
  compiled.run(
    out.data,
    compiled.reads.map((t) => (values.get(t) as HostTensor).data),
    index,
  );
  return out;
}

function pitDetail(kernel: PitKernel, index: SparseIndex, reused: boolean): Record<string, unknown> {
  const total = index.stripCount * index.gatherTiles;
  return {
    rule: `${printScalar(kernel.operand.access)} along ${kernel.gather.axis} (${kernel.swrite.mode})`,
    index: kernel.index.key,
    indexReused: reused,
    microTile: [...index.microTile],
    density: indexDensity(index),
    microTilesSkipped: total - listedTiles(index),
    microTilesListed: listedTiles(index),
    ...coverageWasteField(index),
  };
}
