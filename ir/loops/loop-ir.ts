import type { DimExpr } from '../dim-expr.js';
import type { DType } from '../dtype.js';
import type {
  AccessExpr,
  AxisValueExpr,
  BinaryOp,
  ConstExpr,
  Reducer,
  UnaryOp,
} from '../expr/tensor-expr.js';
import type { IndexGrid, TileExtent } from '../index-geometry.js';

/**
 * The loop IR: how every op of a program runs, as loops a target can render without looking at
 * the tensor expression again. Per op: the axes with their extents, the buffers reductions
 * accumulate into, and a loop nest of steps — plain loops over axes, the strip loop and the loop
 * over listed micro-tiles of an index (PIT), SRead (what is gathered) and SWrite (how cells are
 * stored, with the SWrite init of untouched cells) — plus the contraction structure (GEMM view)
 * when the op has one. Extents are `DimExpr`s: symbolic, or constants once the dims are bound.
 *
 * The nest is the reference's definition (codegen/ref): each reduction is computed into a buffer
 * over its free axes before the expression that reads it, except where a PIT form computes only
 * listed points (then the reductions inside are computed per point: `over` is empty). Loops over
 * a buffer's free axes are independent, so a target may reorder or tile them; loops over a
 * reduction's own axes run in increasing order (the reference's float64 sums are in that order).
 * The per-cell form (`cell`) states the same op for a kernel where one thread computes one output
 * cell (gpu.js, WGSL, CUDA): loops over the spatial axes outermost, and inside a cell every
 * reduction computed per point (`over` empty), except a `given` one another kernel computed.
 * A PIT op's per-cell form walks its strips and listed micro-tiles inside the cell, restricted
 * to the cell: a strip loop visits only the strips whose tile coordinate along each strip axis
 * already bound is that axis's tile, a listed loop whose gather axis is bound only the
 * micro-tile holding it (if listed), and a fill sets the cell alone.
 * Plain data, no behaviour: the lowering is codegen/lower/to-loops.ts, the checks
 * ir/loops/verify.ts, the text ir/loops/print.ts.
 */
export interface LoopProgram {
  /** Bindings the extents were specialised to (empty: every extent as declared, symbolic). */
  readonly binding: readonly { readonly dim: string; readonly value: number }[];
  readonly tensors: readonly LoopTensor[];
  /** Every index the PIT forms read, once per key (ops sharing a key share one build per run). */
  readonly indexes: readonly LoopIndex[];
  readonly ops: readonly LoopOp[];
}

export interface LoopTensor {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: readonly DimExpr[];
  readonly role: 'input' | 'weight' | 'intermediate';
  /** A program output (returned by a run). */
  readonly output: boolean;
}

/** An online index: the micro-tiles of `source` present (≠ `fill`), listed per strip in ascending order. */
export interface LoopIndex {
  readonly key: string;
  readonly source: string;
  readonly fill: number;
  /** Strips, tiles and micro-tile of the source's shape (ir/index-geometry.ts). */
  readonly grid: IndexGrid;
  /** The op that builds it (the first in program order to read it). */
  readonly builtBy: string;
  /** The source depends only on the dims: the index may be built once per binding. */
  readonly dimsOnly: boolean;
}

export interface LoopAxis {
  readonly name: string;
  /** Canonical loop variable (`a0`, `a1`... spatial axes first): names from the program need not reach the text. */
  readonly var: string;
  readonly role: 'spatial' | 'reduce';
  readonly extent: DimExpr;
}

/** A float64 accumulator over some axes of the op (empty `over`: a scalar). */
export interface LoopBuffer {
  readonly name: string;
  readonly reducer: Reducer;
  /** The reduction's own axes (its update runs inside loops over them). */
  readonly axes: readonly string[];
  /** The axes it is kept over: the reduction's free axes, or none when computed per point. */
  readonly over: readonly string[];
  /** The dtype of the reduction's value (accumulation itself is in float64). */
  readonly dtype: DType;
  /**
   * Computed by another kernel (a GEMM, a PIT partial sum) and only read here, kept over its free
   * axes: no step of this op starts or updates it (per-cell form only).
   */
  readonly given?: boolean;
}

export interface LoopOp {
  /** The tensor the op defines. */
  readonly output: string;
  readonly dtype: DType;
  /** `cell`: the dense op one output cell at a time (spatial loops outermost, reductions per point). */
  readonly form: 'dense' | 'pit' | 'cell';
  readonly axes: readonly LoopAxis[];
  /** Tensors the op reads, in first-use order. */
  readonly reads: readonly string[];
  readonly buffers: readonly LoopBuffer[];
  readonly body: readonly LoopStep[];
  readonly pit?: PitLoops;
  /** Why a PIT kernel runs its dense form at these extents (a window micro-tile shorter than its dimension). */
  readonly fallback?: string;
  readonly contraction: ContractionShape | { readonly kind: 'none'; readonly reason: string };
}

/** The PIT form of an op: which index it walks, what it skips, what SRead and SWrite do. */
export interface PitLoops {
  readonly index: string;
  /** `reduction`: the reduction into `buffer` drops skipped points; `output`: skipped cells keep the init. */
  readonly scope:
    | { readonly kind: 'reduction'; readonly buffer: string; readonly axes: readonly string[] }
    | { readonly kind: 'output' };
  /** The dynamically sparse access whose absent micro-tiles are skipped, and its micro-tile. */
  readonly operand: AccessExpr;
  readonly operandMicroTile: readonly TileExtent[];
  /** Per operand dimension, the index source dimension it follows (null: the pattern is constant along it). */
  readonly dimToSource: readonly (number | null)[];
  /** The permuted axis and the operand dimension it indexes. */
  readonly gather: { readonly axis: string; readonly operandDim: number };
  /** Axes one strip fixes to a micro-tile's range (sourceDim null: its whole range). */
  readonly strips: readonly {
    readonly axis: string;
    readonly operandDim: number;
    readonly sourceDim: number | null;
  }[];
  /**
   * Operand dimensions indexed by a window (`y + r`) whose micro-tile must span the dimension for
   * this form to hold; when the bound size is larger the op runs its dense form. Listed only
   * while extents are symbolic: with bound dims the lowering decides (LoopOp.fallback).
   */
  readonly spans: readonly { readonly operandDim: number; readonly tile: number }[];
  readonly swrite: SWriteInfo;
}

export interface SWriteInfo {
  readonly mode: 'store' | 'scatter' | 'accumulate';
  /** Value of cells (or accumulators) no listed micro-tile touches. */
  readonly init: number;
  /**
   * Cells no listed micro-tile touches (hasUntouchedCells in ir/kernel): `init`, they hold the
   * init (written by the fill of an output scope, or stored from the accumulator's init in a
   * reduction scope); `unread`, the same but nobody reads them, so a target that runs every
   * reader's PIT form may leave them unwritten; `none`, a reduction scope stored as is: such
   * cells hold the reduction over nothing, as the dense form computes them.
   */
  readonly untouched: 'none' | 'init' | 'unread';
}

/**
 * A matmul-like op seen as a batched GEMM (what codegen/lower/contraction.ts finds):
 * `acc[loop, m, n] = scale · Σ_k Π a · Π b`, then the op is `epilogue(acc)` (or `acc` when plain).
 */
export interface ContractionShape {
  readonly kind: 'contraction';
  /** The buffer of the sum. */
  readonly buffer: string;
  readonly loop: readonly string[];
  readonly m: readonly string[];
  readonly n: readonly string[];
  readonly k: readonly string[];
  readonly a: readonly AccessExpr[];
  readonly b: readonly AccessExpr[];
  readonly scale: number;
  /** The value stored, reading the sum's buffer; absent when the op is exactly the sum. */
  readonly epilogue?: LoopExpr;
}

export type LoopStep =
  AxisLoop | StripLoop | ListedLoop | SReadStep | FillStep | InitStep | UpdateStep | StoreStep;

/** `for axis in range { body }`. */
export interface AxisLoop {
  readonly kind: 'loop';
  readonly axis: string;
  readonly range: LoopRange;
  readonly body: readonly LoopStep[];
}

/**
 * The range of an axis loop: the whole extent; the part one strip covers (tile coordinate u of
 * the source dimension, [u·tile, min(u·tile + tile, extent))); or the part one listed micro-tile
 * covers along the gather dimension ([coord·width, min(coord·width + width, extent))).
 */
export type LoopRange =
  | { readonly kind: 'full'; readonly extent: DimExpr }
  | {
      readonly kind: 'strip';
      readonly index: string;
      readonly sourceDim: number;
      readonly tile: TileExtent;
      readonly extent: DimExpr;
    }
  | {
      readonly kind: 'listed';
      readonly index: string;
      readonly width: TileExtent;
      readonly extent: DimExpr;
    };

/** `for s in strips(index)`: s numbers the strips row-major over the grid; it decodes into one tile coordinate per strip dimension. */
export interface StripLoop {
  readonly kind: 'strips';
  readonly index: string;
  readonly body: readonly LoopStep[];
}

/** `for p in listed(index, s)`: the micro-tiles listed in the current strip, in ascending order. */
export interface ListedLoop {
  readonly kind: 'listed';
  readonly index: string;
  readonly body: readonly LoopStep[];
}

/**
 * SRead: what the current listed micro-tile brings in. `packed`: the operand's micro-tile itself
 * (a target may copy the listed tiles contiguously); `rows`: a partner's rows or columns along
 * the gathered axis, read through the index.
 */
export interface SReadStep {
  readonly kind: 'sread';
  readonly tensor: string;
  readonly mode: 'packed' | 'rows';
  readonly accesses: readonly AccessExpr[];
}

/** Every cell of the output set to the SWrite init before listed cells are written. */
export interface FillStep {
  readonly kind: 'fill';
  readonly tensor: string;
  readonly value: number;
  /** Nobody reads the cells the fill alone writes (PitLoops.swrite.untouched is 'unread'). */
  readonly unread: boolean;
}

/** The buffer's slots over the loops in scope set to `value` (the reducer's identity, or the SWrite init). */
export interface InitStep {
  readonly kind: 'init';
  readonly buffer: string;
  readonly value: number;
}

/** `buffer[over] = buffer[over] ⊕ value` with the buffer's reducer. */
export interface UpdateStep {
  readonly kind: 'update';
  readonly buffer: string;
  readonly value: LoopExpr;
}

/** SWrite of one cell: `tensor[spatial axes] = value`, rounded to the tensor's dtype. */
export interface StoreStep {
  readonly kind: 'store';
  readonly tensor: string;
  /** `dense`: every cell in order; otherwise the PIT SWrite mode. */
  readonly write: 'dense' | 'store' | 'scatter' | 'accumulate';
  readonly value: LoopExpr;
}

/** Values inside the loops: the tensor expression with each reduction replaced by a read of its buffer. */
export type LoopExpr =
  ConstExpr | AccessExpr | AxisValueExpr | BufferRead | LoopUnary | LoopBinary | LoopWhere;

export interface BufferRead {
  readonly kind: 'buffer';
  readonly dtype: DType;
  readonly buffer: string;
  /** The buffer's `over` axes, bound by the enclosing loops. */
  readonly at: readonly string[];
}

export interface LoopUnary {
  readonly kind: 'unary';
  readonly dtype: DType;
  readonly op: UnaryOp;
  readonly arg: LoopExpr;
}

export interface LoopBinary {
  readonly kind: 'binary';
  readonly dtype: DType;
  readonly op: BinaryOp;
  readonly lhs: LoopExpr;
  readonly rhs: LoopExpr;
}

export interface LoopWhere {
  readonly kind: 'where';
  readonly dtype: DType;
  readonly cond: LoopExpr;
  readonly then: LoopExpr;
  readonly else: LoopExpr;
}

/** Visit every step, parents before children. */
export function walkSteps(
  steps: readonly LoopStep[],
  visit: (step: LoopStep, depth: number) => void,
  depth = 0,
): void {
  for (const s of steps) {
    visit(s, depth);
    if (s.kind === 'loop' || s.kind === 'strips' || s.kind === 'listed')
      walkSteps(s.body, visit, depth + 1);
  }
}

/** Visit every node of a loop expression, parents before children. */
export function walkLoopExpr(e: LoopExpr, visit: (node: LoopExpr) => void): void {
  visit(e);
  if (e.kind === 'unary') walkLoopExpr(e.arg, visit);
  else if (e.kind === 'binary') {
    walkLoopExpr(e.lhs, visit);
    walkLoopExpr(e.rhs, visit);
  } else if (e.kind === 'where') {
    walkLoopExpr(e.cond, visit);
    walkLoopExpr(e.then, visit);
    walkLoopExpr(e.else, visit);
  }
}
