/**
 * pitc's public API in a browser: the package root's `browser` condition (package.json
 * `exports`) points here. The same compile(), run() and tensors as in Node, with the browser's
 * targets; nothing here imports a Node module, so a bundler needs no polyfill and prints no
 * warning. binaryen (about 14 MB) is loaded only when a wasm program is compiled, from its own
 * chunk. Tuning (which times candidates in worker threads and keeps a database file) is Node's.
 *
 *   import { compile, tensor } from 'pitc';
 *   const { program, formatted } = await compile(source, { file: 'ffn.pit', target: 'wasm' });
 */
export { compile } from './api/compile-browser.js';
export type { CompileOptions, CompileResult } from './api/compile-core.js';
export { PitProgram, type RunOptions, type RunReport, type TensorSpec, type TensorMap } from './api/program.js';
export { PitcError } from './api/errors.js';
export type { Diagnostic, RelatedInfo } from '../ir/core/diagnostic.js';
export { CODES, type DiagnosticCode, type Severity } from '../ir/core/codes.js';
export type { Span, SourceFile } from '../ir/core/span.js';
export type { DType } from '../ir/dtype.js';
export type { HostTensor as Tensor, TensorData } from '../ir/tensor.js';
export { tensor } from './api/tensor.js';
export { readNpy, writeNpy, type ReadNpyOptions } from './api/npy.js';
export type { OpRunRecord } from '../codegen/target.js';
export type { TargetId } from './targets/registry.js';
export { InternalError } from '../ir/core/errors.js';
export { formatDiagnostic, formatDiagnostics } from './diagnostics/format.js';
