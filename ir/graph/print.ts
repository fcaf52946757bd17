import { printDim } from '../dim-expr.js';
import { stableHash } from '../core/hash.js';
import { printTensorExpr } from '../expr/print.js';
import type { Graph, TensorInfo } from './graph.js';

export function printTensorType(t: Pick<TensorInfo, 'dtype' | 'shape'>): string {
  return `${t.dtype}[${t.shape.map(printDim).join(', ')}]`;
}

function printAnnotations(t: TensorInfo): string {
  let s = '';
  if (t.dynamic) s += ' @dynamic';
  if (t.microTile) s += ` @microtile(${t.microTile.join('x')})`;
  return s;
}

/** Canonical text of a graph: one line per dim, tensor declaration and op; spans omitted. */
export function printGraph(graph: Graph): string {
  const lines: string[] = ['graph {'];
  if (graph.dims.length > 0) {
    lines.push(`  dim ${graph.dims.map((d) => (d.default === undefined ? d.name : `${d.name} = ${d.default}`)).join(', ')}`);
  }
  for (const t of graph.tensors) {
    if (t.role === 'intermediate') continue;
    lines.push(`  ${t.role} ${t.name}: ${printTensorType(t)}${printAnnotations(t)}`);
  }
  for (const op of graph.ops) {
    const t = graph.tensors.find((x) => x.name === op.expr.output);
    const type = t ? printTensorType(t) + printAnnotations(t) : '?';
    lines.push(`  ${op.expr.output}: ${type}`);
    lines.push(`    ${printTensorExpr(op.expr)}`);
  }
  lines.push(`  output ${graph.outputs.join(', ')}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** Structural hash: equal graphs (up to spans) hash equal. */
export function hashGraph(graph: Graph): string {
  return stableHash(printGraph(graph));
}
