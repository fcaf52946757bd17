import { describe, expect, it } from 'vitest';
import type { HostTensor } from '../../ir/tensor.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { analyse } from '../../src/pipeline.js';
import { applyDensity } from '../../src/runtime/density.js';
import { randomTensor } from '../../src/runtime/random.js';
import { canonicalOp, fromCanonChoice, toCanonChoice } from '../../src/tune/canonical-op.js';
import { dataSignature, densityBucket } from '../../src/tune/signature.js';

function canonical(text: string, op: string) {
  const graph = runFrontEnd(text).graph;
  if (!graph) throw new Error('does not compile');
  const analysis = analyse(graph);
  const node = graph.ops.find((o) => o.expr.output === op);
  if (!node) throw new Error(`no op ${op}`);
  return canonicalOp(node.expr, graph, analysis.facts, analysis.rules.find((r) => r.op === op));
}

const MM = 'dim M, K, N\ninput a : f32[M, K] @dynamic\ninput b : f32[K, N]\nc[m, n] = sum[k] a[m, k] * b[k, n]\noutput c\n';
const RENAMED = 'dim T, D, F\ninput w : f32[D, F]\ninput x : f32[T, D] @dynamic\ny[t, f] = sum[d] x[t, d] * w[d, f]\noutput y\n';

describe('canonical ops', () => {
  it('equal ops in different programs (other names, other order of declarations) share a hash', () => {
    const a = canonical(MM, 'c');
    const b = canonical(RENAMED, 'y');
    expect(a.text).toBe(b.text);
    expect(a.hash).toBe(b.hash);
    expect(a.text.split('\n')[0]).toBe('out[s0, s1] = (sum[r0] (t0[s0, r0] * t1[r0, s1])) : f32');
    expect(a.text).toContain('t0: f32 rank 2 dynamic(fill 0)');
  });

  it('a different op, or the same op with another operand dynamic, hashes differently', () => {
    const base = canonical(MM, 'c').hash;
    expect(canonical(MM.replace('a[m, k] * b[k, n]', 'b[k, n] * a[m, k]'), 'c').hash).not.toBe(base);
    expect(canonical(MM.replace('@dynamic', ''), 'c').hash).not.toBe(base);
    expect(canonical(MM.replace('sum[k]', 'max[k]'), 'c').hash).not.toBe(base);
  });

  it('plan choices travel in canonical names and come back in the other program’s names', () => {
    const a = canonical(MM, 'c');
    const b = canonical(RENAMED, 'y');
    const canon = toCanonChoice({ mode: 'pit', operand: 'a', axis: 'k', microTile: [8, 1] }, a);
    expect(canon).toEqual({ mode: 'pit', operand: 't0', axis: 'r0', microTile: [8, 1] });
    expect(fromCanonChoice(canon, b)).toEqual({ mode: 'pit', operand: 'x', axis: 'd', microTile: [8, 1] });
    expect(fromCanonChoice({ mode: 'pit', operand: 't9', axis: 'r0' }, b)).toBeUndefined();
  });
});

describe('data signatures', () => {
  const base = randomTensor('f32', [256, 256], 3, 'x');
  const at = (d: number, tile: number[]): HostTensor => applyDensity(base, d, tile, 5, tile.join('x'));

  it('buckets densities in quarter decades, the benchmark grid densities away from the edges', () => {
    expect(densityBucket(1)).toBe(0);
    expect(densityBucket(0.5)).toBe(-1);
    for (const d of [0.5, 0.1, 0.05, 0.01]) expect(densityBucket(d * 0.93)).toBe(densityBucket(d * 1.07));
    expect(densityBucket(0.05)).toBe(densityBucket(0.055));
    expect(densityBucket(0.05)).not.toBe(densityBucket(0.1));
    expect(densityBucket(0)).toBeNull();
  });

  it('tells 32x1, 1x64 and scattered zero patterns apart', () => {
    expect(dataSignature(at(0.05, [32, 1])).granularity).toBe('0.4');
    expect(dataSignature(at(0.05, [1, 64])).granularity).toBe('4.0');
    expect(dataSignature(at(0.05, [1, 1])).granularity).toBe('4.4');
    expect(dataSignature(at(0.05, [32, 64])).granularity).toBe('0.0');
    expect(dataSignature(base)).toEqual({ density: 1, bucket: 0, granularity: '0.0' });
  });
});
