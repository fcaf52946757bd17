import { TASK, TASK_FIELDS } from './gemm-layout.js';
import { type Expr, type FunctionScope, type WasmModuleBuilder } from './module-builder.js';

/** The i32 locals a per-task GEMM driver decodes one task record into. */
export interface TaskLocals {
  readonly task: number;
  readonly loop: number;
  readonly rows: number;
  readonly rowCount: number;
  readonly ks: number;
  readonly kCount: number;
  readonly cols: number;
  readonly colCount: number;
  /** [colBegin, colEnd): the positions of the task's column list inside the thread's column range. */
  readonly colBegin: number;
  readonly colEnd: number;
  /** A scratch counter. */
  readonly c: number;
}

/**
 * Code that decodes task `t` of the array at `tasks` (gemm-layout.ts's record) into its locals,
 * and finds which of its (ascending) columns fall in this thread's [colLo, colHi). Shared by the
 * per-task driver (gemm-emit.ts) and the NT driver (gemm-nt-emit.ts).
 */
export function decodeTask(w: WasmModuleBuilder, scope: FunctionScope, v: TaskLocals, tasks: Expr, t: Expr, colLo: Expr, colHi: Expr): Expr[] {
  const get = (i: number): Expr => w.get(scope, i);
  const field = (f: number): Expr => w.i32.load(4 * f, get(v.task));
  const column = (i: Expr): Expr => w.i32.load(0, w.i32.add(get(v.cols), w.i32.shl(i, w.i32.const(2))));
  return [
    w.set(v.task, w.i32.add(tasks, w.i32.mul(t, w.i32.const(4 * TASK_FIELDS)))),
    w.set(v.loop, field(TASK.loop)),
    w.set(v.rows, field(TASK.rows)),
    w.set(v.rowCount, field(TASK.rowCount)),
    w.set(v.ks, field(TASK.ks)),
    w.set(v.kCount, field(TASK.kCount)),
    w.set(v.cols, field(TASK.cols)),
    w.set(v.colCount, field(TASK.colCount)),
    w.set(v.colBegin, w.i32.const(0)),
    w.forLoop(scope, v.c, w.i32.const(0), get(v.colCount), 1, [w.ifThen(w.i32.ltS(column(get(v.c)), colLo), [w.set(v.colBegin, w.i32.add(get(v.c), w.i32.const(1)))])]),
    w.set(v.colEnd, get(v.colBegin)),
    w.forLoop(scope, v.c, get(v.colBegin), get(v.colCount), 1, [w.ifThen(w.i32.ltS(column(get(v.c)), colHi), [w.set(v.colEnd, w.i32.add(get(v.c), w.i32.const(1)))])]),
  ];
}
