import { describe, expect, it } from 'vitest';
import { lowerToKernel } from '../../codegen/lower/to-kernel.js';
import { unreadUntouched } from '../../codegen/lower/untouched-cells.js';
import type { KernelIR } from '../../ir/kernel/kernel-ir.js';
import { printKernel } from '../../ir/kernel/print.js';
import { ruleWithMicroTile } from '../../rules/discover.js';
import { analyse } from '../../src/pipeline.js';
import { compilePit } from '../helpers/pit-harness.js';
import { sampleText } from '../wasm/wasm-harness.js';

/**
 * Which PIT outputs never need their untouched cells written (codegen/lower/untouched-cells.ts):
 * only tensors that are no program output and that every reader reads through the same index,
 * as its PIT operand, nowhere else. Each negative case breaks one condition.
 */
function unreadOf(text: string, hints?: Record<string, readonly number[]>): Set<string> {
  const a = analyse(compilePit(text).graph, hints ? { hints: new Map(Object.entries(hints)) } : {});
  const flagged = new Set(a.kernels.filter((k) => k.kind === 'pit' && k.swrite.untouchedUnread).map((k) => k.expr.output));
  expect(unreadUntouched(a.kernels, a.graph.outputs)).toEqual(flagged);
  return flagged;
}

const ATTENTION_HEAD = `dim S
input q: f32[S, 16]
input k: f32[S, 16]
input v: f32[S, 16]
input mask: bool[S, S] @dynamic
s[i, j] = where(mask[i, j], sum[d] q[i, d] * k[j, d], -inf)
mx[i] = max[j] s[i, j]
ex[i, j] = exp(s[i, j] - mx[i])
`;

describe('untouched cells no one reads', () => {
  it('attention: the masked scores and their exponentials are read only through the mask index', () => {
    expect(unreadOf(sampleText('attention.pit'))).toEqual(new Set(['s', 'ex']));
    const printed = analyse(compilePit(sampleText('attention.pit')).graph).kernels.map(printKernel).join('\n');
    expect(printed).toContain('swrite scatter ex, untouched = 0 (never read: may stay unwritten)');
  });

  it('a program output is always written whole', () => {
    expect(unreadOf(`${ATTENTION_HEAD}z[i] = sum[j] ex[i, j]\noutput z, ex`)).toEqual(new Set(['s']));
    expect(unreadOf(`${ATTENTION_HEAD}z[i] = sum[j] ex[i, j]\noutput z, s, ex`)).toEqual(new Set());
  });

  it('a reader that reads it densely, or also outside the skipped reduction, needs it written', () => {
    // y = ex / z has no rule (0 / z is not known to be 0): a dense reader
    expect(unreadOf(`${ATTENTION_HEAD}z[i] = sum[j] ex[i, j]\ny[i, j] = ex[i, j] / z[i]\noutput y`)).toEqual(new Set(['s']));
    // the normaliser inside the same op: the second sum reads ex everywhere
    expect(unreadOf(`${ATTENTION_HEAD}o[i, d] = (sum[j] ex[i, j] * v[j, d]) / (sum[j] ex[i, j])\noutput o`)).toEqual(new Set(['s']));
    // read at another place (a shifted column): not through the index
    expect(unreadOf(`${ATTENTION_HEAD}t[i, j] = ex[i, j] + ex[i, 0]\noutput t`).has('ex')).toBe(false);
  });

  it('a reader over another index (another micro-tile) needs it written', () => {
    const c = compilePit(`${ATTENTION_HEAD}z[i] = sum[j] ex[i, j]\noutput z`);
    const a = analyse(c.graph);
    const rules = new Map(a.rules.map((r) => [r.op, r.rules]));
    const kernels: KernelIR[] = c.graph.ops.map((op) => {
      const rule = rules.get(op.expr.output)?.find((r) => r.axis === 'j');
      if (!rule) return { kind: 'dense', expr: op.expr };
      // z reads ex through 16x1 micro-tiles, the others through 32x1
      const tile = op.expr.output === 'z' ? ruleWithMicroTile(op.expr, a.facts, rule, [16, 1]) : ruleWithMicroTile(op.expr, a.facts, rule, [32, 1]);
      return lowerToKernel(op.expr, { op: op.expr.output, mode: 'pit', rule: tile, reason: 'test' }, a.facts).kernel;
    });
    expect(unreadUntouched(kernels, c.graph.outputs)).toEqual(new Set(['s']));
    // and with every reader on the same index, ex qualifies
    const same = kernels.map((k) => (k.expr.output === 'z' ? lowerToKernel(k.expr, { op: 'z', mode: 'pit', rule: ruleWithMicroTile(k.expr, a.facts, rules.get('z')?.find((r) => r.axis === 'j') as never, [32, 1]), reason: 'test' }, a.facts).kernel : k));
    expect(unreadUntouched(same, c.graph.outputs)).toEqual(new Set(['s', 'ex']));
  });

  it('a target that runs a reader densely must keep the fill (runsPit)', () => {
    const a = analyse(compilePit(sampleText('attention.pit')).graph);
    expect(unreadUntouched(a.kernels, a.graph.outputs, (k) => k.expr.output !== 'ex')).toEqual(new Set(['ex']));
    expect(unreadUntouched(a.kernels, a.graph.outputs, () => false)).toEqual(new Set());
  });
});
