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
export { tensor } from './api/tensor.js';
export { readNpy, writeNpy, type ReadNpyOptions } from './api/npy.js';
export type { OpRunRecord } from '../codegen/target.js';
export type { TargetId } from './targets/registry.js';
export { InternalError } from '../ir/core/errors.js';
export { formatDiagnostic, formatDiagnostics } from './diagnostics/format.js';

// autotuning (docs/tuning.md): search, store, and compile with what was found
export { tuneProgram, type TuneRequest, type TuneResult, type TuneProgress, type OpTuneResult } from './tune/tuner.js';
export { compileTuned, type PlanSource } from './tune/apply.js';
export { OnlineProgram, type OnlineRunReport } from './tune/online.js';
export { memoryDb, exportRecords, parseExport, type TuningDb } from './tune/db.js';
export { fileDb } from './tune/db-file.js';
export { machineId } from './tune/machine-id.js';
export type { TuningRecord } from './tune/record.js';
