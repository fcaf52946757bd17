import { MR, NR } from './gemm-layout.js';
import { EpilogueEmitter, registerEpilogue, type GemmEpilogue } from './gemm-epilogue.js';
import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';

/**
 * The 4×8 micro-kernel run down every 4-row panel of a task for one panel of 8 columns, in one
 * call: `name(ap, apStride, bp, bList, count, shift, rowAddr, rows, colByte, sink, fresh)`.
 *
 * For panel p (rows 4p..4p+3 of `rows`): C[r][8 columns] (+)= Σ_i Ap_p[i][4] · B_i[8], where
 * Ap_p = ap + p·apStride holds the panel's A values of `count` k steps (4 floats each), and B_i
 * is the 8 floats at bp + 32·i (bList = 0: consecutive packed rows) or at bp + (bList[i] << shift)
 * (a list of packed-row positions, shift 5, or of byte offsets of rows in place, shift 0). Row r
 * of C starts at byte address rowAddr[r] + colByte; rows past `rows` go to `sink` (32 bytes).
 * `fresh`: the tiles start from zero instead of C.
 *
 * The shared driver computes each task's C row addresses once (a list next to its rows) and calls
 * this once per column panel, instead of once per 4×8 tile with four row pointers.
 */
export function emitRowPanelKernel(w: WasmModuleBuilder, name: string, epilogue?: GemmEpilogue): void {
  // with an epilogue (one kernel per op): `last` (the stores apply it), the task's row list and
  // the loop index (the operands' addresses)
  const scope = new FunctionScope(['i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', 'i32', ...(epilogue ? (['i32', 'i32', 'i32'] as const) : [])]);
  const [ap, apStride, bp, bList, count, shift, rowAddr, rows, colByte, sink, fresh, last, rowList, loop] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  const get = (i: number): Expr => w.get(scope, i);
  const epi = epilogue ? new EpilogueEmitter(w, scope, epilogue, MR) : undefined;
  const ptr = Array.from({ length: MR }, () => scope.local('i32'));
  const acc = Array.from({ length: MR * 2 }, () => scope.local('v128'));
  const b0 = scope.local('v128');
  const b1 = scope.local('v128');
  const a = scope.local('v128');
  const [panelA, p, aEnd, bPtr, list, listEnd, row] = Array.from({ length: 7 }, () => scope.local('i32')) as [number, number, number, number, number, number, number];

  const fma = (): Expr[] => {
    const out: Expr[] = [w.set(b0, w.v128.load(0, get(bPtr), 16)), w.set(b1, w.v128.load(16, get(bPtr), 16))];
    for (let i = 0; i < MR; i++) {
      out.push(w.set(a, w.v128.load32Splat(4 * i, get(p))));
      out.push(w.set(acc[2 * i] as number, w.f32x4.madd(get(a), get(b0), get(acc[2 * i] as number))));
      out.push(w.set(acc[2 * i + 1] as number, w.f32x4.madd(get(a), get(b1), get(acc[2 * i + 1] as number))));
    }
    return out;
  };
  // consecutive packed B rows: B moves by one row (32 bytes) per step
  const plainLoop = [w.set(bPtr, get(bp)), w.forLoop(scope, p, get(panelA), get(aEnd), 4 * MR, [...fma(), w.set(bPtr, w.i32.add(get(bPtr), w.i32.const(4 * NR)))])];
  // listed B rows: A still moves one step at a time, B jumps to the list's next row
  const listLoop = [
    w.set(p, get(panelA)),
    w.set(listEnd, w.i32.add(get(bList), w.i32.shl(get(count), w.i32.const(2)))),
    w.forLoop(scope, list, get(bList), get(listEnd), 4, [
      w.set(bPtr, w.i32.add(get(bp), w.i32.shl(w.i32.load(0, get(list)), get(shift)))),
      ...fma(),
      w.set(p, w.i32.add(get(p), w.i32.const(4 * MR))),
    ]),
  ];
  const panel: Expr[] = [];
  for (let r = 0; r < MR; r++) {
    const index = w.i32.add(get(row), w.i32.const(r));
    const address = w.i32.add(w.i32.load(4 * r, w.i32.add(get(rowAddr), w.i32.shl(get(row), w.i32.const(2)))), get(colByte));
    panel.push(w.set(ptr[r] as number, w.select(w.i32.ltS(index, get(rows)), address, get(sink))));
  }
  panel.push(
    w.ifThen(
      get(fresh),
      acc.map((x) => w.set(x, w.v128.zero())),
      ptr.flatMap((x, r) => [w.set(acc[2 * r] as number, w.v128.load(0, get(x))), w.set(acc[2 * r + 1] as number, w.v128.load(16, get(x)))]),
    ),
    w.set(aEnd, w.i32.add(get(panelA), w.i32.shl(get(count), w.i32.const(4)))),
    w.ifThen(w.i32.eqz(get(bList)), plainLoop, listLoop),
    // rows past `rows` read the list's padding (valid rows): computed, stored to the sink
    ...(epi
      ? [
          w.ifThen(get(last), [
            ...ptr.flatMap((_, r) => epi.rowSetup(r, () => get(loop), () => w.i32.load(4 * r, w.i32.add(get(rowList), w.i32.shl(get(row), w.i32.const(2)))))),
            ...registerEpilogue(epi, acc, MR, () => get(colByte)),
          ]),
        ]
      : []),
    ...ptr.flatMap((x, r) => [w.v128.store(0, get(x), get(acc[2 * r] as number)), w.v128.store(16, get(x), get(acc[2 * r + 1] as number))]),
    w.set(panelA, w.i32.add(get(panelA), get(apStride))),
  );
  const body = [w.set(panelA, get(ap)), w.forLoop(scope, row, w.i32.const(0), get(rows), MR, panel)];
  w.addFunction(name, scope, 'none', body);
}
