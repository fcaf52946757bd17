/**
 * A program compiled from an ONNX model: its initializers are supplied to every run unless the
 * caller passes a value of the same name, and outputs come back in the model's shapes (a
 * Reshape at the end merges dims: the same elements in the same order, grouped differently).
 */
import type { HostTensor } from '../../ir/tensor.js';
import { PitProgram, type RunOptions, type RunReport, type TensorMap } from '../api/program.js';
import type { Size } from './lower/size.js';

export class OnnxProgram extends PitProgram {
  constructor(
    base: ConstructorParameters<typeof PitProgram>,
    /** The initializers, by ONNX name. */
    readonly weights: ReadonlyMap<string, HostTensor>,
    /** Outputs whose ONNX shape groups the computed dims differently, over ONNX dim names. */
    readonly outputShapes: ReadonlyMap<string, readonly Size[]>,
  ) {
    super(...base);
  }

  override async execute(inputs: TensorMap, options: RunOptions = {}): Promise<RunReport> {
    const given = inputs instanceof Map ? inputs : inputs !== null && typeof inputs === 'object' && !Array.isArray(inputs) ? new Map(Object.entries(inputs)) : undefined;
    // anything that is not a map of inputs goes to the base class, which says what is wrong
    const merged = given ? new Map([...this.weights, ...given]) : inputs;
    const report = await super.execute(merged, options);
    return { ...report, outputs: this.adaptOutputs(report.outputs, report.dims) };
  }

  /** Outputs in the model's shapes (the reference interpreter's too, for comparisons). */
  adaptOutputs(outputs: ReadonlyMap<string, HostTensor>, dims: ReadonlyMap<string, number>): Map<string, HostTensor> {
    return new Map(
      [...outputs].map(([name, t]) => {
        const shape = this.outputShapes.get(name);
        return [name, shape ? { ...t, shape: shape.map((s) => s.syms.reduce((n, d) => n * (dims.get(d) ?? Number.NaN), s.c)) } : t];
      }),
    );
  }
}
