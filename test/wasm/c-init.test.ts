import { describe, expect, it } from 'vitest';
import { initC, tasksStoreTheirCells } from '../../codegen/wasm/c-init.js';
import { compileWasmProgram, type OpProgram } from '../../codegen/wasm/compile-program.js';
import type { GemmTask } from '../../codegen/wasm/tasks.js';
import type { HostTensor } from '../../ir/tensor.js';
import { compilePit, denseValues, forceRules, makeInputs, type DensitySpec } from '../helpers/pit-harness.js';
import { TEMPLATE_NAMES, templateProgram } from '../helpers/pit-programs.js';
import { chooserFromSeed } from '../helpers/random-program.js';
import { executorsDisposedAfterAll, planned, testExecutor, wasmMismatch } from './wasm-harness.js';

/**
 * A GEMM's C is not zeroed before every run: a task's first k block stores instead of adding, and
 * only the cells no task writes are zeroed (codegen/wasm/c-init.ts). A mistake there shows as a
 * value left over from an earlier run, so here one executor (one memory) runs each program at a
 * sequence of densities that empties and refills strips (dense, sparse, all zero, half, dense,
 * all zero), and every run must equal the reference. Every rule of every template, 1 and 2
 * threads, B packed and read in place.
 */
const SEQUENCE: readonly DensitySpec[] = ['dense', 0.2, 0, 0.5, 'dense', 0.05, 0];

const keep = executorsDisposedAfterAll();

/** GEMMs whose rules give every task shape: row strips, k strips (tasks sharing rows), column strips, batches, a transposed C, an epilogue. */
const GEMMS: Record<string, { readonly text: string; readonly dims: ReadonlyMap<string, number> }> = {
  'both sparse': {
    text: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N] @dynamic\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n',
    dims: new Map([['M', 37], ['K', 70], ['N', 45]]),
  },
  batched: {
    text: 'dim H, M, K, N\ninput a : f32[H, M, K] @dynamic\ninput b : f32[H, K, N]\nc[h, m, n] = sum[k] a[h, m, k] * b[h, k, n]\noutput c\n',
    dims: new Map([['H', 3], ['M', 33], ['K', 20], ['N', 17]]),
  },
  'transposed C': {
    text: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[n, m] = sum[k] a[m, k] * b[k, n]\noutput c\n',
    dims: new Map([['M', 41], ['K', 9], ['N', 13]]),
  },
  epilogue: {
    text: 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[m, n] = relu(sum[k] a[m, k] * b[k, n]) + 1\noutput c\n',
    dims: new Map([['M', 35], ['K', 66], ['N', 10]]),
  },
};

const CASES = [
  ...Object.entries(GEMMS).map(([name, g]) => ({ name, ...g })),
  ...TEMPLATE_NAMES.map((name, i) => {
    const t = templateProgram(chooserFromSeed(5000 + 13 * i), name);
    return { name: `template ${name}`, text: t.text, dims: t.dims };
  }),
];

describe('C keeps nothing from an earlier run', () => {
  it.each(CASES.map((c) => [c.name, c]))('%s: every rule, densities rising and falling on one memory', async (_, t) => {
    const c = compilePit(t.text, 'c-init.pit');
    let runs = 0;
    for (const op of c.rules) {
      for (const rule of op.rules) {
        const program = forceRules(c, new Map([[rule.op, rule]])).program;
        for (const [threads, forceDirectB] of [[1, false], [2, false], [2, true]] as const) {
          const executor = keep(testExecutor(program, threads, { gemm: { forceDirectB } }));
          for (const [step, density] of SEQUENCE.entries()) {
            const tiles = new Map(c.graph.tensors.filter((x) => x.dynamic).map((x) => [x.name, x.shape.map((_, d) => (d === x.shape.length - 2 ? 8 : 1))]));
            const inputs = makeInputs(c.graph, t.dims, { density, seed: 31 + step, tiles });
            const dense = denseValues(c.graph, inputs, t.dims);
            if (c.graph.outputs.some((o) => Array.from((dense.get(o) as HostTensor).data).some(Number.isNaN))) continue;
            const run = await executor.run(inputs, t.dims);
            for (const out of c.graph.outputs) {
              const m = wasmMismatch(run.values.get(out) as HostTensor, dense.get(out) as HostTensor);
              expect(m, `${t.text}\nrule ${rule.access} along ${rule.axis} (${rule.write}), step ${step} (density ${density}), ${threads} thread(s), direct B ${forceDirectB}, output ${out}`).toBeUndefined();
            }
            runs++;
          }
          await executor.dispose();
        }
      }
    }
    expect(runs).toBeGreaterThan(0);
  });
});

describe('initC zeroes exactly the cells no task writes', () => {
  /** The GEMM op of `text` at `dims`, and a memory whose C holds garbage (NaN). */
  function setUp(text: string, dims: ReadonlyMap<string, number>) {
    const program = planned(compilePit(text, 'init.pit'));
    const compiled = compileWasmProgram(program.graph, program.kernels, dims, { features: { relaxedSimd: false, sharedMemory: false }, threads: 1 });
    const op = compiled.ops.find((o) => o.kind === 'gemm') as Extract<OpProgram, { kind: 'gemm' }>;
    const memory = new WebAssembly.Memory({ initial: Math.ceil(compiled.dynamicBase / 65536) + 1 });
    const c = new Float32Array(memory.buffer, op.cAddress, op.cBytes / 4);
    c.fill(Number.NaN);
    /** Whether output cell (r, j) (row index, column index of the GEMM) of loop value l is zero. */
    const zero = (r: number, j: number, l = 0): boolean => c[(op.cTables.loop[l] as number) + (op.cTables.row[r] as number) + (op.cTables.col[j] as number)] === 0;
    return { op, memory, c, zero };
  }
  const list = (...v: number[]) => Int32Array.from(v);
  const range = (lo: number, hi: number) => Int32Array.from({ length: hi - lo }, (_, i) => lo + i);
  const MM = 'dim M, K, N\ninput a : f32[M, K]\ninput b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n';
  const MT = 'dim M, K, N\ninput a : f32[M, K]\ninput b : f32[K, N]\nc[n, m] = sum[k] a[m, k] * b[k, n]\noutput c\n';
  // a batch between C's rows and columns: rows are strided, several loop values
  const MB = 'dim H, M, K, N\ninput a : f32[H, M, K]\ninput b : f32[H, K, N]\nc[m, h, n] = sum[k] a[h, m, k] * b[h, k, n]\noutput c\n';
  const dims = new Map([['M', 6], ['K', 3], ['N', 5], ['H', 2]]);

  for (const [name, text] of [['row-major C', MM], ['transposed C', MT], ['batched C', MB]] as const) {
    it(`${name}: disjoint row strips covering every row: nothing zeroed, first blocks store`, () => {
      const { op, memory, c } = setUp(text, dims);
      const { m, n } = op.sizes;
      const cols = range(0, n);
      const tasks: GemmTask[] = [];
      for (let l = 0; l < op.sizes.loop; l++) tasks.push({ loop: l, rows: range(0, 4), ks: list(0, 2), cols }, { loop: l, rows: range(4, m), ks: list(1), cols });
      // every cell is one task's whole sum: an epilogue may run in the stores
      expect(initC(op, tasks, memory, new Map())).toEqual({ zeroFirst: true, rowsDisjoint: true, oneTaskPerCell: true });
      expect(Array.from(c).every(Number.isNaN)).toBe(true);
    });

    it(`${name}: rows no task writes are zeroed, and only they`, () => {
      const { op, memory, zero } = setUp(text, new Map([['M', 12], ['K', 3], ['N', 12], ['H', 2]]));
      const { m, n, loop } = op.sizes;
      const cols = range(0, n);
      // in loop value 0, row 10 is in no task and row 11's task has no k (writes nothing): few rows, zeroed row by row
      const tasks: GemmTask[] = [{ loop: 0, rows: range(0, 10), ks: list(0), cols }, { loop: 0, rows: list(11), ks: list(), cols }];
      for (let l = 1; l < loop; l++) tasks.push({ loop: l, rows: range(0, m), ks: list(2), cols });
      // rows no task stores would miss a fused epilogue: it must run as a separate pass
      expect(initC(op, tasks, memory, new Map())).toEqual({ zeroFirst: true, rowsDisjoint: true, oneTaskPerCell: false });
      for (let l = 0; l < loop; l++) for (let r = 0; r < m; r++) for (let j = 0; j < n; j++) expect(zero(r, j, l), `cell ${l}, ${r}, ${j}`).toBe(l === 0 && r >= 10);
    });
  }

  it('tasks sharing a row: all of C zeroed, the drivers accumulate', () => {
    const { op, memory, c } = setUp(MM, dims);
    const cols = range(0, 5);
    const tasks: GemmTask[] = [{ loop: 0, rows: list(0, 2), ks: list(0), cols }, { loop: 0, rows: list(2, 3), ks: list(1), cols }];
    expect(initC(op, tasks, memory, new Map())).toEqual({ zeroFirst: false, rowsDisjoint: false, oneTaskPerCell: false });
    expect(Array.from(c).every((v) => v === 0)).toBe(true);
  });

  it('gathered columns: all of C zeroed (disjoint rows reported for the thread split)', () => {
    const { op, memory, c } = setUp(MM, dims);
    const tasks: GemmTask[] = [{ loop: 0, rows: range(0, 3), ks: list(0), cols: list(1, 3) }, { loop: 0, rows: range(3, 6), ks: list(0), cols: list(0) }];
    expect(initC(op, tasks, memory, new Map())).toEqual({ zeroFirst: false, rowsDisjoint: true, oneTaskPerCell: false });
    expect(Array.from(c).every((v) => v === 0)).toBe(true);
  });

  it("an output-sparse GEMM's listed cells: stored by the first k blocks only when each is one task's, with a k block", () => {
    const { op, memory, c } = setUp(MM, dims);
    const cache = new Map<string, Int32Array>();
    const sddmm: GemmTask[] = [{ loop: 0, rows: range(0, 3), ks: range(0, 3), cols: list(1, 3) }, { loop: 0, rows: range(3, 6), ks: range(0, 3), cols: list(0) }];
    expect(tasksStoreTheirCells(op, sddmm, cache)).toBe(true);
    // a task without columns writes nothing, whatever its k list
    expect(tasksStoreTheirCells(op, [...sddmm, { loop: 0, rows: range(0, 6), ks: list(), cols: list() }], cache)).toBe(true);
    // a cell in two tasks (k strips) or a task with columns and no k block: the tiles must be zeroed
    expect(tasksStoreTheirCells(op, [...sddmm, { loop: 0, rows: list(2), ks: list(0), cols: list(3) }], cache)).toBe(false);
    expect(tasksStoreTheirCells(op, [...sddmm, { loop: 0, rows: list(2), ks: list(0), cols: sddmm[0]?.cols as Int32Array }], cache)).toBe(false);
    // a row in two tasks with disjoint columns (strips of columns gathering rows): each cell is one task's
    expect(tasksStoreTheirCells(op, [...sddmm, { loop: 0, rows: list(2), ks: list(0), cols: list(4) }], cache)).toBe(true);
    const byColumns: GemmTask[] = [{ loop: 0, rows: list(0, 2, 5), ks: range(0, 3), cols: list(0, 1) }, { loop: 0, rows: list(0, 2, 5), ks: range(0, 3), cols: list(2, 3, 4) }];
    expect(tasksStoreTheirCells(op, byColumns, cache)).toBe(true);
    expect(tasksStoreTheirCells(op, [...byColumns, { loop: 0, rows: list(1), ks: list(0), cols: list(4) }], cache)).toBe(false);
    expect(tasksStoreTheirCells(op, [{ loop: 0, rows: range(0, 3), ks: list(), cols: list(1) }], cache)).toBe(false);
    // the caller's word is kept: nothing is zeroed either way
    expect(initC(op, sddmm, memory, cache, 'stored')).toEqual({ zeroFirst: true, rowsDisjoint: true, oneTaskPerCell: true });
    expect(initC(op, sddmm, memory, cache, 'zeroed')).toEqual({ zeroFirst: false, rowsDisjoint: true, oneTaskPerCell: false });
    expect(Array.from(c).every(Number.isNaN)).toBe(true);
  });

  it('the stamps are reused run after run: a row written last run and not this one is zeroed', () => {
    const { op, memory, c, zero } = setUp(MM, dims);
    const cache = new Map<string, Int32Array>();
    const cols = range(0, 5);
    initC(op, [{ loop: 0, rows: range(0, 6), ks: list(0), cols }], memory, cache);
    c.fill(Number.NaN);
    expect(initC(op, [{ loop: 0, rows: range(1, 6), ks: list(0), cols }], memory, cache).zeroFirst).toBe(true);
    for (let r = 0; r < 6; r++) for (let j = 0; j < 5; j++) expect(zero(r, j), `cell ${r}, ${j}`).toBe(r === 0);
  });
});
