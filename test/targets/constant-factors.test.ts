import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { findContraction } from '../../codegen/lower/contraction.js';
import type { HostTensor } from '../../ir/tensor.js';
import { compile } from '../../src/api/compile.js';
import { compareTensors } from '../helpers/compare.js';
import { compilePit, makeInputs } from '../helpers/pit-harness.js';

/**
 * A constant factor of a matmul is found however it is spelt (`-2` is negation of 2, `1 - 0.5`
 * a constant expression): the op stays a GEMM (wasm and CUDA share findContraction, which folds
 * constants with ir/expr/fold.ts) and computes what the reference computes.
 */

const SPELLINGS = ['2', '-2', '(1 - 0.5)', '-(3)', '0.5 * 4', '1 / 8'];

describe('constant factors inside a matmul', () => {
  for (const k of SPELLINGS) {
    const text = `dim M = 40, K = 50, N = 36\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[m, n] = sum[k] ${k} * a[m, k] * b[k, n]\noutput c\n`;
    it(`${k} · a · b is a contraction and runs as a GEMM on wasm`, async () => {
      const c = compilePit(text);
      const op = c.graph.ops[0];
      const found = op ? findContraction(op.expr, () => true) : { reason: 'no op' };
      expect('reason' in found ? found.reason : undefined).toBeUndefined();
      const { program, formatted } = await compile(text, { target: 'wasm', threads: 1 });
      if (!program) throw new Error(formatted);
      try {
        const dims = new Map([['M', 40], ['K', 50], ['N', 36]]);
        const inputs = makeInputs(c.graph, dims, { density: 0.4, seed: 3 });
        const report = await program.execute(inputs);
        expect(report.ops[0]?.detail?.['path']).toBe('gemm');
        const want = evaluateGraph(c.graph, inputs, dims).get('c') as HostTensor;
        let scale = 0;
        for (const v of want.data) scale = Math.max(scale, Math.abs(v));
        expect(compareTensors(report.outputs.get('c') as HostTensor, want, { rtol: 1e-5, atol: 1e-5 * scale })?.message).toBeUndefined();
      } finally {
        await program.dispose();
      }
    });
  }
});
