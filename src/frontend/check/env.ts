import type { Diagnostic } from '../../../ir/core/diagnostic.js';
import type { Span } from '../../../ir/core/span.js';
import type { AffineIndex } from '../../../ir/expr/tensor-expr.js';
import type { TensorInfo } from '../../../ir/graph/graph.js';

/** What the checker knows while it walks the statements of one file, in order. */
export interface CheckEnv {
  readonly file: string;
  readonly dims: Map<string, Span>;
  /** Default sizes from `dim T = 128`. */
  readonly dimDefaults: Map<string, number>;
  /** Inputs and weights (all of them, declarations are hoisted) and the tensors defined so far. */
  readonly tensors: Map<string, TensorInfo>;
  /** Tensors defined by a later statement: reading one early gets a pointed hint. */
  readonly definedLater: Map<string, Span>;
  /**
   * Tensors whose declaration or definition has errors (registered with placeholder types so
   * that reading them is not reported as "unknown tensor"). Their extents are meaningless, so a
   * definition that reads one is not sized: any error there would repeat the first mistake.
   */
  readonly brokenTensors: Set<string>;
  readonly usedTensors: Set<string>;
  readonly usedDims: Set<string>;
  readonly diagnostics: Diagnostic[];
}

/** One tensor access as written, kept by the checker to infer extents and check bounds. */
export interface AccessSite {
  readonly tensor: TensorInfo;
  readonly indices: readonly AffineIndex[];
  readonly indexSpans: readonly Span[];
  readonly span: Span;
}
