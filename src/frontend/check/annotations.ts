import { diagnostic } from '../../../ir/core/diagnostic.js';
import type * as Ast from '../ast.js';
import type { CheckEnv } from './env.js';

export interface TensorAnnotations {
  readonly dynamic: boolean;
  readonly microTile?: readonly number[];
}

const KNOWN = ['dynamic', 'microtile'];

/**
 * Reads `@dynamic` and `@microtile(HxW...)` for a tensor of the given rank. Unknown names,
 * wrong arguments, repeats and micro-tiles of the wrong rank are PIT3011.
 */
export function readAnnotations(annotations: readonly Ast.Annotation[], rank: number, tensor: string, env: CheckEnv): TensorAnnotations {
  let dynamic = false;
  let microTile: number[] | undefined;
  const seen = new Set<string>();
  const bad = (message: string, span: Ast.Annotation['span']): void => {
    env.diagnostics.push(diagnostic('PIT3011', message, span));
  };
  for (const a of annotations) {
    const name = a.name.name;
    if (!KNOWN.includes(name)) {
      bad(`unknown annotation '@${name}' (known: ${KNOWN.map((k) => '@' + k).join(', ')})`, a.span);
      continue;
    }
    if (seen.has(name)) {
      bad(`'@${name}' is given twice`, a.span);
      continue;
    }
    seen.add(name);
    if (name === 'dynamic') {
      if (a.args.length > 0) bad(`'@dynamic' takes no arguments`, a.span);
      else dynamic = true;
      continue;
    }
    const shape = microTileShape(a, rank, tensor, bad);
    if (shape) microTile = shape;
  }
  return microTile ? { dynamic, microTile } : { dynamic };
}

function microTileShape(
  a: Ast.Annotation,
  rank: number,
  tensor: string,
  bad: (message: string, span: Ast.Annotation['span']) => void,
): number[] | undefined {
  const example = Array.from({ length: Math.max(rank, 1) }, (_, i) => (i === 0 ? 32 : 1)).join('x');
  const arg = a.args[0];
  if (a.args.length !== 1 || !arg) {
    bad(`'@microtile' takes one shape, such as @microtile(${example})`, a.span);
    return undefined;
  }
  let extents: number[];
  if (arg.kind === 'shape') extents = [...arg.extents];
  else if (arg.kind === 'number') extents = [arg.value];
  else {
    bad(`'@microtile' takes a shape such as ${example}, not '${arg.name}'`, arg.span);
    return undefined;
  }
  if (extents.length !== rank) {
    bad(`'@microtile' needs ${rank} ${rank === 1 ? 'extent' : 'extents'} for '${tensor}' (one per dimension), got ${extents.length}`, arg.span);
    return undefined;
  }
  if (extents.some((e) => !Number.isInteger(e) || e < 1)) {
    bad(`micro-tile extents must be positive integers`, arg.span);
    return undefined;
  }
  return extents;
}
