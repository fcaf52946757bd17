import type { DType } from '../../ir/dtype.js';
import { allocateData, type TensorData } from '../../ir/tensor.js';

/** Most bytes of spare output arrays an executor keeps. */
export const SPARE_OUTPUT_BYTES = 64 * 1024 * 1024;

/**
 * Sets of a run's outputs made ahead: two, so that two runs close together (the layer
 * benchmark's execute() for per-op times, then its timed run() 50 ms later) both find theirs
 * while a 16 MB output takes about 58 ms to make on the benchmark VM.
 */
export const SPARE_DEPTH = 2;

/** The touch pass writes one byte per 4 KB page. */
const PAGE_BYTES = 4096;

/** An output a run copied out: the spare made for the next run has its name, dtype and length. */
export interface OutputShape {
  readonly name: string;
  readonly dtype: DType;
  readonly count: number;
}

/**
 * How much one macrotask touches: pages until `ms` have passed (the clock is read every
 * CLOCK_PAGES pages) or `maxPages` are done, and at least one page. A run called meanwhile waits
 * at most about `ms`. By time, not pages: a fresh page costs 12–14 µs on the benchmark VM (a
 * 16 MB output 58 ms) and a fraction of that on a machine whose host does not fault it in too.
 */
export interface SliceBudget {
  readonly ms: number;
  readonly maxPages: number;
}

export const SPARE_SLICE: SliceBudget = { ms: 4, maxPages: Number.POSITIVE_INFINITY };

const CLOCK_PAGES = 32;

/**
 * The next macrotask: setImmediate where there is one (Node), since setTimeout(0) waits at least
 * a millisecond, and a 16 MB spare in 4 ms slices then took 75 ms where 58 were work, longer
 * than the layer benchmark's 50 ms between calls (the rest faulted inside the next run).
 */
function nextMacrotask(work: () => void): () => void {
  if (typeof setImmediate === 'function') {
    const immediate = setImmediate(work);
    immediate.unref(); // a pending spare never keeps a Node process alive
    return () => clearImmediate(immediate);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

/** An array being made: its pages below `next` are touched. */
interface Making {
  readonly name: string;
  readonly data: TensorData;
  next: number;
}

/** The spares of every executor of this realm with a slice scheduled. */
const busy = new Set<SpareOutputs>();
/** Those with work left that wait for every run to end. */
const waiting = new Set<SpareOutputs>();
/** Runs under way in this realm, of any program. */
let activeRuns = 0;

/**
 * A run is starting, in whichever program: no spare is made while any run runs. Spares being
 * made pause where they are (a partly touched array is still handed out if its run asks for it:
 * it is a valid zeroed array) and go on when the last run ends (runFinished). Without the pause,
 * one program's spares, made in macrotasks while another program's run waited for its workers,
 * took that run's time (150 ms for 50 MB of fresh pages in the sddmm benchmark); without the
 * resumption, a spare that another program's run interrupted was never finished, and its
 * pages faulted inside the next run of its own program.
 */
export function runStarting(): void {
  activeRuns++;
  for (const spares of [...busy]) spares.pause();
}

/** A run ended (or failed): when none is left, the paused spares go on. */
export function runFinished(): void {
  activeRuns = Math.max(0, activeRuns - 1);
  if (activeRuns > 0) return;
  for (const spares of [...waiting]) spares.resume();
}

/**
 * Output arrays for the next runs, allocated with every page touched between runs. A run's
 * outputs are fresh arrays the caller owns, and fresh memory from the allocator often has to be
 * mapped again by the OS: the copy out then faults on every page inside the call (9 ms for
 * attention's 3 MB output on the benchmark VM, about 12 µs a page; docs/wasm.md, "Data stays
 * where it is"). After a run, macrotasks make arrays for the next runs and touch their pages, a
 * slice (SliceBudget) at a time, while no run of any program is under way: a run that starts
 * pauses them (runStarting) until the last run ends (runFinished), so a caller running back to
 * back pays nothing extra and only calls after some idle time find their arrays ready. Each spare
 * is handed out once: the caller owns it from then on. What a run asked for (`take`) is what is
 * made for the next ones: SPARE_DEPTH sets ahead where they fit SPARE_OUTPUT_BYTES, else one.
 */
export class SpareOutputs {
  /** Ready arrays per output name, oldest first. */
  private readonly spares = new Map<string, TensorData[]>();
  private readonly asked: OutputShape[] = [];
  private todo: OutputShape[] = [];
  private making: Making | undefined;
  private stopSlice: (() => void) | undefined;

  constructor(private readonly budget: SliceBudget = SPARE_SLICE) {}

  /**
   * A spare made for this output, if one is ready and of this dtype and length (it is not handed
   * out again; one of another kind is dropped); the output is made for the next runs too
   * (prepareSoon).
   */
  take(name: string, dtype: DType, count: number): TensorData | undefined {
    this.asked.push({ name, dtype, count });
    let spare = this.spares.get(name)?.shift();
    if (!spare && this.making?.name === name && waiting.has(this)) {
      // paused half made (a run asks): handed out as it is, never touched again (the caller owns it)
      spare = this.making.data;
      this.making = undefined;
    }
    return spare && kindOf(spare) === dtype && spare.length === count ? spare : undefined;
  }

  /**
   * Makes spares for these outputs (by default those taken since the last call) in macrotasks,
   * SPARE_DEPTH of each when they fit SPARE_OUTPUT_BYTES, one when only one set fits, none
   * otherwise. Ready spares and the array being made count when they fit an output; the rest
   * are dropped.
   */
  prepareSoon(outputs: readonly OutputShape[] = this.asked.splice(0)): void {
    const wanted = [...new Map(outputs.map((o) => [o.name, o])).values()];
    const fits = (o: OutputShape, d: TensorData): boolean =>
      kindOf(d) === o.dtype && d.length === o.count;
    const bytes = wanted.reduce((sum, o) => sum + o.count * (o.dtype === 'bool' ? 1 : 4), 0);
    const depth =
      wanted.length === 0 || bytes > SPARE_OUTPUT_BYTES
        ? 0
        : bytes * SPARE_DEPTH <= SPARE_OUTPUT_BYTES
          ? SPARE_DEPTH
          : 1;
    const making = this.making;
    const keepMaking =
      making !== undefined &&
      wanted.some((o) => o.name === making.name && fits(o, making.data)) &&
      (this.spares.get(making.name)?.length ?? 0) < depth;
    this.cancel(keepMaking);
    const ready = new Map<string, TensorData[]>();
    for (const o of wanted)
      ready.set(o.name, (this.spares.get(o.name) ?? []).filter((d) => fits(o, d)).slice(0, depth));
    this.spares.clear();
    for (const [name, arrays] of ready) this.spares.set(name, arrays);
    // level by level, so that one whole set is ready first
    for (let level = 0; level < depth; level++)
      for (const o of wanted) {
        const have =
          (ready.get(o.name)?.length ?? 0) + (keepMaking && making.name === o.name ? 1 : 0);
        if (have <= level) this.todo.push(o);
      }
    if (this.making || this.todo.length > 0) this.schedule();
  }

  /**
   * No more making: the array being made is kept as it is (a valid zeroed array) or, with
   * `keepMaking`, goes on being made; nothing else is made.
   */
  cancel(keepMaking = false): void {
    this.stopSlice?.();
    this.stopSlice = undefined;
    if (this.making && !keepMaking) {
      this.readyList(this.making.name).push(this.making.data);
      this.making = undefined;
    }
    this.todo = [];
    busy.delete(this);
    waiting.delete(this);
  }

  /** A run started somewhere: the making waits, where it is, for every run to end. */
  pause(): void {
    this.stopSlice?.();
    this.stopSlice = undefined;
    busy.delete(this);
    if (this.making || this.todo.length > 0) waiting.add(this);
  }

  /** No run is under way: the making goes on where it paused. */
  resume(): void {
    waiting.delete(this);
    if (this.making || this.todo.length > 0) this.schedule();
  }

  clear(): void {
    this.cancel();
    this.spares.clear();
    this.asked.length = 0;
  }

  private readyList(name: string): TensorData[] {
    let list = this.spares.get(name);
    if (!list) this.spares.set(name, (list = []));
    return list;
  }

  private schedule(): void {
    if (activeRuns > 0) {
      waiting.add(this);
      return;
    }
    busy.add(this);
    this.stopSlice = nextMacrotask(() => this.slice());
  }

  /** One macrotask's work: pages touched within the slice's budget, then the next slice. */
  private slice(): void {
    this.stopSlice = undefined;
    const start = performance.now();
    let pages = 0;
    // at least one run of pages per slice, whatever the budget: spares always get made
    do {
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
      const run = Math.max(1, Math.min(CLOCK_PAGES, this.budget.maxPages - pages));
      const end = Math.min(bytes.length, making.next + run * PAGE_BYTES);
      for (let i = making.next; i < end; i += PAGE_BYTES) bytes[i] = 0;
      pages += Math.ceil((end - making.next) / PAGE_BYTES);
      making.next = end;
      if (end >= bytes.length) {
        this.readyList(making.name).push(making.data);
        this.making = undefined;
      }
    } while (pages < this.budget.maxPages && performance.now() - start < this.budget.ms);
    if (this.making || this.todo.length > 0) this.schedule();
    else busy.delete(this);
  }
}

function kindOf(data: TensorData): DType {
  if (data instanceof Float32Array) return 'f32';
  if (data instanceof Int32Array) return 'i32';
  return 'bool';
}
