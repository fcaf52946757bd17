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
 * Pages touched per macrotask: about 3 ms at the VM's 12 µs a fresh page, the longest another
 * run can find the event loop busy with spares.
 */
export const SPARE_SLICE_PAGES = 256;

/** An array being made: its pages below `next` are touched. */
interface Making {
  readonly name: string;
  readonly data: TensorData;
  next: number;
}

/** The spares of every executor of this realm that have work left: any run's start stops them all. */
const busy = new Set<SpareOutputs>();

/**
 * A run is starting, in whichever program: no spare is made while it runs. Spares being made
 * stop where they are (a partly touched array is still handed out: it is a valid zeroed array),
 * and those not started are dropped. Without this, one program's spares, made in macrotasks
 * while another program's run waited for its workers, took that run's time (150 ms for 50 MB of
 * fresh pages in the sddmm benchmark).
 */
export function stopMakingSpares(): void {
  for (const spares of [...busy]) spares.cancel();
}

/**
 * Output arrays for the next run, allocated with every page touched between runs. A run's
 * outputs are fresh arrays the caller owns, and fresh memory from the allocator often has to be
 * mapped again by the OS: the copy out then faults on every page inside the call (9 ms for
 * attention's 3 MB output on the benchmark VM, about 12 µs a page; docs/wasm.md, "Data stays
 * where it is"). After a run, macrotasks make the next run's arrays and touch their pages,
 * SPARE_SLICE_PAGES at a time; a run that starts first, of this program or another, stops them
 * (stopMakingSpares), so a caller running back to back pays nothing extra and only calls after
 * some idle time find their arrays ready. Each spare is handed out once: the caller owns it from
 * then on. What a run asked for (`take`) is what is made for the next one.
 */
export class SpareOutputs {
  private readonly spares = new Map<string, TensorData>();
  private readonly asked: OutputShape[] = [];
  private todo: OutputShape[] = [];
  private making: Making | undefined;
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
   * Makes spares for these outputs (by default those taken since the last call) in macrotasks
   * when they fit SPARE_OUTPUT_BYTES, replacing any others; none when there are none.
   */
  prepareSoon(outputs: readonly OutputShape[] = this.asked.splice(0)): void {
    this.cancel();
    this.spares.clear();
    const bytes = outputs.reduce((sum, o) => sum + o.count * (o.dtype === 'bool' ? 1 : 4), 0);
    if (outputs.length === 0 || bytes > SPARE_OUTPUT_BYTES) return;
    this.todo = [...outputs];
    this.schedule();
  }

  /** A run started: the array being made is kept as it is, and the others are not made. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.making) this.spares.set(this.making.name, this.making.data);
    this.making = undefined;
    this.todo = [];
    busy.delete(this);
  }

  clear(): void {
    this.cancel();
    this.spares.clear();
    this.asked.length = 0;
  }

  private schedule(): void {
    busy.add(this);
    const timer = setTimeout(() => this.slice(), 0);
    // a pending spare never keeps a Node process alive
    (timer as { unref?: () => void }).unref?.();
    this.timer = timer;
  }

  /** One macrotask's work: up to SPARE_SLICE_PAGES pages touched, then the next slice. */
  private slice(): void {
    this.timer = undefined;
    let pages = SPARE_SLICE_PAGES;
    while (pages > 0) {
      if (!this.making) {
        const next = this.todo.shift();
        if (!next) break;
        this.making = { name: next.name, data: allocateData(next.dtype, next.count), next: 0 };
      }
      const making = this.making;
      const bytes = new Uint8Array(
        making.data.buffer,
        making.data.byteOffset,
        making.data.byteLength,
      );
      const end = Math.min(bytes.length, making.next + pages * PAGE_BYTES);
      for (let i = making.next; i < end; i += PAGE_BYTES) bytes[i] = 0;
      pages -= Math.ceil((end - making.next) / PAGE_BYTES);
      making.next = end;
      if (end >= bytes.length) {
        this.spares.set(making.name, making.data);
        this.making = undefined;
      } else break;
    }
    if (this.making || this.todo.length > 0) this.schedule();
    else busy.delete(this);
  }
}

function kindOf(data: TensorData): DType {
  if (data instanceof Float32Array) return 'f32';
  if (data instanceof Int32Array) return 'i32';
  return 'bool';
}
