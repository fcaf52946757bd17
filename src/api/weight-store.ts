import type { HostTensor, TensorData } from '../../ir/tensor.js';

/** A weight the program holds: the caller's tensor (never copied on the host) and its version. */
export interface HeldWeight {
  readonly tensor: HostTensor;
  readonly version: number;
}

/**
 * The weights a program holds between runs. A weight given to run() or setWeights() becomes the
 * program's, by reference, with a version. The version changes when run() is given a different
 * array (other memory: another buffer, offset or length; a new typed-array object over the same
 * memory is the same array) and on every setWeights() call, even with the same array: that is how
 * a caller says it changed the values in place. Executors that keep weights in their own memory
 * (wasm) upload a weight only when its version changed, so a change in place that is not
 * announced with setWeights() is not seen there. It is not detected either: only reading every
 * element could tell, which costs as much as the upload it would save.
 */
export class WeightStore {
  private readonly held = new Map<string, HeldWeight>();
  private nextVersion = 1;

  get(name: string): HeldWeight | undefined {
    return this.held.get(name);
  }

  /**
   * Makes `weights` the program's and returns what each now is. From run(), an array the program
   * already holds keeps its version; from setWeights() (`renew`), every weight gets a new one.
   */
  accept(weights: ReadonlyMap<string, HostTensor>, renew: boolean): Map<string, HeldWeight> {
    const now = new Map<string, HeldWeight>();
    for (const [name, tensor] of weights) {
      const before = this.held.get(name);
      const keep = !renew && before !== undefined && sameMemory(before.tensor.data, tensor.data);
      const weight = { tensor, version: keep ? (before as HeldWeight).version : this.nextVersion++ };
      this.held.set(name, weight);
      now.set(name, weight);
    }
    return now;
  }

  clear(): void {
    this.held.clear();
  }
}

/** Whether two arrays are views of the same memory (same buffer, offset and length). */
export function sameMemory(a: TensorData, b: TensorData): boolean {
  return a === b || (a.buffer === b.buffer && a.byteOffset === b.byteOffset && a.byteLength === b.byteLength);
}
