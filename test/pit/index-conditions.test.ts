import { describe, expect, it } from 'vitest';
import { createNodePool } from '../../codegen/wasm/node-pool.js';
import { createWasmExecutor } from '../../codegen/wasm/executor.js';
import { detectFeatures } from '../../codegen/wasm/features.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { printTensorExpr } from '../../ir/expr/print.js';
import type { HostTensor } from '../../ir/tensor.js';
import { extractIndexConditions } from '../../rules/index-conditions.js';
import { guardsOf } from '../../src/api/compile.js';
import { analyse } from '../../src/pipeline.js';
import { createIndexService } from '../../src/runtime/index-service.js';
import { compilePit, makeInputs, runProgram } from '../helpers/pit-harness.js';
import { wasmMismatch } from '../wasm/wasm-harness.js';

/**
 * Conditions of index values (causal and sliding-window masks written inside a where) become
 * mask tensors of their own (rules/index-conditions.ts), so the rules have an index to build:
 * the written program's values are unchanged, the masked scores get a PIT rule, and executors
 * build the mask's index once per binding of the dims.
 */
const WINDOW = `dim H, S
input q: f32[H, S, 8]
input k: f32[H, S, 8]
input v: f32[H, S, 8]
s[h, i, j] = where(min(j <= i, i - j < 9), sum[d] q[h, i, d] * k[h, j, d], -inf)
mx[h, i] = max[j] s[h, i, j]
ex[h, i, j] = exp(s[h, i, j] - mx[h, i])
o[h, i, d] = (sum[j] ex[h, i, j] * v[h, j, d]) / sum[j] ex[h, i, j]
output o`;

describe('conditions of index values as mask tensors', () => {
  it('the sliding window becomes a mask op before the scores, and the scores a PIT form over its index', () => {
    const a = analyse(compilePit(WINDOW).graph);
    const mask = a.graph.ops.find((o) => o.expr.output === 's_mask');
    expect(mask && printTensorExpr(mask.expr)).toMatch(/^s_mask\[i: S, j: S\] = .*j <= i.*: bool$/);
    expect(a.graph.ops.map((o) => o.expr.output)).toEqual(['s_mask', 's', 'mx', 'ex', 'o']);
    const s = a.kernels.find((k) => k.expr.output === 's');
    expect(s?.kind === 'pit' && s.index.source === 's_mask' && s.index.dimsOnly).toBe(true);
    expect(a.facts.get('s_mask')?.dynamic && a.facts.get('s_mask')?.dimsOnly).toBe(true);
  });

  it('the values are those of the program as written (reference and wasm)', async () => {
    const c = compilePit(WINDOW);
    const a = analyse(c.graph);
    const program = { name: 'window', graph: a.graph, kernels: a.kernels, guards: guardsOf(a) };
    for (const S of [1, 23, 70]) {
      const dims = new Map([
        ['H', 2],
        ['S', S],
      ]);
      const inputs = makeInputs(c.graph, dims, { density: 'dense', seed: S });
      const written = evaluateGraph(c.graph, inputs, dims).get('o') as HostTensor;
      const ref = await runProgram(program, inputs, dims);
      expect(wasmMismatch(ref.values.get('o') as HostTensor, written), `ref, S=${S}`).toBeUndefined();
      const executor = createWasmExecutor(program, createIndexService(), { features: detectFeatures(), threads: 2, createPool: createNodePool, denseCrossover: 0.9, poison: true });
      try {
        const first = await executor.run(inputs, dims);
        const again = await executor.run(inputs, dims);
        expect(wasmMismatch(again.values.get('o') as HostTensor, written), `wasm, S=${S}`).toBeUndefined();
        expect(again.values.get('o')?.data).toEqual(first.values.get('o')?.data);
        // built by the first run, kept for the binding
        const sRecord = again.ops.find((o) => o.name === 's');
        if (sRecord?.detail?.['index'] !== undefined) expect(sRecord.detail['indexReused']).toBe(true);
      } finally {
        await executor.dispose();
      }
    }
  });

  it('leaves alone conditions that read tensors, have no 0 or -inf branch, or use no index', () => {
    const same = (text: string): void => {
      const g = compilePit(text).graph;
      expect(extractIndexConditions(g)).toBe(g);
    };
    same(`input x: f32[8, 8]\ninput m: bool[8, 8]\ny[i, j] = where(min(m[i, j], j <= i), x[i, j], 0)`);
    same(`input x: f32[8, 8]\ny[i, j] = where(j <= i, x[i, j], 2)`);
    same(`input x: f32[8, 8]\ny[i, j] = where(1 < 2, x[i, j], 0)`);
  });

  it('a condition inside a reduction becomes a mask over the axes it uses, with a fresh name', () => {
    const text = `input x: f32[6, 6]
input v: f32[6, 3]
input y_mask: f32[2]
y[i, d] = sum[j] where(j <= i, x[i, j], 0) * v[j, d]
output y`;
    const c = compilePit(text);
    const g = extractIndexConditions(c.graph);
    const mask = g.ops.find((o) => o.expr.output === 'y_mask2');
    expect(mask?.expr.spatial.map((a) => a.name)).toEqual(['i', 'j']);
    const dims = new Map<string, number>();
    const inputs = makeInputs(c.graph, dims, { density: 'dense', seed: 1 });
    expect(wasmMismatch(evaluateGraph(g, inputs, dims).get('y') as HostTensor, evaluateGraph(c.graph, inputs, dims).get('y') as HostTensor)).toBeUndefined();
  });
});
