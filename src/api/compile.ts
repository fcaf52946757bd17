import { allTargets } from '../targets.js';
import { compileWithTargets, type CompileOptions, type CompileResult } from './compile-core.js';

export { compileWithTargets, guardsOf, programName, type CompileOptions, type CompileResult } from './compile-core.js';

/**
 * Compiles .pit source text for a target. User mistakes come back in `diagnostics`, including
 * arguments of the wrong kind (PIT5004); only a bug in pitc throws (an InternalError naming the
 * stage). This is Node's compile(): the browser build's is compile-browser.ts.
 */
export async function compile(text: string, options: CompileOptions = {}): Promise<CompileResult> {
  return compileWithTargets(text, options, allTargets());
}
