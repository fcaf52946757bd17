import type { Blocking } from '../target.js';
import { CHUNK, CHUNK_FIELDS, MR, NR, TASK, TASK_FIELDS } from './gemm-layout.js';
import { EpilogueEmitter, registerEpilogue, tileEpilogue, type GemmEpilogue } from './gemm-epilogue.js';
import { emitRowPanelKernel } from './gemm-row-kernel.js';
import { decodeTask, type TaskLocals } from './gemm-task-decode.js';
import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';

export { DEFAULT_BLOCKING, gemmScratchBytes, LIST_PADDING, MR, NR, TASK, TASK_FIELDS } from './gemm-layout.js';
export type { Blocking } from '../target.js';


/**
 * The micro-kernel: C[4 rows, 8 columns] += Ap[kc][4] · Bp[kc][8], C rows given by four byte
 * addresses (so rows may be gathered and scattered, and padding rows go to a sink).
 */
export function emitMicroKernel(w: WasmModuleBuilder, name: string, epilogue?: GemmEpilogue): void {
  // with an epilogue (one kernel per op): `last` (the stores apply it), the 4 rows' entries of the
  // task's row list, the loop index and C's column byte offset (the operands' addresses)
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', ...(epilogue ? (['i32', 'i32', 'i32', 'i32'] as const) : [])]);
  const [ap, bp, kc, rowPtrs, last, rowList, loop, colByte] = [0, 1, 2, 3, 4, 5, 6, 7];
  const get = (i: number): Expr => w.get(scope, i);
  const epi = epilogue ? new EpilogueEmitter(w, scope, epilogue, MR) : undefined;
  const row = Array.from({ length: MR }, () => scope.local('i32'));
  const acc = Array.from({ length: MR * 2 }, () => scope.local('v128'));
  const b0 = scope.local('v128');
  const b1 = scope.local('v128');
  const a = scope.local('v128');
  const kEnd = scope.local('i32');
  const body: Expr[] = [];
  row.forEach((r, i) => body.push(w.set(r, w.i32.load(4 * i, get(rowPtrs)))));
  row.forEach((r, i) => {
    body.push(w.set(acc[2 * i] as number, w.v128.load(0, get(r))));
    body.push(w.set(acc[2 * i + 1] as number, w.v128.load(16, get(r))));
  });
  body.push(w.set(kEnd, w.i32.add(get(ap), w.i32.mul(get(kc), w.i32.const(4 * MR)))));
  const step: Expr[] = [w.set(b0, w.v128.load(0, get(bp), 16)), w.set(b1, w.v128.load(16, get(bp), 16))];
  for (let i = 0; i < MR; i++) {
    step.push(w.set(a, w.v128.load32Splat(4 * i, get(ap))));
    const lo = acc[2 * i] as number;
    const hi = acc[2 * i + 1] as number;
    step.push(w.set(lo, w.f32x4.madd(get(a), get(b0), get(lo))));
    step.push(w.set(hi, w.f32x4.madd(get(a), get(b1), get(hi))));
  }
  step.push(w.set(bp, w.i32.add(get(bp), w.i32.const(4 * NR))));
  const i = scope.local('i32');
  body.push(w.forLoop(scope, i, get(ap), get(kEnd), 4 * MR, [w.set(ap, get(i)), ...step]));
  if (epi) {
    const setup = row.flatMap((_, r) => epi.rowSetup(r, () => get(loop), () => w.i32.load(4 * r, get(rowList))));
    body.push(w.ifThen(get(last), [...setup, ...registerEpilogue(epi, acc, MR, () => get(colByte))]));
  }
  row.forEach((r, k) => {
    body.push(w.v128.store(0, get(r), get(acc[2 * k] as number)));
    body.push(w.v128.store(16, get(r), get(acc[2 * k + 1] as number)));
  });
  w.addFunction(name, scope, 'none', body);
}

/**
 * The micro-kernel over a gathered k list: C[4, 8] += Σ_i Ap[i][4] · B(klist[i]), the 8 floats
 * at bBase + (klist[i] << shift). With shift 5 B is a packed column panel covering a block of k
 * values and the list picks its rows, so tasks with different k lists (PIT strips) share one
 * packed B that stays in cache; with shift 0 the list holds byte offsets of B's rows in place.
 */
export function emitGatherMicroKernel(w: WasmModuleBuilder, name: string): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [ap, bBase, klist, kcount, rowPtrs, shift] = [0, 1, 2, 3, 4, 5];
  const get = (i: number): Expr => w.get(scope, i);
  const row = Array.from({ length: MR }, () => scope.local('i32'));
  const acc = Array.from({ length: MR * 2 }, () => scope.local('v128'));
  const b0 = scope.local('v128');
  const b1 = scope.local('v128');
  const a = scope.local('v128');
  const bp = scope.local('i32');
  const kEnd = scope.local('i32');
  const body: Expr[] = [];
  row.forEach((r, i) => body.push(w.set(r, w.i32.load(4 * i, get(rowPtrs)))));
  row.forEach((r, i) => {
    body.push(w.set(acc[2 * i] as number, w.v128.load(0, get(r))));
    body.push(w.set(acc[2 * i + 1] as number, w.v128.load(16, get(r))));
  });
  body.push(w.set(kEnd, w.i32.add(get(klist), w.i32.shl(get(kcount), w.i32.const(2)))));
  const step: Expr[] = [
    w.set(bp, w.i32.add(get(bBase), w.i32.shl(w.i32.load(0, get(klist)), get(shift)))),
    w.set(b0, w.v128.load(0, get(bp), 16)),
    w.set(b1, w.v128.load(16, get(bp), 16)),
  ];
  for (let i = 0; i < MR; i++) {
    step.push(w.set(a, w.v128.load32Splat(4 * i, get(ap))));
    const lo = acc[2 * i] as number;
    const hi = acc[2 * i + 1] as number;
    step.push(w.set(lo, w.f32x4.madd(get(a), get(b0), get(lo))));
    step.push(w.set(hi, w.f32x4.madd(get(a), get(b1), get(hi))));
  }
  step.push(w.set(ap, w.i32.add(get(ap), w.i32.const(4 * MR))));
  const i = scope.local('i32');
  body.push(w.forLoop(scope, i, get(klist), get(kEnd), 4, [w.set(klist, get(i)), ...step]));
  row.forEach((r, k) => {
    body.push(w.v128.store(0, get(r), get(acc[2 * k] as number)));
    body.push(w.v128.store(16, get(r), get(acc[2 * k + 1] as number)));
  });
  w.addFunction(name, scope, 'none', body);
}

/**
 * Zeroes the 4×8 C tile the row pointers address (padding rows point at a sink): a task's first
 * k block stores its sum instead of adding to what C held, so the runtime need not zero C first.
 */
function zeroTile(w: WasmModuleBuilder, rowPtrs: Expr): Expr[] {
  const out: Expr[] = [];
  for (let rr = 0; rr < MR; rr++) {
    out.push(w.v128.store(0, w.i32.load(4 * rr, rowPtrs), w.v128.zero()));
    out.push(w.v128.store(16, w.i32.load(4 * rr, rowPtrs), w.v128.zero()));
  }
  return out;
}

/** Where one factor of A or B lives, and its offset tables (element offsets, i32). */
export interface FactorTables {
  readonly base: number;
  readonly loopPart: number;
  /** rowPart (A) or colPart (B). */
  readonly outerPart: number;
  readonly kPart: number;
  /** The factor along k: 1 when consecutive k are consecutive floats, 0 when k does not move it. */
  readonly kStep?: 0 | 1;
}

export interface GemmOpSpec {
  readonly name: string;
  readonly scale: number;
  readonly a: readonly FactorTables[];
  readonly b: readonly FactorTables[];
  readonly c: { readonly base: number; readonly loopPart: number; readonly rowPart: number; readonly colPart: number; readonly colContiguous: boolean };
  /** B's single factor reads 8 consecutive columns as 8 consecutive floats (vector packing). */
  readonly bContiguous: boolean;
  /** B is one factor whose consecutive columns are consecutive floats (a row-major matrix). */
  readonly bRowMajor: boolean;
  readonly blocking: Blocking;
  readonly microKernel: string;
  /**
   * The op's epilogue, applied when the stores of a task's last k block write C (when the runtime
   * asks: the drivers' `fuse`): in the registers of per-op micro-kernels (`${name}_mk`,
   * `${name}_rows`), on the edge tile before it is scattered.
   */
  readonly epilogue?: GemmEpilogue;
}


/**
 * One contraction op: `packA`, `packB` and the task driver `name(tasks, count, colLo, colHi,
 * scratch, zeroFirst)`. Every task reads its row, k and column lists (ascending; gathered or not)
 * and accumulates into C; with `zeroFirst` its first k block starts from zero instead of C (the
 * runtime says so only when no two tasks write one cell, and zeroes the cells no task writes),
 * else the runtime zeroes C first. Each thread takes a column range, so every C cell sees its
 * terms in the same order whatever the thread count.
 */
export function emitGemmOp(w: WasmModuleBuilder, spec: GemmOpSpec): void {
  emitPackA(w, `${spec.name}_packA`, spec);
  emitPackB(w, `${spec.name}_packB`, spec);
  if (spec.epilogue) emitMicroKernel(w, `${spec.name}_mk`, spec.epilogue);
  emitDriver(w, spec);
}

/** value = scale · Π factor[loopPart[l] + outerPart[o] + kPart[k]] for one (o, k). */
function factorProduct(w: WasmModuleBuilder, factors: readonly FactorTables[], scale: number, outerBase: readonly Expr[], kIndex: Expr): Expr {
  let v: Expr | undefined;
  factors.forEach((f, i) => {
    const kOff = w.i32.load(0, w.i32.add(w.i32.const(f.kPart), w.i32.shl(kIndex, w.i32.const(2))));
    const elem = w.i32.add(outerBase[i] as Expr, kOff);
    const x = w.f32.load(0, w.i32.add(w.i32.const(f.base), w.i32.shl(elem, w.i32.const(2))));
    v = v === undefined ? x : w.f32.mul(v, x);
  });
  const product = v as Expr;
  return scale === 1 ? product : w.f32.mul(product, w.f32.const(scale));
}

export function tableAt(w: WasmModuleBuilder, table: number, index: Expr): Expr {
  return w.i32.load(0, w.i32.add(w.i32.const(table), w.i32.shl(index, w.i32.const(2))));
}

/**
 * Ap[panel][k][width]: rows from a list, k from a list; rows past the count are zeros (panels of
 * MR rows for the 4×8 kernels, of 8 for the NT kernel).
 */
export function emitPackA(w: WasmModuleBuilder, name: string, spec: Pick<GemmOpSpec, 'a' | 'scale'>, width: number = MR): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [dst, rows, mb, ks, kb, l] = [0, 1, 2, 3, 4, 5];
  const get = (i: number): Expr => w.get(scope, i);
  const ip = scope.local('i32');
  const kk = scope.local('i32');
  const k = scope.local('i32');
  const out = scope.local('i32');
  const valid = Array.from({ length: width }, () => scope.local('i32'));
  const base = spec.a.map(() => Array.from({ length: width }, () => scope.local('i32')));
  const panel: Expr[] = [];
  for (let r = 0; r < width; r++) {
    const rowIndex = w.i32.add(w.i32.mul(get(ip), w.i32.const(width)), w.i32.const(r));
    panel.push(w.set(valid[r] as number, w.i32.ltS(rowIndex, get(mb))));
    const m = w.i32.load(0, w.i32.add(get(rows), w.i32.shl(rowIndex, w.i32.const(2))));
    spec.a.forEach((f, fi) => {
      const offset = w.i32.add(tableAt(w, f.loopPart, get(l)), tableAt(w, f.outerPart, m));
      panel.push(w.set((base[fi] as number[])[r] as number, w.select(get(valid[r] as number), offset, w.i32.const(0))));
    });
  }
  const kBody: Expr[] = [w.set(k, w.i32.load(0, w.i32.add(get(ks), w.i32.shl(get(kk), w.i32.const(2)))))];
  for (let r = 0; r < width; r++) {
    const value = factorProduct(w, spec.a, spec.scale, spec.a.map((_, fi) => get((base[fi] as number[])[r] as number)), get(k));
    kBody.push(w.f32.store(4 * r, get(out), w.select(get(valid[r] as number), value, w.f32.const(0))));
  }
  kBody.push(w.set(out, w.i32.add(get(out), w.i32.const(4 * width))));
  const scalarLoop = w.forLoop(scope, kk, w.i32.const(0), get(kb), 1, kBody);
  const vectorFactors = width === MR && spec.a.every((f) => f.kStep !== undefined);
  if (!vectorFactors) {
    panel.push(scalarLoop);
  } else {
    // every factor is a row of consecutive k values or constant along k: each run of consecutive
    // k values in the list (a whole dense list, or a strip's runs of kept keys) is copied four k
    // of each row at a time as vectors, transposed 4×4 into the panel; the last length mod 4
    // values of a run, and runs shorter than 4 (scattered k), take the scalar body
    const listAt = (i: Expr): Expr => w.i32.load(0, w.i32.add(get(ks), w.i32.shl(i, w.i32.const(2))));
    const at = scope.local('i32');
    const r = scope.local('i32');
    const k0 = scope.local('i32');
    const runEnd = scope.local('i32');
    const vectorEnd = scope.local('i32');
    const ptr = spec.a.map(() => Array.from({ length: MR }, () => scope.local('i32')));
    const v = Array.from({ length: MR }, () => scope.local('v128'));
    const x = Array.from({ length: MR }, () => scope.local('v128'));
    const pointers: Expr[] = [];
    spec.a.forEach((f, fi) => {
      for (let row = 0; row < MR; row++) {
        const element = w.i32.add(get((base[fi] as number[])[row] as number), tableAt(w, f.kPart, get(k0)));
        pointers.push(w.set((ptr[fi] as number[])[row] as number, w.i32.add(w.i32.const(f.base), w.i32.shl(element, w.i32.const(2)))));
      }
    });
    const block: Expr[] = [];
    const offset = w.i32.shl(w.i32.sub(get(kk), get(at)), w.i32.const(2));
    for (let row = 0; row < MR; row++) {
      let value: Expr | undefined;
      spec.a.forEach((f, fi) => {
        const p = get((ptr[fi] as number[])[row] as number);
        const x4 = f.kStep === 1 ? w.v128.load(0, w.i32.add(p, offset)) : w.v128.load32Splat(0, p);
        value = value === undefined ? x4 : w.f32x4.mul(value, x4);
      });
      const scaled = spec.scale === 1 ? (value as Expr) : w.f32x4.mul(value as Expr, w.f32x4.splat(w.f32.const(spec.scale)));
      block.push(w.set(v[row] as number, w.select(get(valid[row] as number), scaled, w.v128.zero())));
    }
    const t = transpose4(w, scope, v, x);
    block.push(...t.setup, ...t.columns.map((slice, j) => w.v128.store(16 * j, get(out), slice)), w.set(out, w.i32.add(get(out), w.i32.const(16 * MR))));
    const run = [
      w.set(k0, listAt(get(at))),
      // the run [at, runEnd): list positions whose k values follow k0 one by one
      w.set(runEnd, w.i32.add(get(at), w.i32.const(1))),
      w.forLoop(scope, r, get(runEnd), get(kb), 1, [
        w.ifThen(w.i32.eq(listAt(get(r)), w.i32.add(get(k0), w.i32.sub(get(r), get(at)))), [w.set(runEnd, w.i32.add(get(r), w.i32.const(1)))], [w.set(r, get(kb))]),
      ]),
      w.set(vectorEnd, w.i32.add(get(at), w.i32.and(w.i32.sub(get(runEnd), get(at)), w.i32.const(~3)))),
      w.ifThen(w.i32.ltS(get(at), get(vectorEnd)), [...pointers, w.forLoop(scope, kk, get(at), get(vectorEnd), 4, block)]),
      w.forLoop(scope, kk, get(vectorEnd), get(runEnd), 1, kBody),
      w.set(at, get(runEnd)),
    ];
    // `at` moves in the body (by a whole run)
    panel.push(w.forLoop(scope, at, w.i32.const(0), get(kb), 0, run));
  }
  const panels = w.i32.divS(w.i32.add(get(mb), w.i32.const(width - 1)), w.i32.const(width));
  w.addFunction(name, scope, 'none', [w.set(out, get(dst)), w.forLoop(scope, ip, w.i32.const(0), panels, 1, panel)]);
}

/** i8x16 shuffle lanes selecting i32 lanes (0–3 from the first vector, 4–7 from the second). */
export const lanes32 = (l: readonly number[]): number[] => l.flatMap((j) => [4 * j, 4 * j + 1, 4 * j + 2, 4 * j + 3]);

/**
 * The 4×4 transpose of the vectors in locals v (v[i] = row i): `setup` fills the temporaries x,
 * then `columns[j]` is column j as a vector (lane i = v[i][j]).
 */
export function transpose4(w: WasmModuleBuilder, scope: FunctionScope, v: readonly number[], x: readonly number[]): { setup: Expr[]; columns: Expr[] } {
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

/** Bp[panel][k][8]: columns from a list, k from a list; columns past the count are zeros. */
function emitPackB(w: WasmModuleBuilder, name: string, spec: GemmOpSpec): void {
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [dst, ks, kb, cols, nb, l] = [0, 1, 2, 3, 4, 5];
  const get = (i: number): Expr => w.get(scope, i);
  const jp = scope.local('i32');
  const kk = scope.local('i32');
  const k = scope.local('i32');
  const out = scope.local('i32');
  const count = scope.local('i32');
  const valid = Array.from({ length: NR }, () => scope.local('i32'));
  const base = spec.b.map(() => Array.from({ length: NR }, () => scope.local('i32')));
  const panel: Expr[] = [w.set(count, w.i32.sub(get(nb), w.i32.mul(get(jp), w.i32.const(NR))))];
  for (let c = 0; c < NR; c++) {
    panel.push(w.set(valid[c] as number, w.i32.ltS(w.i32.const(c), get(count))));
    const n = w.i32.load(0, w.i32.add(get(cols), w.i32.shl(w.i32.add(w.i32.mul(get(jp), w.i32.const(NR)), w.i32.const(c)), w.i32.const(2))));
    spec.b.forEach((f, fi) => {
      const offset = w.i32.add(tableAt(w, f.loopPart, get(l)), tableAt(w, f.outerPart, n));
      panel.push(w.set((base[fi] as number[])[c] as number, w.select(get(valid[c] as number), offset, w.i32.const(0))));
    });
  }
  const loadK = w.set(k, w.i32.load(0, w.i32.add(get(ks), w.i32.shl(get(kk), w.i32.const(2)))));
  const scalar: Expr[] = [];
  for (let c = 0; c < NR; c++) {
    // the constant scale is applied once, on the A side
    const value = factorProduct(w, spec.b, 1, spec.b.map((_, fi) => get((base[fi] as number[])[c] as number)), get(k));
    scalar.push(w.f32.store(4 * c, get(out), w.select(get(valid[c] as number), value, w.f32.const(0))));
  }
  let kBody: Expr[];
  if (spec.bContiguous && spec.b.length === 1) {
    // eight consecutive columns are eight consecutive floats: two vector copies
    const f = spec.b[0] as FactorTables;
    const fb = base[0] as number[];
    const src = w.i32.add(
      w.i32.const(f.base),
      w.i32.shl(w.i32.add(get(fb[0] as number), tableAt(w, f.kPart, get(k))), w.i32.const(2)),
    );
    const srcLocal = scope.local('i32');
    const vector = [w.set(srcLocal, src), w.v128.store(0, get(out), w.v128.load(0, get(srcLocal))), w.v128.store(16, get(out), w.v128.load(16, get(srcLocal)))];
    const full = w.i32.and(
      w.i32.eq(get(count), w.i32.const(NR)),
      w.i32.eq(w.i32.sub(get(fb[NR - 1] as number), get(fb[0] as number)), w.i32.const(NR - 1)),
    );
    kBody = [loadK, w.ifThen(full, vector, scalar)];
  } else {
    kBody = [loadK, ...scalar];
  }
  kBody.push(w.set(out, w.i32.add(get(out), w.i32.const(4 * NR))));
  panel.push(w.forLoop(scope, kk, w.i32.const(0), get(kb), 1, kBody));
  const panels = w.i32.divS(w.i32.add(get(nb), w.i32.const(NR - 1)), w.i32.const(NR));
  const perPanel = [w.set(out, get(dst)), w.forLoop(scope, jp, w.i32.const(0), panels, 1, panel)];
  if (!spec.bRowMajor) {
    w.addFunction(name, scope, 'none', perPanel);
    return;
  }
  // B is a plain row-major matrix and the block's columns are consecutive: copy each B row once,
  // left to right, into every panel (reading rows in order instead of walking down columns)
  const f = spec.b[0] as FactorTables;
  const listAt = (i: Expr): Expr => w.i32.load(0, w.i32.add(get(cols), w.i32.shl(i, w.i32.const(2))));
  const rowStart = scope.local('i32');
  const src = scope.local('i32');
  const dstRow = scope.local('i32');
  const stride = scope.local('i32');
  const consecutive = w.i32.eq(w.i32.sub(listAt(w.i32.sub(get(nb), w.i32.const(1))), listAt(w.i32.const(0))), w.i32.sub(get(nb), w.i32.const(1)));
  const rowCopy = [
    w.set(src, w.i32.add(get(rowStart), w.i32.shl(tableAt(w, f.kPart, w.i32.load(0, w.i32.add(get(ks), w.i32.shl(get(kk), w.i32.const(2))))), w.i32.const(2)))),
    w.set(dstRow, w.i32.add(get(dst), w.i32.shl(get(kk), w.i32.const(5)))),
    w.forLoop(scope, jp, w.i32.const(0), panels, 1, [
      w.v128.store(0, get(dstRow), w.v128.load(0, get(src))),
      w.v128.store(16, get(dstRow), w.v128.load(16, get(src))),
      w.set(src, w.i32.add(get(src), w.i32.const(4 * NR))),
      w.set(dstRow, w.i32.add(get(dstRow), get(stride))),
    ]),
  ];
  const rowMajor = [
    w.set(rowStart, w.i32.add(w.i32.const(f.base), w.i32.shl(w.i32.add(tableAt(w, f.loopPart, get(l)), tableAt(w, f.outerPart, listAt(w.i32.const(0)))), w.i32.const(2)))),
    w.set(stride, w.i32.mul(get(kb), w.i32.const(4 * NR))),
    w.forLoop(scope, kk, w.i32.const(0), get(kb), 1, rowCopy),
  ];
  w.addFunction(name, scope, 'none', [w.ifThen(w.i32.and(w.i32.geS(get(nb), w.i32.const(1)), consecutive), rowMajor, perPanel)]);
}

function emitDriver(w: WasmModuleBuilder, spec: GemmOpSpec): void {
  const { kc: KC, mc: MC, nc: NC } = spec.blocking;
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [tasks, taskCount, colLo, colHi, scratch, zeroFirst, fuse] = [0, 1, 2, 3, 4, 5, 6];
  const get = (i: number): Expr => w.get(scope, i);
  const loc = (): number => scope.local('i32');
  const [t, task, l, rows, rowCount, ks, kCount, cols, colCount, cb, ce] = Array.from({ length: 11 }, loc) as number[];
  /** This k block is the task's last and the epilogue is fused: the stores apply it. */
  const last = loc();
  const epi = spec.epilogue ? new EpilogueEmitter(w, scope, spec.epilogue, MR) : undefined;
  const [jc, nb, pc, kb, ic, mb, jp, ip, pos, ncols, contiguous, cRow, c, rowValid] = Array.from({ length: 14 }, loc) as number[];
  const bufA = loc();
  const bufB = loc();
  const rowPtrs = loc();
  const tile = loc();
  const sink = loc();
  /** This k block is the task's first and C is not zeroed: the tile starts from zero. */
  const fresh = loc();
  const listAt = (list: number, index: Expr): Expr => w.i32.load(0, w.i32.add(get(list), w.i32.shl(index, w.i32.const(2))));
  const min = (a: Expr, b: Expr): Expr => w.select(w.i32.ltS(a, b), a, b);
  const c0 = spec.c;

  // C row base (element offset) of panel row r, or -1 for padding rows
  const rowBase = (rr: Expr): Expr =>
    w.i32.add(tableAt(w, c0.loopPart, get(l as number)), tableAt(w, c0.rowPart, listAt(rows as number, w.i32.add(w.i32.add(get(ic as number), w.i32.mul(get(ip as number), w.i32.const(MR))), rr))));
  const colOff = (cc: Expr): Expr => tableAt(w, c0.colPart, listAt(cols as number, w.i32.add(get(pos as number), cc)));
  const cAddr = (elem: Expr): Expr => w.i32.add(w.i32.const(c0.base), w.i32.shl(elem, w.i32.const(2)));

  const rowValidAt = (rr: number): Expr =>
    w.i32.ltS(w.i32.add(w.i32.mul(get(ip as number), w.i32.const(MR)), w.i32.const(rr)), get(mb as number));

  // direct path: C rows are written in place
  const direct: Expr[] = [];
  for (let rr = 0; rr < MR; rr++) {
    direct.push(
      w.i32.store(4 * rr, get(rowPtrs), w.select(rowValidAt(rr), cAddr(w.i32.add(rowBase(w.i32.const(rr)), colOff(w.i32.const(0)))), get(sink))),
    );
  }
  // edge path: gather C into a 4×8 tile, run the kernel on it, scatter the valid cells back
  const gather: Expr[] = [];
  const scatter: Expr[] = [];
  for (let rr = 0; rr < MR; rr++) {
    gather.push(w.i32.store(4 * rr, get(rowPtrs), w.i32.add(get(tile), w.i32.const(4 * NR * rr))));
    const cellTile = w.i32.add(get(tile), w.i32.add(w.i32.const(4 * NR * rr), w.i32.shl(get(c as number), w.i32.const(2))));
    const cellC = (): Expr => cAddr(w.i32.add(get(cRow as number), colOff(get(c as number))));
    const valid = w.i32.and(w.i32.and(get(rowValid as number), w.i32.ltS(get(c as number), get(ncols as number))), w.i32.eqz(get(fresh)));
    const setRow = [
      w.set(rowValid as number, rowValidAt(rr)),
      w.set(cRow as number, w.select(get(rowValid as number), rowBase(w.i32.const(rr)), w.i32.const(0))),
    ];
    gather.push(
      ...setRow,
      w.forLoop(scope, c as number, w.i32.const(0), w.i32.const(NR), 1, [w.f32.store(0, cellTile, w.select(valid, w.f32.load(0, cellC()), w.f32.const(0)))]),
    );
    const cellTile2 = w.i32.add(get(tile), w.i32.add(w.i32.const(4 * NR * rr), w.i32.shl(get(c as number), w.i32.const(2))));
    scatter.push(
      ...setRow,
      w.forLoop(scope, c as number, w.i32.const(0), get(ncols as number), 1, [
        w.ifThen(get(rowValid as number), [w.f32.store(0, cellC(), w.f32.load(0, cellTile2))]),
      ]),
    );
  }
  const aPanel = w.i32.add(get(bufA), w.i32.mul(get(ip as number), w.i32.mul(get(kb as number), w.i32.const(4 * MR))));
  const bPanel = w.i32.add(get(bufB), w.i32.mul(get(jp as number), w.i32.mul(get(kb as number), w.i32.const(4 * NR))));
  const kernelCall = (): Expr => w.call(spec.microKernel, [aPanel, bPanel, get(kb as number), get(rowPtrs)], 'none');
  // the panel's entries of the task's row list (padded: rows past the count read valid rows)
  const panelRows = (): Expr => w.i32.add(get(rows as number), w.i32.shl(w.i32.add(get(ic as number), w.i32.mul(get(ip as number), w.i32.const(MR))), w.i32.const(2)));
  const fusedCall = (): Expr => w.call(`${spec.name}_mk`, [aPanel, bPanel, get(kb as number), get(rowPtrs), get(last), panelRows(), get(l as number), w.i32.shl(colOff(w.i32.const(0)), w.i32.const(2))], 'none');
  // edge tiles: the epilogue runs on the tile, before the scatter (lanes past ncols repeat the last column)
  const edgeEpilogue = (): Expr[] => {
    if (!epi) return [];
    const setup = Array.from({ length: MR }, (_, r) => epi.rowSetup(r, () => get(l as number), () => w.i32.load(4 * r, panelRows()))).flat();
    const colByte = (cc: number): Expr => w.i32.shl(colOff(min(w.i32.const(cc), w.i32.sub(get(ncols as number), w.i32.const(1)))), w.i32.const(2));
    return [w.ifThen(get(last), [...setup, ...tileEpilogue(epi, () => get(tile), MR, colByte, rowValidAt)])];
  };

  const rowPanel = [w.ifThen(get(contiguous as number), [...direct, w.ifThen(get(fresh), zeroTile(w, get(rowPtrs))), epi ? fusedCall() : kernelCall()], [...gather, kernelCall(), ...edgeEpilogue(), ...scatter])];
  const panelCols = [
    w.set(pos as number, w.i32.add(get(jc as number), w.i32.mul(get(jp as number), w.i32.const(NR)))),
    w.set(ncols as number, min(w.i32.const(NR), w.i32.sub(get(nb as number), w.i32.mul(get(jp as number), w.i32.const(NR))))),
    w.set(
      contiguous as number,
      c0.colContiguous
        ? w.i32.and(
            w.i32.eq(get(ncols as number), w.i32.const(NR)),
            w.i32.eq(w.i32.sub(listAt(cols as number, w.i32.add(get(pos as number), w.i32.const(NR - 1))), listAt(cols as number, get(pos as number))), w.i32.const(NR - 1)),
          )
        : w.i32.const(0),
    ),
    w.forLoop(scope, ip as number, w.i32.const(0), w.i32.divS(w.i32.add(get(mb as number), w.i32.const(MR - 1)), w.i32.const(MR)), 1, rowPanel),
  ];
  const rowBlock = [
    w.set(mb as number, min(w.i32.const(MC), w.i32.sub(get(rowCount as number), get(ic as number)))),
    w.call(`${spec.name}_packA`, [get(bufA), w.i32.add(get(rows as number), w.i32.shl(get(ic as number), w.i32.const(2))), get(mb as number), w.i32.add(get(ks as number), w.i32.shl(get(pc as number), w.i32.const(2))), get(kb as number), get(l as number)], 'none'),
    w.forLoop(scope, jp as number, w.i32.const(0), w.i32.divS(w.i32.add(get(nb as number), w.i32.const(NR - 1)), w.i32.const(NR)), 1, panelCols),
  ];
  // the row-panel loop needs the panel's first row index relative to the task's row list
  const kBlock = [
    w.set(kb as number, min(w.i32.const(KC), w.i32.sub(get(kCount as number), get(pc as number)))),
    w.set(fresh, w.i32.and(get(zeroFirst), w.i32.eqz(get(pc as number)))),
    w.set(last, w.i32.and(get(fuse), w.i32.geS(w.i32.add(get(pc as number), get(kb as number)), get(kCount as number)))),
    w.call(`${spec.name}_packB`, [get(bufB), w.i32.add(get(ks as number), w.i32.shl(get(pc as number), w.i32.const(2))), get(kb as number), w.i32.add(get(cols as number), w.i32.shl(get(jc as number), w.i32.const(2))), get(nb as number), get(l as number)], 'none'),
    w.forLoop(scope, ic as number, w.i32.const(0), get(rowCount as number), MC, rowBlock),
  ];
  const colBlock = [
    w.set(nb as number, min(w.i32.const(NC), w.i32.sub(get(ce as number), get(jc as number)))),
    w.forLoop(scope, pc as number, w.i32.const(0), get(kCount as number), KC, kBlock),
  ];
  // this thread's columns: the positions of the task's column list inside [colLo, colHi)
  const taskBody = [
    ...decodeTask(w, scope, { task, loop: l, rows, rowCount, ks, kCount, cols, colCount, colBegin: cb, colEnd: ce, c } as TaskLocals, get(tasks), get(t as number), get(colLo), get(colHi)),
    w.forLoop(scope, jc as number, get(cb as number), get(ce as number), NC, colBlock),
  ];
  const setup = [
    w.set(bufA, get(scratch)),
    w.set(bufB, w.i32.add(get(scratch), w.i32.const(4 * MC * KC))),
    w.set(rowPtrs, w.i32.add(get(bufB), w.i32.const(4 * KC * NC))),
    w.set(tile, w.i32.add(get(rowPtrs), w.i32.const(16))),
    w.set(sink, w.i32.add(get(tile), w.i32.const(4 * MR * NR))),
  ];
  w.addFunction(spec.name, scope, 'none', [...setup, w.forLoop(scope, t as number, w.i32.const(0), get(taskCount), 1, taskBody)]);
  w.exportFunction(spec.name);
}

export interface SharedDriverSpec extends GemmOpSpec {
  /** Byte address of B's single factor, when B can be read in place (direct mode). */
  readonly directB?: { readonly base: number; readonly loopPart: number; readonly colPart: number };
}

/**
 * The GEMM of tasks that span whole columns (dense, and every PIT rule that gathers rows or k):
 * A of every task is packed once (`_prepack` before threads that take column ranges, which all
 * read every task's A; or by the driver, per loop value, when a thread owns its tasks); then per
 * loop value, per block of columns and per block of k values, B is packed once (or read in place,
 * `direct`), and every task of that loop value runs the gather micro-kernel over its own k
 * positions inside the block. Packing cost is that of a dense GEMM however many strips the index
 * has.
 */
export function emitSharedGemm(w: WasmModuleBuilder, spec: SharedDriverSpec): void {
  emitPrepack(w, spec);
  if (spec.epilogue) emitRowPanelKernel(w, `${spec.name}_rows`, spec.epilogue);
  emitSharedDriver(w, spec);
}

function emitPrepack(w: WasmModuleBuilder, spec: GemmOpSpec): void {
  const scope = new FunctionScope(['i32', 'i32']);
  const [tasks, count] = [0, 1];
  const get = (i: number): Expr => w.get(scope, i);
  const t = scope.local('i32');
  const task = scope.local('i32');
  const body = [w.set(task, w.i32.add(get(tasks), w.i32.mul(get(t), w.i32.const(4 * TASK_FIELDS)))), packTaskA(w, spec, () => get(task))];
  w.addFunction(`${spec.name}_prepack`, scope, 'none', [w.forLoop(scope, t, w.i32.const(0), get(count), 1, body)]);
  w.exportFunction(`${spec.name}_prepack`);
}

/** Packs the A of the task whose record is at `task` (gemm-layout.ts), unless the index build did. */
function packTaskA(w: WasmModuleBuilder, spec: GemmOpSpec, task: () => Expr): Expr {
  const field = (f: number): Expr => w.i32.load(4 * f, task());
  return w.ifThen(w.i32.eqz(field(TASK.aReady)), [w.call(`${spec.name}_packA`, [field(TASK.aPacked), field(TASK.rows), field(TASK.rowCount), field(TASK.ks), field(TASK.kCount), field(TASK.loop)], 'none')]);
}

function emitSharedDriver(w: WasmModuleBuilder, spec: SharedDriverSpec): void {
  // chunks, chunkCount, counter, scratch, colFull (list 0..N-1), direct, kc, nc, zeroFirst, fuse
  // (kc·nc must fit the scratch's B block: blocking.kc · blocking.nc floats; fuse: the stores of
  // each task's last k block apply the epilogue). Every thread claims
  // chunks (gemm-layout.ts's CHUNK records: tasks, columns, packA) by incrementing the i32 at
  // `counter` until none is left, so a thread that starts late or runs slower takes fewer.
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32']);
  const [chunks, chunkCount, counter, scratch, colFull, direct, KCp, NCp, zeroFirst, fuse] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  // from the chunk: its tasks and count, its columns [colLo, colHi), and packA (pack each loop
  // value's A first, when no other chunk reads it: no `_prepack` pass)
  const [tasks, count, colLo, colHi, packA, chunk, claims] = Array.from({ length: 7 }, () => scope.local('i32')) as [number, number, number, number, number, number, number];
  const { kc: KC_MAX, nc: NC_MAX } = spec.blocking;
  const get = (i: number): Expr => w.get(scope, i);
  const loc = (): number => scope.local('i32');
  const [t, tEnd, ti, task, l, jc, nb, pc, kb, p0, p1, lo, hi, mid, jp, ip, n0, ncols, contiguous, bPanel, klist, shift, rowCount, kCount, aBase, c, cRow, rowValid] = Array.from({ length: 28 }, loc) as number[];
  const bBlock = loc();
  const bList = loc();
  const bCount = loc();
  const plainK = loc();
  const rowPtrs = loc();
  const tile = loc();
  const sink = loc();
  /** This k block holds the task's first k and C is not zeroed: the tiles start from zero. */
  const fresh = loc();
  /** This k block holds the task's last k and the epilogue is fused: the stores apply it. */
  const last = loc();
  const epi = spec.epilogue ? new EpilogueEmitter(w, scope, spec.epilogue, MR) : undefined;
  const taskAt = (i: Expr): Expr => w.i32.add(get(tasks), w.i32.mul(i, w.i32.const(4 * TASK_FIELDS)));
  const field = (f: number): Expr => w.i32.load(4 * f, get(task as number));
  const min = (a: Expr, b: Expr): Expr => w.select(w.i32.ltS(a, b), a, b);
  const c0 = spec.c;
  const cAddr = (elem: Expr): Expr => w.i32.add(w.i32.const(c0.base), w.i32.shl(elem, w.i32.const(2)));
  const rowsList = (): Expr => field(TASK.rows);

  // lower bound of a B-list position in the task's ascending positions (bRows), into `out`
  const lowerBound = (value: Expr, out: number): Expr[] => [
    w.set(lo as number, w.i32.const(0)),
    w.set(hi as number, get(kCount as number)),
    w.block([
      w.forLoop(scope, mid as number, w.i32.const(0), w.i32.const(32), 1, [
        w.ifThen(w.i32.geS(get(lo as number), get(hi as number)), [w.set(mid as number, w.i32.const(32))], [
          w.set(n0 as number, w.i32.divS(w.i32.add(get(lo as number), get(hi as number)), w.i32.const(2))),
          w.ifThen(
            w.i32.ltS(w.i32.load(0, w.i32.add(field(TASK.bRows), w.i32.shl(get(n0 as number), w.i32.const(2)))), value),
            [w.set(lo as number, w.i32.add(get(n0 as number), w.i32.const(1)))],
            [w.set(hi as number, get(n0 as number))],
          ),
        ]),
      ]),
    ]),
    w.set(out, get(lo as number)),
  ];

  const rowBase = (rr: Expr): Expr =>
    w.i32.add(
      tableAt(w, c0.loopPart, get(l as number)),
      tableAt(w, c0.rowPart, w.i32.load(0, w.i32.add(rowsList(), w.i32.shl(w.i32.add(w.i32.mul(get(ip as number), w.i32.const(MR)), rr), w.i32.const(2))))),
    );
  const rowValidAt = (rr: number): Expr => w.i32.ltS(w.i32.add(w.i32.mul(get(ip as number), w.i32.const(MR)), w.i32.const(rr)), get(rowCount as number));
  const colOff = (cc: Expr): Expr => tableAt(w, c0.colPart, w.i32.add(get(n0 as number), cc));
  const aPanel = (): Expr => w.i32.add(get(aBase as number), w.i32.shl(w.i32.add(w.i32.mul(get(ip as number), get(kCount as number)), get(p0 as number)), w.i32.const(4)));
  const aPanel0 = (): Expr => w.i32.add(get(aBase as number), w.i32.shl(get(p0 as number), w.i32.const(4)));
  // consecutive k positions read consecutive packed B rows: the plain kernel, no list lookups
  const kernel = (): Expr =>
    w.ifThen(
      get(plainK),
      [w.call('microkernel_4x8', [aPanel(), w.i32.add(get(bPanel as number), w.i32.shl(w.i32.load(0, get(klist as number)), w.i32.const(5))), w.i32.sub(get(p1 as number), get(p0 as number)), get(rowPtrs)], 'none')],
      [w.call('microkernel_4x8_gather', [aPanel(), get(bPanel as number), get(klist as number), w.i32.sub(get(p1 as number), get(p0 as number)), get(rowPtrs), get(shift as number)], 'none')],
    );

  const gather: Expr[] = [];
  const scatter: Expr[] = [];
  for (let rr = 0; rr < MR; rr++) {
    gather.push(w.i32.store(4 * rr, get(rowPtrs), w.i32.add(get(tile), w.i32.const(4 * NR * rr))));
    const setRow = [
      w.set(rowValid as number, rowValidAt(rr)),
      w.set(cRow as number, w.select(get(rowValid as number), rowBase(w.i32.const(rr)), w.i32.const(0))),
    ];
    const cellTile = (): Expr => w.i32.add(get(tile), w.i32.add(w.i32.const(4 * NR * rr), w.i32.shl(get(c as number), w.i32.const(2))));
    const cellC = (): Expr => cAddr(w.i32.add(get(cRow as number), colOff(get(c as number))));
    const valid = w.i32.and(w.i32.and(get(rowValid as number), w.i32.ltS(get(c as number), get(ncols as number))), w.i32.eqz(get(fresh)));
    gather.push(...setRow, w.forLoop(scope, c as number, w.i32.const(0), w.i32.const(NR), 1, [w.f32.store(0, cellTile(), w.select(valid, w.f32.load(0, cellC()), w.f32.const(0)))]));
    scatter.push(
      ...setRow,
      w.forLoop(scope, c as number, w.i32.const(0), get(ncols as number), 1, [w.ifThen(get(rowValid as number), [w.f32.store(0, cellC(), w.f32.load(0, cellTile()))])]),
    );
  }
  // edge tiles: the epilogue runs on the tile before the scatter (lanes past ncols repeat the last column)
  if (epi) {
    const panelRow = (r: number): Expr => w.i32.load(0, w.i32.add(rowsList(), w.i32.shl(w.i32.add(w.i32.mul(get(ip as number), w.i32.const(MR)), w.i32.const(r)), w.i32.const(2))));
    const setup = Array.from({ length: MR }, (_, r) => epi.rowSetup(r, () => get(l as number), () => panelRow(r))).flat();
    const colByte = (cc: number): Expr => w.i32.shl(colOff(min(w.i32.const(cc), w.i32.sub(get(ncols as number), w.i32.const(1)))), w.i32.const(2));
    scatter.unshift(w.ifThen(get(last), [...setup, ...tileEpilogue(epi, () => get(tile), MR, colByte, rowValidAt)]));
  }

  const directB = spec.directB;
  const perPanel: Expr[] = [
    w.set(n0 as number, w.i32.add(get(jc as number), w.i32.mul(get(jp as number), w.i32.const(NR)))),
    w.set(ncols as number, min(w.i32.const(NR), w.i32.sub(w.i32.add(get(jc as number), get(nb as number)), get(n0 as number)))),
    w.set(contiguous as number, c0.colContiguous ? w.i32.eq(get(ncols as number), w.i32.const(NR)) : w.i32.const(0)),
    w.ifThen(
      get(direct),
      [
        w.set(bPanel as number, directB ? w.i32.add(w.i32.const(directB.base), w.i32.shl(tableAt(w, directB.colPart, get(n0 as number)), w.i32.const(2))) : w.i32.const(0)),
        w.set(klist as number, w.i32.add(field(TASK.bRows), w.i32.shl(get(p0 as number), w.i32.const(2)))),
        w.set(shift as number, w.i32.const(0)),
      ],
      [
        w.set(bPanel as number, w.i32.sub(w.i32.add(get(bBlock), w.i32.mul(get(jp as number), w.i32.mul(get(kb as number), w.i32.const(4 * NR)))), w.i32.shl(get(pc as number), w.i32.const(5)))),
        w.set(klist as number, w.i32.add(field(TASK.bRows), w.i32.shl(get(p0 as number), w.i32.const(2)))),
        w.set(shift as number, w.i32.const(5)),
      ],
    ),
    w.ifThen(
      get(contiguous as number),
      // 8 consecutive columns of C: one call runs every row panel, rows addressed by the task's list
      [
        w.call(
          epi ? `${spec.name}_rows` : 'microkernel_4x8_rows',
          [
            aPanel0(),
            w.i32.shl(get(kCount as number), w.i32.const(4)),
            w.select(get(plainK), w.i32.add(get(bPanel as number), w.i32.shl(w.i32.load(0, get(klist as number)), w.i32.const(5))), get(bPanel as number)),
            w.select(get(plainK), w.i32.const(0), get(klist as number)),
            w.i32.sub(get(p1 as number), get(p0 as number)),
            get(shift as number),
            field(TASK.cRows),
            get(rowCount as number),
            w.i32.shl(colOff(w.i32.const(0)), w.i32.const(2)),
            get(sink),
            get(fresh),
            ...(epi ? [get(last), rowsList(), get(l as number)] : []),
          ],
          'none',
        ),
      ],
      [w.forLoop(scope, ip as number, w.i32.const(0), w.i32.divS(w.i32.add(get(rowCount as number), w.i32.const(MR - 1)), w.i32.const(MR)), 1, [...gather, kernel(), ...scatter])],
    ),
  ];
  const perTask = [
    w.set(task as number, taskAt(get(ti as number))),
    w.set(rowCount as number, field(TASK.rowCount)),
    w.set(kCount as number, field(TASK.kCount)),
    w.set(aBase as number, field(TASK.aPacked)),
    // direct: one block holds every k; packed: the positions inside this block of the B list
    ...[w.ifThen(get(direct), [w.set(p0 as number, w.i32.const(0)), w.set(p1 as number, get(kCount as number))], [
      ...lowerBound(get(pc as number), p0 as number),
      ...lowerBound(w.i32.add(get(pc as number), get(kb as number)), p1 as number),
    ])],
    w.set(fresh, w.i32.and(get(zeroFirst), w.i32.eqz(get(p0 as number)))),
    w.set(last, w.i32.and(get(fuse), w.i32.eq(get(p1 as number), get(kCount as number)))),
    w.set(
      plainK,
      w.i32.and(
        w.i32.eqz(get(direct)),
        w.i32.eq(
          w.i32.sub(w.i32.load(0, w.i32.add(field(TASK.bRows), w.i32.shl(w.i32.sub(get(p1 as number), w.i32.const(1)), w.i32.const(2)))), w.i32.load(0, w.i32.add(field(TASK.bRows), w.i32.shl(get(p0 as number), w.i32.const(2))))),
          w.i32.sub(w.i32.sub(get(p1 as number), get(p0 as number)), w.i32.const(1)),
        ),
      ),
    ),
    w.ifThen(w.i32.ltS(get(p0 as number), get(p1 as number)), [
      w.forLoop(scope, jp as number, w.i32.const(0), w.i32.divS(w.i32.add(get(nb as number), w.i32.const(NR - 1)), w.i32.const(NR)), 1, perPanel),
    ]),
  ];
  const perKBlock = [
    w.set(kb as number, min(get(KCp), w.i32.sub(get(bCount), get(pc as number)))),
    w.ifThen(w.i32.eqz(get(direct)), [
      w.call(`${spec.name}_packB`, [get(bBlock), w.i32.add(get(bList), w.i32.shl(get(pc as number), w.i32.const(2))), get(kb as number), w.i32.add(get(colFull), w.i32.shl(get(jc as number), w.i32.const(2))), get(nb as number), get(l as number)], 'none'),
    ]),
    w.forLoop(scope, ti as number, get(t as number), get(tEnd as number), 1, perTask),
  ];
  const perColBlock = [
    w.set(nb as number, min(get(NCp), w.i32.sub(get(colHi), get(jc as number)))),
    // direct: one block (the tasks' own lists); packed: blocks of the group's B list
    w.forLoopDynamic(scope, pc as number, w.i32.const(0), w.select(get(direct), w.i32.const(1), get(bCount)), get(KCp), perKBlock),
  ];
  // tasks come grouped by loop value; each group shares its B blocks
  const findGroupEnd = [
    w.set(task as number, taskAt(get(t as number))),
    w.set(l as number, field(TASK.loop)),
    w.set(bList, field(TASK.bList)),
    w.set(bCount, field(TASK.bCount)),
    w.set(tEnd as number, w.i32.add(get(t as number), w.i32.const(1))),
    w.block([
      w.forLoop(scope, ti as number, get(tEnd as number), get(count), 1, [
        w.ifThen(w.i32.ne(w.i32.load(4 * TASK.loop, taskAt(get(ti as number))), get(l as number)), [w.set(ti as number, get(count))], [w.set(tEnd as number, w.i32.add(get(ti as number), w.i32.const(1)))]),
      ]),
    ]),
  ];
  // the group's A packed right before its blocks use it (still in cache)
  const packGroup = w.ifThen(get(packA), [w.forLoop(scope, ti as number, get(t as number), get(tEnd as number), 1, [w.set(task as number, taskAt(get(ti as number))), packTaskA(w, spec, () => get(task as number))])]);
  const perGroup = [...findGroupEnd, packGroup, w.forLoopDynamic(scope, jc as number, get(colLo), get(colHi), get(NCp), perColBlock), w.set(t as number, w.i32.sub(get(tEnd as number), w.i32.const(1)))];
  const setup = [
    w.set(bBlock, get(scratch)),
    w.set(rowPtrs, w.i32.add(get(bBlock), w.i32.const(4 * KC_MAX * NC_MAX))),
    w.set(tile, w.i32.add(get(rowPtrs), w.i32.const(16))),
    w.set(sink, w.i32.add(get(tile), w.i32.const(4 * MR * NR))),
  ];
  const chunkField = (f: number): Expr => w.i32.load(4 * f, w.i32.add(get(chunks), w.i32.mul(get(chunk), w.i32.const(4 * CHUNK_FIELDS))));
  const perChunk = [
    w.set(tasks, chunkField(CHUNK.tasks)),
    w.set(count, chunkField(CHUNK.count)),
    w.set(colLo, chunkField(CHUNK.colLo)),
    w.set(colHi, chunkField(CHUNK.colHi)),
    w.set(packA, chunkField(CHUNK.packA)),
    w.forLoop(scope, t as number, w.i32.const(0), get(count), 1, perGroup),
  ];
  // at most chunkCount claims; a claim past the last chunk ends the loop
  const claim = [...w.fetchAdd(scope, chunk, counter, 1), w.ifThen(w.i32.geS(get(chunk), get(chunkCount)), [w.set(claims, get(chunkCount))], perChunk)];
  w.addFunction(`${spec.name}_shared`, scope, 'none', [...setup, w.forLoop(scope, claims, w.i32.const(0), get(chunkCount), 1, claim)]);
  w.exportFunction(`${spec.name}_shared`);
}
