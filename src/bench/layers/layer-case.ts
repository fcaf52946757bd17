/** One row of the layers benchmark: a whole layer as a .pit program and as a dense ONNX graph. */
import type { HostTensor } from '../../../ir/tensor.js';

/**
 * How often each variant of a row runs: `warmup` untimed calls, then up to `runs` rounds of one
 * timed call per variant, fewer once the timed calls of all variants together have taken
 * `budgetMs` (at least one round).
 */
export interface Sampling {
  readonly warmup: number;
  readonly runs: number;
  readonly budgetMs: number;
}

/** The same layer for onnxruntime: the model bytes and its inputs, by ONNX name. */
export interface OnnxLayer {
  readonly model: Uint8Array;
  readonly feeds: Readonly<Record<string, HostTensor>>;
  /** The ONNX output that equals the pitc output. */
  readonly output: string;
}

/** What the goal check of a row sees (times are medians in ms; undefined where not measured). */
export interface RowTimes {
  readonly pitcMs: number;
  readonly kernelIndexMs: number;
  readonly denseMs?: number;
  readonly ortMs?: number;
  readonly numpyMs?: number;
  /** Median kernel ms of one op in pitc's PIT program and in its dense program. */
  opKernelMs(op: string, program: 'pitc' | 'dense'): number | undefined;
  /** A number from the op's last run record (e.g. its index density). */
  opDetail(op: string, key: string): unknown;
}

/** A goal of issue 9 for this row: its text and whether the row meets it. */
export interface GoalCheck {
  readonly goal: string;
  readonly met: boolean;
  readonly measured: string;
}

export interface LayerCase {
  readonly layer: string;
  /** The configuration in words: sizes, sparsity, spelling. */
  readonly config: string;
  /** The .pit program and a file name for its diagnostics. */
  readonly program: string;
  readonly file: string;
  readonly dims: Readonly<Record<string, number>>;
  /** The pitc output compared with onnxruntime's. */
  readonly output: string;
  readonly sampling: Sampling;
  /** Per-op times of the dense program too (rows whose goals compare one op with its dense form). */
  readonly denseOps?: boolean;
  /** Inputs and weights by pitc name; made once per row. */
  data(): Readonly<Record<string, HostTensor>>;
  onnx(data: Readonly<Record<string, HostTensor>>): OnnxLayer;
  /** For matmul rows: NumPy times `a @ b` on these two tensors. */
  readonly numpy?: { readonly a: string; readonly b: string };
  goals?(t: RowTimes): readonly GoalCheck[];
}
