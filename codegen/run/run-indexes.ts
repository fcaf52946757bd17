import { InternalError } from '../../ir/core/errors.js';
import type { SparseIndex } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { RuntimeServices } from '../target.js';
import { concreteTile } from './micro-tile.js';

/** The index a PIT op reads: the tensor it is built from and its geometry. */
export interface IndexRequest {
  /** Ops whose indexes have the same key share one build per run. */
  readonly key: string;
  readonly source: string;
  readonly fill: number;
  readonly gatherDim: number;
  /** Extents, concrete or `full` (resolved against the source's shape). */
  readonly microTile: readonly (number | 'full')[];
}

/** An index as one op of a run uses it. */
export interface IndexUse {
  readonly key: string;
  readonly index: SparseIndex;
  /** An earlier op of this run built it. */
  readonly reused: boolean;
  /**
   * Data a target derives from the index (kernel arguments, an upload), made once per run and
   * shared by every op that reads this index.
   */
  derived<T>(name: string, make: () => T): T;
}

interface Entry {
  readonly index: SparseIndex;
  readonly derived: Map<string, unknown>;
}

/**
 * The indexes one run has built, by key. A run starts with none: an index describes the data of
 * its run, so no index outlives it here (a target that knows an index depends only on the dims
 * keeps it itself).
 */
export class RunIndexes {
  private readonly entries = new Map<string, Entry>();

  get(key: string): SparseIndex | undefined {
    return this.entries.get(key)?.index;
  }

  /** This run's index for `key`: the one an earlier op built, else `build()`'s. */
  obtain(key: string, build: () => SparseIndex): IndexUse {
    const earlier = this.entries.get(key);
    const entry = earlier ?? { index: build(), derived: new Map<string, unknown>() };
    if (!earlier) this.entries.set(key, entry);
    return {
      key,
      index: entry.index,
      reused: earlier !== undefined,
      derived<T>(name: string, make: () => T): T {
        if (!entry.derived.has(name)) entry.derived.set(name, make());
        return entry.derived.get(name) as T;
      },
    };
  }
}

/**
 * Builds `request`'s index from the current value of its source through the runtime's builder
 * (its workspace named by the key). `stage` names the target in the internal error of a source
 * with no value: the plan orders every op after the ops it reads, so that is our bug.
 */
export function buildRequestedIndex(
  request: IndexRequest,
  values: ReadonlyMap<string, HostTensor>,
  services: RuntimeServices,
  stage: string,
): { readonly index: SparseIndex; readonly source: HostTensor } {
  const source = values.get(request.source);
  if (!source) {
    throw new InternalError(
      stage,
      `index source '${request.source}' of index '${request.key}' has no value when its op runs`,
    );
  }
  const microTile = concreteTile(request.microTile, source.shape);
  const index = services.buildIndex(
    source,
    microTile,
    request.gatherDim,
    request.fill,
    request.key,
  );
  return { index, source };
}
