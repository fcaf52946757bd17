import type { Target } from '../../codegen/target.js';
import type { TargetId } from '../targets/registry.js';
import type { ExternalDataReader } from '../onnx/tensor-data.js';
import type { ProgramSource } from '../program-source.js';
import { allTargets } from '../targets/node.js';
import { compileWithTargets as compileOn, type CompileHost, type CompileOptions, type CompileResult } from './compile-core.js';

export { guardsOf, loweredProgram, programName, type CompileOptions, type CompileResult } from './compile-core.js';

/**
 * Compiles .pit source text, or the bytes of an ONNX model (docs/onnx.md), for a target. User
 * mistakes come back in `diagnostics`, including arguments of the wrong kind (PIT5004); only a
 * bug in pitc throws (an InternalError naming the stage). This is Node's compile(): the browser
 * build's is compile-browser.ts.
 */
export async function compile(text: ProgramSource, options: CompileOptions = {}): Promise<CompileResult> {
  return compileWithTargets(text, options, allTargets());
}

/** compile() with the targets to choose from given (tests run gpu.js on its `cpu` backend this way), reading files as Node does. */
export async function compileWithTargets(text: ProgramSource, options: CompileOptions, targets: ReadonlyMap<TargetId, Target>): Promise<CompileResult> {
  return compileOn(text, options, targets, NODE_HOST);
}

/** Node reads an ONNX model's external data from the model's folder (loaded only when a folder is given). */
const NODE_HOST: CompileHost = {
  externalReader: async (dir: string): Promise<ExternalDataReader> => {
    const { externalDataReader } = await import('../onnx/external-files.js');
    return externalDataReader(dir);
  },
};
