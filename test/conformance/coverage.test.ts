import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../ir/graph/graph.js';
import type { HostTensor } from '../../ir/tensor.js';
import { TARGET_IDS, TARGET_REGISTRY, targetEntry } from '../../src/targets/registry.js';
import { tensorOf } from '../helpers/compare.js';
import { compilePit } from '../helpers/pit-harness.js';
import { disagreement, TOLERANCE } from './agreement.js';
import { conformanceCases, SAMPLE_INPUTS } from './cases.js';
import { casesFor, KNOWN_BUGS } from './suite.js';
import { variantsOf } from './drivers.js';

/**
 * The suite itself: every registry target has its file, the case list holds what it promises,
 * and the comparison fails where it must (a comparison that cannot fail proves nothing).
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');

describe('the conformance suite covers', () => {
  it('every target of the registry, with the variants its capabilities imply', () => {
    for (const id of TARGET_IDS)
      expect(existsSync(join(HERE, `${id}.test.ts`)), `test/conformance/${id}.test.ts`).toBe(true);
    expect(variantsOf(targetEntry('wasm'))).toEqual([
      { threads: 1 },
      { threads: 2 },
      { threads: 2, exact: true },
    ]);
    expect(variantsOf(targetEntry('ref'))).toEqual([{}]);
  });

  it('every sample and every good fixture, at odd dims, on every input kind', () => {
    const ids = conformanceCases().map((c) => c.id);
    for (const f of readdirSync(join(ROOT, 'samples')).filter((x) => x.endsWith('.pit')))
      expect(ids).toContain(`sample ${f}`);
    for (const f of readdirSync(join(ROOT, 'test', 'fixtures', 'good')).filter(
      (x) => x.endsWith('.pit') && !x.startsWith('design-'),
    ))
      expect(ids).toContain(`construct ${f}`);
    const samples = conformanceCases().filter(
      (c) => c.family === 'sample' && !c.id.includes('hint'),
    );
    for (const c of samples)
      expect(c.inputs.map((i) => i.label)).toHaveLength(SAMPLE_INPUTS.length);
    expect(samples[0]?.inputs.map((i) => i.label)).toEqual([
      'density 0 (all absent)',
      'density 0.1',
      'density 0.5',
      'rows absent',
      'all zero',
      'dense',
    ]);
    // some dim of every sample is not a multiple of 2, 4 or 8 (edge tiles, partial strips)
    for (const c of samples)
      expect(
        [...c.dims.values()].some((n) => n % 2 === 1),
        c.id,
      ).toBe(true);
  });

  it('rule forms of every op kind and every write mode, on every target whose capabilities admit them', () => {
    const forms = conformanceCases().filter((c) => c.family === 'rule form');
    expect(forms.length).toBeGreaterThan(300);
    for (const kind of ['contraction', 'pointwise', 'reduction'] as const)
      expect(
        forms.some((c) => c.pitKinds.includes(kind)),
        kind,
      ).toBe(true);
    const writes = new Set(
      forms.flatMap((c) =>
        c.program.kernels.flatMap((k) => (k.kind === 'pit' ? [k.swrite.mode] : [])),
      ),
    );
    expect(writes.size).toBeGreaterThanOrEqual(3);
    for (const entry of TARGET_REGISTRY) {
      const mine = casesFor(entry).filter((c) => c.family === 'rule form').length;
      expect(mine, entry.id).toBeGreaterThan(entry.capabilities.device === 'cpu' ? 300 : 40);
    }
  });

  it('known bugs name cases that exist', () => {
    const ids = new Set(conformanceCases().map((c) => c.id));
    for (const b of KNOWN_BUGS) expect(ids.has(b.caseId), b.caseId).toBe(true);
  });
});

describe('the comparison', () => {
  const g: Graph = compilePit(
    'dim N = 3\ninput x : f32[N]\ninput k : i32[N]\ny[i] = x[i] * 2\nj[i] = k[i] + 1\noutput y, j\n',
  ).graph;
  const f = (v: number[]): HostTensor => tensorOf('f32', [3], v);
  const want = new Map([
    ['y', f([1, NaN, -Infinity])],
    ['j', tensorOf('i32', [3], [1, 2, 3])],
  ]);
  const got = (y: number[], j = [1, 2, 3]): Map<string, HostTensor> =>
    new Map([
      ['y', f(y)],
      ['j', tensorOf('i32', [3], j)],
    ]);
  const loose = TOLERANCE.tolerance;

  it('accepts NaN where the reference has NaN, and f32 rounding', () => {
    expect(disagreement(g, got([1.0001, NaN, -Infinity]), want, loose)).toBeUndefined();
  });
  it('never accepts NaN against a number, a number against NaN, or the other infinity', () => {
    expect(disagreement(g, got([NaN, NaN, -Infinity]), want, loose)).toMatch(/'y'/);
    expect(disagreement(g, got([1, 0, -Infinity]), want, loose)).toMatch(/'y'/);
    expect(disagreement(g, got([1, NaN, Infinity]), want, loose)).toMatch(/'y'/);
    expect(disagreement(g, got([1, NaN, 3e38]), want, loose)).toMatch(/'y'/);
  });
  it('takes i32 exactly, whatever the f32 tolerance', () => {
    expect(
      disagreement(g, got([1, NaN, -Infinity], [1, 2, 4]), want, { rtol: 1, floor: 1 }),
    ).toMatch(/'j'/);
  });
  it('scales with the declared numerics', () => {
    expect(disagreement(g, got([1.001, NaN, -Infinity]), want, loose)).toMatch(/'y'/);
    expect(
      disagreement(g, got([1.00005, NaN, -Infinity]), want, TOLERANCE['exact-option']),
    ).toMatch(/'y'/);
    expect(disagreement(g, got([1.00005, NaN, -Infinity]), want, loose)).toBeUndefined();
  });
  it('wants every output', () => {
    expect(disagreement(g, new Map([['y', f([1, NaN, -Infinity])]]), want, loose)).toMatch(
      /output 'j' was not produced/,
    );
  });
});
