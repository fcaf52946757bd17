import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { applyDensity } from '../../src/runtime/density.js';
import { makeInputs, shapeOf, type DensitySpec } from '../helpers/pit-harness.js';

/**
 * The input sets every case of the conformance suite runs on: seeded random values with the
 * @dynamic inputs zero in whole micro-tiles at several densities (0: every micro-tile absent, so
 * every strip of every index is empty), whole rows absent (the micro-tile is a row: strips with
 * no entry next to full ones), every input and weight zero, and fully dense (no zero anywhere in
 * a dynamic input).
 */

export interface InputSet {
  readonly label: string;
  readonly values: Map<string, HostTensor>;
  /** Runs with an index builder that forgets the last micro-tile of every strip (see cases.ts). */
  readonly forgetful?: boolean;
  /** Left out on targets that run here on an emulator (`device: 'gpu'`), to keep them fast. */
  readonly cpuOnly?: boolean;
}

export type InputKind = DensitySpec | 'rows absent' | 'all zero';

export function labelOf(kind: InputKind): string {
  if (kind === 'dense' || kind === 'rows absent' || kind === 'all zero') return kind;
  return kind === 0 ? 'density 0 (all absent)' : `density ${kind}`;
}

/**
 * One input set. `tiles` gives the micro-tile each dynamic input is zeroed in (default 1s); the
 * seed is mixed with the kind so the sets of one case differ.
 */
export function inputSet(
  graph: Graph,
  dims: ReadonlyMap<string, number>,
  kind: InputKind,
  seed: number,
  tiles: ReadonlyMap<string, readonly number[]> = new Map(),
): InputSet {
  const label = labelOf(kind);
  if (kind === 'all zero') {
    const values = makeInputs(graph, dims, { density: 'dense', seed });
    for (const t of values.values()) t.data.fill(0);
    return { label, values };
  }
  if (kind === 'rows absent') {
    const values = makeInputs(graph, dims, { density: 'dense', seed: seed + 101 });
    for (const t of graph.tensors) {
      if (t.role === 'intermediate' || !t.dynamic) continue;
      const shape = shapeOf(graph, t.name, dims);
      // one micro-tile per row of the last dimension: half the rows vanish, whole
      const row = shape.map((n, d) => (d === shape.length - 1 ? Math.max(1, n) : 1));
      values.set(
        t.name,
        applyDensity(values.get(t.name) as HostTensor, 0.5, row, seed, `${t.name}#rows`),
      );
    }
    return { label, values };
  }
  const salt = kind === 'dense' ? 9 : Math.round(kind * 10);
  return { label, values: makeInputs(graph, dims, { density: kind, tiles, seed: seed + salt }) };
}
