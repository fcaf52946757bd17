import { emitPackA, tableAt, transpose4, type FactorTables, type GemmOpSpec } from './gemm-emit.js';
import { EpilogueEmitter, type GemmEpilogue, type LaneColumns } from './gemm-epilogue.js';
import { decodeTask, type TaskLocals } from './gemm-task-decode.js';
import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';

/**
 * GEMMs whose B is one factor contiguous along k (C = A·Bᵀ with both operands rows of k values,
 * as attention's q·kᵀ): B is never packed. The micro-kernel computes 8-row × 4-column tiles with
 * vectors along the rows (A packed in panels of 8 rows) and splats of B read in place, so each of
 * the 4 columns is just a pointer into B: tasks that list their columns one by one (the strips of
 * an output-sparse SDDMM) cost the same as runs of columns, and nothing is copied per column.
 */

/** Rows (two vectors of 4 lanes) and columns (B pointers) of the NT micro-kernel's tile. */
export const NT_ROWS = 8;
export const NT_COLS = 4;


/**
 * i32 words per column group in the kernel's `colInfo`: 4 C column byte offsets, how many of the
 * 4 are real, whether they are consecutive floats of C, B's address, and whether B is read in
 * place (a run of 4 consecutive columns: B_c at B + c·stride) or packed (Bp[k][4]).
 */
export const NT_GROUP_WORDS = 8;
const INFO = { count: 4, consecutive: 5, b: 6, inPlace: 7 } as const;

/**
 * `name(ap, kb, rows, groups, rowAddr, colInfo, fresh)`: one 8-row panel of packed A (Ap[k][8],
 * of which `rows` are real) times `groups` groups of 4 columns of B, each described by
 * NT_GROUP_WORDS words of colInfo: B read in place when the 4 columns are a run (splats at
 * constant offsets c·`bStride` bytes, B's column stride), else from a packed group (Bp[k][4],
 * `nt_pack_b4`); into C: row r at byte address rowAddr[r], column c at + its offset, with one
 * vector store per row when the 4 are consecutive floats. `fresh`: the tiles are stored, else
 * added to C. The panel's rows are written left to right, group after group, so each row of C is
 * a forward stream.
 *
 * Every cell sums its k terms in order, one fused multiply-add each, as the 4×8 kernels do. The
 * k loop is not unrolled: TurboFan hoists the loads of unrolled steps and spills accumulators.
 */
export function emitNtMicroKernel(w: WasmModuleBuilder, name: string, bStride: number | undefined, epilogue?: GemmEpilogue): void {
  // with an epilogue: `last` (the task's last k block: stores go through it), the panel's first
  // entry of the task's row list and the loop index (the operands' row addresses)
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', ...(epilogue ? (['i32', 'i32', 'i32'] as const) : [])]);
  const [ap, kb, rows, groups, rowAddr, colInfo, fresh, last, rowList, loop] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const get = (i: number): Expr => w.get(scope, i);
  const epi = epilogue ? new EpilogueEmitter(w, scope, epilogue, NT_ROWS) : undefined;
  const rowAt = Array.from({ length: NT_ROWS }, () => scope.local('i32'));
  const col = Array.from({ length: NT_COLS }, () => scope.local('i32'));
  // acc[2c + h]: column c, rows 4h..4h+3 of the panel
  const acc = Array.from({ length: 2 * NT_COLS }, () => scope.local('v128'));
  const a0 = scope.local('v128');
  const a1 = scope.local('v128');
  const bv = scope.local('v128');
  const [p, end, b, info, infoEnd, nc, consecutive, addr] = Array.from({ length: 8 }, () => scope.local('i32')) as [number, number, number, number, number, number, number, number];
  const body: Expr[] = [
    ...rowAt.map((x, r) => w.set(x, w.i32.load(4 * r, get(rowAddr)))),
    w.set(end, w.i32.add(get(ap), w.i32.shl(get(kb), w.i32.const(5)))),
  ];
  if (epi) {
    // rows past `rows` read the list's padding (valid rows): computed, never stored
    const m = (r: number) => (): Expr => w.i32.load(4 * r, get(rowList));
    body.push(w.ifThen(get(last), rowAt.flatMap((_, r) => epi.rowSetup(r, () => get(loop), m(r)))));
  }
  /** One k step: column c's B value at b + offset(c), then b moves by `advance` bytes. */
  const step = (offset: (c: number) => number, advance: number): Expr[] => {
    const out: Expr[] = [w.set(a0, w.v128.load(0, get(p), 16)), w.set(a1, w.v128.load(16, get(p), 16))];
    for (let c = 0; c < NT_COLS; c++) {
      out.push(w.set(bv, w.v128.load32Splat(offset(c), get(b))));
      out.push(w.set(acc[2 * c] as number, w.f32x4.madd(get(a0), get(bv), get(acc[2 * c] as number))));
      out.push(w.set(acc[2 * c + 1] as number, w.f32x4.madd(get(a1), get(bv), get(acc[2 * c + 1] as number))));
    }
    out.push(w.set(b, w.i32.add(get(b), w.i32.const(advance))));
    return out;
  };
  const packedLoop = w.forLoop(scope, p, get(ap), get(end), 32, step((c) => 4 * c, 4 * NT_COLS));
  const kLoop =
    bStride === undefined ? packedLoop : w.ifThen(w.i32.load(4 * INFO.inPlace, get(info)), [w.forLoop(scope, p, get(ap), get(end), 32, step((c) => c * bStride, 4))], [packedLoop]);
  // row r of the tile (a vector of its 4 columns, in `tmp`) into C: added to C's value unless
  // fresh, through the epilogue on the last k block, stored as a vector when the 4 are consecutive
  const storeRow = (r: number, value: Expr, tmp: number): Expr => {
    const cell = (c: number): Expr => w.i32.add(get(rowAt[r] as number), get(col[c] as number));
    const oldLanes = (): Expr => col.reduce<Expr>((v, _, c) => w.v128.load32Lane(0, c, cell(c), v), w.v128.zero());
    const lanes = col.map((_, c) => {
      const store = w.f32.store(0, cell(c), w.f32x4.extractLane(get(tmp), c));
      return c === 0 ? store : w.ifThen(w.i32.ltS(w.i32.const(c), get(nc)), [store]);
    });
    const through = (columns: LaneColumns): Expr[] => {
      if (!epi) return [];
      const { stmts, value: out } = epi.apply(r, get(tmp), columns);
      return [w.ifThen(get(last), [...stmts, w.set(tmp, out)])];
    };
    const stored = [
      w.set(tmp, value),
      w.ifThen(
        get(consecutive),
        [
          w.set(addr, cell(0)),
          w.ifThen(w.i32.eqz(get(fresh)), [w.set(tmp, w.f32x4.add(get(tmp), w.v128.load(0, get(addr))))]),
          ...through({ kind: 'vector', colByte: get(col[0] as number) }),
          w.v128.store(0, get(addr), get(tmp)),
        ],
        [
          // lanes past the group's count repeat its last column: read, computed, never stored
          w.ifThen(w.i32.eqz(get(fresh)), [w.set(tmp, w.f32x4.add(get(tmp), oldLanes()))]),
          ...through({ kind: 'lanes', colBytes: col.map((x) => get(x)) }),
          ...lanes,
        ],
      ),
    ];
    return r === 0 ? w.block(stored) : w.ifThen(w.i32.ltS(w.i32.const(r), get(rows)), stored);
  };
  const perGroup: Expr[] = [
    ...col.map((x, c) => w.set(x, w.i32.load(4 * c, get(info)))),
    w.set(nc, w.i32.load(4 * INFO.count, get(info))),
    w.set(consecutive, w.i32.load(4 * INFO.consecutive, get(info))),
    w.set(b, w.i32.load(4 * INFO.b, get(info))),
    ...acc.map((x) => w.set(x, w.v128.zero())),
    kLoop,
  ];
  // transpose each 4×4 block (columns × rows) into rows of 4 columns, and store them
  for (let h = 0; h < 2; h++) {
    // a0, a1, bv and this half's column-3 accumulator are free: the block goes there
    const t = transpose4(w, scope, [0, 1, 2, 3].map((c) => acc[2 * c + h] as number), [a0, a1, bv, acc[2 * 3 + h] as number]);
    // each row vector goes through this half's column-0 accumulator (consumed by the setup)
    const tmp = acc[h] as number;
    perGroup.push(...t.setup, ...t.columns.map((rowVector, r) => storeRow(4 * h + r, rowVector, tmp)));
  }
  body.push(
    w.set(infoEnd, w.i32.add(get(colInfo), w.i32.mul(get(groups), w.i32.const(4 * NT_GROUP_WORDS)))),
    w.forLoop(scope, info, get(colInfo), get(infoEnd), 4 * NT_GROUP_WORDS, perGroup),
  );
  w.addFunction(name, scope, 'none', body);
}

/**
 * `name(dst, bPtrs, kb)`: Bp[k][4] from the 4 byte addresses at bPtrs (column c's k values
 * consecutive floats from there): 4×4 blocks read with vector loads and transposed. The columns'
 * rows are read front to back, so their cache lines stream in together, and the kernel then reads
 * one contiguous, cache-hot panel.
 */
export function emitNtPackB(w: WasmModuleBuilder, name: string): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32']);
  const [dst, bPtrs, kb] = [0, 1, 2];
  const get = (i: number): Expr => w.get(scope, i);
  const [kk, k4, out] = Array.from({ length: 3 }, () => scope.local('i32')) as [number, number, number];
  const ptr = Array.from({ length: NT_COLS }, () => scope.local('i32'));
  const v = Array.from({ length: 4 }, () => scope.local('v128'));
  const x = Array.from({ length: 4 }, () => scope.local('v128'));
  const body: Expr[] = [...ptr.map((p, c) => w.set(p, w.i32.load(4 * c, get(bPtrs)))), w.set(k4, w.i32.and(get(kb), w.i32.const(~3))), w.set(out, get(dst))];
  const at = (c: number): Expr => w.i32.add(get(ptr[c] as number), w.i32.shl(get(kk), w.i32.const(2)));
  const block: Expr[] = ptr.map((_, c) => w.set(v[c] as number, w.v128.load(0, at(c))));
  const t = transpose4(w, scope, v, x);
  block.push(...t.setup, ...t.columns.map((slice, j) => w.v128.store(16 * j, get(out), slice)));
  block.push(w.set(out, w.i32.add(get(out), w.i32.const(64))));
  const tail: Expr[] = ptr.map((_, c) => w.f32.store(4 * c, get(out), w.f32.load(0, at(c))));
  tail.push(w.set(out, w.i32.add(get(out), w.i32.const(16))));
  body.push(w.forLoop(scope, kk, w.i32.const(0), get(k4), 4, block), w.forLoop(scope, kk, get(k4), get(kb), 1, tail));
  w.addFunction(name, scope, 'none', body);
}

/**
 * `name(dst, rows, mb, ks, kb, l)` as the packA functions (Ap[panel][k][8], scaled), for an A of
 * one factor contiguous along k and a k list that is one run: each row is read with vector loads
 * and 4×4 blocks are transposed into the panel. Rows past `mb` repeat the first row (their
 * results are computed and never stored), so every read stays inside A.
 */
function emitPackA8Contiguous(w: WasmModuleBuilder, name: string, f: FactorTables, scale: number): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [dst, rows, mb, ks, kb, l] = [0, 1, 2, 3, 4, 5];
  const get = (i: number): Expr => w.get(scope, i);
  const [ip, panels, kk, k4, out, kOff] = Array.from({ length: 6 }, () => scope.local('i32')) as [number, number, number, number, number, number];
  const ptr = Array.from({ length: NT_ROWS }, () => scope.local('i32'));
  const v = Array.from({ length: 4 }, () => scope.local('v128'));
  const x = Array.from({ length: 4 }, () => scope.local('v128'));
  const scaled = (e: Expr): Expr => (scale === 1 ? e : w.f32x4.mul(e, w.f32x4.splat(w.f32.const(scale))));
  const body: Expr[] = [
    w.set(kOff, w.i32.add(tableAt(w, f.loopPart, get(l)), tableAt(w, f.kPart, w.i32.load(0, get(ks))))),
    w.set(panels, w.i32.divS(w.i32.add(get(mb), w.i32.const(NT_ROWS - 1)), w.i32.const(NT_ROWS))),
    w.set(k4, w.i32.and(get(kb), w.i32.const(~3))),
    w.set(out, get(dst)),
  ];
  const panel: Expr[] = [];
  for (let r = 0; r < NT_ROWS; r++) {
    const index = w.i32.add(w.i32.mul(get(ip), w.i32.const(NT_ROWS)), w.i32.const(r));
    const row = w.i32.load(0, w.i32.add(get(rows), w.i32.shl(w.select(w.i32.ltS(index, get(mb)), index, w.i32.const(0)), w.i32.const(2))));
    panel.push(w.set(ptr[r] as number, w.i32.add(w.i32.const(f.base), w.i32.shl(w.i32.add(tableAt(w, f.outerPart, row), get(kOff)), w.i32.const(2)))));
  }
  // four k at a time: rows h·4..h·4+3 as four vectors, transposed into k-slices of 4 rows
  const block: Expr[] = [];
  for (let h = 0; h < 2; h++) {
    for (let r = 0; r < 4; r++) block.push(w.set(v[r] as number, w.v128.load(0, w.i32.add(get(ptr[4 * h + r] as number), w.i32.shl(get(kk), w.i32.const(2))))));
    const t = transpose4(w, scope, v, x);
    block.push(...t.setup);
    const slices = t.columns;
    slices.forEach((slice, j) => block.push(w.v128.store(32 * j + 16 * h, get(out), scaled(slice))));
  }
  block.push(w.set(out, w.i32.add(get(out), w.i32.const(4 * 32))));
  panel.push(w.forLoop(scope, kk, w.i32.const(0), get(k4), 4, block));
  // the last kb mod 4 values, one k-slice at a time
  const tail: Expr[] = [];
  for (let r = 0; r < NT_ROWS; r++) {
    const value = w.f32.load(0, w.i32.add(get(ptr[r] as number), w.i32.shl(get(kk), w.i32.const(2))));
    tail.push(w.f32.store(4 * r, get(out), scale === 1 ? value : w.f32.mul(value, w.f32.const(scale))));
  }
  tail.push(w.set(out, w.i32.add(get(out), w.i32.const(32))));
  panel.push(w.forLoop(scope, kk, get(k4), get(kb), 1, tail));
  body.push(w.forLoop(scope, ip, w.i32.const(0), get(panels), 1, panel));
  w.addFunction(name, scope, 'none', body);
}

export interface NtGemmSpec extends Pick<GemmOpSpec, 'name' | 'scale' | 'a' | 'c' | 'blocking'> {
  /** B's single factor; its k offsets are consecutive (B_n[k + 1] follows B_n[k]). */
  readonly b: FactorTables;
  /** The NT micro-kernel and B group packer (emitted once per module). */
  readonly microKernel: string;
  readonly packB: string;
  /** A is one factor contiguous along k too: packed with vector loads and transposes. */
  readonly aContiguous: boolean;
  /** Most columns per block (ntColumnBlock). */
  readonly columnBlock: number;
  /** Bytes between B's consecutive columns when constant and positive (runs are then read in place). */
  readonly bStride: number | undefined;
  /** The op's epilogue, applied in the micro-kernel's stores of each task's last k block (when the runtime asks: `fuse`). */
  readonly epilogue?: GemmEpilogue;
}

/** Bytes of packed B a column block aims at: it stays in L2 while every panel of rows reads it. */
const B_BLOCK_BYTES = 128 * 1024;

/** Rows per A block of the NT driver: the blocking's mc, rounded to the kernel's 8-row panels. */
export function ntRowBlock(mc: number): number {
  return Math.max(NT_ROWS, Math.floor(mc / NT_ROWS) * NT_ROWS);
}

/**
 * Most columns per block of the NT driver that the per-thread scratch (`scratchBytes`) holds
 * next to an A block (a multiple of 4, at most 512), or 0 when not even 4 fit.
 */
export function ntColumnBlock(mc: number, kc: number, scratchBytes: number): number {
  const fixed = 4 * mc * kc + 4 * NT_COLS + 4 * mc;
  const perGroup = 4 * NT_COLS * kc + 4 * NT_GROUP_WORDS;
  return NT_COLS * Math.min(512 / NT_COLS, Math.max(0, Math.floor((scratchBytes - fixed) / perGroup)));
}

/**
 * `${name}_nt(tasks, count, colLo, colHi, scratch, zeroFirst, fuse)`: the per-task driver's contract
 * (gemm-emit.ts) for NT operands; `fuse`: the stores of each task's last k block apply the epilogue. Per task, per k block and per block of rows, A is packed once
 * and its C row addresses computed; per block of the task's columns inside [colLo, colHi)
 * (listed one by one or in runs), B is packed in groups of 4 (B_BLOCK_BYTES at most) and every
 * 8-row panel runs the NT kernel across the groups: a vector store per row when a group's 4
 * columns are consecutive in C, else one store per cell; added to C unless this is the task's
 * first k block and `zeroFirst` says C was not zeroed. Each task's k list must be one run of
 * consecutive values (the runtime checks): B and A are read from the block's first k on.
 */
export function emitNtGemm(w: WasmModuleBuilder, spec: NtGemmSpec): void {
  const MC = ntRowBlock(spec.blocking.mc);
  const KC = Math.max(1, spec.blocking.kc);
  const NCB = spec.columnBlock;
  const single = spec.a.length === 1 ? (spec.a[0] as FactorTables) : undefined;
  if (single && spec.aContiguous) emitPackA8Contiguous(w, `${spec.name}_packA8`, single, spec.scale);
  else emitPackA(w, `${spec.name}_packA8`, spec, NT_ROWS);
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [tasks, taskCount, colLo, colHi, scratch, zeroFirst, fuse] = [0, 1, 2, 3, 4, 5, 6];
  const get = (i: number): Expr => w.get(scope, i);
  const loc = (): number => scope.local('i32');
  const [t, task, l, rows, rowCount, ks, kCount, cols, colCount, cb, ce, c] = Array.from({ length: 12 }, loc) as number[];
  /** This k block is the task's last and the epilogue is fused: the stores apply it. */
  const last = loc();
  const [pc, kb, ic, mb, jc, je, step, c0, nc, r, ip, bKOff, fresh, info, groups, packed, slot] = Array.from({ length: 17 }, loc) as number[];
  const [bufA, bufB, bPtrs, colInfo, rowAddr] = [loc(), loc(), loc(), loc(), loc()];
  const g = (x: number | undefined): Expr => get(x as number);
  const listAt = (list: number | undefined, index: Expr): Expr => w.i32.load(0, w.i32.add(g(list), w.i32.shl(index, w.i32.const(2))));
  const min = (a: Expr, b: Expr): Expr => w.select(w.i32.ltS(a, b), a, b);
  const cSpec = spec.c;

  // column cc of the group (past the group's count: its first column, computed and not stored)
  const colAt = (cc: number): Expr => listAt(cols, w.i32.add(g(c0), min(w.i32.const(cc), w.i32.sub(g(nc), w.i32.const(1)))));
  const bAddress = (cc: number): Expr => w.i32.add(w.i32.const(spec.b.base), w.i32.shl(w.i32.add(tableAt(w, spec.b.outerPart, colAt(cc)), g(bKOff)), w.i32.const(2)));
  // 4 consecutive columns (and B's columns a constant stride apart): B is read in place
  const run =
    spec.bStride === undefined
      ? w.i32.const(0)
      : w.i32.and(w.i32.eq(g(nc), w.i32.const(NT_COLS)), w.i32.eq(w.i32.sub(listAt(cols, w.i32.add(g(c0), w.i32.const(NT_COLS - 1))), listAt(cols, g(c0))), w.i32.const(NT_COLS - 1)));
  const packGroup: Expr[] = [
    w.set(nc as number, min(w.i32.const(NT_COLS), w.i32.sub(g(je), g(c0)))),
    ...Array.from({ length: NT_COLS }, (_, cc) => w.i32.store(4 * cc, g(info), w.i32.shl(tableAt(w, cSpec.colPart, colAt(cc)), w.i32.const(2)))),
    w.i32.store(4 * INFO.count, g(info), g(nc)),
    w.i32.store(
      4 * INFO.consecutive,
      g(info),
      w.i32.and(w.i32.eq(g(nc), w.i32.const(NT_COLS)), w.i32.eq(w.i32.sub(w.i32.load(4 * (NT_COLS - 1), g(info)), w.i32.load(0, g(info))), w.i32.const(4 * (NT_COLS - 1)))),
    ),
    w.i32.store(4 * INFO.inPlace, g(info), run),
    w.ifThen(
      w.i32.load(4 * INFO.inPlace, g(info)),
      [w.i32.store(4 * INFO.b, g(info), bAddress(0))],
      [
        ...Array.from({ length: NT_COLS }, (_, cc) => w.i32.store(4 * cc, get(bPtrs), bAddress(cc))),
        w.set(slot as number, w.i32.add(get(bufB), w.i32.mul(g(packed), w.i32.shl(g(kb), w.i32.const(4))))),
        w.call(spec.packB, [g(slot), get(bPtrs), g(kb)], 'none'),
        w.i32.store(4 * INFO.b, g(info), g(slot)),
        w.set(packed as number, w.i32.add(g(packed), w.i32.const(1))),
      ],
    ),
    w.set(info as number, w.i32.add(g(info), w.i32.const(4 * NT_GROUP_WORDS))),
    w.set(groups as number, w.i32.add(g(groups), w.i32.const(1))),
  ];
  const columnBlock = [
    w.set(je as number, min(g(ce), w.i32.add(g(jc), g(step)))),
    w.set(info as number, get(colInfo)),
    w.set(groups as number, w.i32.const(0)),
    w.set(packed as number, w.i32.const(0)),
    w.forLoop(scope, c0 as number, g(jc), g(je), NT_COLS, packGroup),
    w.forLoop(scope, ip as number, w.i32.const(0), g(mb), NT_ROWS, [
      w.call(
        spec.microKernel,
        [
          w.i32.add(get(bufA), w.i32.mul(g(ip), w.i32.shl(g(kb), w.i32.const(2)))),
          g(kb),
          min(w.i32.const(NT_ROWS), w.i32.sub(g(mb), g(ip))),
          g(groups),
          w.i32.add(get(rowAddr), w.i32.shl(g(ip), w.i32.const(2))),
          get(colInfo),
          g(fresh),
          ...(spec.epilogue ? [get(last), w.i32.add(g(rows), w.i32.shl(w.i32.add(g(ic), g(ip)), w.i32.const(2))), g(l)] : []),
        ],
        'none',
      ),
    ]),
  ];
  const rowBlock = [
    w.set(mb as number, min(w.i32.const(MC), w.i32.sub(g(rowCount), g(ic)))),
    w.call(`${spec.name}_packA8`, [get(bufA), w.i32.add(g(rows), w.i32.shl(g(ic), w.i32.const(2))), g(mb), w.i32.add(g(ks), w.i32.shl(g(pc), w.i32.const(2))), g(kb), g(l)], 'none'),
    w.forLoop(scope, r as number, w.i32.const(0), g(mb), 1, [
      w.i32.store(
        0,
        w.i32.add(get(rowAddr), w.i32.shl(g(r), w.i32.const(2))),
        w.i32.add(w.i32.const(cSpec.base), w.i32.shl(w.i32.add(tableAt(w, cSpec.loopPart, g(l)), tableAt(w, cSpec.rowPart, listAt(rows, w.i32.add(g(ic), g(r))))), w.i32.const(2))),
      ),
    ]),
    w.forLoopDynamic(scope, jc as number, g(cb), g(ce), g(step), columnBlock),
  ];
  const kBlock = [
    w.set(kb as number, min(w.i32.const(KC), w.i32.sub(g(kCount), g(pc)))),
    w.set(fresh as number, w.i32.and(get(zeroFirst), w.i32.eqz(g(pc)))),
    w.set(last, w.i32.and(get(fuse), w.i32.geS(w.i32.add(g(pc), g(kb)), g(kCount)))),
    w.set(bKOff as number, w.i32.add(tableAt(w, spec.b.loopPart, g(l)), tableAt(w, spec.b.kPart, listAt(ks, g(pc))))),
    // columns per block: B_BLOCK_BYTES of packed B, at least one group, at most what the scratch holds
    w.set(step as number, min(w.i32.const(NCB), w.i32.shl(w.i32.add(w.i32.divS(w.i32.const(B_BLOCK_BYTES), w.i32.shl(g(kb), w.i32.const(4))), w.i32.const(0)), w.i32.const(2)))),
    w.set(step as number, w.select(w.i32.ltS(g(step), w.i32.const(NT_COLS)), w.i32.const(NT_COLS), g(step))),
    w.forLoop(scope, ic as number, w.i32.const(0), g(rowCount), MC, rowBlock),
  ];
  const taskBody = [
    ...decodeTask(w, scope, { task, loop: l, rows, rowCount, ks, kCount, cols, colCount, colBegin: cb, colEnd: ce, c } as TaskLocals, get(tasks), g(t), get(colLo), get(colHi)),
    w.ifThen(w.i32.ltS(g(cb), g(ce)), [w.forLoop(scope, pc as number, w.i32.const(0), g(kCount), KC, kBlock)]),
  ];
  const setup = [
    w.set(bufA, get(scratch)),
    w.set(bufB, w.i32.add(get(bufA), w.i32.const(4 * MC * KC))),
    w.set(bPtrs, w.i32.add(get(bufB), w.i32.const(4 * NCB * KC))),
    w.set(rowAddr, w.i32.add(get(bPtrs), w.i32.const(4 * NT_COLS))),
    w.set(colInfo, w.i32.add(get(rowAddr), w.i32.const(4 * MC))),
  ];
  w.addFunction(`${spec.name}_nt`, scope, 'none', [...setup, w.forLoop(scope, t as number, w.i32.const(0), get(taskCount), 1, taskBody)]);
  w.exportFunction(`${spec.name}_nt`);
}
