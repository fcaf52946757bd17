/**
 * A program compiled from an ONNX model: its initializers are its weights, held from the start
 * (a run may pass another value by name), and outputs come back in the model's shapes (a
 * Reshape at the end merges dims: the same elements in the same order, grouped differently).
 */
import type { HostTensor } from '../../ir/tensor.js';
import { PitProgram, type RunOptions, type RunReport, type TensorMap } from '../api/program.js';
import type { Size } from './lower/size.js';

export class OnnxProgram extends PitProgram {
  constructor(
    base: ConstructorParameters<typeof PitProgram>,
    /** The initializers, by ONNX name: the program's weights, held from the start. */
    readonly initializers: ReadonlyMap<string, HostTensor>,
    /** Outputs whose ONNX shape groups the computed dims differently, over ONNX dim names. */
    readonly outputShapes: ReadonlyMap<string, readonly Size[]>,
  ) {
    super(...base);
    // held once and uploaded once, like any weight; a run may still pass another value by name
    if (initializers.size > 0) this.setWeights(initializers);
  }

  override async execute(inputs: TensorMap, options: RunOptions = {}): Promise<RunReport> {
    const report = await super.execute(inputs, options);
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
