import type { AccessExpr, TensorExpr } from '../expr/tensor-expr.js';

/**
 * The kernel IR: how one op executes. A dense kernel evaluates the op as written. A PIT kernel
 * is the paper's transformation made explicit: an online index over micro-tiles, strips that
 * fix some axes, rounds of listed micro-tiles gathered into dense tiles (SRead), dense compute
 * on the tile, and SWrite. Every target lowers from this; the reference interpreter runs it.
 */
export type KernelIR = DenseKernel | PitKernel;

export interface DenseKernel {
  readonly kind: 'dense';
  readonly expr: TensorExpr;
}

export type KernelExtent = number | 'full';

/** The index a kernel reads: built online from `source` (absent = equal to `fill`). */
export interface KernelIndex {
  readonly key: string;
  readonly source: string;
  readonly fill: number;
  readonly microTile: readonly KernelExtent[];
  readonly gatherDim: number;
  /** The source's values depend only on the dims (a mask of index values): the index may be built once per binding. */
  readonly dimsOnly?: true;
}

export interface PitKernel {
  readonly kind: 'pit';
  readonly expr: TensorExpr;
  readonly index: KernelIndex;
  /** The dynamically sparse access whose absent micro-tiles are skipped. */
  readonly operand: {
    readonly access: AccessExpr;
    /** Its micro-tile, one extent per dimension. */
    readonly microTile: readonly KernelExtent[];
    /** For each operand dimension, the index source dimension it maps to (null: pattern constant along it). */
    readonly dimToSource: readonly (number | null)[];
  };
  /** `reduction`: the reduction over `axes` drops skipped points; `output`: skipped cells keep `init`. */
  readonly scope: { readonly kind: 'reduction'; readonly axes: readonly string[] } | { readonly kind: 'output' };
  /** The permuted axis: its values come from the index, `width` at a time. */
  readonly gather: { readonly axis: string; readonly operandDim: number; readonly width: number };
  /** Axes whose range one strip fixes (a micro-tile's extent of them). */
  readonly strips: readonly { readonly axis: string; readonly operandDim: number; readonly extent: KernelExtent }[];
  /** `packed`: the operand's listed micro-tiles copied contiguously; `rows`: partners read through the index. */
  readonly sreads: readonly { readonly tensor: string; readonly mode: 'packed' | 'rows' }[];
  readonly swrite: {
    readonly mode: 'store' | 'scatter' | 'accumulate';
    readonly init: number;
    /**
     * Set when nobody reads the cells no listed micro-tile touches: the tensor is no program
     * output and every op reading it is a PIT form over the same index that reads it only where
     * this kernel wrote (codegen/lower/untouched-cells.ts). A target that runs those readers in
     * their PIT forms may leave the untouched cells unwritten (no bulk fill with `init`).
     */
    readonly untouchedUnread?: true;
  };
}

/** Whether a PIT kernel leaves cells outside its listed micro-tiles at the SWrite init. */
export function hasUntouchedCells(k: PitKernel): boolean {
  return k.scope.kind === 'output' || k.swrite.mode !== 'store';
}

export function kernelOutput(k: KernelIR): string {
  return k.expr.output;
}
