import type { TensorData } from '../../ir/tensor.js';

/** A view of the program's memory lent to the caller: an input's buffer, or a run's output. */
interface LentView {
  readonly kind: 'input' | 'output';
  /** The input or output it holds. */
  readonly name: string;
  /** The dims the program was set up for when it was lent (a canonical key). */
  readonly dims: string;
  readonly generation: number;
  /** Input: the input's epoch when lent. Output: the number of the run that produced it. */
  readonly stamp: number;
  readonly bytes: number;
}

/**
 * Keeps track of the views of a program's memory it has lent, so that a view used after it was
 * invalidated is an error (PIT6021), never a silent wrong answer. Lending is recorded, and the
 * events that invalidate views are counted, in queue order (every operation that touches the
 * memory runs in the program's queue):
 *
 * - the program is set up for other dims (a run or inputView() at other dims): every view goes,
 *   as the memory is laid out again (the generation changes);
 * - a run copies a value into an input: the views of that input go (its epoch changes), since the
 *   buffer they show now holds the copied value;
 * - a run starts: the output views of earlier runs go (the run overwrites them);
 * - the memory grows (one-thread wasm): the engine detaches its old views (length 0);
 * - dispose().
 *
 * Reads of a stale output view cannot be intercepted: outputs are documented valid until the next
 * run. What is checked is every view given back to the program as a run's input.
 */
export class ViewRegistry {
  private dims: string | undefined;
  private generation = 0;
  private runs = 0;
  private readonly epochs = new Map<string, number>();
  private readonly lent = new WeakMap<TensorData, LentView>();

  /** Whether `data` is a view this program lent (stale or not). */
  isView(data: TensorData): boolean {
    return this.lent.has(data);
  }

  /** Whether `data` is a live view of input `name`'s buffer at `dims`: a run may read it in place. */
  isLiveInputView(data: TensorData, name: string, dims: string): boolean {
    const view = this.lent.get(data);
    return view !== undefined && view.kind === 'input' && view.name === name && this.staleness(data, dims) === undefined;
  }

  /**
   * Why `data` can no longer be used (a sentence), or undefined when it is live or is no view of
   * this program. `dims` is the key of the run it is given to; undefined checks only what has
   * already happened (when a call is made, before its dims are bound).
   */
  staleness(data: TensorData, dims?: string): string | undefined {
    const view = this.lent.get(data);
    if (!view) return undefined;
    const what = view.kind === 'input' ? `a view of input '${view.name}' lent by inputView()` : `a view of output '${view.name}' returned by a run with { outputs: 'view' }`;
    if (view.generation !== this.generation) return `it is ${what}, and the program has since been set up for other dims (a run or inputView() at other dims, or dispose()), which invalidates every view`;
    if (dims !== undefined && dims !== view.dims) return `it is ${what} for other dims than this run's`;
    if (view.bytes > 0 && data.byteLength === 0) return `it is ${what}, and the program's memory has since grown (a run needed more room), which detached it`;
    if (view.kind === 'input' && view.stamp !== (this.epochs.get(view.name) ?? 0)) return `it is ${what}, and a later run has since copied another value into '${view.name}'`;
    if (view.kind === 'output' && view.stamp !== this.runs) return `it is ${what}, and a later run has since started (output views are valid until the next run)`;
    return undefined;
  }

  /** The program is being set up for `dims` (a run or inputView() starts). */
  enter(dims: string): void {
    if (dims === this.dims) return;
    this.dims = dims;
    this.generation++;
  }

  /** A run starts: `copied` are the inputs whose buffers it overwrites. */
  runStarted(copied: Iterable<string>): void {
    for (const name of copied) this.epochs.set(name, (this.epochs.get(name) ?? 0) + 1);
    this.runs++;
  }

  lendInput(name: string, data: TensorData): void {
    this.lend('input', name, data, this.epochs.get(name) ?? 0);
  }

  lendOutput(name: string, data: TensorData): void {
    this.lend('output', name, data, this.runs);
  }

  /** Every view lent so far goes stale. */
  invalidateAll(): void {
    this.dims = undefined;
    this.generation++;
  }

  private lend(kind: 'input' | 'output', name: string, data: TensorData, stamp: number): void {
    this.lent.set(data, { kind, name, dims: this.dims ?? '', generation: this.generation, stamp, bytes: data.byteLength });
  }
}
