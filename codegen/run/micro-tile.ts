/**
 * A kernel's micro-tile with `full` extents resolved against the source's shape: what an
 * executor hands the index builder.
 */
export function concreteTile(
  tile: readonly (number | 'full')[],
  shape: readonly number[],
): number[] {
  return tile.map((e, d) => (e === 'full' ? Math.max(1, shape[d] ?? 1) : e));
}
