/**
 * Slab kernels gathering along the rows: strips are column tiles, coordinates are row tiles.
 * Rows arrive in order but strips interleave, so each strip keeps a bitmap of its row tiles
 * (strip-major, 32 row tiles a word), listed strip by strip once the slab is read.
 */
import { rowStart, type SlabOutput, type SlabSource } from './index-slab.js';
import { countSegment, listBits, listBitsDense, nonZero, scanSegment } from './index-scan.js';
import { packRowBits, transpose32 } from './index-transpose.js';
import type { SlabView } from './index-view.js';
import type { IndexWorkspace } from './index-workspace.js';

/** Strips with over 1/DENSE_STRIP of their tiles present are listed by listBitsDense. */
const DENSE_STRIP = 4;

export function slabGatherRows(src: SlabSource, v: SlabView, key: number, mask: number, count: boolean, ws: IndexWorkspace, out: SlabOutput): void {
  const tilesR = Math.ceil(v.rows / v.tileRows);
  const tilesC = Math.ceil(v.cols / v.tileCols);
  const words = (tilesR + 31) >>> 5;
  const bitmap = ws.ensureBitmap(tilesC * words);
  bitmap.fill(0, 0, tilesC * words);
  const present = markBitmap(src, v, key, mask, count, ws, bitmap, words);
  const stripPtr = ws.stripPtr;
  let n = out.listed;
  let strip = out.strip;
  let dense = false;
  for (let ct = 0; ct < tilesC; ct++) {
    const coords = ws.ensureCoords(n + 32 * words + 1, n);
    const from = n;
    // the previous strip's density picks the listing loop (neighbouring strips tend to look alike)
    n = dense ? listBitsDense(bitmap, ct * words, words, coords, n) : listBits(bitmap, ct * words, words, coords, n);
    dense = (n - from) * DENSE_STRIP > tilesR;
    stripPtr[++strip] = n;
  }
  out.listed = n;
  out.strip = strip;
  out.present += present;
}

/**
 * Sets bit (strip, row tile) of the bitmap for every present micro-tile; returns the present
 * values counted on the way (when `count`, by the wide-tile kernels), else 0.
 */
function markBitmap(src: SlabSource, v: SlabView, key: number, mask: number, count: boolean, ws: IndexWorkspace, bitmap: Int32Array, words: number): number {
  const { rows, cols, tileRows: th, tileCols: tw } = v;
  if (tw === 1 && src.bytes === undefined) {
    // groups of 32 row tiles: one bitmap word per column
    const groupRows = 32 * th;
    for (let r0 = 0, word = 0; r0 < rows; r0 += groupRows, word++) {
      const first = src.base + r0 * cols;
      const height = Math.min(groupRows, rows - r0);
      if (th === 1) markElements(src.ints, first, cols, height, key, mask, ws, bitmap, words, word);
      else markColumns(src.ints, first, cols, height, th, key, mask, ws.ensureAcc(cols), bitmap, words, word);
    }
    return 0;
  }
  // the words rows are read from: the tensor itself, or one widened bool row
  const rowWords = src.bytes === undefined ? src.ints : ws.ensureRowBuf(cols);
  const acc = tw === 1 ? ws.ensureAcc(cols) : ws.acc;
  acc.fill(0, 0, tw === 1 ? cols : 0);
  let present = 0;
  for (let r = 0; r < rows; r++) {
    const rt = (r / th) | 0;
    const off = rowStart(src, r, cols, rowWords);
    const bit = 1 << (rt & 31);
    if (tw === 1) {
      setBits(rowWords, off, cols, key, mask, acc, bit);
      if (r === rows - 1 || ((rt & 31) === 31 && (r + 1) % th === 0)) flushWords(acc, cols, bitmap, words, rt >>> 5);
    } else if (count) {
      present += markSegmentsCounting(rowWords, off, cols, tw, key, mask, bitmap, words, rt >>> 5, bit);
    } else {
      markSegments(rowWords, off, cols, tw, key, mask, bitmap, words, rt >>> 5, bit);
    }
  }
  return present;
}

/**
 * Column tiles of width 1: the bitmap words of up to 32 row tiles (`height` rows from `first`).
 * Each column's word is built in a register over eight rows at a time (a column walk of four
 * columns; eight rows because a longer walk down a power-of-two row stride keeps evicting its
 * own cache lines), kept in `acc` between chunks, and stored once per column at the end.
 */
function markColumns(
  ints: Int32Array,
  first: number,
  cols: number,
  height: number,
  th: number,
  key: number,
  mask: number,
  acc: Int32Array,
  bitmap: Int32Array,
  words: number,
  word: number,
): void {
  acc.fill(0, 0, cols);
  for (let q = 0; q < height; q += WALK) {
    const h = Math.min(WALK, height - q);
    const start = first + q * cols;
    let c = 0;
    for (; c + 3 < cols; c += 4) {
      let p0 = acc[c] as number;
      let p1 = acc[c + 1] as number;
      let p2 = acc[c + 2] as number;
      let p3 = acc[c + 3] as number;
      for (let r = 0, i = start + c; r < h; r++, i += cols) {
        const b = th === 1 ? q + r : ((q + r) / th) | 0; // the row tile's bit
        const x0 = ((ints[i] as number) ^ key) & mask;
        const x1 = ((ints[i + 1] as number) ^ key) & mask;
        const x2 = ((ints[i + 2] as number) ^ key) & mask;
        const x3 = ((ints[i + 3] as number) ^ key) & mask;
        p0 |= ((x0 | (0 - x0)) >>> 31) << b;
        p1 |= ((x1 | (0 - x1)) >>> 31) << b;
        p2 |= ((x2 | (0 - x2)) >>> 31) << b;
        p3 |= ((x3 | (0 - x3)) >>> 31) << b;
      }
      acc[c] = p0;
      acc[c + 1] = p1;
      acc[c + 2] = p2;
      acc[c + 3] = p3;
    }
    for (; c < cols; c++) {
      let p = acc[c] as number;
      for (let r = 0, i = start + c; r < h; r++, i += cols) p |= nonZero(((ints[i] as number) ^ key) & mask) << (((q + r) / th) | 0);
      acc[c] = p;
    }
  }
  for (let c = 0, at = word; c < cols; c++, at += words) bitmap[at] = acc[c] as number;
}

/**
 * 1×1 micro-tiles: the bitmap words of 32 rows (`height` rows from `first`): pack each row into
 * bit words along the columns, transpose each 32×32 block, store one word per column.
 */
function markElements(
  ints: Int32Array,
  first: number,
  cols: number,
  height: number,
  key: number,
  mask: number,
  ws: IndexWorkspace,
  bitmap: Int32Array,
  words: number,
  word: number,
): void {
  const perRow = (cols + 31) >>> 5;
  const packed = ws.ensureAcc(32 * perRow);
  for (let r = 0; r < height; r++) packRowBits(ints, first + r * cols, cols, key, mask, packed, r * perRow);
  const block = ws.block;
  for (let w = 0; w < perRow; w++) {
    for (let r = 0; r < 32; r++) block[r] = r < height ? (packed[r * perRow + w] as number) : 0;
    transpose32(block);
    const c0 = w << 5;
    const n = Math.min(32, cols - c0);
    for (let j = 0, at = c0 * words + word; j < n; j++, at += words) bitmap[at] = block[j] as number;
  }
}

/** Rows per column walk (see markColumns). */
const WALK = 8;

/** acc[c] |= bit for every present value of the row (width-1 column tiles of bool rows). */
function setBits(row: Int32Array, off: number, count: number, key: number, mask: number, acc: Int32Array, bit: number): void {
  for (let c = 0; c < count; c++) {
    const x = ((row[off + c] as number) ^ key) & mask;
    acc[c] = (acc[c] as number) | (((x | (0 - x)) >> 31) & bit);
  }
}

/** Moves the per-column words into the strip-major bitmap (word `word` of each strip). */
function flushWords(acc: Int32Array, count: number, bitmap: Int32Array, words: number, word: number): void {
  for (let c = 0; c < count; c++) {
    bitmap[c * words + word] = acc[c] as number;
    acc[c] = 0;
  }
}

/**
 * Wide column tiles: set this row tile's bit in each strip whose segment holds a present value
 * (branch-free; segments of tiles already known present are scanned anyway, see orSegments in
 * index-slab-cols.ts).
 */
function markSegments(
  row: Int32Array,
  off: number,
  cols: number,
  tw: number,
  key: number,
  mask: number,
  bitmap: Int32Array,
  words: number,
  word: number,
  bit: number,
): void {
  let at = word;
  for (let c0 = 0; c0 < cols; c0 += tw, at += words) {
    const x = scanSegment(row, off + c0, off + Math.min(cols, c0 + tw), key, mask) & mask;
    bitmap[at] = (bitmap[at] as number) | (((x | (0 - x)) >> 31) & bit);
  }
}

/** markSegments that also counts the present values of the row (only present tiles are counted). */
function markSegmentsCounting(
  row: Int32Array,
  off: number,
  cols: number,
  tw: number,
  key: number,
  mask: number,
  bitmap: Int32Array,
  words: number,
  word: number,
  bit: number,
): number {
  let present = 0;
  let at = word;
  for (let c0 = 0; c0 < cols; c0 += tw, at += words) {
    const from = off + c0;
    const to = off + Math.min(cols, c0 + tw);
    const seen = bitmap[at] as number;
    if ((seen & bit) === 0) {
      if ((scanSegment(row, from, to, key, mask) & mask) === 0) continue;
      bitmap[at] = seen | bit;
    }
    present += countSegment(row, from, to, key, mask);
  }
  return present;
}
