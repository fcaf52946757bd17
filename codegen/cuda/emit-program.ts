import { InternalError } from '../../ir/core/errors.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { DType } from '../../ir/dtype.js';
import { integerRanges, type ValueRange } from '../../ir/expr/int-range.js';
import { reductionsOf, type AccessExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import { elementCount } from '../../ir/tensor.js';
import type { LoweredProgram } from '../target.js';
import type { ContractionShape, LoopProgram } from '../../ir/loops/loop-ir.js';
import { lowerToLoops } from '../lower/to-loops.js';
import { floatBits } from '../emit/c.js';
import { commentText } from './c-text.js';
import { gemmGeometry } from './gemm-geometry.js';
import { emitGemmKernel, type GemmWrite } from './gemm-kernel.js';
import { emitCellsKernel, emitDenseKernel, emitPartialKernel, emitScopeOutputKernel, type OpShapes } from './generic-kernels.js';
import { emitHarness } from './harness.js';
import { HARNESS_RUNTIME } from './harness-runtime.js';
import { emitIndex, indexGeometry, type EmittedIndex } from './index-kernel.js';
import { checkLaunchSpec, type LaunchParam, type LaunchSpec, type LaunchStep, type OpEntry, type TensorEntry } from './launch-spec.js';
import { BLOCK, PRELUDE_FILLS, PRELUDE_HELPERS, PRELUDE_INCLUDES, PRELUDE_INDEX, PRELUDE_KERNELS } from './prelude.js';
import { CudaProgramBuilder, strideGrid } from './program-builder.js';

export interface CudaEmitOptions {
  /**
   * Ordered index and no atomics in SWrite (accumulating strips run one launch each): runs are
   * bit-reproducible. Default true; false gives the PIT artifact's order-free build (slots
   * claimed with atomics) and atomicAdd accumulation.
   */
  readonly deterministic?: boolean;
}

export interface EmittedCuda {
  /** The translation unit: `head`, then `body` (kernels and host harness). */
  readonly source: string;
  /** Includes and macros: the part that must be at file scope. */
  readonly head: string;
  /** Everything else; it compiles inside a namespace too (how tests bundle many programs). */
  readonly body: string;
  readonly spec: LaunchSpec;
  /** Names of the `__global__` functions defined in `body`. */
  readonly kernels: readonly string[];
}

interface Emission {
  readonly program: LoweredProgram;
  readonly builder: CudaProgramBuilder;
  readonly tensors: readonly TensorEntry[];
  readonly tensorIds: ReadonlyMap<string, number>;
  readonly shapes: OpShapes;
  readonly deterministic: boolean;
  readonly dims: ReadonlyMap<string, number>;
  /** Indexes built so far in the main plan, by key. */
  readonly indexes: Map<string, EmittedIndex>;
  /** Scratch buffers per op (shared by the main and the dense plan). */
  readonly scratch: Map<string, number>;
  /** Bounds of the values each op stores (ir/expr/int-range.ts), by tensor. */
  readonly stored: Map<string, ValueRange>;
  /** The program's loop IR at these dims: each op's contraction structure. */
  readonly loops: LoopProgram;
}

/**
 * Emits a lowered program, specialised to bound dims, as one CUDA translation unit plus its
 * launch spec. Every op becomes a few steps: an index build on first use of an index (PIT), a
 * fill with SWrite's init where cells may stay untouched, then either the tiled GEMM (matmul-like
 * ops: the loop IR's `contraction`, codegen/lower/to-loops.ts) with a generic epilogue, or the generic
 * kernels. With guards, a second plan runs every op densely when a guard fails at run time.
 */
export function emitCudaProgram(program: LoweredProgram, dims: ReadonlyMap<string, number>, options: CudaEmitOptions = {}): EmittedCuda {
  const builder = new CudaProgramBuilder();
  const graph = program.graph;
  const tensors: TensorEntry[] = graph.tensors.map((t, id) => {
    const shape = t.shape.map((d) => {
      const v = evalDim(d, dims);
      if (v === undefined) throw new InternalError('cuda', `dimension of tensor ${id} unbound`);
      return v;
    });
    const buffer = builder.buffer(t.dtype === 'f32' ? 'float' : t.dtype === 'i32' ? 'int' : 'unsigned char', elementCount(shape), 'tensor', id);
    return { id, name: t.name, dtype: t.dtype, shape, role: t.role, output: graph.outputs.includes(t.name), buffer };
  });
  const tensorIds = new Map(tensors.map((t) => [t.name, t.id]));
  const tensorOf = (name: string): TensorEntry => {
    const t = tensors[tensorIds.get(name) ?? -1];
    if (!t) throw new InternalError('cuda', `unknown tensor '${name}'`);
    return t;
  };
  const e: Emission = {
    program,
    builder,
    tensors,
    tensorIds,
    shapes: { extents: new Map(), shapeOf: (n) => tensorOf(n).shape, dtypeOf: (n) => tensorOf(n).dtype },
    deterministic: options.deterministic ?? true,
    dims,
    indexes: new Map(),
    scratch: new Map(),
    stored: new Map(),
    loops: lowerToLoops(program, dims),
  };
  const ops: OpEntry[] = [];
  const plan: LaunchStep[] = [];
  const mainSteps: LaunchStep[][] = [];
  program.kernels.forEach((planned, i) => {
    // a PIT form whose window dims fall inside a partial micro-tile does not hold at these dims
    const fallback = e.loops.ops[i]?.fallback;
    const kernel: KernelIR = fallback !== undefined ? { kind: 'dense', expr: planned.expr } : planned;
    const lowered = lowerOp(e, i, kernel, `k${i}`);
    mainSteps.push(lowered.steps);
    plan.push(...lowered.steps);
    const guard = program.guards.find((g) => g.tensor === kernel.expr.output);
    const out = tensorOf(kernel.expr.output);
    if (guard && out.dtype === 'f32') plan.push({ kind: 'guard', op: i, phase: 'kernel', buffer: out.buffer, tensor: out.id });
    ops.push({
      id: i,
      name: kernel.expr.output,
      mode: kernel.kind,
      path: lowered.gemm ? 'gemm' : 'generic',
      ...(kernel.kind === 'pit' ? { index: (e.indexes.get(kernel.index.key) as EmittedIndex).entry.id } : {}),
      ...(fallback !== undefined ? { fallback } : {}),
    });
  });
  // the dense plan reuses the steps of dense ops and adds a dense variant of every PIT op
  const densePlan =
    program.guards.length > 0
      ? program.kernels.flatMap((k, i) => (k.kind === 'dense' ? (mainSteps[i] ?? []) : lowerOp(e, i, { kind: 'dense', expr: k.expr }, `k${i}d`).steps))
      : undefined;
  const spec: LaunchSpec = {
    format: 'pitc-cuda-launch/1',
    program: program.name,
    dims: Object.fromEntries([...dims].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    deterministic: e.deterministic,
    tensors,
    buffers: [...builder.buffers],
    ops,
    indexes: [...e.indexes.values()].map((x) => x.entry),
    plan,
    ...(densePlan ? { densePlan } : {}),
  };
  const problems = checkLaunchSpec(spec);
  if (problems.length > 0) throw new InternalError('cuda', `invalid launch spec: ${problems.join('; ')}`);
  const body = [
    PRELUDE_HELPERS,
    PRELUDE_FILLS,
    ...(e.indexes.size > 0 ? [PRELUDE_INDEX] : []),
    '/* ---- program kernels ---- */',
    ...builder.kernels.map((k) => `${k.source}\n`),
    HARNESS_RUNTIME,
    emitHarness(spec),
  ].join('\n');
  const source = [
    `/* pitc CUDA translation unit: program ${commentText(program.name)} */`,
    `/* dims: ${commentText(Object.entries(spec.dims).map(([k, v]) => `${k}=${v}`).join(' '), 400)} */`,
    `/* ${e.deterministic ? 'deterministic: ordered index, strips that accumulate run one launch each' : 'order-free: atomically claimed index slots, atomicAdd accumulation'} */`,
    '/* build: nvcc -O3 -std=c++17 -arch=sm_80 FILE.cu -o FILE; run: ./FILE --in DIR --out DIR [--repeat N] [--warmup N] */',
    PRELUDE_INCLUDES,
    body,
  ].join('\n');
  const kernels = [...PRELUDE_KERNELS.fills, ...(e.indexes.size > 0 ? PRELUDE_KERNELS.index : []), ...builder.kernels.map((k) => k.name)];
  return { source, head: PRELUDE_INCLUDES, body, spec, kernels };
}

interface LoweredOp {
  readonly steps: LaunchStep[];
  readonly gemm: boolean;
}

const buf = (buffer: number): LaunchParam => ({ kind: 'buffer', buffer });

function extentsOf(expr: TensorExpr, dims: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of [...expr.spatial, ...expr.reduce]) {
    const v = evalDim(a.extent, dims);
    if (v === undefined || v < 1) throw new InternalError('cuda', `axis of op '${expr.output}' has no positive extent`);
    out.set(a.name, v);
  }
  return out;
}

/** A fill of a tensor buffer with a value, in its dtype (the reference's typed-array fill). */
function fillStep(op: number, buffer: number, count: number, dtype: DType, value: number): LaunchStep {
  const base = { kind: 'launch' as const, op, phase: 'kernel' as const, grid: [strideGrid(count), 1, 1] as const, block: [BLOCK, 1, 1] as const, sharedBytes: 0, staticSharedBytes: 0 };
  switch (dtype) {
    case 'f32':
      return { ...base, kernel: 'pit_fill_f32', params: [buf(buffer), { kind: 'long', value: count }, { kind: 'f32', bits: floatBits(value) }] };
    case 'i32':
      return { ...base, kernel: 'pit_fill_i32', params: [buf(buffer), { kind: 'long', value: count }, { kind: 'int', value: value | 0 }] };
    case 'bool':
      return { ...base, kernel: 'pit_fill_u8', params: [buf(buffer), { kind: 'long', value: count }, { kind: 'int', value: value !== 0 ? 1 : 0 }] };
  }
}

function launch(op: number, kernel: string, grid: number, params: readonly LaunchParam[], staticSharedBytes = 0): LaunchStep {
  return { kind: 'launch', op, phase: 'kernel', kernel, grid: [grid, 1, 1], block: [BLOCK, 1, 1], sharedBytes: 0, staticSharedBytes, params };
}

/** The index a PIT form reads (the loop IR's `LoopIndex` of key `key`), built (steps returned) on its first use in the main plan. */
function useIndex(e: Emission, op: number, key: string): { index: EmittedIndex; steps: LaunchStep[] } {
  const known = e.indexes.get(key);
  if (known) return { index: known, steps: [] };
  const loopIndex = e.loops.indexes.find((x) => x.key === key);
  if (!loopIndex) throw new InternalError('cuda', `index '${key}' is not in the loop IR`);
  const source = e.tensors[e.tensorIds.get(loopIndex.source) ?? -1];
  if (!source) throw new InternalError('cuda', `index source '${loopIndex.source}' is not a tensor`);
  const index = emitIndex(
    {
      id: e.indexes.size,
      key,
      source: source.id,
      sourceBuffer: source.buffer,
      dtype: source.dtype,
      fill: loopIndex.fill,
      geometry: indexGeometry(source.shape, loopIndex.grid.microTile, loopIndex.grid.gatherDim),
      op,
      deterministic: e.deterministic,
    },
    e.builder,
  );
  e.indexes.set(key, index);
  return { index, steps: [...index.steps] };
}

function scratchBuffer(e: Emission, key: string, count: number, type: 'float' | 'double' = 'float'): number {
  let id = e.scratch.get(key);
  if (id === undefined) {
    id = e.builder.buffer(type, count, 'scratch');
    e.scratch.set(key, id);
  }
  return id;
}

function lowerOp(e: Emission, i: number, kernel: KernelIR, prefix: string): LoweredOp {
  const expr = kernel.expr;
  const loopOp = e.loops.ops[i];
  if (loopOp?.output !== expr.output) throw new InternalError('cuda', `op '${expr.output}' has no loop op`);
  // the op's PIT form as the loop IR states it (strips, gather, scope, SWrite), when it runs one
  const pit = kernel.kind === 'pit' ? loopOp.pit : undefined;
  if (kernel.kind === 'pit' && !pit) throw new InternalError('cuda', `op '${expr.output}' has no PIT loops`);
  const extents = extentsOf(expr, e.dims);
  // an op whose i32 values may pass 2^24 computes in double, as the reference does in float64
  const ranges = integerRanges(expr, { extents, dtypeOf: e.shapes.dtypeOf, rangeOf: (t) => e.stored.get(t) });
  if (!e.stored.has(expr.output)) e.stored.set(expr.output, ranges.stored);
  const real = ranges.problem !== undefined ? 'double' : 'float';
  const shapes: OpShapes = { ...e.shapes, extents, real };
  const out = e.tensors[e.tensorIds.get(expr.output) ?? -1] as TensorEntry;
  const count = elementCount(out.shape);
  const reads = (names: readonly string[]): LaunchParam[] => names.map((n) => buf((e.tensors[e.tensorIds.get(n) ?? -1] as TensorEntry).buffer));
  // the loop IR's contraction (the same for the op's PIT and dense forms)
  const shape = loopOp.contraction;
  const contraction: ContractionShape | { reason: string } = expr.dtype !== 'f32' ? { reason: 'output is not f32' } : shape.kind === 'none' ? { reason: shape.reason } : shape;
  const emitKernel = (name: string, source: string, staticSharedBytes = 0): string => e.builder.kernel({ name, source, staticSharedBytes });
  const steps: LaunchStep[] = [];
  const indexed = pit ? useIndex(e, i, pit.index) : undefined;
  if (indexed) steps.push(...indexed.steps);

  if (!('reason' in contraction)) {
    const c = contraction;
    const geometry = gemmGeometry(c, shapes.extents, pit && indexed ? { loops: pit, index: indexed.index.geometry } : undefined);
    const plain = c.epilogue === undefined;
    const cBuffer = plain ? out.buffer : scratchBuffer(e, `gemm:${i}`, count);
    const factor = (a: AccessExpr) => ({ access: a, shape: shapes.shapeOf(a.tensor) });
    const mode = pit?.swrite.mode;
    const write: GemmWrite = mode === 'accumulate' ? (e.deterministic ? 'add' : 'atomic') : 'store';
    const sequential = write === 'add';
    const name = `${prefix}_gemm`;
    const gemm = emitGemmKernel({
      name,
      geometry,
      aFactors: c.a.map(factor),
      bFactors: c.b.map(factor),
      output: { access: outputAccess(expr), shape: out.shape },
      scale: c.scale,
      write,
      sequential,
    });
    emitKernel(name, gemm.source, gemm.staticSharedBytes);
    steps.push(fillStep(i, cBuffer, count, 'f32', plain && pit ? pit.swrite.init : 0));
    const ptrs: LaunchParam[] = indexed && pit ? [buf(indexed.index.buffers.ptr), buf(indexed.index.buffers.coords)] : [];
    steps.push({
      kind: 'launch',
      op: i,
      phase: 'kernel',
      kernel: name,
      grid: gemm.grid,
      block: gemm.block,
      sharedBytes: 0,
      staticSharedBytes: gemm.staticSharedBytes,
      params: [buf(cBuffer), ...reads([...c.a, ...c.b].map((f) => f.tensor)), ...ptrs, ...(sequential ? [{ kind: 'repeat-index' as const }] : [])],
      ...(sequential ? { repeat: geometry.strips } : {}),
    });
    if (!plain) {
      // the epilogue reads the sum (the op's one reduction) from the GEMM's buffer
      const epi = emitDenseKernel(`${prefix}_epilogue`, expr, shapes, reductionsOf(expr.body)[0]);
      emitKernel(`${prefix}_epilogue`, epi.source);
      steps.push(launch(i, `${prefix}_epilogue`, strideGrid(count), [buf(out.buffer), ...reads(epi.reads), buf(cBuffer)]));
    }
    return { steps, gemm: true };
  }
  if (!pit || !indexed || kernel.kind !== 'pit') {
    const dense = emitDenseKernel(`${prefix}_dense`, expr, shapes);
    emitKernel(`${prefix}_dense`, dense.source);
    steps.push(launch(i, `${prefix}_dense`, strideGrid(count), [buf(out.buffer), ...reads(dense.reads)]));
    return { steps, gemm: false };
  }
  const ix = indexed.index;
  if (pit.scope.kind === 'output') {
    const cells = emitCellsKernel(`${prefix}_cells`, expr, pit, shapes, ix.geometry);
    emitKernel(`${prefix}_cells`, cells.source);
    steps.push(fillStep(i, out.buffer, count, out.dtype, pit.swrite.init));
    steps.push(launch(i, `${prefix}_cells`, strideGrid(ix.geometry.stripCount * ix.geometry.gatherTiles * cells.cells), [buf(out.buffer), ...reads(cells.reads), buf(ix.buffers.ptr), buf(ix.buffers.coords), buf(ix.buffers.stripOf)]));
    return { steps, gemm: false };
  }
  const partial = emitPartialKernel(`${prefix}_partial`, kernel, shapes, ix.geometry);
  emitKernel(`${prefix}_partial`, partial.source);
  const partialBuffer = scratchBuffer(e, `partial:${i}`, partial.cells, real);
  steps.push(launch(i, `${prefix}_partial`, strideGrid(partial.cells), [buf(partialBuffer), ...reads(partial.reads), buf(ix.buffers.ptr), buf(ix.buffers.coords)]));
  const outK = emitScopeOutputKernel(`${prefix}_out`, expr, pit, shapes);
  emitKernel(`${prefix}_out`, outK.source);
  steps.push(launch(i, `${prefix}_out`, strideGrid(count), [buf(out.buffer), ...reads(outK.reads), buf(partialBuffer)]));
  return { steps, gemm: false };
}

/** The output written as an access (its spatial axes, bare), for the GEMM's C offsets. */
function outputAccess(expr: TensorExpr): AccessExpr {
  return {
    kind: 'access',
    dtype: expr.dtype,
    tensor: expr.output,
    indices: expr.spatial.map((a) => ({ terms: [{ axis: a.name, coef: 1 }], constant: 0 })),
  };
}
