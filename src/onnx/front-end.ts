/**
 * The ONNX front end: import the model as .pit text (import.ts), check that text with the .pit
 * front end, then rename the checked graph's tensors and dims to the ONNX names, so options
 * (`--input`, `--density`, `--microtile`, `dynamic`), reports and tuning records speak the
 * model's names. Diagnostics point into the .pit text (`pitc import` writes it), whose lines
 * name the ONNX nodes.
 */
import { diagnostic, hasErrors, type Diagnostic } from '../../ir/core/diagnostic.js';
import { InternalError } from '../../ir/core/errors.js';
import { makeSourceFile } from '../../ir/core/span.js';
import { renameGraph } from '../../ir/graph/rename.js';
import { verifyGraph } from '../../ir/graph/verify.js';
import type { HostTensor } from '../../ir/tensor.js';
import { runFrontEnd, type FrontEndResult } from '../frontend/index.js';
import { importOnnx, type OnnxImportOptions } from './import.js';
import type { LoweredModel } from './lower/index.js';
import type { Size } from './lower/size.js';

export interface OnnxFrontEndResult extends FrontEndResult {
  /** The initializers the program reads, by ONNX name: run() supplies them unless given. */
  readonly weights: ReadonlyMap<string, HostTensor>;
  /** Graph outputs whose ONNX shape groups the computed tensor's dims differently (over ONNX dim names). */
  readonly outputShapes: ReadonlyMap<string, readonly Size[]>;
  /** The .pit form, when the model could be read. */
  readonly lowered?: LoweredModel;
}

export function runOnnxFrontEnd(bytes: Uint8Array, file: string, options: OnnxImportOptions = {}): OnnxFrontEndResult {
  const imported = importOnnx(bytes, file, options);
  const none = { weights: new Map(), outputShapes: new Map() };
  const lowered = imported.lowered;
  // no .pit form: the diagnostics are about the file as a whole (`model.onnx: error ...`), so
  // the source is named apart from it and no line of it is shown
  if (!lowered) return { source: makeSourceFile(`${file} (ONNX)`, ''), diagnostics: imported.diagnostics, ...none };
  if (hasErrors(imported.diagnostics)) return { source: lowered.source, diagnostics: imported.diagnostics, lowered, ...none };
  const front = runFrontEnd(lowered.text, file);
  const checked = front.diagnostics.map((d) => (d.severity === 'error' ? blameImporter(d) : d));
  const diagnostics = [...imported.diagnostics, ...checked];
  const base = { source: front.source, ...(front.ast ? { ast: front.ast } : {}), diagnostics, lowered };
  if (!front.graph || hasErrors(checked)) return { ...base, ...none };
  const graph = renameGraph(front.graph, lowered.onnxNames, lowered.dimNames);
  const problems = verifyGraph(graph);
  if (problems.length > 0) throw new InternalError('onnx', `renaming to ONNX names gave invalid graph IR:\n  ${problems.join('\n  ')}`);
  const onnx = (pit: string): string => lowered.onnxNames.get(pit) ?? pit;
  const dim = (pit: string): string => lowered.dimNames.get(pit) ?? pit;
  const weights = new Map([...lowered.weights].map(([pit, t]) => [onnx(pit), t]));
  const outputShapes = new Map<string, readonly Size[]>();
  for (const o of lowered.outputs) {
    const computed = graph.tensors.find((t) => t.name === o.onnx)?.shape.length;
    const shape = o.shape.map((s) => ({ c: s.c, syms: s.syms.map(dim) }));
    if (computed !== shape.length || shape.some((s) => s.syms.length > 1 || (s.syms.length === 1 && s.c !== 1))) outputShapes.set(o.onnx, shape);
    else {
      // same rank and one extent per dim: the tensor already has the ONNX shape
      const info = graph.tensors.find((t) => t.name === o.onnx);
      const same = info?.shape.every((d, i) => (d.kind === 'const' ? shape[i]?.syms.length === 0 && shape[i]?.c === d.value : d.kind === 'sym' && shape[i]?.syms[0] === d.name));
      if (!same) outputShapes.set(o.onnx, shape);
    }
  }
  return { ...base, graph, weights, outputShapes };
}

/** A .pit error in text pitc generated is pitc's mistake, not the model's: say so. */
function blameImporter(d: Diagnostic): Diagnostic {
  return diagnostic(d.code, `${d.message} (in the .pit form pitc generated for this model: a pitc bug, please report it with the model)`, d.span, d.related);
}
