import { FunctionScope, type Expr, type WasmModuleBuilder } from './module-builder.js';

/**
 * Whether the SIMD builder handles an index: a 2-D f32 source (absent value 0 or -inf) or bool
 * source (absent: false), and micro-tiles whose column extent is 1 or a multiple of 4 (so vector
 * loads never straddle two tiles).
 */
export function simdIndexable(shape: readonly number[], dtype: string, tile: readonly number[], fill: number): boolean {
  const cols = Math.min(tile[1] ?? 1, shape[1] ?? 1);
  const source = (dtype === 'f32' && (fill === 0 || fill === -Infinity)) || (dtype === 'bool' && fill === 0);
  return source && shape.length === 2 && (cols === 1 || cols % 4 === 0 || cols === shape[1]);
}

/** A 2-D f32 or bool index the module builds itself (the source lives in its memory). */
export interface IndexBuildSpec {
  readonly name: string;
  readonly source: number;
  /** f32 values, or bool bytes. */
  readonly dtype: 'f32' | 'bool';
  readonly rows: number;
  readonly cols: number;
  /** Micro-tile rows and columns, clamped to the shape. */
  readonly tileRows: number;
  readonly tileCols: number;
  readonly gatherDim: 0 | 1;
  /** 0 or -inf: the absent value. */
  readonly fill: number;
  /** i32 presence per micro-tile, [tileRowCount][tileColCount]. */
  readonly presence: number;
  readonly stripPtr: number;
  readonly coords: number;
  /**
   * Also copy each strip's listed micro-tiles (gathering along columns, tileRows a multiple of 4)
   * into `address`, as the packed A of a GEMM that gathers these columns (Ap[panel of 4 rows][k][4],
   * strip s at tile stripPtr[s]·tileRows floats), while the strip is still in cache; flags[s] says
   * whether strip s was copied. A strip is copied while the tiles listed so far are at most the
   * function's argument (the dense crossover) times the tiles seen, so a tensor that will run
   * densely copies (almost) nothing.
   */
  readonly payload?: { readonly address: number; readonly flags: number };
}

/** Whether an index can also write the packed-A payload (see IndexBuildSpec.payload). */
export function payloadIndexable(gatherDim: number, tileRows: number, tileCols: number): boolean {
  return gatherDim === 1 && tileCols === 1 && tileRows % 4 === 0;
}

export function tileGrid(spec: Pick<IndexBuildSpec, 'rows' | 'cols' | 'tileRows' | 'tileCols'>): { tr: number; tc: number } {
  return { tr: Math.ceil(spec.rows / spec.tileRows), tc: Math.ceil(spec.cols / spec.tileCols) };
}

/**
 * The online index in wasm SIMD, for a row-major f32 or bool matrix: one pass ORs "present" lane
 * masks (x ≠ fill; NaN counts as present, -0 as absent; a bool byte ≠ 0) into a presence grid,
 * four columns at a time, then an ordered, branch-free compaction writes the strips'
 * coordinates. Same result as src/runtime/index-builder.ts (ordered), several times faster.
 */
export function emitIndexBuild(w: WasmModuleBuilder, spec: IndexBuildSpec): void {
  const scope = new FunctionScope(spec.payload ? ['f64'] : []);
  const crossover = 0;
  const get = (i: number): Expr => w.get(scope, i);
  const r = scope.local('i32');
  const c = scope.local('i32');
  const rowBase = scope.local('i32');
  const pRow = scope.local('i32');
  const t = scope.local('i32');
  const acc = scope.local('v128');
  const fill = w.f32x4.splat(w.f32.const(spec.fill));
  const { tr: tileRowCount, tc: tileColCount } = tileGrid(spec);
  const body: Expr[] = [w.memoryFill(w.i32.const(spec.presence), w.i32.const(0), w.i32.const(tileRowCount * tileColCount * 4))];
  const vecCols = spec.cols - (spec.cols % 4);
  const bool = spec.dtype === 'bool';
  if (bool && spec.payload) throw new Error('payload index: the source must be f32');
  // bytes per element, as a shift
  const shift = bool ? 0 : 2;
  // four columns' lane masks: f32 compares, bool bytes widen to i32 lanes
  const present = (addr: Expr): Expr =>
    bool ? w.i32x4.ne(w.i32x4.extendLowI16x8U(w.i16x8.extendLowI8x16U(w.v128.load32Zero(0, addr))), w.v128.zero()) : w.f32x4.ne(w.v128.load(0, addr), fill);
  const element = (c: Expr): Expr => w.i32.add(get(rowBase), w.i32.shl(c, w.i32.const(shift)));

  // pass 1: presence grid
  const rowStart = [
    w.set(rowBase, w.i32.add(w.i32.const(spec.source), w.i32.mul(get(r), w.i32.const(spec.cols << shift)))),
    w.set(pRow, w.i32.add(w.i32.const(spec.presence), w.i32.mul(w.i32.divS(get(r), w.i32.const(spec.tileRows)), w.i32.const(tileColCount * 4)))),
  ];
  let perRow: Expr[];
  if (spec.tileCols === 1) {
    // one micro-tile per column: OR the 4 lane masks into 4 presence words
    const flags = (): Expr => w.i32.add(get(pRow), w.i32.shl(get(c), w.i32.const(2)));
    perRow = [
      w.forLoop(scope, c, w.i32.const(0), w.i32.const(vecCols), 4, [
        w.v128.store(0, flags(), w.v128.or(w.v128.load(0, flags()), present(element(get(c))))),
      ]),
    ];
  } else {
    // wide micro-tiles: OR the lane masks of the tile's columns, then any_true
    const tileEnd = scope.local('i32');
    perRow = [
      w.forLoop(scope, t, w.i32.const(0), w.i32.const(tileColCount), 1, [
        w.set(acc, w.v128.zero()),
        w.set(tileEnd, w.i32.mul(w.i32.add(get(t), w.i32.const(1)), w.i32.const(spec.tileCols))),
        w.set(tileEnd, w.select(w.i32.ltS(get(tileEnd), w.i32.const(vecCols)), get(tileEnd), w.i32.const(vecCols))),
        w.forLoop(scope, c, w.i32.mul(get(t), w.i32.const(spec.tileCols)), get(tileEnd), 4, [
          w.set(acc, w.v128.or(get(acc), present(element(get(c))))),
        ]),
        w.ifThen(w.v128.anyTrue(get(acc)), [w.i32.store(0, w.i32.add(get(pRow), w.i32.shl(get(t), w.i32.const(2))), w.i32.const(1))]),
      ]),
    ];
  }
  if (spec.cols % 4 !== 0) {
    // the last columns, past the vector loops, one at a time
    perRow.push(
      w.forLoop(scope, c, w.i32.const(vecCols), w.i32.const(spec.cols), 1, [
        w.ifThen(
          bool
            ? w.i32.ne(w.i32.load8U(0, element(get(c))), w.i32.const(0))
            : spec.fill === 0
              ? w.i32.ne(w.i32.shl(w.i32.load(0, element(get(c))), w.i32.const(1)), w.i32.const(0))
              : w.f64.ne(w.f64.promoteF32(w.f32.load(0, element(get(c)))), w.f64.const(spec.fill)),
          [w.i32.store(0, w.i32.add(get(pRow), w.i32.shl(w.i32.divS(get(c), w.i32.const(spec.tileCols)), w.i32.const(2))), w.i32.const(1))],
        ),
      ]),
    );
  }
  const n = scope.local('i32');
  const s = scope.local('i32');
  const g = scope.local('i32');
  if (spec.payload) {
    if (!payloadIndexable(spec.gatherDim, spec.tileRows, spec.tileCols)) throw new Error('payload index: gather along columns, 1 column per tile, tile rows a multiple of 4');
    // strip by strip: presence of its rows, its compaction, its payload while the rows are in cache
    const strip = [
      w.forLoop(scope, r, w.i32.mul(get(s), w.i32.const(spec.tileRows)), w.select(w.i32.ltS(w.i32.mul(w.i32.add(get(s), w.i32.const(1)), w.i32.const(spec.tileRows)), w.i32.const(spec.rows)), w.i32.mul(w.i32.add(get(s), w.i32.const(1)), w.i32.const(spec.tileRows)), w.i32.const(spec.rows)), 1, [...rowStart, ...perRow]),
      ...compactStrip(w, scope, spec, tileColCount, s, g, n),
      ...copyPayload(w, scope, spec, tileColCount, s, n, crossover),
    ];
    body.push(w.set(n, w.i32.const(0)), w.i32.store(0, w.i32.const(spec.stripPtr), w.i32.const(0)), w.forLoop(scope, s, w.i32.const(0), w.i32.const(tileRowCount), 1, strip));
    w.addFunction(spec.name, scope, 'none', body);
    w.exportFunction(spec.name);
    return;
  }
  body.push(w.forLoop(scope, r, w.i32.const(0), w.i32.const(spec.rows), 1, [...rowStart, ...perRow]));

  // pass 2: ordered compaction, strip by strip
  const [strips, along] = spec.gatherDim === 1 ? [tileRowCount, tileColCount] : [tileColCount, tileRowCount];
  const flagAt = (): Expr =>
    spec.gatherDim === 1
      ? w.i32.load(0, w.i32.add(w.i32.const(spec.presence), w.i32.shl(w.i32.add(w.i32.mul(get(s), w.i32.const(tileColCount)), get(g)), w.i32.const(2))))
      : w.i32.load(0, w.i32.add(w.i32.const(spec.presence), w.i32.shl(w.i32.add(w.i32.mul(get(g), w.i32.const(tileColCount)), get(s)), w.i32.const(2))));
  body.push(
    w.set(n, w.i32.const(0)),
    w.i32.store(0, w.i32.const(spec.stripPtr), w.i32.const(0)),
    w.forLoop(scope, s, w.i32.const(0), w.i32.const(strips), 1, [
      w.forLoop(scope, g, w.i32.const(0), w.i32.const(along), 1, [
        w.i32.store(0, w.i32.add(w.i32.const(spec.coords), w.i32.shl(get(n), w.i32.const(2))), get(g)),
        w.set(n, w.i32.add(get(n), w.i32.ne(flagAt(), w.i32.const(0)))),
      ]),
      w.i32.store(0, w.i32.add(w.i32.const(spec.stripPtr), w.i32.shl(w.i32.add(get(s), w.i32.const(1)), w.i32.const(2))), get(n)),
    ]),
  );
  w.addFunction(spec.name, scope, 'none', body);
  w.exportFunction(spec.name);
}

/** The compaction of strip s of a column-gathering index (its row of the presence grid). */
function compactStrip(w: WasmModuleBuilder, scope: FunctionScope, spec: IndexBuildSpec, tileColCount: number, s: number, g: number, n: number): Expr[] {
  const get = (i: number): Expr => w.get(scope, i);
  const flagAt = w.i32.load(0, w.i32.add(w.i32.const(spec.presence), w.i32.shl(w.i32.add(w.i32.mul(get(s), w.i32.const(tileColCount)), get(g)), w.i32.const(2))));
  return [
    w.forLoop(scope, g, w.i32.const(0), w.i32.const(tileColCount), 1, [
      w.i32.store(0, w.i32.add(w.i32.const(spec.coords), w.i32.shl(get(n), w.i32.const(2))), get(g)),
      w.set(n, w.i32.add(get(n), w.i32.ne(flagAt, w.i32.const(0)))),
    ]),
    w.i32.store(0, w.i32.add(w.i32.const(spec.stripPtr), w.i32.shl(w.i32.add(get(s), w.i32.const(1)), w.i32.const(2))), get(n)),
  ];
}

/**
 * Strip s's listed tiles (coords[stripPtr[s] .. n)) into the payload as packed A panels, when the
 * tiles listed so far are at most `crossover` (the function's f64 argument) of the tiles seen.
 */
function copyPayload(w: WasmModuleBuilder, scope: FunctionScope, spec: IndexBuildSpec, tileColCount: number, s: number, n: number, crossover: number): Expr[] {
  const payload = spec.payload as NonNullable<IndexBuildSpec['payload']>;
  const get = (i: number): Expr => w.get(scope, i);
  const [start, i, count, column, dst, ip, row] = Array.from({ length: 7 }, () => scope.local('i32')) as [number, number, number, number, number, number, number];
  const seen = w.f64.convertI32S(w.i32.mul(w.i32.add(get(s), w.i32.const(1)), w.i32.const(tileColCount)));
  const worth = w.f64.le(w.f64.convertI32S(get(n)), w.f64.mul(w.get(scope, crossover), seen));
  const flag = w.i32.add(w.i32.const(payload.flags), w.i32.shl(get(s), w.i32.const(2)));
  const cell: Expr[] = [];
  for (let rr = 0; rr < 4; rr++) {
    const rowIndex = w.i32.add(get(row), w.i32.const(rr));
    const inside = w.i32.ltS(rowIndex, w.i32.const(spec.rows));
    const address = w.i32.add(w.i32.const(spec.source), w.i32.shl(w.i32.add(w.i32.mul(w.select(inside, rowIndex, w.i32.const(0)), w.i32.const(spec.cols)), get(column)), w.i32.const(2)));
    cell.push(w.f32.store(4 * rr, get(dst), w.select(inside, w.f32.load(0, address), w.f32.const(0))));
  }
  const perPanel = [...cell, w.set(dst, w.i32.add(get(dst), w.i32.shl(get(count), w.i32.const(4)))), w.set(row, w.i32.add(get(row), w.i32.const(4)))];
  const perTile = [
    w.set(column, w.i32.load(0, w.i32.add(w.i32.const(spec.coords), w.i32.shl(get(i), w.i32.const(2))))),
    // tile i of the strip: column (i − start) of every panel
    w.set(dst, w.i32.add(w.i32.add(w.i32.const(payload.address), w.i32.mul(get(start), w.i32.const(4 * spec.tileRows))), w.i32.shl(w.i32.sub(get(i), get(start)), w.i32.const(4)))),
    w.set(row, w.i32.mul(get(s), w.i32.const(spec.tileRows))),
    w.forLoop(scope, ip, w.i32.const(0), w.i32.const(spec.tileRows / 4), 1, perPanel),
  ];
  return [
    w.set(start, w.i32.load(0, w.i32.add(w.i32.const(spec.stripPtr), w.i32.shl(get(s), w.i32.const(2))))),
    w.set(count, w.i32.sub(get(n), get(start))),
    w.ifThen(worth, [w.i32.store(0, flag, w.i32.const(1)), w.forLoop(scope, i, get(start), get(n), 1, perTile)], [w.i32.store(0, flag, w.i32.const(0))]),
  ];
}
