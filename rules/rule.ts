import type { Reducer } from '../ir/expr/tensor-expr.js';
import type { AxisReport } from './axes.js';

/**
 * How SWrite stores a tile: `store` (reduce-axis rule: every output cell is complete in its
 * strip), `scatter` (spatial-axis rule: listed rows are written through the index, the others
 * keep `init`), `accumulate` (spatial-axis rule while a reduction axis is split across strips,
 * e.g. MoE's expert axis: partial rows are added).
 */
export type WriteMode = 'store' | 'scatter' | 'accumulate';

/** A micro-tile extent: a fixed size, or the whole dimension. */
export type MicroExtent = number | 'full';

/** Which index a rule reads: built from `source` at `microTile`, listing coordinates along `gatherDim`. */
export interface IndexSpec {
  readonly source: string;
  readonly microTile: readonly MicroExtent[];
  readonly gatherDim: number;
  /** Equal keys name the same index: one build serves every rule that shares it. */
  readonly key: string;
}

export interface PitRule {
  readonly op: string;
  /** The dynamically sparse operand whose zero micro-tiles are skipped. */
  readonly operand: string;
  /** The operand's access as written in the op, e.g. `a[t, f]`. */
  readonly access: string;
  /** The permuted (gathered) loop axis. */
  readonly axis: string;
  readonly axisRole: 'spatial' | 'reduce';
  /** `problem`: the axis indexes every tensor, so only whole slices can be skipped. */
  readonly kind: 'tile' | 'problem';
  /** Which dimension of the operand the axis indexes. */
  readonly operandDim: number;
  /** One extent per dimension of the operand, in its declared order. */
  readonly microTile: readonly MicroExtent[];
  readonly write: WriteMode;
  /** Partner operands gathered with the same index (rows of B for a k-rule). */
  readonly gathers: readonly string[];
  /** `reduction`: skipped points are dropped from a reduction; `output`: skipped cells are not computed. */
  readonly scope: 'reduction' | 'output';
  readonly reducer?: Reducer;
  /** Value of cells (or accumulators) that no listed micro-tile touches. */
  readonly init: number;
  readonly index: IndexSpec;
}

/** Why a dynamic operand gives no rule (or fewer rules than it has axes). */
export interface SkipVeto {
  readonly operand: string;
  readonly access: string;
  readonly reason: string;
}

export interface OpRules {
  readonly op: string;
  readonly axes: readonly AxisReport[];
  readonly rules: readonly PitRule[];
  readonly vetoes: readonly SkipVeto[];
}
