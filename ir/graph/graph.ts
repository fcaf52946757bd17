import type { DimExpr } from '../dim-expr.js';
import type { DType } from '../dtype.js';
import type { Span } from '../core/span.js';
import type { TensorExpr } from '../expr/tensor-expr.js';

/**
 * The graph IR: declared dims, every tensor with its type, and the ops that define the
 * intermediate tensors, in an order where every op only reads tensors defined before it.
 */
export type TensorRole = 'input' | 'weight' | 'intermediate';

export interface TensorInfo {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: readonly DimExpr[];
  readonly role: TensorRole;
  /** Annotated `@dynamic`: its zero pattern is known only at run time. */
  readonly dynamic: boolean;
  /** `@microtile(...)` hint: one extent per dimension. */
  readonly microTile?: readonly number[];
  readonly span?: Span;
}

export interface OpNode {
  readonly expr: TensorExpr;
  readonly span?: Span;
}

/** A symbolic dimension; `dim T = 128` gives a default used when nothing else binds it. */
export interface DimInfo {
  readonly name: string;
  readonly default?: number;
}

export interface Graph {
  readonly dims: readonly DimInfo[];
  readonly tensors: readonly TensorInfo[];
  readonly ops: readonly OpNode[];
  readonly outputs: readonly string[];
}

export function tensorByName(graph: Graph, name: string): TensorInfo | undefined {
  return graph.tensors.find((t) => t.name === name);
}

export function opByOutput(graph: Graph, name: string): OpNode | undefined {
  return graph.ops.find((o) => o.expr.output === name);
}

export function inputsOf(graph: Graph): TensorInfo[] {
  return graph.tensors.filter((t) => t.role === 'input' || t.role === 'weight');
}
