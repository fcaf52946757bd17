import type { OnnxNode } from '../../model.js';
import type { Lowering } from '../context.js';

/** What an operator's lowering may ask about the rest of the graph (for fused patterns). */
export interface GraphInfo {
  /** The nodes that read a value, in graph order. */
  consumers(value: string): readonly OnnxNode[];
  isGraphOutput(value: string): boolean;
  /** Marks a later node as lowered by this one (a fused pattern): it writes only a comment. */
  absorb(node: OnnxNode, why: string): void;
}

export type OpLowering = (ctx: Lowering, graph: GraphInfo) => void;

export type OpTable = Readonly<Record<string, OpLowering>>;
