import { stableHash } from '../../ir/core/hash.js';
import type { DType } from '../../ir/dtype.js';
import { InternalError } from '../../ir/core/errors.js';
import { reductionsOf, type AccessExpr, type TensorExpr } from '../../ir/expr/tensor-expr.js';
import type { ContractionShape, LoopOp, PitLoops } from '../../ir/loops/loop-ir.js';
import { stridesOf } from '../../ir/tensor.js';
import type { GpuLimits } from './gpu-batch.js';
import type { IndexSpec } from './index-layout.js';
import type { ShaderSpec } from './launch-spec.js';
import { WgslBuilder } from './wgsl-builder.js';
import { renderCell } from '../emit/cell.js';
import { lowerCellOp } from '../lower/to-loops.js';

/** Rows, columns and k depth of one workgroup tile (one output cell per invocation). */
export const GEMM_TILE = 16;

/** How an axis ranges inside one workgroup: all of it, one strip's tile of it, or the listed micro-tiles. */
type AxisRange =
  | { readonly kind: 'full' }
  | { readonly kind: 'strip'; readonly stripIndex: number; readonly tile: number }
  | { readonly kind: 'gather'; readonly width: number };

/**
 * A contraction of the loop IR (`LoopOp.contraction`:
 * `epilogue(Σ_K A[loop, M, K] · B[loop, N, K])`, from codegen/lower/to-loops.ts) as a GEMM tiled
 * through workgroup memory. A workgroup computes a 16×16 tile of (M rows, N columns) for one strip
 * and one value of the loop axes; per step of 16 k positions every invocation copies one A and one
 * B value into workgroup memory (the dense tiles), then all accumulate from there.
 *
 * The PIT form (the loop op's `pit`: a rule skipping the sum's zero micro-tiles, gathered along a
 * K axis) is PIT's SRead/compute/SWrite: the workgroup's strip lists its present micro-tiles
 * (built on the host, uploaded as stripPtr/coords), the k positions are the listed micro-tiles'
 * values only, gathered into the workgroup tile, and SWrite stores every cell of the strip (cells
 * whose strip lists nothing get the init, the empty sum). Rules whose strips do not map to output axes one to one
 * are left to the per-cell shader (undefined here).
 */
export function gemmShader(
  op: LoopOp,
  expr: TensorExpr,
  extents: ReadonlyMap<string, number>,
  shapeOf: (tensor: string) => readonly number[],
  dtypeOf: (tensor: string) => DType,
  limits: GpuLimits,
  pitIndex?: IndexSpec,
): ShaderSpec | undefined {
  if (op.output !== expr.output)
    throw new InternalError('webgpu', `the loop op of '${expr.output}' is '${op.output}'`);
  const found = op.contraction;
  if (found.kind === 'none') return undefined;
  // the PIT shader needs the loop op's PIT form (none where its window does not span, say)
  const pit = pitIndex && op.pit ? { loops: op.pit, index: pitIndex } : undefined;
  if (pitIndex && !pit) return undefined;
  if (
    GEMM_TILE * GEMM_TILE > limits.maxComputeInvocationsPerWorkgroup ||
    2 * 4 * GEMM_TILE * GEMM_TILE > limits.maxComputeWorkgroupStorageSize
  )
    return undefined;
  const ranges = pit ? pitRanges(found, pit.loops, pit.index) : new Map<string, AxisRange>();
  if (!ranges) return undefined;
  const b = new WgslBuilder(expr, extents, shapeOf, dtypeOf);
  const rangeOf = (axis: string): AxisRange => ranges.get(axis) ?? { kind: 'full' };
  const count = (axis: string): number => {
    const r = rangeOf(axis);
    return r.kind === 'strip' ? Math.min(r.tile, b.extent(axis)) : b.extent(axis);
  };
  const product = (axes: readonly string[]): number => axes.reduce((n, a) => n * count(a), 1);
  const strips = pit ? pit.index.stripCount : 1;
  const loopMax = product(found.loop);
  const rowMax = product(found.m);
  const colMax = product(found.n);
  const groups: [number, number, number] = [
    Math.ceil(colMax / GEMM_TILE),
    Math.ceil(rowMax / GEMM_TILE),
    strips * loopMax,
  ];
  if (groups.some((g) => g > limits.maxComputeWorkgroupsPerDimension)) return undefined;

  const T = GEMM_TILE;
  b.emit('let tx = i32(li.x);', 1);
  b.emit('let ty = i32(li.y);', 1);
  b.emit(`let s = i32(wg.z) / ${loopMax};`, 1);
  if (pit) {
    // the strip's tile coordinates, row-major over the strip grid
    let rest = 's';
    for (let i = pit.index.stripGrid.length - 1; i >= 0; i--) {
      const grid = pit.index.stripGrid[i] as number;
      b.emit(`let u${i}: i32 = ${i === 0 ? rest : `${rest} % ${grid}`};`, 1);
      if (i > 0) {
        b.emit(`let su${i}: i32 = ${rest} / ${grid};`, 1);
        rest = `su${i}`;
      }
    }
  }
  // decode a position into the values of a group of axes (row-major, last fastest); false past the edge
  const decode = (axes: readonly string[], position: string, ok: string, depth: number): void => {
    b.emit(`var ${ok} = true;`, depth);
    let rest = `(${position})`;
    for (let j = axes.length - 1; j >= 0; j--) {
      const axis = axes[j] as string;
      const n = count(axis);
      const digit = b.fresh('d');
      b.emit(`let ${digit}: i32 = ${j === 0 ? rest : `${rest} % ${n}`};`, depth);
      if (j > 0) {
        const q = b.fresh('q');
        b.emit(`let ${q}: i32 = ${rest} / ${n};`, depth);
        rest = q;
      }
      const r = rangeOf(axis);
      const value = r.kind === 'strip' ? `u${r.stripIndex} * ${r.tile} + ${digit}` : digit;
      b.emit(`let ${b.axisVar(axis)}: i32 = min(${value}, ${b.extent(axis) - 1});`, depth);
      if (r.kind === 'strip') b.emit(`${ok} = ${ok} && ${value} < ${b.extent(axis)};`, depth);
    }
  };
  decode(found.loop, `i32(wg.z) % ${loopMax}`, 'loopOk', 1);
  decode(found.m, `i32(wg.y) * ${T} + ty`, 'rowOk', 1);
  b.emit(`rowOk = rowOk && i32(wg.y) * ${T} + ty < ${rowMax};`, 1);
  decode(found.n, `i32(wg.x) * ${T} + tx`, 'colOk', 1);
  b.emit(`colOk = colOk && i32(wg.x) * ${T} + tx < ${colMax};`, 1);

  // how many k positions the strip has: the listed micro-tiles' values (PIT) or all of K
  const gatherAxis = found.k.find((a) => rangeOf(a).kind === 'gather');
  const otherK = found.k.filter((a) => a !== gatherAxis).reduce((n, a) => n * count(a), 1);
  if (pit && gatherAxis !== undefined) {
    const width = (rangeOf(gatherAxis) as { width: number }).width;
    b.emit('if (tx == 0 && ty == 0) {', 1);
    b.emit(`wg_first = ${b.indexArray('stripPtr')}[s];`, 2);
    b.emit(`wg_count = (${b.indexArray('stripPtr')}[s + 1] - wg_first) * ${width * otherK};`, 2);
    b.emit('}', 1);
    b.emit('let first = workgroupUniformLoad(&wg_first);', 1);
    b.emit('let kCount = workgroupUniformLoad(&wg_count);', 1);
  } else {
    b.emit(`let kCount: i32 = ${product(found.k)};`, 1);
  }
  const acc = b.fresh('r');
  b.emit(`var ${acc}: f32 = ${pit ? b.number(pit.loops.swrite.init) : '0.0'};`, 1);
  b.emit(`for (var kb: i32 = 0; kb < kCount; kb = kb + ${T}) {`, 1);
  // SRead: each invocation gathers one A value (its row, kb + tx) and one B value (kb + ty, its column)
  const load = (factors: readonly AccessExpr[], ok: string, kpos: string, tile: string): void => {
    b.emit('{', 2);
    const kOk = b.fresh('ok');
    decodeK(b, found.k, kpos, kOk, rangeOf, count, 3);
    const value = factors.length === 0 ? '1.0' : factors.map((f) => b.access(f)).join(' * ');
    b.emit(`var x: f32 = 0.0;`, 3);
    b.emit(`if (${ok} && ${kOk} && ${kpos} < kCount) { x = ${value}; }`, 3);
    b.emit(`${tile} = x;`, 3);
    b.emit('}', 2);
  };
  load(found.a, 'loopOk && rowOk', 'kb + tx', 'tileA[ty][tx]');
  load(found.b, 'loopOk && colOk', 'kb + ty', 'tileB[ty][tx]');
  b.emit('workgroupBarrier();', 2);
  b.emit(
    `for (var kk: i32 = 0; kk < ${T}; kk++) { ${acc} = ${acc} + tileA[ty][kk] * tileB[kk][tx]; }`,
    2,
  );
  b.emit('workgroupBarrier();', 2);
  b.emit('}', 1);
  // SWrite: the epilogue on the sum, stored at the cell
  b.emit('if (loopOk && rowOk && colOk) {', 1);
  const summed = found.scale === 1 ? acc : `(${acc} * ${b.number(found.scale)})`;
  // one cell of the op's per-cell loop IR, the sum given by the tiles above
  const sum = reductionsOf(expr.body)[0];
  if (!sum) throw new InternalError('webgpu', `the contraction '${op.output}' has no sum`);
  const epilogue = lowerCellOp(expr, extents, [sum]);
  const value = renderCell(b, epilogue, 2, { bindEach: true, given: () => summed });
  const strides = stridesOf(shapeOf(expr.output));
  const offset =
    expr.spatial.map((a, d) => `${strides[d] as number} * ${b.axisVar(a.name)}`).join(' + ') || '0';
  b.emit(`out[${offset}] = ${b.store(expr.dtype, value)};`, 2);
  b.emit('}', 1);
  const module = [
    `var<workgroup> tileA: array<array<f32, ${T}>, ${T}>;`,
    `var<workgroup> tileB: array<array<f32, ${T}>, ${T}>;`,
    'var<workgroup> wg_first: i32;',
    'var<workgroup> wg_count: i32;',
  ];
  const entry = [
    `@compute @workgroup_size(${T}, ${T})`,
    'fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) li: vec3<u32>) {',
    ...b.lines,
    '}',
  ];
  const { code, bindings } = b.finish(expr.dtype, entry, module);
  const cells = shapeOf(expr.output).reduce((n, x) => n * x, 1);
  return {
    kind: 'gemm',
    form: pit ? 'pit' : 'dense',
    code,
    key: stableHash(code),
    bindings,
    groups,
    cells,
  };
}

/** Decodes k position `kpos` into the K axes' values (row-major); the gathered axis reads the strip's listed coordinates. */
function decodeK(
  b: WgslBuilder,
  axes: readonly string[],
  kpos: string,
  ok: string,
  rangeOf: (a: string) => AxisRange,
  count: (a: string) => number,
  depth: number,
): void {
  b.emit(`var ${ok} = true;`, depth);
  let rest = `(${kpos})`;
  for (let j = axes.length - 1; j >= 0; j--) {
    const axis = axes[j] as string;
    const r = rangeOf(axis);
    // the gathered axis has (listed tiles × width) positions; it is the only K axis without a static count
    const n =
      r.kind === 'gather'
        ? `((${b.indexArray('stripPtr')}[s + 1] - first) * ${r.width})`
        : String(count(axis));
    const digit = b.fresh('d');
    b.emit(`let ${digit}: i32 = ${j === 0 ? rest : `${rest} % ${n}`};`, depth);
    if (j > 0) {
      const q = b.fresh('q');
      b.emit(`let ${q}: i32 = ${rest} / max(${n}, 1);`, depth);
      rest = q;
    }
    if (r.kind === 'gather') {
      const slot = b.fresh('p');
      const value = b.fresh('g');
      b.emit(
        `let ${slot}: i32 = min(first + ${digit} / ${r.width}, max(first, ${b.indexArray('stripPtr')}[s + 1] - 1));`,
        depth,
      );
      b.emit(
        `let ${value}: i32 = ${b.indexArray('coords')}[${slot}] * ${r.width} + ${digit} % ${r.width};`,
        depth,
      );
      b.emit(`${ok} = ${ok} && ${value} < ${b.extent(axis)};`, depth);
      b.emit(`let ${b.axisVar(axis)}: i32 = min(${value}, ${b.extent(axis) - 1});`, depth);
    } else {
      b.emit(`let ${b.axisVar(axis)}: i32 = min(${digit}, ${count(axis) - 1});`, depth);
    }
  }
}

/**
 * How each axis ranges in a workgroup of the PIT GEMM, or undefined when the rule is not one
 * the tiled GEMM takes: the skipped reduction must be the contraction's sum, gathered along one
 * of its axes, and every strip dimension of more than one tile must fix an output axis (so each
 * output cell has exactly one strip: the per-cell shader takes the rest).
 */
function pitRanges(
  c: ContractionShape,
  pit: PitLoops,
  spec: IndexSpec,
): Map<string, AxisRange> | undefined {
  if (pit.scope.kind !== 'reduction' || pit.scope.buffer !== c.buffer) return undefined;
  const scopeAxes = pit.scope.axes;
  if (scopeAxes.length !== c.k.length || !c.k.every((a) => scopeAxes.includes(a))) return undefined;
  if (!c.k.includes(pit.gather.axis)) return undefined;
  const ranges = new Map<string, AxisRange>([
    [pit.gather.axis, { kind: 'gather', width: spec.microTile[spec.gatherDim] as number }],
  ]);
  const spatial = new Set([...c.loop, ...c.m, ...c.n]);
  for (let i = 0; i < spec.stripDims.length; i++) {
    const sourceDim = spec.stripDims[i] as number;
    if ((spec.stripGrid[i] as number) === 1) continue;
    const strips = pit.strips.filter((s) => s.sourceDim === sourceDim);
    const strip = strips[0];
    if (
      strips.length !== 1 ||
      strip === undefined ||
      !spatial.has(strip.axis) ||
      ranges.has(strip.axis)
    )
      return undefined;
    ranges.set(strip.axis, {
      kind: 'strip',
      stripIndex: i,
      tile: spec.microTile[sourceDim] as number,
    });
  }
  return ranges;
}
