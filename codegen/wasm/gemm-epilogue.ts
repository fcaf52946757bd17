import { InternalError } from '../../ir/core/errors.js';
import { printScalar } from '../../ir/expr/print.js';
import type {
  AccessExpr,
  BinaryOp,
  ReduceExpr,
  ScalarExpr,
  UnaryOp,
} from '../../ir/expr/tensor-expr.js';
import type { Expr, FunctionScope, WasmModuleBuilder } from './module-builder.js';
import type { TensorPlacement } from './scalar-emit.js';
import { binaryLanes, unaryLanes, type VecValue } from './vector-emit.js';
import { Binder, isVectorFunction } from './vector-math.js';

/**
 * A GEMM's epilogue applied in its final stores: when a task's last k block stores a C
 * micro-tile, each row vector of 4 columns goes through the epilogue (`where(keep, 0.125·C,
 * -inf)`, `b[f] + C`, `relu(C)`, `C / z[h, i]`) in registers and the final value is stored, so
 * the output is written once and never read again by a separate pass.
 *
 * An epilogue fuses when every tensor it reads is addressed, at an output cell (loop, m, n), by
 * a loop part + a row part + a column part that is either zero (one value per output row: a
 * splat) or exactly C's column part (the operand walks the columns as C does: its 4 lanes are
 * consecutive whenever C's are). It reads no other output cell, no axis value, nothing but f32
 * or bool tensors, so its value at a cell depends only on C at that cell.
 */
export interface GemmEpilogue {
  /** The op's body with the GEMM's sum replaced by a read of ACC. */
  readonly value: ScalarExpr;
  readonly operands: readonly EpilogueOperand[];
}

/** The GEMM's result in an epilogue's value. */
export const ACC = '@acc';

export interface EpilogueOperand {
  /** printScalar of the accesses it stands for (equal accesses share one operand). */
  readonly key: string;
  readonly dtype: 'f32' | 'bool';
  /** Byte address of the tensor's first element. */
  readonly base: number;
  /** Element-offset tables (i32 arrays in memory) by loop and row index; the loop part holds the constant. */
  readonly loopPart: number;
  readonly rowPart: number;
  /** The operand moves along the columns as C does; otherwise it is one value per row. */
  readonly alongColumns: boolean;
}

/** How an access splits into loop, row and column offset tables (compile-program's accessPart). */
export type AccessParts = (access: AccessExpr) => {
  readonly loop: Int32Array;
  readonly row: Int32Array;
  readonly col: Int32Array;
};

/**
 * The fused epilogue of a GEMM op, or why it keeps the separate pass. `cCol` is C's column part
 * (element offsets); `addTable` places an i32 table in memory and returns its address.
 */
export function planGemmEpilogue(
  body: ScalarExpr,
  reduce: ReduceExpr,
  placement: (tensor: string) => TensorPlacement,
  parts: AccessParts,
  cCol: Int32Array,
  addTable: (label: string, values: Int32Array) => number,
): GemmEpilogue | { readonly why: string } {
  const operands = new Map<string, EpilogueOperand>();
  let why: string | undefined;
  const rewrite = (e: ScalarExpr): ScalarExpr => {
    if (why) return e;
    switch (e.kind) {
      case 'reduce':
        if (e !== reduce) why = 'a second reduction';
        return { kind: 'access', dtype: 'f32', tensor: ACC, indices: [] };
      case 'axis':
        why = `it reads the value of axis '${e.axis}'`;
        return e;
      case 'const':
        return e;
      case 'access': {
        const p = placement(e.tensor);
        if (p.dtype !== 'f32' && p.dtype !== 'bool') {
          why = `it reads the ${p.dtype} tensor '${e.tensor}'`;
          return e;
        }
        const key = printScalar(e);
        if (!operands.has(key)) {
          const t = parts(e);
          const alongColumns = !t.col.every((v) => v === 0);
          if (alongColumns && !t.col.every((v, n) => v === cCol[n])) {
            why = `'${key}' does not follow the output's columns`;
            return e;
          }
          const label = `epi${operands.size}`;
          operands.set(key, {
            key,
            dtype: p.dtype,
            base: p.address,
            loopPart: addTable(`${label}:loop`, t.loop),
            rowPart: addTable(`${label}:row`, t.row),
            alongColumns,
          });
        }
        return e;
      }
      case 'unary':
        if (!SIMPLE_UNARY.has(e.op) && !isVectorFunction(e.op)) why = `no vector form of '${e.op}'`;
        return { ...e, arg: rewrite(e.arg) };
      case 'binary':
        return { ...e, lhs: rewrite(e.lhs), rhs: rewrite(e.rhs) };
      case 'where':
        return { ...e, cond: rewrite(e.cond), then: rewrite(e.then), else: rewrite(e.else) };
    }
  };
  const value = rewrite(body);
  return why ? { why } : { value, operands: [...operands.values()] };
}

const SIMPLE_UNARY = new Set<UnaryOp>(['neg', 'abs', 'sqrt', 'relu']);

/** Where a row vector's 4 lanes lie: consecutive from one C byte offset, or each at its own. */
export type LaneColumns =
  | { readonly kind: 'vector'; readonly colByte: Expr }
  | { readonly kind: 'lanes'; readonly colBytes: readonly Expr[] };

/**
 * Emits a GEMM epilogue inside one kernel function. Operand row addresses are kept in locals per
 * kernel row (`rowSetup`, once per row of a call). Vector constants are built where they are used,
 * not pooled at the function's entry: pooled, they would stay live across the k loop and take
 * registers from its accumulators (V8 then spills inside the loop: measured 2× slower).
 */
export class EpilogueEmitter {
  private readonly rowAddress: number[][];

  constructor(
    readonly w: WasmModuleBuilder,
    readonly scope: FunctionScope,
    readonly plan: GemmEpilogue,
    rows: number,
  ) {
    this.rowAddress = plan.operands.map(() =>
      Array.from({ length: rows }, () => scope.local('i32')),
    );
  }

  /** Sets the operands' row addresses of kernel row r, for loop index `loop` and output row `m`. */
  rowSetup(r: number, loop: () => Expr, m: () => Expr): Expr[] {
    const w = this.w;
    return this.plan.operands.map((o, j) => {
      const element = w.i32.add(tableAt(w, o.loopPart, loop()), tableAt(w, o.rowPart, m()));
      const bytes = o.dtype === 'bool' ? element : w.i32.shl(element, w.i32.const(2));
      return w.set(
        (this.rowAddress[j] as number[])[r] as number,
        w.i32.add(w.i32.const(o.base), bytes),
      );
    });
  }

  /** The epilogue of kernel row r at the given columns, applied to `acc` (4 lanes): statements, then the value. */
  apply(r: number, acc: Expr, columns: LaneColumns): { stmts: Expr[]; value: Expr } {
    const b = new Binder(this.w, this.scope, []);
    const accValue = b.let(acc);
    const memo = new Map<string, Vec>();
    const value = this.emit(b, this.plan.value, r, columns, accValue, memo);
    return { stmts: b.stmts, value: this.asF32(b, value) };
  }

  private emit(
    b: Binder,
    e: ScalarExpr,
    r: number,
    columns: LaneColumns,
    acc: () => Expr,
    memo: Map<string, Vec>,
  ): Vec {
    const w = this.w;
    if (e.kind === 'const') return { kind: 'f32', get: () => b.f32(e.value) };
    const key = printScalar(e);
    const hit = memo.get(key);
    if (hit) return hit;
    let out: { kind: Vec['kind']; expr: Expr };
    switch (e.kind) {
      case 'access':
        out = { kind: 'f32', expr: e.tensor === ACC ? acc() : this.load(e, r, columns) };
        break;
      case 'unary':
        out = {
          kind: 'f32',
          expr: unaryLanes(
            this.w,
            e.op,
            this.asF32(b, this.emit(b, e.arg, r, columns, acc, memo)),
            () => b.f32(0),
            () => b,
          ),
        };
        break;
      case 'binary':
        out = this.binary(
          b,
          e.op,
          this.emit(b, e.lhs, r, columns, acc, memo),
          this.emit(b, e.rhs, r, columns, acc, memo),
        );
        break;
      case 'where': {
        const cond = this.asMask(b, this.emit(b, e.cond, r, columns, acc, memo));
        const x = this.emit(b, e.then, r, columns, acc, memo);
        const y = this.emit(b, e.else, r, columns, acc, memo);
        out =
          x.kind === 'mask' && y.kind === 'mask'
            ? { kind: 'mask', expr: w.v128.bitselect(x.get(), y.get(), cond) }
            : { kind: 'f32', expr: w.v128.bitselect(this.asF32(b, x), this.asF32(b, y), cond) };
        break;
      }
      default:
        throw new InternalError('wasm', `GEMM epilogue: unexpected ${e.kind} node`);
    }
    const v: Vec = { kind: out.kind, get: b.let(out.expr) };
    memo.set(key, v);
    return v;
  }

  /** The operand's 4 lanes as f32 (bools as 0 or 1): a splat, 4 consecutive elements, or 4 gathered. */
  private load(e: AccessExpr, r: number, columns: LaneColumns): Expr {
    const w = this.w;
    const j = this.plan.operands.findIndex((o) => o.key === printScalar(e));
    const o = this.plan.operands[j] as EpilogueOperand;
    const row = (): Expr => w.get(this.scope, (this.rowAddress[j] as number[])[r] as number);
    const bool = o.dtype === 'bool';
    // C's byte offsets are 4 per element; a bool operand's are 1
    const at = (colByte: Expr): Expr =>
      w.i32.add(row(), bool ? w.i32.shrU(colByte, w.i32.const(2)) : colByte);
    if (!o.alongColumns)
      return bool
        ? w.f32x4.convertI32x4U(w.i32x4.splat(w.i32.load8U(0, row())))
        : w.v128.load32Splat(0, row());
    if (columns.kind === 'vector') {
      if (!bool) return w.v128.load(0, at(columns.colByte));
      return w.f32x4.convertI32x4U(
        w.i32x4.extendLowI16x8U(w.i16x8.extendLowI8x16U(w.v128.load32Zero(0, at(columns.colByte)))),
      );
    }
    let v = w.v128.zero();
    columns.colBytes.forEach((colByte, l) => {
      v = bool
        ? w.v128.load8Lane(0, 4 * l, at(colByte), v)
        : w.v128.load32Lane(0, l, at(colByte), v);
    });
    return bool ? w.f32x4.convertI32x4U(v) : v;
  }

  // the lane semantics of VectorEmitter (vector-emit.ts): bools are 0/1 or all-ones masks
  private asF32(b: Binder, v: Vec): Expr {
    return v.kind === 'f32' ? v.get() : this.w.v128.and(v.get(), b.f32(1));
  }

  /** Lanes that are not 0 (NaN counts as true, as in the reference's `x !== 0`). */
  private asMask(b: Binder, v: Vec): Expr {
    return v.kind === 'mask' ? v.get() : this.w.f32x4.ne(v.get(), b.f32(0));
  }

  private binary(b: Binder, op: BinaryOp, x: Vec, y: Vec): { kind: Vec['kind']; expr: Expr } {
    return binaryLanes(this.w, op, x, y, (v) => this.asF32(b, v));
  }
}

/** A value of four lanes, as the SIMD stages have it. */
type Vec = VecValue;

function tableAt(w: WasmModuleBuilder, table: number, index: Expr): Expr {
  return w.i32.load(0, w.i32.add(w.i32.const(table), w.i32.shl(index, w.i32.const(2))));
}

/**
 * The epilogue over the first `rows` rows of an 8-column tile in memory (gemm-emit.ts's edge
 * tile: row r at tile + 32·r), in place, for tiles whose columns are gathered or cut short:
 * lane c of a row is C's column at byte offset colByte(c) (the caller keeps c in range).
 */
export function tileEpilogue(
  epi: EpilogueEmitter,
  tile: () => Expr,
  rows: number,
  colByte: (c: number) => Expr,
  rowValid: (r: number) => Expr,
): Expr[] {
  const w = epi.w;
  const out: Expr[] = [];
  for (let r = 0; r < rows; r++) {
    const halves: Expr[] = [];
    for (let h = 0; h < 2; h++) {
      const { stmts, value } = epi.apply(r, w.v128.load(32 * r + 16 * h, tile()), {
        kind: 'lanes',
        colBytes: [0, 1, 2, 3].map((c) => colByte(4 * h + c)),
      });
      halves.push(...stmts, w.v128.store(32 * r + 16 * h, tile(), value));
    }
    out.push(w.ifThen(rowValid(r), halves));
  }
  return out;
}

/** The epilogue applied to a register block of 4-lane accumulators: `acc[2r + h]` is row r, columns 4h..4h+3, consecutive from colByte. */
export function registerEpilogue(
  epi: EpilogueEmitter,
  acc: readonly number[],
  rows: number,
  colByte: () => Expr,
): Expr[] {
  const w = epi.w;
  const out: Expr[] = [];
  for (let r = 0; r < rows; r++) {
    for (let h = 0; h < 2; h++) {
      const local = acc[2 * r + h] as number;
      const { stmts, value } = epi.apply(r, w.get(epi.scope, local), {
        kind: 'vector',
        colByte: h === 0 ? colByte() : w.i32.add(colByte(), w.i32.const(16)),
      });
      out.push(...stmts, w.set(local, value));
    }
  }
  return out;
}
