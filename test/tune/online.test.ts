import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { PitcError } from '../../src/api/errors.js';
import { compareTensors } from '../../src/runtime/compare.js';
import { OnlineChooser, OnlineProgram, variantsFromRecords, type OnlineVariant } from '../../src/tune/online.js';
import { MATMUL, matmulInputs } from './program-data.js';
import { sampleRecord } from './records.js';

const SPARSE: OnlineVariant = { id: 'sparse', label: 'k 8x1', plan: 't0/r0/8x1', observed: { 't0/r0/8x1': 0.05, 't0/r0/32x1': 0.2 }, watches: 't0/r0/8x1' };
const MID: OnlineVariant = { id: 'mid', label: 'k 32x1', plan: 't0/r0/32x1', observed: { 't0/r0/8x1': 0.3, 't0/r0/32x1': 0.6 }, watches: 't0/r0/32x1' };
const DENSE: OnlineVariant = { id: 'dense', label: 'dense', plan: 'dense', observed: { 't0/r0/8x1': 0.9, 't0/r0/32x1': 1 }, watches: 't0/r0/32x1' };

/** Feeds densities one call at a time; returns the variant that ran each call. */
function drive(chooser: OnlineChooser, densities: readonly number[]): string[] {
  return densities.map((d) => {
    const ran = chooser.current.id;
    chooser.observe(d);
    return ran;
  });
}

describe('online choice with hysteresis', () => {
  it('stays while the density stays near its variant', () => {
    const c = new OnlineChooser([SPARSE, MID, DENSE]);
    expect(drive(c, [0.05, 0.06, 0.04, 0.05])).toEqual(['sparse', 'sparse', 'sparse', 'sparse']);
  });

  it('switches only after the density has moved for `calls` calls in a row', () => {
    const c = new OnlineChooser([SPARSE, MID, DENSE], { calls: 3, margin: 0.5, jump: 3 });
    // one outlier, back, then three in a row; the fourth call runs the new variant
    expect(drive(c, [0.3, 0.05, 0.3, 0.3, 0.3, 0.6])).toEqual(['sparse', 'sparse', 'sparse', 'sparse', 'sparse', 'mid']);
  });

  it('does not flip every call when the density hovers at a boundary', () => {
    const c = new OnlineChooser([SPARSE, MID, DENSE]);
    const ran = drive(c, Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 0.12 : 0.2)));
    expect(new Set(ran)).toEqual(new Set(['sparse']));
  });

  it('jumps at once for a large change', () => {
    const c = new OnlineChooser([SPARSE, MID, DENSE]);
    expect(c.observe(0.9)).toMatchObject({ switched: true, next: { id: 'dense' } });
    // now observed at the dense variant's watched tile (32x1)
    expect(c.observe(1)).toMatchObject({ switched: false, next: { id: 'dense' } });
    // back to sparse data: 2.3 octaves is less than a jump, so it takes three calls
    expect(drive(c, [0.2, 0.2, 0.2])).toEqual(['dense', 'dense', 'dense']);
    expect(c.current.id).toBe('sparse');
  });

  it('builds variants from winner records; a dense one watches a PIT index', () => {
    const v = variantsFromRecords([
      sampleRecord('p', { kind: 'winner', config: { plan: { mode: 'pit', operand: 't0', axis: 'r0', microTile: [8, 1] }, knobs: {} }, observed: { 't0/r0/8x1': 0.05 } }),
      sampleRecord('d', { kind: 'winner', config: { plan: { mode: 'dense' }, knobs: {} }, observed: { 't0/r0/8x1': 0.95 } }),
    ]);
    expect(v.map((x) => [x.id, x.plan, x.watches])).toEqual([
      ['p', 't0/r0/8x1', 't0/r0/8x1'],
      ['d', 'dense', 't0/r0/8x1'],
    ]);
  });
});

describe('OnlineProgram', () => {
  it('runs the variant the chooser picks from the index density of each call, with correct results', async () => {
    const records = [
      sampleRecord('pit', { kind: 'winner', config: { plan: { mode: 'pit', operand: 't0', axis: 'r0', microTile: [8, 1] }, knobs: { kc: 256, mc: 64, nc: 512, threads: 1 } }, observed: { 't0/r0/8x1': 0.05 } }),
      sampleRecord('dense', { kind: 'winner', config: { plan: { mode: 'dense' }, knobs: { kc: 256, mc: 64, nc: 512, threads: 1 } }, observed: { 't0/r0/8x1': 1 } }),
    ];
    const program = OnlineProgram.create(MATMUL, { target: 'wasm', threads: 1 }, 'c', records, { calls: 2, margin: 0.5, jump: 3 });
    const sparse = matmulInputs(64, 64, 48, 0.05, [8, 1]);
    const dense = matmulInputs(64, 64, 48, 1, [8, 1]);
    const graph = runFrontEnd(MATMUL).graph;
    const ran: string[] = [];
    const modes: string[] = [];
    try {
      for (const data of [sparse, sparse, dense, dense, dense, sparse, sparse]) {
        const report = await program.execute(data.inputs, { dims: data.dims });
        ran.push(report.variant);
        modes.push(String(report.ops[0]?.detail?.['mode']));
        const expected = evaluateGraph(graph!, data.inputs, data.dims).get('c') as HostTensor;
        expect(compareTensors(report.outputs.get('c') as HostTensor, expected).ok).toBe(true);
      }
    } finally {
      await program.dispose();
    }
    // the jump from 0.05 to 1 is over 4 octaves: the next call switches at once, and back again
    expect(ran).toEqual(['pit', 'pit', 'pit', 'dense', 'dense', 'dense', 'pit']);
    expect(modes[3]).toMatch(/^dense/);
    expect(modes[0]).toBe('pit');
  });

  it('overlapping calls decide and compute exactly as sequential ones; calls after dispose() reject with PIT6020', async () => {
    const records = [
      sampleRecord('pit', { kind: 'winner', config: { plan: { mode: 'pit', operand: 't0', axis: 'r0', microTile: [8, 1] }, knobs: { kc: 256, mc: 64, nc: 512, threads: 1 } }, observed: { 't0/r0/8x1': 0.05 } }),
      sampleRecord('dense', { kind: 'winner', config: { plan: { mode: 'dense' }, knobs: { kc: 256, mc: 64, nc: 512, threads: 1 } }, observed: { 't0/r0/8x1': 1 } }),
    ];
    const hysteresis = { calls: 2, margin: 0.5, jump: 3 };
    const sequence = [0.05, 0.05, 1, 1, 1, 0.05, 0.05, 1].map((d, i) => matmulInputs(64, 64, 48, d, [8, 1], i + 1));
    const sequential = OnlineProgram.create(MATMUL, { target: 'wasm', threads: 1 }, 'c', records, hysteresis);
    const overlapping = OnlineProgram.create(MATMUL, { target: 'wasm', threads: 1 }, 'c', records, hysteresis);
    try {
      const one: { variant: string; c: HostTensor }[] = [];
      for (const data of sequence) {
        const r = await sequential.execute(data.inputs, { dims: data.dims });
        one.push({ variant: r.variant, c: r.outputs.get('c') as HostTensor });
      }
      const all = await Promise.all(sequence.map((data) => overlapping.execute(data.inputs, { dims: data.dims })));
      expect(all.map((r) => r.variant)).toEqual(one.map((r) => r.variant));
      all.forEach((r, i) => expect(Array.from((r.outputs.get('c') as HostTensor).data), `call ${i}`).toEqual(Array.from(one[i]?.c.data ?? [])));
      expect(new Set(one.map((r) => r.variant)).size).toBe(2);
    } finally {
      await sequential.dispose();
      await overlapping.dispose();
    }
    const late = await overlapping.execute(sequence[0]!.inputs, { dims: sequence[0]!.dims }).then(
      () => undefined,
      (e: unknown) => e as PitcError,
    );
    expect(late).toBeInstanceOf(PitcError);
    expect(late?.diagnostics[0]?.code).toBe('PIT6020');
  });
});
