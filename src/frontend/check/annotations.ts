import { diagnostic } from '../../../ir/core/diagnostic.js';
import { dimConst, dimSym, type DimExpr } from '../../../ir/dim-expr.js';
import type * as Ast from '../ast.js';
import type { CheckEnv } from './env.js';

export interface TensorAnnotations {
  readonly dynamic: boolean;
  readonly microTile?: readonly number[];
}

const KNOWN = ['dynamic', 'microtile'];

/** `@extent(AXIS, SIZE)` on a definition: the axis's extent, stated rather than inferred (extension). */
export const EXTENT = 'extent';

/**
 * Reads `@dynamic` and `@microtile(HxW...)` for a tensor of the given rank. Unknown names,
 * wrong arguments, repeats and micro-tiles of the wrong rank are PIT3011. `@extent` is read by
 * the definition (`readExtents`); `definition` says whether it is allowed here.
 */
export function readAnnotations(annotations: readonly Ast.Annotation[], rank: number, tensor: string, env: CheckEnv, definition = false): TensorAnnotations {
  let dynamic = false;
  let microTile: number[] | undefined;
  const seen = new Set<string>();
  const bad = (message: string, span: Ast.Annotation['span']): void => {
    env.diagnostics.push(diagnostic('PIT3011', message, span));
  };
  for (const a of annotations) {
    const name = a.name.name;
    if (name === EXTENT && definition) continue;
    if (!KNOWN.includes(name)) {
      const known = [...KNOWN, ...(definition ? [EXTENT] : [])];
      const where = name === EXTENT ? ` ('@${EXTENT}' sizes an index of a definition)` : '';
      bad(`unknown annotation '@${name}'${where} (known: ${known.map((k) => '@' + k).join(', ')})`, a.span);
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

/**
 * `@extent(i, 4)`, `@extent(t, T)`: index names of a definition with the extent they run over,
 * for an index that no bare access sizes (`x[4*i + k]`, a slice `x[2 + i]` or `x[i]` of its first
 * elements). The stated extent is not inferred from accesses; every access, bare ones included,
 * must stay in bounds (PIT3008). Returns extents by written name.
 */
export function readExtents(annotations: readonly Ast.Annotation[], env: CheckEnv): Map<string, { extent: DimExpr; span: Ast.Annotation['span'] }> {
  const out = new Map<string, { extent: DimExpr; span: Ast.Annotation['span'] }>();
  for (const a of annotations) {
    if (a.name.name !== EXTENT) continue;
    const [axis, size] = a.args;
    if (a.args.length !== 2 || axis?.kind !== 'name' || (size?.kind !== 'number' && size?.kind !== 'name')) {
      env.diagnostics.push(diagnostic('PIT3011', `'@${EXTENT}' takes an index name and its extent, such as @${EXTENT}(i, 4) or @${EXTENT}(t, T)`, a.span));
      continue;
    }
    if (out.has(axis.name)) {
      env.diagnostics.push(diagnostic('PIT3011', `'@${EXTENT}' is given twice for '${axis.name}'`, a.span));
      continue;
    }
    let extent: DimExpr;
    if (size.kind === 'number') {
      if (!Number.isInteger(size.value) || size.value < 1 || size.value > 2 ** 31 - 1) {
        env.diagnostics.push(diagnostic('PIT3011', `an extent must be a positive integer, not ${size.text}`, size.span));
        continue;
      }
      extent = dimConst(size.value);
    } else {
      if (!env.dims.has(size.name)) {
        env.diagnostics.push(diagnostic('PIT3002', `unknown dimension '${size.name}' (declare it with 'dim ${size.name}')`, size.span));
        continue;
      }
      env.usedDims.add(size.name);
      extent = dimSym(size.name);
    }
    out.set(axis.name, { extent, span: axis.span });
  }
  return out;
}
