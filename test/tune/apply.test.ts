import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { compile } from '../../src/api/compile.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { analyse } from '../../src/pipeline.js';
import { compareTensors } from '../../src/runtime/compare.js';
import { compileTuned, resolveTuning, withTuning } from '../../src/tune/apply.js';
import type { TuningRecord } from '../../src/tune/record.js';
import { wasmTuner } from '../../src/tune/wasm-space.js';
import { describeWorkloads, operandSignatures, workloadKey } from '../../src/tune/workload.js';
import { PITC_VERSION } from '../../src/version.js';
import { MATMUL, matmulInputs } from './program-data.js';
import { sampleRecord } from './records.js';

const graph = runFrontEnd(MATMUL).graph!;

/** A winner record for the matmul on this data, as the tuner would key it. */
function winnerFor(data: ReturnType<typeof matmulInputs>, machine: string): TuningRecord {
  const [w] = describeWorkloads(graph, analyse(graph), data.dims, data.inputs);
  const key = workloadKey(w!, operandSignatures(w!), { target: 'wasm', options: wasmTuner.optionsKey(1), version: PITC_VERSION, machine });
  return sampleRecord('win-1', {
    kind: 'winner',
    key,
    opText: w!.canonical.text,
    label: 'a along m, 1x32; kc 128, mc 32, nc 256, threads 1',
    config: { plan: { mode: 'pit', operand: 't0', axis: 's0', microTile: [1, 32] }, knobs: { kc: 128, mc: 32, nc: 256, threads: 1 } },
    measurement: { medianMs: 0.5, minMs: 0.4, maxMs: 0.6, runs: 5 },
    baselineMs: 1.5,
  });
}

describe('using tuning records', () => {
  const data = matmulInputs(64, 96, 40, 0.1, [1, 32]);
  const record = winnerFor(data, 'm');
  const request = { graph, target: 'wasm' as const, dims: data.dims, inputs: data.inputs, maxThreads: 1, records: [record], machine: 'm' };

  it('applies the record whose key matches exactly, in this program’s names', async () => {
    const r = await resolveTuning(request);
    expect(r.sources).toEqual([{ op: 'c', source: 'tuned', why: expect.stringMatching(/^record win-1: a along m, 1x32/), record }]);
    expect(r.options.plan.get('c')).toEqual({ mode: 'pit', operand: 'a', axis: 'm', microTile: [1, 32] });
    expect(r.options).toMatchObject({ blocking: { kc: 128, mc: 32, nc: 256 }, threads: 1 });
    const compiled = await compile(MATMUL, withTuning({ target: 'wasm', threads: 1 }, r.options));
    try {
      expect(compiled.program?.analysis.plan.ops[0]).toMatchObject({ mode: 'pit', rule: { axis: 'm', microTile: [1, 32] } });
      const out = await compiled.program!.run(data.inputs, { dims: data.dims });
      const expected = evaluateGraph(graph, data.inputs, data.dims).get('c') as HostTensor;
      expect(compareTensors(out['c'] as HostTensor, expected).ok).toBe(true);
    } finally {
      await compiled.program?.dispose();
    }
  });

  it('falls back to the cost model, saying why, for other data, shapes or machines', async () => {
    const denser = matmulInputs(64, 96, 40, 0.5, [1, 32]);
    const other = await resolveTuning({ ...request, inputs: denser.inputs });
    expect(other.sources[0]).toMatchObject({ source: 'cost model', why: expect.stringMatching(/records exist for other data \(t0 density .*\), none for this data/) });
    expect(other.options.plan.size).toBe(0);
    const bigger = matmulInputs(128, 96, 40, 0.1, [1, 32]);
    expect((await resolveTuning({ ...request, dims: bigger.dims, inputs: bigger.inputs })).sources[0]).toMatchObject({ source: 'cost model', why: 'no tuning record for this op at these shapes' });
    expect((await resolveTuning({ ...request, machine: 'another' })).sources[0]?.source).toBe('cost model');
    expect((await resolveTuning({ ...request, target: 'ref' })).sources[0]).toMatchObject({ source: 'cost model', why: 'ref is not tuned' });
  });

  it('compileTuned compiles with the records and reports the source per op', async () => {
    const { compiled, sources } = await compileTuned(MATMUL, { target: 'wasm', threads: 1 }, { dims: data.dims, inputs: data.inputs, maxThreads: 1, records: [record], machine: 'm' });
    try {
      expect(sources.map((s) => s.source)).toEqual(['tuned']);
      expect(compiled.program?.analysis.plan.ops[0]?.reason).toBe('chosen');
    } finally {
      await compiled.program?.dispose();
    }
  });
});
