import { dimSymbols } from '../dim-expr.js';
import type { DimInfo, Graph } from './graph.js';

/** The program's `dim T = N` defaults, overridden by `given` (--dim, the API's dims). */
export function dimsWithDefaults(graph: Graph, given: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  const dims = new Map(graph.dims.filter((d) => d.default !== undefined).map((d) => [d.name, d.default as number]));
  for (const [name, value] of given) dims.set(name, value);
  return dims;
}

/** The dims some tensor's shape uses. */
export function shapeDims(graph: Graph): Set<string> {
  const used = new Set<string>();
  for (const t of graph.tensors) for (const d of t.shape) dimSymbols(d, used);
  return used;
}

/** Dims a tensor's shape uses that `dims` leaves unbound (those a shape-specialising target needs). */
export function unboundShapeDims(graph: Graph, dims: ReadonlyMap<string, number>): DimInfo[] {
  const used = shapeDims(graph);
  return graph.dims.filter((d) => used.has(d.name) && !dims.has(d.name));
}
