import { emitPackA, tableAt, type FactorTables, type GemmOpSpec } from './gemm-emit.js';
import { TASK, TASK_FIELDS } from './gemm-layout.js';
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

/** Bits of the micro-kernel's `flags` argument. */
export const NT_FRESH = 1;
export const NT_CONSECUTIVE = 2;

/** i8x16 shuffle lanes selecting i32 lanes (0–3 from the first vector, 4–7 from the second). */
const lanes32 = (l: readonly number[]): number[] => l.flatMap((j) => [4 * j, 4 * j + 1, 4 * j + 2, 4 * j + 3]);

/**
 * `name(ap, kb, mb, bp, rowAddr, colBytes, nc, flags)`: for every 8-row panel of a packed A block
 * (Ap[panel][k][8], `mb` rows) the 8×4 tile Σ_k A[r][k]·Bp[k][c] of a packed group of 4 columns
 * (Bp[k][4], `nt_pack_b4`), into C: row r of the block at byte address rowAddr[r], column c at
 * + colBytes[c], of which the first `nc` are stored. With NT_CONSECUTIVE the 4 columns are
 * consecutive floats (one vector store per row); with NT_FRESH the tile is stored, else added.
 *
 * Every cell sums its k terms in order, one fused multiply-add each, as the 4×8 kernels do. The
 * k loop is not unrolled: TurboFan hoists the loads of unrolled steps and spills accumulators.
 */
export function emitNtMicroKernel(w: WasmModuleBuilder, name: string): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [ap, kb, mb, bp, rowAddr, colBytes, nc, flags] = [0, 1, 2, 3, 4, 5, 6, 7];
  const get = (i: number): Expr => w.get(scope, i);
  const b = scope.local('i32');
  const col = Array.from({ length: NT_COLS }, () => scope.local('i32'));
  // acc[2c + h]: column c, rows 4h..4h+3 of the panel
  const acc = Array.from({ length: 2 * NT_COLS }, () => scope.local('v128'));
  const a0 = scope.local('v128');
  const a1 = scope.local('v128');
  const bv = scope.local('v128');
  const [p, end, panel, panelsEnd, row, addr, fresh, consecutive, panelBytes] = Array.from({ length: 9 }, () => scope.local('i32')) as [number, number, number, number, number, number, number, number, number];
  const body: Expr[] = [
    ...col.map((x, c) => w.set(x, w.i32.load(4 * c, get(colBytes)))),
    w.set(fresh, w.i32.and(get(flags), w.i32.const(NT_FRESH))),
    w.set(consecutive, w.i32.and(get(flags), w.i32.const(NT_CONSECUTIVE))),
    w.set(panelBytes, w.i32.shl(get(kb), w.i32.const(5))),
    w.set(panelsEnd, w.i32.add(get(ap), w.i32.mul(w.i32.divS(w.i32.add(get(mb), w.i32.const(NT_ROWS - 1)), w.i32.const(NT_ROWS)), get(panelBytes)))),
    w.set(row, w.i32.const(0)),
  ];
  const step: Expr[] = [w.set(a0, w.v128.load(0, get(p), 16)), w.set(a1, w.v128.load(16, get(p), 16))];
  for (let c = 0; c < NT_COLS; c++) {
    step.push(w.set(bv, w.v128.load32Splat(4 * c, get(b))));
    step.push(w.set(acc[2 * c] as number, w.f32x4.madd(get(a0), get(bv), get(acc[2 * c] as number))));
    step.push(w.set(acc[2 * c + 1] as number, w.f32x4.madd(get(a1), get(bv), get(acc[2 * c + 1] as number))));
  }
  step.push(w.set(b, w.i32.add(get(b), w.i32.const(4 * NT_COLS))));
  // row r of the panel (a vector of its 4 columns, in `tmp`) into C
  const storeRow = (r: number, value: Expr, tmp: number): Expr => {
    const cell = (c: number): Expr => w.i32.add(get(addr), get(col[c] as number));
    const lane = (c: number): Expr => w.f32x4.extractLane(get(tmp), c);
    const lanes = col.map((_, c) => {
      const store = w.f32.store(0, cell(c), w.select(get(fresh), lane(c), w.f32.add(lane(c), w.f32.load(0, cell(c)))));
      return c === 0 ? store : w.ifThen(w.i32.ltS(w.i32.const(c), get(nc)), [store]);
    });
    return w.ifThen(w.i32.ltS(w.i32.add(get(row), w.i32.const(r)), get(mb)), [
      w.set(tmp, value),
      w.set(addr, w.i32.load(4 * r, w.i32.add(get(rowAddr), w.i32.shl(get(row), w.i32.const(2))))),
      w.ifThen(
        get(consecutive),
        [
          w.set(addr, cell(0)),
          w.ifThen(get(fresh), [w.v128.store(0, get(addr), get(tmp))], [w.v128.store(0, get(addr), w.f32x4.add(get(tmp), w.v128.load(0, get(addr))))]),
        ],
        lanes,
      ),
    ]);
  };
  const perPanel: Expr[] = [
    ...acc.map((x) => w.set(x, w.v128.zero())),
    w.set(b, get(bp)),
    w.set(end, w.i32.add(get(panel), get(panelBytes))),
    w.forLoop(scope, p, get(panel), get(end), 32, step),
  ];
  // transpose each 4×4 block (columns × rows) into rows of 4 columns, and store them
  for (let h = 0; h < 2; h++) {
    // a0, a1, bv and this half's column-3 accumulator are free: the block goes there
    const t = transpose4(w, scope, [0, 1, 2, 3].map((c) => acc[2 * c + h] as number), [a0, a1, bv, acc[2 * 3 + h] as number]);
    // each row vector goes through this half's column-0 accumulator (consumed by the setup)
    const tmp = acc[h] as number;
    perPanel.push(...t.setup, ...t.columns.map((rowVector, r) => storeRow(4 * h + r, rowVector, tmp)));
  }
  perPanel.push(w.set(row, w.i32.add(get(row), w.i32.const(NT_ROWS))));
  body.push(w.forLoopDynamic(scope, panel, get(ap), get(panelsEnd), get(panelBytes), perPanel));
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
 * The 4×4 transpose of the vectors in locals v (v[i] = row i): `setup` fills the temporaries x,
 * then `columns[j]` is column j as a vector (lane i = v[i][j]).
 */
function transpose4(w: WasmModuleBuilder, scope: FunctionScope, v: readonly number[], x: readonly number[]): { setup: Expr[]; columns: Expr[] } {
  const get = (i: number): Expr => w.get(scope, i);
  const vv = (i: number): Expr => get(v[i] as number);
  const xx = (i: number): Expr => get(x[i] as number);
  const setup = [
    w.set(x[0] as number, w.i8x16.shuffle(vv(0), vv(1), lanes32([0, 4, 1, 5]))),
    w.set(x[1] as number, w.i8x16.shuffle(vv(0), vv(1), lanes32([2, 6, 3, 7]))),
    w.set(x[2] as number, w.i8x16.shuffle(vv(2), vv(3), lanes32([0, 4, 1, 5]))),
    w.set(x[3] as number, w.i8x16.shuffle(vv(2), vv(3), lanes32([2, 6, 3, 7]))),
  ];
  const columns = [
    w.i8x16.shuffle(xx(0), xx(2), lanes32([0, 1, 4, 5])),
    w.i8x16.shuffle(xx(0), xx(2), lanes32([2, 3, 6, 7])),
    w.i8x16.shuffle(xx(1), xx(3), lanes32([0, 1, 4, 5])),
    w.i8x16.shuffle(xx(1), xx(3), lanes32([2, 3, 6, 7])),
  ];
  return { setup, columns };
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
}

/** Bytes of scratch the NT driver uses per thread (must fit gemmScratchBytes of the blocking). */
export function ntScratchBytes(mc: number, kc: number): number {
  return 4 * mc * kc + 4 * NT_COLS * kc + 4 * NT_COLS + 4 * NT_COLS + 4 * mc;
}

/** Rows per A block of the NT driver: the blocking's mc, rounded to the kernel's 8-row panels. */
export function ntRowBlock(mc: number): number {
  return Math.max(NT_ROWS, Math.floor(mc / NT_ROWS) * NT_ROWS);
}

/**
 * `${name}_nt(tasks, count, colLo, colHi, scratch, zeroFirst)`: the per-task driver's contract
 * (gemm-emit.ts) for NT operands. Per task, per k block and per block of rows, A is packed once
 * and its C row addresses computed; then every 4 of the task's columns inside [colLo, colHi)
 * (listed one by one or in runs) run the NT kernel over all 8-row panels of the block: a vector
 * store per row when the 4 columns are consecutive in C, else one store per cell; added to C
 * unless this is the task's first k block and `zeroFirst` says C was not zeroed. Each task's k
 * list must be one run of consecutive values (the runtime checks): B is walked from the block's
 * first k.
 */
export function emitNtGemm(w: WasmModuleBuilder, spec: NtGemmSpec): void {
  const MC = ntRowBlock(spec.blocking.mc);
  const KC = Math.max(1, spec.blocking.kc);
  const single = spec.a.length === 1 ? (spec.a[0] as FactorTables) : undefined;
  if (single && spec.aContiguous) emitPackA8Contiguous(w, `${spec.name}_packA8`, single, spec.scale);
  else emitPackA(w, `${spec.name}_packA8`, spec, NT_ROWS);
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [tasks, taskCount, colLo, colHi, scratch, zeroFirst] = [0, 1, 2, 3, 4, 5];
  const get = (i: number): Expr => w.get(scope, i);
  const loc = (): number => scope.local('i32');
  const [t, task, l, rows, rowCount, ks, kCount, cols, colCount, cb, ce, c] = Array.from({ length: 12 }, loc) as number[];
  const [pc, kb, ic, mb, c0, nc, r, bKOff, flags] = Array.from({ length: 9 }, loc) as number[];
  const [bufA, bufB, bPtrs, colBytes, rowAddr] = [loc(), loc(), loc(), loc(), loc()];
  const g = (x: number | undefined): Expr => get(x as number);
  const field = (f: number): Expr => w.i32.load(4 * f, g(task));
  const listAt = (list: number | undefined, index: Expr): Expr => w.i32.load(0, w.i32.add(g(list), w.i32.shl(index, w.i32.const(2))));
  const min = (a: Expr, b: Expr): Expr => w.select(w.i32.ltS(a, b), a, b);
  const cSpec = spec.c;

  // column cc of the group (past the group's count: its first column, computed and not stored)
  const colAt = (cc: number): Expr => listAt(cols, w.i32.add(g(c0), min(w.i32.const(cc), w.i32.sub(g(nc), w.i32.const(1)))));
  const columnGroup: Expr[] = [
    w.set(nc as number, min(w.i32.const(NT_COLS), w.i32.sub(g(ce), g(c0)))),
    ...Array.from({ length: NT_COLS }, (_, cc) => [
      w.i32.store(4 * cc, get(bPtrs), w.i32.add(w.i32.const(spec.b.base), w.i32.shl(w.i32.add(tableAt(w, spec.b.outerPart, colAt(cc)), g(bKOff)), w.i32.const(2)))),
      w.i32.store(4 * cc, get(colBytes), w.i32.shl(tableAt(w, cSpec.colPart, colAt(cc)), w.i32.const(2))),
    ]).flat(),
    w.set(
      flags as number,
      w.i32.or(
        w.i32.and(get(zeroFirst), w.i32.eqz(g(pc))),
        w.select(
          w.i32.and(w.i32.eq(g(nc), w.i32.const(NT_COLS)), w.i32.eq(w.i32.sub(w.i32.load(4 * (NT_COLS - 1), get(colBytes)), w.i32.load(0, get(colBytes))), w.i32.const(4 * (NT_COLS - 1)))),
          w.i32.const(NT_CONSECUTIVE),
          w.i32.const(0),
        ),
      ),
    ),
    w.call(spec.packB, [get(bufB), get(bPtrs), g(kb)], 'none'),
    w.call(spec.microKernel, [get(bufA), g(kb), g(mb), get(bufB), get(rowAddr), get(colBytes), g(nc), g(flags)], 'none'),
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
    w.forLoop(scope, c0 as number, g(cb), g(ce), NT_COLS, columnGroup),
  ];
  const kBlock = [
    w.set(kb as number, min(w.i32.const(KC), w.i32.sub(g(kCount), g(pc)))),
    w.set(bKOff as number, w.i32.add(tableAt(w, spec.b.loopPart, g(l)), tableAt(w, spec.b.kPart, listAt(ks, g(pc))))),
    w.forLoop(scope, ic as number, w.i32.const(0), g(rowCount), MC, rowBlock),
  ];
  // this thread's columns: the positions of the task's column list inside [colLo, colHi)
  const findRange = [
    w.set(cb as number, w.i32.const(0)),
    w.forLoop(scope, c as number, w.i32.const(0), g(colCount), 1, [w.ifThen(w.i32.ltS(listAt(cols, g(c)), get(colLo)), [w.set(cb as number, w.i32.add(g(c), w.i32.const(1)))])]),
    w.set(ce as number, g(cb)),
    w.forLoop(scope, c as number, g(cb), g(colCount), 1, [w.ifThen(w.i32.ltS(listAt(cols, g(c)), get(colHi)), [w.set(ce as number, w.i32.add(g(c), w.i32.const(1)))])]),
  ];
  const taskBody = [
    w.set(task as number, w.i32.add(get(tasks), w.i32.mul(g(t), w.i32.const(4 * TASK_FIELDS)))),
    w.set(l as number, field(TASK.loop)),
    w.set(rows as number, field(TASK.rows)),
    w.set(rowCount as number, field(TASK.rowCount)),
    w.set(ks as number, field(TASK.ks)),
    w.set(kCount as number, field(TASK.kCount)),
    w.set(cols as number, field(TASK.cols)),
    w.set(colCount as number, field(TASK.colCount)),
    ...findRange,
    w.ifThen(w.i32.ltS(g(cb), g(ce)), [w.forLoop(scope, pc as number, w.i32.const(0), g(kCount), KC, kBlock)]),
  ];
  const setup = [
    w.set(bufA, get(scratch)),
    w.set(bufB, w.i32.add(get(bufA), w.i32.const(4 * MC * KC))),
    w.set(bPtrs, w.i32.add(get(bufB), w.i32.const(4 * NT_COLS * KC))),
    w.set(colBytes, w.i32.add(get(bPtrs), w.i32.const(4 * NT_COLS))),
    w.set(rowAddr, w.i32.add(get(colBytes), w.i32.const(4 * NT_COLS))),
  ];
  w.addFunction(`${spec.name}_nt`, scope, 'none', [...setup, w.forLoop(scope, t as number, w.i32.const(0), get(taskCount), 1, taskBody)]);
  w.exportFunction(`${spec.name}_nt`);
}
