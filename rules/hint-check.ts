import { diagnostic, type Diagnostic } from '../ir/core/diagnostic.js';
import type { Graph } from '../ir/graph/graph.js';
import type { SparsityFact } from './sparsity.js';

/**
 * Checks micro-tile hints against the program: those given from outside (`--microtile`, the
 * API's `microTiles`) must name a tensor and give one positive extent per dimension (PIT4001,
 * an error: a typo must not silently leave the planner's choice in place). A hint on a tensor
 * the sparsity analysis does not find dynamic is ignored by the planner, so it is a warning
 * (PIT4002) whichever way it was given.
 */
export function checkHints(graph: Graph, facts: ReadonlyMap<string, SparsityFact>, external: ReadonlyMap<string, readonly number[]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const tensors = new Map(graph.tensors.map((t) => [t.name, t]));
  for (const [name, tile] of external) {
    const tensor = tensors.get(name);
    if (!tensor) {
      out.push(diagnostic('PIT4001', `micro-tile hint for '${name}': the program has no tensor of that name (tensors: ${[...tensors.keys()].join(', ')})`));
    } else if (tile.length !== tensor.shape.length) {
      out.push(diagnostic('PIT4001', `micro-tile hint ${tile.join('x')} for '${name}' has ${tile.length} extent(s); '${name}' has rank ${tensor.shape.length}, so it needs one extent per dimension`));
    } else if (tile.some((e) => !Number.isSafeInteger(e) || e < 1)) {
      out.push(diagnostic('PIT4001', `micro-tile hint ${tile.join('x')} for '${name}': every extent must be a positive integer`));
    }
  }
  const hinted = new Set([...external.keys(), ...graph.tensors.filter((t) => t.microTile).map((t) => t.name)]);
  for (const name of hinted) {
    const tensor = tensors.get(name);
    const fact = facts.get(name);
    if (!tensor || fact?.dynamic) continue;
    const how = external.has(name) ? 'micro-tile hint' : '@microtile hint';
    const why = fact ? ` (${fact.why})` : '';
    out.push(
      diagnostic(
        'PIT4002',
        `'${name}' is not dynamically sparse${why}, so the ${how} is ignored; annotate it @dynamic if its zeros change at run time`,
        external.has(name) ? undefined : tensor.span,
      ),
    );
  }
  return out;
}
