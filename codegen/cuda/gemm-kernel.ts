import { bareAxis, type AccessExpr } from '../../ir/expr/tensor-expr.js';
import { scaled, sumText } from '../emit/affine.js';
import { floatLiteral } from '../emit/c.js';
import { accessCoefficients, type GemmGeometry, type GroupAxis } from './gemm-geometry.js';
import type { Dim3 } from './launch-spec.js';
import { hasPartialTiles, stripDecodeLines, type AxisValues } from './pit-axes.js';
import { BLOCK } from './prelude.js';
import { kernelSource } from './program-builder.js';

/**
 * The tiled GEMM of a contraction `C[loop, M, N] = scale · Σ_K Π A[..] · Π B[..]`: a 64×64
 * output tile per block (32×64 when a task never has more than 32 rows, as with 32-row strips),
 * 16-deep k steps through shared memory, 256 threads with 4×4 (2×4) register tiles, float
 * accumulation in k-list order. Every tile load goes through index-staged offsets:
 * a block first decodes its 64 rows and 64 columns (and, per k step, its 16 k positions) from
 * the task's value sets into shared int arrays, then each thread loads through them. Where the
 * contiguous dimension of an operand is a run of 4 aligned floats at run time, the load is one
 * 128-bit `float4` (a gathered row segment); otherwise 4 scalar loads. SWrite stores through the
 * staged row and column offsets (a scatter when they are gathered), adds (strips run one launch
 * each, deterministic), or adds atomically (order-free).
 */
/** Tile rows: 64, or 32 when no task has more rows (half the tile would be idle). */
export const TILE_M = 64;
export const TILE_M_SMALL = 32;
export const TILE_N = 64;
export const TILE_K = 16;
const PAD = 4;

export type GemmWrite = 'store' | 'add' | 'atomic';

export interface GemmFactor {
  readonly access: AccessExpr;
  readonly shape: readonly number[];
}

export interface GemmKernelInput {
  readonly name: string;
  readonly geometry: GemmGeometry;
  readonly aFactors: readonly GemmFactor[];
  readonly bFactors: readonly GemmFactor[];
  /** The output written as an access (its spatial axes, bare) and its shape. */
  readonly output: GemmFactor;
  readonly scale: number;
  readonly write: GemmWrite;
  /** One launch per strip (`stripBegin` = the launch's repeat index). */
  readonly sequential: boolean;
}

export interface GemmKernel {
  readonly source: string;
  readonly staticSharedBytes: number;
  readonly grid: Dim3;
  readonly block: Dim3;
}

interface Operand {
  readonly tag: 'A' | 'B';
  readonly factors: readonly { readonly param: string; readonly coef: ReadonlyMap<string, number>; readonly constant: number; readonly access: AccessExpr }[];
  /** Shared array names: staged outer (row/column) and k parts per factor. */
  readonly outerGroup: readonly GroupAxis[];
  readonly tile: string;
  /** Which dimension is contiguous in memory, and whether 128-bit loads are worth trying. */
  readonly inner: 'k' | 'outer';
  readonly vector: boolean;
}

const outerStage = (op: Operand, f: number): string => `s${op.tag === 'A' ? 'Row' : 'Col'}${op.tag}${f}`;
const kStage = (op: Operand, f: number): string => `sK${op.tag}${f}`;
const loopPart = (op: Operand, f: number): string => `l${op.tag}${f}`;

export function emitGemmKernel(input: GemmKernelInput): GemmKernel {
  const g = input.geometry;
  const order = [...g.loop, ...g.m, ...g.n, ...g.k];
  const varOf = new Map(order.map((a, i) => [a.axis, `av${i}`]));
  const valueVar = (axis: string): string => varOf.get(axis) as string;
  const operand = (tag: 'A' | 'B', factors: readonly GemmFactor[], outerGroup: readonly GroupAxis[]): Operand => {
    const fs = factors.map((f, i) => ({ param: `f${tag.toLowerCase()}${i}`, access: f.access, ...accessCoefficients(f.access, f.shape) }));
    const first = factors[0]?.access;
    const lastIndex = first?.indices[first.indices.length - 1];
    const term = lastIndex && lastIndex.terms.length > 0 ? lastIndex.terms : [];
    const inOuter = term.some((t) => t.coef === 1 && outerGroup.some((a) => a.axis === t.axis));
    // loads run along the contiguous dimension: the outer one when it is there, else k
    const inner: 'k' | 'outer' = inOuter ? 'outer' : 'k';
    // 128-bit loads need one factor whose last index is exactly the inner axis, and value sets
    // that can give aligned runs of 4 (checked again at run time: contiguity and alignment)
    const bare = lastIndex ? bareAxis(lastIndex) : undefined;
    const innerGroup = inner === 'k' ? g.k : outerGroup;
    const innerAxis = innerGroup.find((a) => a.axis === bare);
    const vector = factors.length === 1 && innerAxis !== undefined && runsOfFour(innerAxis.values);
    return { tag, factors: fs, outerGroup, tile: `s${tag}`, inner, vector };
  };
  const A = operand('A', input.aFactors, g.m);
  const B = operand('B', input.bFactors, g.n);
  const C = accessCoefficients(input.output.access, input.output.shape);
  const pit = g.index !== undefined;
  const zTotal = input.sequential ? g.loopMax : g.strips * g.loopMax;
  const TM = g.rowMax <= TILE_M_SMALL ? TILE_M_SMALL : TILE_M;
  const RM = TM / 16; // rows per thread

  const lines: string[] = [];
  const at = (depth: number, ...ls: string[]): void => {
    for (const l of ls) lines.push('  '.repeat(depth) + l);
  };
  // shared memory
  const ints: [string, number][] = [];
  A.factors.forEach((_, f) => ints.push([outerStage(A, f), TM]));
  ints.push(['sRowC', TM]);
  B.factors.forEach((_, f) => ints.push([outerStage(B, f), TILE_N]));
  ints.push(['sColC', TILE_N]);
  A.factors.forEach((_, f) => ints.push([kStage(A, f), TILE_K]));
  B.factors.forEach((_, f) => ints.push([kStage(B, f), TILE_K]));
  ints.push(['sKOk', TILE_K]);
  at(0, `__shared__ __align__(16) float sA[${TILE_K}][${TM + PAD}];`, `__shared__ __align__(16) float sB[${TILE_K}][${TILE_N + PAD}];`);
  for (const [name, n] of ints) at(0, `__shared__ int ${name}[${n}];`);
  const staticSharedBytes = 4 * (TILE_K * (TM + PAD) + TILE_K * (TILE_N + PAD) + ints.reduce((s, [, n]) => s + n, 0));
  at(0, 'const int tid = static_cast<int>(threadIdx.x);', 'const int tx = tid & 15;', 'const int ty = tid >> 4;');

  // ---- task: strip and loop value
  at(0, `for (int z = static_cast<int>(blockIdx.z); z < ${zTotal}; z += static_cast<int>(gridDim.z)) {`);
  const hasLoop = g.loop.length > 0;
  const lIdx = hasLoop ? (g.loopMax === 1 ? '0' : `z % ${g.loopMax}`) : undefined;
  if (pit) {
    const stripExpr = g.loopMax === 1 ? 'z' : `z / ${g.loopMax}`;
    at(1, `const int s = ${input.sequential ? `stripBegin + ${stripExpr}` : stripExpr};`);
    const needed = new Set(order.flatMap((a) => (a.values.kind === 'strip' ? [a.values.stripIndex] : [])));
    at(1, ...stripDecodeLines(g.index as NonNullable<typeof g.index>, needed));
    at(1, 'const int p0 = ptr[s];', 'const int gcnt = ptr[s + 1] - p0;');
  }
  const countOf = new Map<string, string>();
  order.forEach((a, i) => {
    const v = a.values;
    if (v.kind === 'full') countOf.set(a.axis, String(v.extent));
    else if (v.kind === 'gather') countOf.set(a.axis, v.width === 1 ? 'gcnt' : `(gcnt * ${v.width})`);
    else if (v.extent % v.tile === 0) countOf.set(a.axis, String(v.tile));
    else {
      at(1, `const int cn${i} = min(${v.tile}, ${v.extent} - u${v.stripIndex} * ${v.tile});`);
      countOf.set(a.axis, `cn${i}`);
    }
  });
  const product = (group: readonly GroupAxis[]): string => (group.length === 0 ? '1' : group.map((a) => countOf.get(a.axis) as string).join(' * '));
  at(1, `const int rowCount = ${product(g.m)};`, `const int colCount = ${product(g.n)};`, `const int kCount = ${product(g.k)};`);
  const skip = ['rowCount == 0', 'colCount == 0', 'kCount == 0', `static_cast<int>(blockIdx.x) * ${TILE_N} >= colCount`];
  if (hasLoop) {
    at(1, `const int loopIdx = ${lIdx};`, `const int loopCount = ${product(g.loop)};`);
    skip.unshift('loopIdx >= loopCount');
  }
  at(1, `if (${skip.join(' || ')}) continue;`);
  // loop values and the loop part of every offset (constants included)
  if (hasLoop) decode(lines, 1, g.loop, 'loopIdx', 'loopCount', valueVar, countOf, false);
  const loopTerms = (coef: ReadonlyMap<string, number>, constant: number): string => {
    const terms = g.loop.filter((a) => (coef.get(a.axis) ?? 0) !== 0).map((a) => scaled(coef.get(a.axis) as number, valueVar(a.axis)));
    if (constant !== 0) terms.push(String(constant));
    return sumText(terms);
  };
  for (const op of [A, B]) op.factors.forEach((f, i) => at(1, `const int ${loopPart(op, i)} = ${loopTerms(f.coef, f.constant)};`));
  at(1, `const int lC = ${loopTerms(C.coef, C.constant)};`);

  // ---- row tiles of the task
  at(1, `for (int y = static_cast<int>(blockIdx.y); y * ${TM} < rowCount; y += static_cast<int>(gridDim.y)) {`);
  at(2, '__syncthreads(); // the previous tile is stored: staging arrays are free');
  const part = (coef: ReadonlyMap<string, number>, group: readonly GroupAxis[]): string =>
    sumText(group.filter((a) => (coef.get(a.axis) ?? 0) !== 0).map((a) => scaled(coef.get(a.axis) as number, valueVar(a.axis))));
  at(2, `if (tid < ${TM}) {`);
  decode(lines, 3, g.m, `y * ${TM} + tid`, 'rowCount', valueVar, countOf, true);
  at(4, ...A.factors.map((f, i) => `${outerStage(A, i)}[tid] = ${part(f.coef, g.m)};`), `sRowC[tid] = ${part(C.coef, g.m)};`);
  at(3, '} else {', ...A.factors.map((_, i) => `  ${outerStage(A, i)}[tid] = 0;`), '  sRowC[tid] = -1;', '}');
  at(2, `} else if (tid < ${TM + TILE_N}) {`);
  at(3, `const int tc = tid - ${TM};`);
  decode(lines, 3, g.n, `static_cast<int>(blockIdx.x) * ${TILE_N} + tc`, 'colCount', valueVar, countOf, true);
  at(4, ...B.factors.map((f, i) => `${outerStage(B, i)}[tc] = ${part(f.coef, g.n)};`), `sColC[tc] = ${part(C.coef, g.n)};`);
  at(3, '} else {', ...B.factors.map((_, i) => `  ${outerStage(B, i)}[tc] = 0;`), '  sColC[tc] = -1;', '}');
  at(2, '}');
  at(2, `float acc[${RM}][4];`);
  at(2, '#pragma unroll', `for (int i = 0; i < ${RM}; ++i) {`, '  #pragma unroll', '  for (int j = 0; j < 4; ++j) acc[i][j] = 0.0f;', '}');

  // ---- k steps
  at(2, `for (int k0 = 0; k0 < kCount; k0 += ${TILE_K}) {`);
  at(3, '__syncthreads(); // rows and columns staged; the previous step is consumed');
  at(3, `if (tid < ${TILE_K}) {`);
  decode(lines, 4, g.k, 'k0 + tid', 'kCount', valueVar, countOf, true);
  at(5, ...A.factors.map((f, i) => `${kStage(A, i)}[tid] = ${part(f.coef, g.k)};`), ...B.factors.map((f, i) => `${kStage(B, i)}[tid] = ${part(f.coef, g.k)};`), 'sKOk[tid] = 1;');
  at(4, '} else {', ...A.factors.map((_, i) => `  ${kStage(A, i)}[tid] = 0;`), ...B.factors.map((_, i) => `  ${kStage(B, i)}[tid] = 0;`), '  sKOk[tid] = 0;', '}');
  at(3, '}');
  at(3, '__syncthreads();');
  emitTileLoad(lines, 3, A, TM);
  emitTileLoad(lines, 3, B, TILE_N);
  at(3, '__syncthreads();');
  at(3, '#pragma unroll');
  at(3, `for (int kk = 0; kk < ${TILE_K}; ++kk) {`);
  if (RM === 4) at(4, 'const float4 av = *reinterpret_cast<const float4*>(&sA[kk][ty * 4]);');
  else at(4, 'const float2 av = *reinterpret_cast<const float2*>(&sA[kk][ty * 2]);');
  at(4, 'const float4 bv = *reinterpret_cast<const float4*>(&sB[kk][tx * 4]);');
  at(4, RM === 4 ? 'const float ar[4] = {av.x, av.y, av.z, av.w};' : 'const float ar[2] = {av.x, av.y};');
  at(4, 'const float br[4] = {bv.x, bv.y, bv.z, bv.w};');
  at(4, '#pragma unroll', `for (int i = 0; i < ${RM}; ++i) {`, '  #pragma unroll', '  for (int j = 0; j < 4; ++j) acc[i][j] = fmaf(ar[i], br[j], acc[i][j]);', '}');
  at(3, '}');
  at(2, '}');

  // ---- SWrite
  const scale = input.scale === 1 ? '' : ` * ${floatLiteral(input.scale)}`;
  const cVector = input.write === 'store' && g.n.length > 0 && runsOfFour((g.n[g.n.length - 1] as GroupAxis).values);
  at(2, '#pragma unroll');
  at(2, `for (int i = 0; i < ${RM}; ++i) {`);
  at(3, `const int r = sRowC[ty * ${RM} + i];`);
  at(3, 'if (r < 0) continue;');
  at(3, 'const int c0 = sColC[tx * 4];');
  const store = (target: string, v: string): string =>
    input.write === 'store' ? `${target} = ${v};` : input.write === 'add' ? `${target} += ${v};` : `atomicAdd(&${target}, ${v});`;
  if (cVector) {
    at(3, 'if (c0 >= 0 && sColC[tx * 4 + 1] == c0 + 1 && sColC[tx * 4 + 2] == c0 + 2 && sColC[tx * 4 + 3] == c0 + 3 && ((lC + r + c0) & 3) == 0) {');
    at(4, `*reinterpret_cast<float4*>(&c[lC + r + c0]) = make_float4(acc[i][0]${scale}, acc[i][1]${scale}, acc[i][2]${scale}, acc[i][3]${scale});`);
    at(4, 'continue;');
    at(3, '}');
  }
  at(3, '#pragma unroll');
  at(3, 'for (int j = 0; j < 4; ++j) {');
  at(4, 'const int cc = j == 0 ? c0 : sColC[tx * 4 + j];');
  at(4, `if (cc >= 0) ${store('c[lC + r + cc]', `acc[i][j]${scale}`)}`);
  at(3, '}');
  at(2, '}');
  at(1, '}');
  at(0, '}');

  const params = [
    'float* __restrict__ c',
    ...[...A.factors, ...B.factors].map((f) => `const float* __restrict__ ${f.param}`),
    ...(pit ? ['const int* __restrict__ ptr', 'const int* __restrict__ crd'] : []),
    ...(input.sequential ? ['int stripBegin'] : []),
  ];
  const grid: Dim3 = [Math.max(1, Math.ceil(g.colMax / TILE_N)), Math.max(1, Math.min(Math.ceil(g.rowMax / TM), 65535)), Math.max(1, Math.min(zTotal, 65535))];
  return { source: kernelSource(input.name, params, lines), staticSharedBytes, grid, block: [BLOCK, 1, 1] };
}

/** Whether a value set can give runs of 4 consecutive values starting at multiples of 4. */
function runsOfFour(v: AxisValues): boolean {
  switch (v.kind) {
    case 'full':
      return true;
    case 'strip':
      return v.tile % 4 === 0;
    case 'gather':
      return v.width % 4 === 0;
  }
}

/**
 * Decodes position `idx` of a group into its axis values (`avN` variables) and opens
 * `if (valid) {` at depth+1 when `withValidity`; the caller writes the valid branch at depth+2
 * and closes it. Invalid positions (past the task's count, or past the extent inside a partial
 * micro-tile) decode as all-zero values.
 */
function decode(
  lines: string[],
  depth: number,
  group: readonly GroupAxis[],
  idx: string,
  count: string,
  valueVar: (axis: string) => string,
  countOf: ReadonlyMap<string, string>,
  withValidity: boolean,
): void {
  const at = (d: number, l: string): void => {
    lines.push('  '.repeat(d) + l);
  };
  const v = valueVar;
  if (withValidity) {
    at(depth, `const int gi = ${idx};`);
    at(depth, `const bool inRange = gi < ${count};`);
    at(depth, 'int q = inRange ? gi : 0;');
  } else at(depth, `int q = ${idx};`);
  const bounds: string[] = [];
  for (let j = group.length - 1; j >= 0; j--) {
    const a = group[j] as GroupAxis;
    const c = countOf.get(a.axis) as string;
    const digit = j === 0 ? 'q' : `q % ${c}`;
    const values = a.values;
    if (values.kind === 'gather') {
      const d = `d${v(a.axis).slice(2)}`;
      at(depth, `const int ${d} = ${digit};`);
      const slot = values.width === 1 ? `crd[p0 + ${d}]` : `crd[p0 + ${d} / ${values.width}] * ${values.width} + ${d} % ${values.width}`;
      // an empty range reads no coordinate
      at(depth, withValidity ? `const int ${v(a.axis)} = inRange ? ${slot} : 0;` : `const int ${v(a.axis)} = ${slot};`);
    } else if (values.kind === 'strip') at(depth, `const int ${v(a.axis)} = u${values.stripIndex} * ${values.tile} + ${digit};`);
    else at(depth, `const int ${v(a.axis)} = ${digit};`);
    if (hasPartialTiles(values) && withValidity) bounds.push(`${v(a.axis)} < ${values.extent}`);
    if (j > 0) at(depth, `q /= ${c};`);
  }
  if (withValidity) at(depth, `if (${['inRange', ...bounds].join(' && ')}) {`);
}

/**
 * Loads one operand's (outer × 16) tile into shared memory, k-major: tile[kk][row or column].
 * 256 threads; `outer` is 64 or 32 (then some threads load nothing in the vector forms).
 */
function emitTileLoad(lines: string[], depth: number, op: Operand, outer: number): void {
  const at = (d: number, ...ls: string[]): void => {
    for (const l of ls) lines.push('  '.repeat(d) + l);
  };
  const os = (f: number) => outerStage(op, f);
  const ks = (f: number) => kStage(op, f);
  const load = (o: string, kk: string): string => op.factors.map((f, i) => `${f.param}[${loopPart(op, i)} + ${os(i)}[${o}] + ${ks(i)}[${kk}]]`).join(' * ');
  const t = op.tile;
  const first = op.factors[0]?.param ?? '';
  const perThread = (outer * TILE_K) / BLOCK; // scalar loads per thread
  at(depth, '{');
  let d = depth + 1;
  if (op.vector && op.inner === 'k') {
    // thread → (row o, 4 consecutive k from kq): one float4 along k when they are contiguous
    at(d, 'const int o = tid >> 2;', 'const int kq = (tid & 3) * 4;');
    if (outer * 4 < BLOCK) {
      at(d, `if (o < ${outer}) {`);
      d++;
    }
    at(d, `const int base = ${loopPart(op, 0)} + ${os(0)}[o] + ${ks(0)}[kq];`);
    const contiguous = [1, 2, 3].map((e) => `${ks(0)}[kq + ${e}] == ${ks(0)}[kq] + ${e}`).join(' && ');
    at(d, `if (sKOk[kq] && sKOk[kq + 1] && sKOk[kq + 2] && sKOk[kq + 3] && ${contiguous} && (base & 3) == 0) {`);
    at(d + 1, `const float4 v = *reinterpret_cast<const float4*>(&${first}[base]);`);
    at(d + 1, `${t}[kq][o] = v.x;`, `${t}[kq + 1][o] = v.y;`, `${t}[kq + 2][o] = v.z;`, `${t}[kq + 3][o] = v.w;`);
    at(d, '} else {');
    at(d + 1, '#pragma unroll', 'for (int e = 0; e < 4; ++e) {', `  ${t}[kq + e][o] = sKOk[kq + e] ? ${load('o', 'kq + e')} : 0.0f;`, '}');
    at(d, '}');
  } else if (op.vector) {
    // thread → (k row kk, 4 consecutive rows/columns from oq): one float4 when contiguous
    const perRow = outer / 4;
    at(d, `const int kk = tid / ${perRow};`, `const int oq = (tid % ${perRow}) * 4;`);
    if (perRow * TILE_K < BLOCK) {
      at(d, `if (kk < ${TILE_K}) {`);
      d++;
    }
    at(d, `const int base = ${loopPart(op, 0)} + ${os(0)}[oq] + ${ks(0)}[kk];`);
    const contiguous = [1, 2, 3].map((e) => `${os(0)}[oq + ${e}] == ${os(0)}[oq] + ${e}`).join(' && ');
    at(d, `if (${contiguous} && (base & 3) == 0) {`);
    at(d + 1, `*reinterpret_cast<float4*>(&${t}[kk][oq]) = sKOk[kk] ? *reinterpret_cast<const float4*>(&${first}[base]) : make_float4(0.0f, 0.0f, 0.0f, 0.0f);`);
    at(d, '} else {');
    at(d + 1, '#pragma unroll', 'for (int e = 0; e < 4; ++e) {', `  ${t}[kk][oq + e] = sKOk[kk] ? ${load('oq + e', 'kk')} : 0.0f;`, '}');
    at(d, '}');
  } else {
    at(d, '#pragma unroll', `for (int e = 0; e < ${perThread}; ++e) {`);
    at(d + 1, `const int idx = tid + e * ${BLOCK};`);
    if (op.inner === 'k') at(d + 1, 'const int o = idx >> 4;', 'const int kk = idx & 15;');
    else at(d + 1, `const int kk = idx / ${outer};`, `const int o = idx % ${outer};`);
    at(d + 1, `${t}[kk][o] = sKOk[kk] ? ${load('o', 'kk')} : 0.0f;`);
    at(d, '}');
  }
  for (; d > depth + 1; d--) at(d - 1, '}');
  at(depth, '}');
}
