import type { DType } from '../../ir/dtype.js';
import { allocateData, type TensorData } from '../../ir/tensor.js';

/** Most bytes of spare output arrays an executor keeps (one set of a run's outputs). */
export const SPARE_OUTPUT_BYTES = 64 * 1024 * 1024;

/** The touch pass writes one byte per 4 KB page. */
const PAGE_BYTES = 4096;

/** An output a run copied out: the spare made for the next run has its name, dtype and length. */
export interface OutputShape {
  readonly name: string;
  readonly dtype: DType;
  readonly count: number;
}

/**
 * Output arrays for the next run, allocated with every page touched between runs. A run's
 * outputs are fresh arrays the caller owns, and fresh memory from the allocator often has to be
 * mapped again by the OS: the copy out then faults on every page inside the call (9 ms for
 * attention's 3 MB output on the benchmark VM, about 12 µs a page; docs/wasm.md, "Data stays
 * where it is"). After a run, a macrotask makes the next run's arrays and touches their pages; a
 * run that starts before it fired cancels it, so a caller running back to back pays nothing
 * extra and only calls after some idle time find their arrays ready. Each spare is handed out
 * once: the caller owns it from then on. What a run asked for (`take`) is what is made for the
 * next one.
 */
export class SpareOutputs {
  private readonly spares = new Map<string, TensorData>();
  private readonly asked: OutputShape[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The spare made for this output, if it is ready and of this dtype and length (it is not handed
   * out again); the output is made for the next run too (prepareSoon).
   */
  take(name: string, dtype: DType, count: number): TensorData | undefined {
    this.asked.push({ name, dtype, count });
    const spare = this.spares.get(name);
    if (!spare) return undefined;
    this.spares.delete(name);
    return kindOf(spare) === dtype && spare.length === count ? spare : undefined;
  }

  /**
   * Makes spares for these outputs (by default those taken since the last call) in a macrotask
   * when they fit SPARE_OUTPUT_BYTES, replacing any others; none when there are none.
   */
  prepareSoon(outputs: readonly OutputShape[] = this.asked.splice(0)): void {
    this.cancel();
    const bytes = outputs.reduce((sum, o) => sum + o.count * (o.dtype === 'bool' ? 1 : 4), 0);
    if (outputs.length === 0 || bytes > SPARE_OUTPUT_BYTES) {
      this.spares.clear();
      return;
    }
    const timer = setTimeout(() => {
      this.timer = undefined;
      this.spares.clear();
      for (const o of outputs) this.spares.set(o.name, touched(allocateData(o.dtype, o.count)));
    }, 0);
    // a pending spare never keeps a Node process alive
    (timer as { unref?: () => void }).unref?.();
    this.timer = timer;
  }

  /** A run started: spares not made yet are not made (it allocates its own). */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  clear(): void {
    this.cancel();
    this.spares.clear();
    this.asked.length = 0;
  }
}

/** Writes a zero on every page, so the OS maps them now rather than during the next run's copy. */
function touched(data: TensorData): TensorData {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < bytes.length; i += PAGE_BYTES) bytes[i] = 0;
  return data;
}

function kindOf(data: TensorData): DType {
  if (data instanceof Float32Array) return 'f32';
  if (data instanceof Int32Array) return 'i32';
  return 'bool';
}
