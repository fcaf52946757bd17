/**
 * Reusable buffers for `buildIndex`. Every buffer grows (never shrinks) to the largest call seen,
 * so steady-state calls on same-sized tensors allocate nothing but the returned index object and
 * its two views. An index built into a workspace *borrows* `stripPtr` and `coords` from it: the
 * next build into the same workspace overwrites them (use `copyIndex` to keep one).
 */
import type { TensorData } from '../../ir/tensor.js';
import type { SlabOutput, SlabSource } from './index-slab.js';
import type { IndexGeometry } from './index-geometry.js';
import type { SlabView } from './index-view.js';

/** What buildIndex derives from (shape, micro-tile, gather dim) alone; cached per workspace. */
export interface IndexPlan {
  readonly geometry: IndexGeometry;
  readonly elements: number;
  /** The slab view, or undefined for the generic path (and for empty tensors). */
  readonly view: SlabView | undefined;
  /** Every micro-tile holds exactly one element: present values = listed tiles = covered. */
  readonly unitTiles: boolean;
}

export class IndexWorkspace {
  /** Strip pointers of the latest build (stripCount + 1 used). */
  stripPtr = new Int32Array(0);
  /** Coordinates of the latest build; kept with spare room for branch-free appends. */
  coords = new Int32Array(0);
  /** Per-column OR accumulators or 32-row bit words, depending on the kernel. */
  acc = new Int32Array(0);
  /** Strip-major presence bits (32 gather tiles per word) when gathering along rows. */
  bitmap = new Int32Array(0);
  /** One 32×32 bit block being transposed. */
  readonly block = new Int32Array(32);
  /** One bool row widened to int32, so the kernels only ever read Int32Arrays. */
  rowBuf = new Int32Array(0);
  /** Generic path: presence flags in strip-major order, and per-row / per-column tile offsets. */
  flags = new Uint8Array(0);
  rowOffset = new Int32Array(0);
  colOffset = new Int32Array(0);

  /** The last plan (reused when the next call has the same shape, micro-tile and gather dim). */
  plan: IndexPlan | undefined;
  /** Reused kernel arguments (their data references are cleared after each build). */
  readonly source: SlabSource = { ints: new Int32Array(0), bytes: undefined, base: 0 };
  readonly cursor: SlabOutput = { strip: 0, listed: 0, present: 0 };
  /**
   * The last f32 data seen and an Int32Array view of its bits, kept so that repeated builds
   * over the same tensor allocate no view (this holds on to that one buffer).
   */
  private bitsSource: TensorData | undefined;
  private bits: Int32Array | undefined;

  /** An Int32Array over the bits of f32 data (the same array for i32 data). */
  bitsOf(data: Float32Array | Int32Array): Int32Array {
    if (data instanceof Int32Array) return data;
    if (this.bitsSource !== data || this.bits === undefined) {
      this.bitsSource = data;
      this.bits = new Int32Array(data.buffer, data.byteOffset, data.length);
    }
    return this.bits;
  }

  /** Makes room for `needed` coordinates, keeping the first `kept`; returns the buffer. */
  ensureCoords(needed: number, kept: number): Int32Array {
    if (this.coords.length < needed) {
      const grown = new Int32Array(Math.max(needed, this.coords.length * 2, 1024));
      grown.set(this.coords.subarray(0, kept));
      this.coords = grown;
    }
    return this.coords;
  }

  ensureStripPtr(count: number): Int32Array {
    if (this.stripPtr.length < count) this.stripPtr = new Int32Array(count);
    return this.stripPtr;
  }

  ensureAcc(count: number): Int32Array {
    if (this.acc.length < count) this.acc = new Int32Array(count);
    return this.acc;
  }

  ensureBitmap(count: number): Int32Array {
    if (this.bitmap.length < count) this.bitmap = new Int32Array(count);
    return this.bitmap;
  }

  ensureRowBuf(count: number): Int32Array {
    if (this.rowBuf.length < count) this.rowBuf = new Int32Array(count);
    return this.rowBuf;
  }

  ensureFlags(count: number): Uint8Array {
    if (this.flags.length < count) this.flags = new Uint8Array(count);
    return this.flags;
  }

  ensureOffsets(rows: number, cols: number): void {
    if (this.rowOffset.length < rows) this.rowOffset = new Int32Array(rows);
    if (this.colOffset.length < cols) this.colOffset = new Int32Array(cols);
  }
}
