import type { RuntimeServices } from '../../codegen/target.js';
import { buildIndex, IndexWorkspace } from './index-builder.js';

/**
 * The index builder as a runtime service: one workspace per slot (per index a program builds),
 * so steady-state calls reuse their buffers and indexes of one run do not overwrite each other.
 */
export function createIndexService(): RuntimeServices {
  const workspaces = new Map<string, IndexWorkspace>();
  return {
    buildIndex(tensor, microTile, gatherDim, fill, slot) {
      let ws = workspaces.get(slot);
      if (!ws) {
        ws = new IndexWorkspace();
        workspaces.set(slot, ws);
      }
      return buildIndex(tensor, microTile, gatherDim, fill, ws);
    },
  };
}
