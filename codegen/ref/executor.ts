import { InternalError } from '../../ir/core/errors.js';
import { findOutOfBounds } from '../../ir/expr/bounds.js';
import { printScalar } from '../../ir/expr/print.js';
import type { KernelIndex, KernelIR, PitKernel } from '../../ir/kernel/kernel-ir.js';
import { unspannedWindow } from '../../ir/kernel/window-span.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import { makeTensor, type HostTensor } from '../../ir/tensor.js';
import type { Executor, LoweredProgram, RuntimeServices } from '../target.js';
import { concreteTile } from '../run/micro-tile.js';
import { pitDetail, pitRule } from '../run/pit-detail.js';
import { runProgram, type DriverTarget } from '../run/program-driver.js';
import { checkIndex } from './check-index.js';
import { compilePitKernel } from './compile-pit.js';
import { evaluateOp, opExtents } from './evaluate.js';

/**
 * Runs a lowered program kernel by kernel in float64, through the program driver (run/): PIT
 * kernels build their index online from the current value of its source, once per run and key,
 * and always run their PIT form (the reference defines what the PIT forms compute: no crossover).
 */
export function createRefExecutor(program: LoweredProgram, services: RuntimeServices): Executor {
  return {
    run: (inputs, dims) => runProgram(program, program.kernels, inputs, services, refTarget(dims)),
    async dispose() {},
  };
}

function refTarget(dims: ReadonlyMap<string, number>): DriverTarget<KernelIR, KernelIndex> {
  return {
    id: 'ref',
    outputOf: (kernel) => kernel.expr.output,
    pitIndex: (kernel, run) => (kernel.kind === 'pit' && !spansCompoundDims(kernel, run.values) ? kernel.index : undefined),
    checkIndex: (index, request, source) => checkIndex(index, source.shape, concreteTile(request.microTile, source.shape), request.gatherDim),
    runOp(kernel, form, run) {
      if (form.kind !== 'dense' && kernel.kind === 'pit') {
        const { index, reused } = form.index;
        return { value: runPit(kernel, run.values, dims, index), form: 'pit', detail: pitDetail(pitRule(kernel), kernel.index.key, index, reused) };
      }
      const value = evaluateOp(kernel.expr, run.values, dims);
      if (kernel.kind !== 'pit') return { value, form: 'dense' };
      const fallback = spansCompoundDims(kernel, run.values);
      return { value, form: 'dense', detail: fallback ? { fallback } : { mode: 'dense' } };
    },
  };
}

/** Why the kernel's PIT form does not hold at these shapes (ir/kernel/window-span.ts). */
function spansCompoundDims(kernel: PitKernel, values: ReadonlyMap<string, HostTensor>): string | undefined {
  return unspannedWindow(kernel, values.get(kernel.operand.access.tensor)?.shape ?? []);
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
  const compiled = compilePitKernel(kernel, { extents, shapeOf });
  const out = makeTensor(expr.dtype, expr.spatial.map((a) => extents.get(a.name) ?? 0));
  compiled.run(
    out.data,
    compiled.reads.map((t) => (values.get(t) as HostTensor).data),
    index,
  );
  return out;
}
