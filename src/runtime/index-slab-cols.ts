/**
 * Slab kernels gathering along the columns: strips are row tiles, coordinates are column tiles,
 * listed in order as each strip finishes (branch-free appends: the write always happens, the
 * count moves on only for a present tile, so coords needs one spare slot).
 */
import { rowStart, type SlabOutput, type SlabSource } from './index-slab.js';
import { countSegment, nonZero, scanSegment } from './index-scan.js';
import type { SlabView } from './index-view.js';
import type { IndexWorkspace } from './index-workspace.js';

/** Rows with under 1/SPARSE_ROW present values take listPresentSparse. */
const SPARSE_ROW = 32;

export function slabGatherCols(src: SlabSource, v: SlabView, key: number, mask: number, count: boolean, ws: IndexWorkspace, out: SlabOutput): void {
  const { rows, cols, tileRows: th, tileCols: tw } = v;
  const tilesC = Math.ceil(cols / tw);
  const acc = ws.ensureAcc(tilesC);
  // the words rows are read from: the tensor itself, or one widened bool row
  const words = src.bytes === undefined ? src.ints : ws.ensureRowBuf(cols);
  const stripPtr = ws.stripPtr;
  let n = out.listed;
  let strip = out.strip;
  let present = 0;
  let sparseRows = false;
  for (let r0 = 0; r0 < rows; r0 += th) {
    const coords = ws.ensureCoords(n + tilesC + 1, n);
    const r1 = Math.min(rows, r0 + th);
    if (tw === 1 && th === 1) {
      // the previous row's density picks the variant (rows of a tensor tend to look alike)
      const from = n;
      const off = rowStart(src, r0, cols, words);
      n = sparseRows ? listPresentSparse(words, off, cols, key, mask, coords, n) : listPresent(words, off, cols, key, mask, coords, n);
      sparseRows = (n - from) * SPARSE_ROW < cols;
    } else if (tw === 1 && src.bytes === undefined) {
      const first = src.base + r0 * cols;
      if (count) present += orColumnsCounting(words, first, cols, r1 - r0, key, mask, acc);
      else orColumns(words, first, cols, r1 - r0, key, acc);
      n = listAccumulated(acc, cols, mask, coords, n);
    } else {
      acc.fill(0, 0, tilesC);
      for (let r = r0; r < r1; r++) {
        const off = rowStart(src, r, cols, words);
        if (tw === 1) orRow(words, off, cols, key, acc);
        else if (count) present += orSegmentsCounting(words, off, cols, tw, key, mask, acc);
        else orSegments(words, off, cols, tw, key, mask, acc);
      }
      n = listAccumulated(acc, tilesC, mask, coords, n);
    }
    stripPtr[++strip] = n;
  }
  out.listed = n;
  out.strip = strip;
  out.present += present;
}

/** 1×1 micro-tiles: append every present column of a row (branch-free, unrolled by four). */
function listPresent(row: Int32Array, off: number, count: number, key: number, mask: number, coords: Int32Array, listed: number): number {
  let n = listed;
  let c = 0;
  for (; c + 3 < count; c += 4) {
    const i = off + c;
    const x0 = ((row[i] as number) ^ key) & mask;
    const x1 = ((row[i + 1] as number) ^ key) & mask;
    const x2 = ((row[i + 2] as number) ^ key) & mask;
    const x3 = ((row[i + 3] as number) ^ key) & mask;
    coords[n] = c;
    n += (x0 | (0 - x0)) >>> 31;
    coords[n] = c + 1;
    n += (x1 | (0 - x1)) >>> 31;
    coords[n] = c + 2;
    n += (x2 | (0 - x2)) >>> 31;
    coords[n] = c + 3;
    n += (x3 | (0 - x3)) >>> 31;
  }
  for (; c < count; c++) {
    coords[n] = c;
    n += nonZero(((row[off + c] as number) ^ key) & mask);
  }
  return n;
}

/**
 * listPresent for sparse rows: a group of eight absent values is skipped with one test. Faster
 * below a few percent present, slower around 10% (the test then mispredicts often).
 */
function listPresentSparse(row: Int32Array, off: number, count: number, key: number, mask: number, coords: Int32Array, listed: number): number {
  let n = listed;
  let c = 0;
  for (; c + 7 < count; c += 8) {
    const i = off + c;
    const x0 = ((row[i] as number) ^ key) & mask;
    const x1 = ((row[i + 1] as number) ^ key) & mask;
    const x2 = ((row[i + 2] as number) ^ key) & mask;
    const x3 = ((row[i + 3] as number) ^ key) & mask;
    const x4 = ((row[i + 4] as number) ^ key) & mask;
    const x5 = ((row[i + 5] as number) ^ key) & mask;
    const x6 = ((row[i + 6] as number) ^ key) & mask;
    const x7 = ((row[i + 7] as number) ^ key) & mask;
    if ((x0 | x1 | x2 | x3 | x4 | x5 | x6 | x7) === 0) continue;
    coords[n] = c;
    n += (x0 | (0 - x0)) >>> 31;
    coords[n] = c + 1;
    n += (x1 | (0 - x1)) >>> 31;
    coords[n] = c + 2;
    n += (x2 | (0 - x2)) >>> 31;
    coords[n] = c + 3;
    n += (x3 | (0 - x3)) >>> 31;
    coords[n] = c + 4;
    n += (x4 | (0 - x4)) >>> 31;
    coords[n] = c + 5;
    n += (x5 | (0 - x5)) >>> 31;
    coords[n] = c + 6;
    n += (x6 | (0 - x6)) >>> 31;
    coords[n] = c + 7;
    n += (x7 | (0 - x7)) >>> 31;
  }
  for (; c < count; c++) {
    coords[n] = c;
    n += nonZero(((row[off + c] as number) ^ key) & mask);
  }
  return n;
}

/**
 * Column tiles of width 1 (th > 1): acc[c] = OR of (v ^ key) down column c of the strip's
 * `height` rows. Eight columns are OR-ed in registers over eight rows at a time (longer walks
 * down a power-of-two row stride keep evicting their own cache lines), with acc between walks.
 */
function orColumns(words: Int32Array, first: number, cols: number, height: number, key: number, acc: Int32Array): void {
  acc.fill(0, 0, cols);
  for (let q = 0; q < height; q += WALK) {
    const h = Math.min(WALK, height - q);
    const start = first + q * cols;
    let c = 0;
    for (; c + 7 < cols; c += 8) {
      let a0 = acc[c] as number;
      let a1 = acc[c + 1] as number;
      let a2 = acc[c + 2] as number;
      let a3 = acc[c + 3] as number;
      let a4 = acc[c + 4] as number;
      let a5 = acc[c + 5] as number;
      let a6 = acc[c + 6] as number;
      let a7 = acc[c + 7] as number;
      for (let r = 0, i = start + c; r < h; r++, i += cols) {
        a0 |= (words[i] as number) ^ key;
        a1 |= (words[i + 1] as number) ^ key;
        a2 |= (words[i + 2] as number) ^ key;
        a3 |= (words[i + 3] as number) ^ key;
        a4 |= (words[i + 4] as number) ^ key;
        a5 |= (words[i + 5] as number) ^ key;
        a6 |= (words[i + 6] as number) ^ key;
        a7 |= (words[i + 7] as number) ^ key;
      }
      acc[c] = a0;
      acc[c + 1] = a1;
      acc[c + 2] = a2;
      acc[c + 3] = a3;
      acc[c + 4] = a4;
      acc[c + 5] = a5;
      acc[c + 6] = a6;
      acc[c + 7] = a7;
    }
    for (; c < cols; c++) {
      let a = acc[c] as number;
      for (let r = 0, i = start + c; r < h; r++, i += cols) a |= (words[i] as number) ^ key;
      acc[c] = a;
    }
  }
}

/** orColumns that also returns the number of present values among the strip's rows. */
function orColumnsCounting(words: Int32Array, first: number, cols: number, height: number, key: number, mask: number, acc: Int32Array): number {
  acc.fill(0, 0, cols);
  let present = 0;
  for (let q = 0; q < height; q += WALK) {
    const h = Math.min(WALK, height - q);
    const start = first + q * cols;
    let c = 0;
    for (; c + 3 < cols; c += 4) {
      let a0 = acc[c] as number;
      let a1 = acc[c + 1] as number;
      let a2 = acc[c + 2] as number;
      let a3 = acc[c + 3] as number;
      for (let r = 0, i = start + c; r < h; r++, i += cols) {
        const x0 = (words[i] as number) ^ key;
        const x1 = (words[i + 1] as number) ^ key;
        const x2 = (words[i + 2] as number) ^ key;
        const x3 = (words[i + 3] as number) ^ key;
        a0 |= x0;
        a1 |= x1;
        a2 |= x2;
        a3 |= x3;
        present += nonZero(x0 & mask) + nonZero(x1 & mask) + nonZero(x2 & mask) + nonZero(x3 & mask);
      }
      acc[c] = a0;
      acc[c + 1] = a1;
      acc[c + 2] = a2;
      acc[c + 3] = a3;
    }
    for (; c < cols; c++) {
      let a = acc[c] as number;
      for (let r = 0, i = start + c; r < h; r++, i += cols) {
        const x = (words[i] as number) ^ key;
        a |= x;
        present += nonZero(x & mask);
      }
      acc[c] = a;
    }
  }
  return present;
}

/** Rows per column walk (see orColumns). */
const WALK = 8;

/** acc[c] |= row[c] ^ key for a whole row (column tiles of width 1, bool rows). */
function orRow(row: Int32Array, off: number, count: number, key: number, acc: Int32Array): void {
  for (let c = 0; c < count; c++) acc[c] = (acc[c] as number) | ((row[off + c] as number) ^ key);
}

/**
 * Wide column tiles: OR each tile's segment of this row into its accumulator (scanSegment stops
 * at the first present value). Tiles already known present are scanned anyway: skipping them
 * leaves irregular gaps in the row that defeat the hardware prefetcher, and measured slower.
 */
function orSegments(row: Int32Array, off: number, cols: number, tw: number, key: number, mask: number, acc: Int32Array): void {
  let ct = 0;
  for (let c0 = 0; c0 < cols; c0 += tw, ct++) {
    acc[ct] = (acc[ct] as number) | scanSegment(row, off + c0, off + Math.min(cols, c0 + tw), key, mask);
  }
}

/** orSegments that also counts the present values of the row (only present tiles are counted). */
function orSegmentsCounting(row: Int32Array, off: number, cols: number, tw: number, key: number, mask: number, acc: Int32Array): number {
  let present = 0;
  let ct = 0;
  for (let c0 = 0; c0 < cols; c0 += tw, ct++) {
    const from = off + c0;
    const to = off + Math.min(cols, c0 + tw);
    let seen = acc[ct] as number;
    if ((seen & mask) === 0) {
      seen |= scanSegment(row, from, to, key, mask);
      acc[ct] = seen;
    }
    if ((seen & mask) !== 0) present += countSegment(row, from, to, key, mask);
  }
  return present;
}

/** Appends every accumulator index whose OR shows a present value. */
function listAccumulated(acc: Int32Array, count: number, mask: number, coords: Int32Array, listed: number): number {
  let n = listed;
  for (let i = 0; i < count; i++) {
    coords[n] = i;
    n += nonZero((acc[i] as number) & mask);
  }
  return n;
}
