/**
 * pitc's public API.
 *
 *   import { compile, tensor } from 'pitc';
 *   const { program, formatted } = await compile(source, { file: 'ffn.pit' });
 *   if (!program) throw new Error(formatted);
 *   const { y } = await program.run({ x, w1, w2 }, { dims: { T: 128 } });
 */
export { compile, type CompileOptions, type CompileResult } from './api/compile.js';
export { PitProgram, type RunOptions, type RunReport, type TensorSpec, type TensorMap } from './api/program.js';
export { PitcError } from './api/errors.js';
export type { Diagnostic, RelatedInfo } from '../ir/core/diagnostic.js';
export { CODES, type DiagnosticCode, type Severity } from '../ir/core/codes.js';
export type { Span, SourceFile } from '../ir/core/span.js';
export type { DType } from '../ir/dtype.js';
export type { HostTensor as Tensor, TensorData } from '../ir/tensor.js';
export { makeTensor as tensor } from '../ir/tensor.js';
export type { TargetId, OpRunRecord } from '../codegen/target.js';
export { InternalError } from '../ir/core/errors.js';
export { formatDiagnostic, formatDiagnostics } from './diagnostics/format.js';
