import { browserTargets } from '../targets/browser.js';
import type { ProgramSource } from '../program-source.js';
import { compileWithTargets, NO_FILES_HOST, type CompileOptions, type CompileResult } from './compile-core.js';

/**
 * compile() in a browser: the same checks and diagnostics as in Node, for .pit text or ONNX model
 * bytes, with the browser's targets (wasm on Web Workers, gpu.js on WebGL2, the reference; no
 * cuda). No files: a model's external data cannot be read (each such tensor says so).
 */
export async function compile(text: ProgramSource, options: CompileOptions = {}): Promise<CompileResult> {
  return compileWithTargets(text, options, browserTargets(), NO_FILES_HOST);
}
