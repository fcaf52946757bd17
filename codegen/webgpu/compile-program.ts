import { diagnostic, type Diagnostic } from '../../ir/core/diagnostic.js';
import { InternalError } from '../../ir/core/errors.js';
import { evalDim } from '../../ir/dim-expr.js';
import { findOutOfBounds } from '../../ir/expr/bounds.js';
import { integerRanges, type ValueRange } from '../../ir/expr/int-range.js';
import { printScalar } from '../../ir/expr/print.js';
import { pitRule } from '../run/pit-detail.js';
import type { TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { Graph } from '../../ir/graph/graph.js';
import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import { elementCount } from '../../ir/tensor.js';
import type { GpuLimits } from './gpu-batch.js';
import { lowerToLoops } from '../lower/to-loops.js';
import { cellShader } from './cell-shader.js';
import { gemmShader } from './gemm-shader.js';
import { indexSpecOf } from '../run/index-spec.js';
import type { OpLaunch, ShaderSpec, WebgpuProgram } from './launch-spec.js';
import { pitCellUnavailable } from '../emit/pit-cell.js';

/** WebGPU's default limits: what `pitc compile` targets when no device is at hand. */
export const DEFAULT_LIMITS: GpuLimits = {
  maxStorageBuffersPerShaderStage: 8,
  maxStorageBufferBindingSize: 134217728,
  maxBufferSize: 268435456,
  maxComputeWorkgroupsPerDimension: 65535,
  maxComputeInvocationsPerWorkgroup: 256,
  maxComputeWorkgroupStorageSize: 16384,
};

export interface CompileWebgpuOptions {
  /** Largest i32 magnitude computed in f32 (default 2^24; tests lower it to reach the refusal). */
  readonly exactIntegers?: number;
  /** Per-cell shaders only (no workgroup-tiled GEMMs): tests compare the two. */
  readonly noGemm?: boolean;
}

/**
 * Bounds of the i32 values of the program's inputs and weights: the executor passes the bounds
 * of this run's data (rounded up to a power of two, so a new bound seldom recompiles); `pitc
 * compile`, with no data, assumes ±2^24 and says so in the launch spec.
 */
export type InputBounds = ReadonlyMap<string, ValueRange>;

/** The bound `pitc compile` assumes for i32 inputs: f32's exact integers. */
export const ASSUMED_I32_INPUT_BOUND = 2 ** 24;

/**
 * Compiles a lowered program, specialised to concrete dims and a device's limits, into WGSL
 * shaders and their launch data. Every op gets a dense shader and, for an op lowered to a PIT
 * form, a PIT shader too (the executor picks per run by index density): a contraction (the loop
 * IR's `contraction` and `pit`, codegen/lower/to-loops.ts) as a GEMM tiled through workgroup
 * memory, every other op as a per-cell shader (one cell of its per-cell loop IR). Values are
 * computed in f32, so an op whose i32 values may pass 2^24 (ir/expr/int-range.ts) is refused
 * with PIT5003 naming it, as is an op needing more storage bindings or larger buffers than the
 * device has: never a wrong answer.
 */
export function compileWebgpuProgram(
  name: string,
  graph: Graph,
  kernels: readonly KernelIR[],
  dims: ReadonlyMap<string, number>,
  limits: GpuLimits = DEFAULT_LIMITS,
  options: CompileWebgpuOptions = {},
  inputBounds?: InputBounds,
): { program?: WebgpuProgram; diagnostics: Diagnostic[] } {
  const assumed = { lo: -ASSUMED_I32_INPUT_BOUND, hi: ASSUMED_I32_INPUT_BOUND };
  const inputRange = (t: string): ValueRange | undefined =>
    inputBounds
      ? inputBounds.get(t)
      : dtypes.get(t) === 'i32' &&
          graph.tensors.some((x) => x.name === t && x.role !== 'intermediate')
        ? assumed
        : undefined;
  const shapes = new Map<string, number[]>();
  for (const t of graph.tensors) {
    shapes.set(
      t.name,
      t.shape.map((d) => {
        const v = evalDim(d, dims);
        if (v === undefined || v < 1)
          throw new InternalError('webgpu', 'a tensor dimension is unbound or not positive');
        return v;
      }),
    );
  }
  const shapeOf = (tensor: string): readonly number[] => {
    const s = shapes.get(tensor);
    if (!s) throw new InternalError('webgpu', 'an op reads a tensor the graph does not declare');
    return s;
  };
  const dtypes = new Map(graph.tensors.map((t) => [t.name, t.dtype]));
  const dtypeOf = (tensor: string) => dtypes.get(tensor) ?? 'f32';
  const diagnostics: Diagnostic[] = [];
  const refuse = (op: string, why: string): void => {
    diagnostics.push(diagnostic('PIT5003', `the webgpu target cannot run op '${op}': ${why}`));
  };
  for (const t of graph.tensors) {
    const bytes = 4 * elementCount(shapeOf(t.name));
    if (bytes > Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize)) {
      diagnostics.push(
        diagnostic(
          'PIT5003',
          `the webgpu target cannot hold tensor '${t.name}': ${bytes} bytes, past the device's storage buffer limit (${Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize)})`,
        ),
      );
    }
  }
  const stored = new Map<string, ValueRange>();
  const ops: OpLaunch[] = [];
  // the GEMM shaders render the loop IR's contraction and PIT form
  const loops = lowerToLoops({ graph, kernels }, dims);
  for (const [at, kernel] of kernels.entries()) {
    const expr = kernel.expr;
    const loopOp = loops.ops[at];
    if (!loopOp) throw new InternalError('webgpu', `op '${expr.output}' has no loop op`);
    const extents = axisExtents(expr, dims);
    const violation = findOutOfBounds(expr, extents, shapeOf);
    if (violation)
      throw new InternalError(
        'webgpu',
        `${printScalar(violation.access)} reads outside its tensor`,
      );
    const ranges = integerRanges(
      expr,
      { extents, dtypeOf, rangeOf: (t) => stored.get(t) ?? inputRange(t) },
      options.exactIntegers,
    );
    stored.set(expr.output, ranges.stored);
    if (ranges.problem !== undefined) {
      const data = inputBounds
        ? "for the i32 values of this run's inputs"
        : `assuming i32 inputs within ±${ASSUMED_I32_INPUT_BOUND}`;
      refuse(expr.output, `its values are computed in f32, and ${data}, ${ranges.problem}`);
      continue;
    }
    const gemmOrCell = (pit?: Parameters<typeof cellShader>[5]): ShaderSpec =>
      (options.noGemm
        ? undefined
        : gemmShader(loopOp, expr, extents, shapeOf, dtypeOf, limits, pit?.index)) ??
      cellShader(expr, extents, shapeOf, dtypeOf, limits.maxComputeWorkgroupsPerDimension, pit);
    const base = {
      op: expr.output,
      dtype: expr.dtype,
      shape: [...shapeOf(expr.output)],
      dense: gemmOrCell(),
    };
    let op: OpLaunch = base;
    if (kernel.kind === 'pit') {
      const unavailable = pitCellUnavailable(kernel, shapeOf);
      if (unavailable) op = { ...base, pitUnavailable: unavailable };
      else {
        const index = indexSpecOf(kernel, shapeOf(kernel.index.source));
        const rule = pitRule(kernel);
        op = { ...base, pit: { shader: gemmOrCell({ kernel, index }), index, rule } };
      }
    }
    for (const shader of [op.dense, ...(op.pit ? [op.pit.shader] : [])]) {
      if (shader.bindings.length > limits.maxStorageBuffersPerShaderStage) {
        refuse(
          expr.output,
          `its ${shader.form} shader needs ${shader.bindings.length} storage buffers, past the device's ${limits.maxStorageBuffersPerShaderStage}`,
        );
      }
      if (shader.groups.some((g) => g > limits.maxComputeWorkgroupsPerDimension)) {
        refuse(
          expr.output,
          `its ${shader.form} shader needs ${shader.groups.join('x')} workgroups, past the device's ${limits.maxComputeWorkgroupsPerDimension} per dimension`,
        );
      }
    }
    ops.push(op);
  }
  if (diagnostics.length > 0) return { diagnostics };
  return {
    program: {
      format: 'pitc-webgpu',
      version: 1,
      program: name,
      dims: [...dims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ...(inputBounds ? {} : { assumes: `i32 inputs within ±${ASSUMED_I32_INPUT_BOUND}` }),
      outputs: [...graph.outputs],
      tensors: graph.tensors.map((t) => ({
        name: t.name,
        dtype: t.dtype,
        shape: [...shapeOf(t.name)],
      })),
      ops,
    },
    diagnostics,
  };
}

function axisExtents(expr: TensorExpr, dims: ReadonlyMap<string, number>): Map<string, number> {
  const extents = new Map<string, number>();
  for (const a of [...expr.spatial, ...expr.reduce]) {
    const v = evalDim(a.extent, dims);
    if (v === undefined || v < 1)
      throw new InternalError('webgpu', 'an axis extent is unbound or not positive');
    extents.set(a.name, v);
  }
  return extents;
}
