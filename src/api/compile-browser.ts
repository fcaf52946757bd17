import { browserTargets } from '../browser-targets.js';
import { compileWithTargets, type CompileOptions, type CompileResult } from './compile-core.js';

/**
 * compile() in a browser: the same checks and diagnostics as in Node, with the browser's targets
 * (wasm on Web Workers, gpu.js on WebGL2, the reference; no cuda).
 */
export async function compile(text: string, options: CompileOptions = {}): Promise<CompileResult> {
  return compileWithTargets(text, options, browserTargets());
}
