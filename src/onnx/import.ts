/**
 * ONNX model bytes → the equivalent .pit program (text, weights, names): the reader
 * (read-model.ts) then the lowering (lower/). `pitc import` writes the result; the ONNX front
 * end (front-end.ts) checks it and hands the compiler a graph under the ONNX names.
 */
import { hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import { lowerModel, type ImportOptions, type LoweredModel } from './lower/index.js';
import type { OnnxModel } from './model.js';
import { readOnnxModel } from './read-model.js';
import type { ExternalDataReader } from './tensor-data.js';

export interface OnnxImportOptions extends ImportOptions {
  /** Reads external-data files (Node: external-files.ts, relative to the model's folder). */
  readonly external?: ExternalDataReader;
}

export interface OnnxImport {
  readonly model?: OnnxModel;
  /** Present when the file could be read (even if some nodes have errors). */
  readonly lowered?: LoweredModel;
  readonly diagnostics: readonly Diagnostic[];
}

export function importOnnx(bytes: Uint8Array, file: string, options: OnnxImportOptions = {}): OnnxImport {
  const read = readOnnxModel(bytes, file, options.external);
  if (!read.model || hasErrors(read.diagnostics)) return { ...(read.model ? { model: read.model } : {}), diagnostics: read.diagnostics };
  const lowered = lowerModel(read.model, file, options);
  return { model: read.model, lowered, diagnostics: [...read.diagnostics, ...lowered.diagnostics] };
}
