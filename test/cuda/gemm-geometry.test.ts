import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { concreteTile } from '../../codegen/run/micro-tile.js';
import { countIn, decodeGroup, gemmGeometry, stripView, type GemmGeometry, type GroupAxis, type StripView } from '../../codegen/cuda/gemm-geometry.js';
import { indexGeometry } from '../../codegen/cuda/index-kernel.js';
import type { LoweredProgram } from '../../codegen/target.js';
import { findContraction } from '../../codegen/lower/contraction.js';
import { lowerToLoops } from '../../codegen/lower/to-loops.js';
import { denseTasks, pitTasks } from '../../codegen/wasm/tasks.js';
import { evalDim } from '../../ir/dim-expr.js';
import type { HostTensor } from '../../ir/tensor.js';
import { assembleInputs } from '../../src/cli/run-inputs.js';
import { buildIndex } from '../../src/runtime/index-builder.js';
import { lowerSample } from './cuda-helpers.js';

/**
 * The GEMM kernel never materialises task lists: each block decodes its rows, columns and k
 * positions from the index (gemm-geometry.ts holds the same decoding in TypeScript, and the
 * kernel text is generated from the same value sets). Here the decoded tasks, strip by strip,
 * must equal the wasm target's task lists (codegen/wasm/tasks.ts) for every matmul-like op of
 * the samples, on real indexes of random sparse inputs, edge tiles included.
 */
interface Task {
  readonly loop: number;
  readonly rows: number[];
  readonly ks: number[];
  readonly cols: number[];
}

/** Row-major flat index of axis values over the group's full extents (the wasm lists' numbering). */
function flat(group: readonly GroupAxis[], values: ReadonlyMap<string, number>): number {
  return group.reduce((f, a) => f * a.values.extent + (values.get(a.axis) as number), 0);
}

/** Every real position of a group in one strip, as the device enumerates them. */
function positions(group: readonly GroupAxis[], strip: StripView | undefined): number[] {
  const count = group.reduce((n, a) => n * countIn(a.values, strip), 1);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const v = decodeGroup(group, i, strip);
    if (v) out.push(flat(group, v));
  }
  return out;
}

function decodedTasks(g: GemmGeometry, index?: { stripPtr: Int32Array; coords: Int32Array }): Task[] {
  const tasks: Task[] = [];
  for (let s = 0; s < g.strips; s++) {
    const strip = g.index && index ? stripView(g.index, index.stripPtr, index.coords, s) : undefined;
    const rows = positions(g.m, strip);
    const ks = positions(g.k, strip);
    const cols = positions(g.n, strip);
    const loops = positions(g.loop, strip);
    if (rows.length === 0 || ks.length === 0 || cols.length === 0) continue;
    // the kernel's bounds: never more than the grid was sized for
    expect(rows.length).toBeLessThanOrEqual(g.rowMax);
    expect(cols.length).toBeLessThanOrEqual(g.colMax);
    expect(ks.length).toBeLessThanOrEqual(g.kMax);
    expect(loops.length).toBeLessThanOrEqual(g.loopMax);
    for (const loop of loops) tasks.push({ loop, rows, ks, cols });
  }
  return tasks;
}

const CASES: readonly { label: string; program: LoweredProgram; dims: Record<string, number>; density?: Record<string, number> }[] = [
  { label: 'matmul 32x1', program: lowerSample('matmul.pit'), dims: { M: 70, K: 100, N: 72 }, density: { a: 0.3 } },
  { label: 'matmul 32x8', program: lowerSample('matmul.pit', true, { a: [32, 8] }), dims: { M: 70, K: 100, N: 72 }, density: { a: 0.3 } },
  { label: 'matmul 1x64', program: lowerSample('matmul.pit', true, { a: [1, 64] }), dims: { M: 70, K: 150, N: 72 }, density: { a: 0.4 } },
  { label: 'matmul 32x64', program: lowerSample('matmul.pit', true, { a: [32, 64] }), dims: { M: 70, K: 150, N: 8 }, density: { a: 0.5 } },
  { label: 'ffn-relu', program: lowerSample('ffn-relu.pit'), dims: { T: 40, D: 36, F: 100 } },
  { label: 'moe', program: lowerSample('moe.pit'), dims: { T: 21, E: 4, D: 12, F: 40 }, density: { r: 0.4 } },
  { label: 'attention', program: lowerSample('attention.pit'), dims: { H: 2, S: 40 }, density: { mask: 0.3 } },
  { label: 'conv2d', program: lowerSample('conv2d.pit'), dims: { N: 2, C: 5, K: 4, H: 7, W: 6 }, density: { x: 0.5 } },
  { label: 'dynamic-seqlen', program: lowerSample('dynamic-seqlen.pit'), dims: { B: 3, S: 10, D: 12, F: 20 }, density: { valid: 0.6 } },
];

describe('GEMM tasks decoded from the index equal the wasm task lists', () => {
  for (const c of CASES) {
    it(c.label, () => {
      const graph = c.program.graph;
      const inputs = assembleInputs(graph, { files: new Map(), random: 3, dims: new Map(Object.entries(c.dims)), density: new Map(Object.entries(c.density ?? {})), microTile: new Map() }, '.');
      const values = evaluateGraph(graph, inputs.values, inputs.dims);
      const loops = lowerToLoops(c.program, inputs.dims);
      let checked = 0;
      for (const [i, kernel] of c.program.kernels.entries()) {
        const expr = kernel.expr;
        const contraction = findContraction(expr, (t) => values.get(t)?.dtype === 'f32');
        if ('reason' in contraction) continue;
        const extents = new Map([...expr.spatial, ...expr.reduce].map((a) => [a.name, evalDim(a.extent, inputs.dims) as number]));
        const dense = denseTasks(contraction, extents).map((t) => ({ loop: t.loop, rows: [...t.rows], ks: [...t.ks], cols: [...t.cols] }));
        expect(decodedTasks(gemmGeometry(contraction, extents))).toEqual(dense);
        if (kernel.kind !== 'pit') continue;
        const source = values.get(kernel.index.source) as HostTensor;
        const tile = concreteTile(kernel.index.microTile, source.shape);
        const index = buildIndex(source, tile, kernel.index.gatherDim, kernel.index.fill);
        // the loop IR's PIT form, decoded on the device (cuda) and listed on the host (wasm)
        const pit = loops.ops[i]?.pit;
        if (!pit) throw new Error(`'${expr.output}' has no PIT loops at these dims`);
        const geo = gemmGeometry(contraction, extents, { loops: pit, index: indexGeometry(source.shape, kernel.index.microTile, kernel.index.gatherDim) });
        expect(geo.index?.microTile).toEqual(index.microTile);
        expect(geo.strips).toBe(index.stripCount);
        const wasm = pitTasks(pit, contraction, extents, index).map((t) => ({ loop: t.loop, rows: [...t.rows], ks: [...t.ks], cols: [...t.cols] }));
        expect(decodedTasks(geo, index)).toEqual(wasm);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
