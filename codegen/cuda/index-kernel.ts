import type { DType } from '../../ir/dtype.js';
import { indexGeometry as sharedGeometry, type IndexGeometry } from '../../ir/index-geometry.js';
import type { KernelExtent } from '../../ir/kernel/kernel-ir.js';
import { stridesOf } from '../../ir/tensor.js';
import { ctypeOf, floatBits, hex32 } from '../emit/c.js';
import type { IndexEntry, LaunchParam, LaunchStep } from './launch-spec.js';
import { BLOCK, SCAN_BLOCK } from './prelude.js';
import { kernelSource, strideGrid, type CudaProgramBuilder } from './program-builder.js';

/**
 * The online index on the GPU, in the format of ir/sparse-index.ts (strip pointers, gather
 * coordinates) plus each slot's strip (for kernels that run one item per listed micro-tile) and
 * the presence flags. Geometry is fixed when the program is specialised to its dims.
 */
export type { IndexGeometry } from '../../ir/index-geometry.js';

/**
 * ir/index-geometry.ts's geometry, with a scalar as a one-element vector: the device buffers and
 * kernels address one dimension at least.
 */
export function indexGeometry(shape: readonly number[], microTile: readonly KernelExtent[], gatherDim: number): IndexGeometry {
  return sharedGeometry(shape.length === 0 ? [1] : shape, microTile, gatherDim);
}

/** Device buffers of one index. */
export interface IndexBuffers {
  readonly flags: number;
  readonly counts: number;
  readonly ptr: number;
  readonly coords: number;
  readonly stripOf: number;
  readonly cursor?: number;
}

export interface EmittedIndex {
  readonly entry: IndexEntry;
  readonly buffers: IndexBuffers;
  readonly geometry: IndexGeometry;
  /** Steps that build it (phase 'index'), to run before the first kernel that reads it. */
  readonly steps: readonly LaunchStep[];
}

/** C test "value v is present" (`v !== fill`, as the runtime's bit test), or undefined: every value is. */
function presenceTest(dtype: DType, fill: number, v: string): string | undefined {
  switch (dtype) {
    case 'f32':
      if (fill === 0) return `(__float_as_uint(${v}) & 0x7fffffffu) != 0u`;
      if (Number.isNaN(fill) || Math.fround(fill) !== fill) return undefined;
      return `__float_as_uint(${v}) != ${hex32(floatBits(fill))}`;
    case 'i32':
      return Number.isInteger(fill) && fill === (fill | 0) ? `${v} != ${fill}` : undefined;
    case 'bool':
      return fill === 0 || fill === 1 ? `${v} != ${fill}` : undefined;
  }
}

/**
 * The flags kernel: one presence flag per micro-tile and a count per strip. A thread tests a
 * small micro-tile whose tiles lie side by side along the last dimension (neighbouring threads
 * read neighbouring addresses); a warp tests a large one or one spanning the last dimension
 * (lanes read consecutive elements, `__any_sync` stops the warp at the first present value).
 * Counts are added with warp-aggregated atomics: order-free, and the totals are exact.
 */
function flagsKernel(name: string, g: IndexGeometry, dtype: DType, fill: number): { source: string; perWarp: boolean } {
  const rank = g.shape.length;
  const last = rank - 1;
  const strides = stridesOf(g.shape);
  const elements = g.microTile.reduce((a, b) => a * b, 1);
  const perWarp = (g.microTile[last] as number) >= 32 || (g.gatherDim !== last && elements >= 32);
  const tiles = g.stripCount * g.gatherTiles;
  const test = (v: string): string => presenceTest(dtype, fill, v) ?? '1';
  const body: string[] = [];
  const decode = (depth: string): string[] => {
    const lines = [`${depth}const int s = static_cast<int>(t / ${g.gatherTiles});`, `${depth}const int g = static_cast<int>(t % ${g.gatherTiles});`];
    if (g.stripDims.length > 0) lines.push(`${depth}int q = s;`);
    for (let i = g.stripDims.length - 1; i >= 0; i--) {
      const grid = g.stripGrid[i] as number;
      lines.push(i === 0 ? `${depth}const int u${i} = q;` : `${depth}const int u${i} = q % ${grid}; q /= ${grid};`);
    }
    for (let d = 0; d < rank; d++) {
      const tile = g.microTile[d] as number;
      const coord = d === g.gatherDim ? 'g' : `u${g.stripDims.indexOf(d)}`;
      lines.push(`${depth}const int lo${d} = ${coord} * ${tile};`);
    }
    return lines;
  };
  const offset = (v: (d: number) => string): string => g.shape.map((_, d) => (strides[d] === 1 ? v(d) : `${v(d)} * ${strides[d]}`)).join(' + ');
  if (!perWarp) {
    body.push('const int lane = threadIdx.x & 31;');
    body.push(`for (long long base = static_cast<long long>(blockIdx.x) * ${BLOCK} + (threadIdx.x & ~31u); base < ${tiles}LL; base += static_cast<long long>(gridDim.x) * ${BLOCK}) {`);
    body.push('  const long long t = base + lane;');
    body.push('  int present = 0;');
    body.push('  int strip = -1;');
    body.push(`  if (t < ${tiles}LL) {`);
    body.push(...decode('    '));
    body.push('    strip = s;');
    for (let d = 0; d < rank; d++) {
      const tile = g.microTile[d] as number;
      const n = g.shape[d] as number;
      const hi = n % tile === 0 ? `lo${d} + ${tile}` : `min(lo${d} + ${tile}, ${n})`;
      body.push(`${'  '.repeat(d + 2)}for (int e${d} = lo${d}; e${d} < ${hi} && present == 0; ++e${d}) {`);
    }
    body.push(`${'  '.repeat(rank + 2)}present = (${test(`src[${offset((d) => `e${d}`)}]`)}) ? 1 : 0;`);
    for (let d = rank - 1; d >= 0; d--) body.push(`${'  '.repeat(d + 2)}}`);
    body.push('    flags[t] = static_cast<unsigned char>(present);');
    body.push('  }');
    body.push('  const unsigned same = __match_any_sync(0xffffffffu, strip);');
    body.push('  const unsigned hits = __ballot_sync(0xffffffffu, present != 0) & same;');
    body.push('  if (present != 0 && lane == __ffs(hits) - 1) atomicAdd(&counts[strip], __popc(hits));');
    body.push('}');
  } else {
    const rounded = Math.ceil(elements / 32) * 32;
    body.push('const int lane = threadIdx.x & 31;');
    body.push(`for (long long t = (static_cast<long long>(blockIdx.x) * ${BLOCK} + threadIdx.x) >> 5; t < ${tiles}LL; t += (static_cast<long long>(gridDim.x) * ${BLOCK}) >> 5) {`);
    body.push(...decode('  '));
    body.push('  int found = 0;');
    body.push(`  for (int e = lane; e < ${rounded}; e += 32) {`);
    body.push(`    if (e < ${elements}) {`);
    body.push('      int r = e;');
    for (let d = last; d >= 0; d--) {
      const tile = g.microTile[d] as number;
      body.push(d === 0 ? `      const int i${d} = lo${d} + r;` : `      const int i${d} = lo${d} + r % ${tile}; r /= ${tile};`);
    }
    const bounds = g.shape.map((n, d) => ((n % (g.microTile[d] as number)) === 0 ? undefined : `i${d} < ${n}`)).filter((x): x is string => x !== undefined);
    const load = `(${test(`src[${offset((d) => `i${d}`)}]`)}) ? 1 : 0`;
    body.push(bounds.length > 0 ? `      if (${bounds.join(' && ')}) found |= ${load};` : `      found |= ${load};`);
    body.push('    }');
    body.push('    if (__any_sync(0xffffffffu, found != 0)) {');
    body.push('      found = 1;');
    body.push('      break;');
    body.push('    }');
    body.push('  }');
    body.push('  if (lane == 0) {');
    body.push('    flags[t] = static_cast<unsigned char>(found);');
    body.push('    if (found != 0) atomicAdd(&counts[s], 1);');
    body.push('  }');
    body.push('}');
  }
  const params = [`const ${ctypeOf(dtype)}* __restrict__ src`, 'unsigned char* __restrict__ flags', 'int* __restrict__ counts'];
  return { source: kernelSource(name, params, body), perWarp };
}

export interface IndexRequest {
  readonly id: number;
  readonly key: string;
  /** Graph tensor number and device buffer of the source. */
  readonly source: number;
  readonly sourceBuffer: number;
  readonly dtype: DType;
  readonly fill: number;
  readonly geometry: IndexGeometry;
  /** Op that first needs it (its steps are timed as that op's index phase). */
  readonly op: number;
  readonly deterministic: boolean;
}

/** Allocates an index's buffers, emits its flags kernel and returns the steps that build it. */
export function emitIndex(req: IndexRequest, b: CudaProgramBuilder): EmittedIndex {
  const g = req.geometry;
  const tiles = g.stripCount * g.gatherTiles;
  const buffers: IndexBuffers = {
    flags: b.buffer('unsigned char', tiles, 'index'),
    counts: b.buffer('int', g.stripCount, 'index'),
    ptr: b.buffer('int', g.stripCount + 1, 'index'),
    coords: b.buffer('int', tiles, 'index'),
    stripOf: b.buffer('int', tiles, 'index'),
    ...(req.deterministic ? {} : { cursor: b.buffer('int', g.stripCount, 'index') }),
  };
  const name = `x${req.id}_flags`;
  const flags = flagsKernel(name, g, req.dtype, req.fill);
  b.kernel({ name, source: flags.source, staticSharedBytes: 0 });
  const op = req.op;
  const launch = (kernel: string, grid: number, block: number, params: readonly LaunchParam[], shared = 0): LaunchStep => ({
    kind: 'launch',
    op,
    phase: 'index',
    kernel,
    grid: [grid, 1, 1],
    block: [block, 1, 1],
    sharedBytes: 0,
    staticSharedBytes: shared,
    params,
  });
  const buf = (buffer: number) => ({ kind: 'buffer' as const, buffer });
  const steps: LaunchStep[] = [
    { kind: 'memset', op, phase: 'index', buffer: buffers.counts },
    ...(buffers.cursor !== undefined ? [{ kind: 'memset' as const, op, phase: 'index' as const, buffer: buffers.cursor }] : []),
    launch(name, strideGrid(flags.perWarp ? tiles * 32 : tiles), BLOCK, [buf(req.sourceBuffer), buf(buffers.flags), buf(buffers.counts)]),
    launch('pit_scan_counts', 1, SCAN_BLOCK, [buf(buffers.counts), buf(buffers.ptr), { kind: 'int', value: g.stripCount }], (SCAN_BLOCK / 32) * 4),
    buffers.cursor === undefined
      ? launch('pit_compact_ordered', g.stripCount, BLOCK, [buf(buffers.flags), buf(buffers.ptr), buf(buffers.coords), buf(buffers.stripOf), { kind: 'int', value: g.gatherTiles }], (BLOCK / 32) * 4)
      : launch('pit_compact_unordered', strideGrid(tiles), BLOCK, [
          buf(buffers.flags),
          buf(buffers.ptr),
          buf(buffers.cursor),
          buf(buffers.coords),
          buf(buffers.stripOf),
          { kind: 'long', value: tiles },
          { kind: 'int', value: g.gatherTiles },
        ]),
  ];
  const entry: IndexEntry = {
    id: req.id,
    key: req.key,
    source: req.source,
    microTile: g.microTile,
    gatherDim: g.gatherDim,
    stripCount: g.stripCount,
    gatherTiles: g.gatherTiles,
    ptrBuffer: buffers.ptr,
  };
  return { entry, buffers, geometry: g, steps };
}
