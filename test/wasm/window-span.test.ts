import { describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { unspannedWindow } from '../../ir/kernel/window-span.js';
import type { HostTensor } from '../../ir/tensor.js';
import { mulberry32, randomTensor } from '../helpers/compare.js';
import { boundMismatch, f32ErrorBounds } from '../helpers/f32-error-bound.js';
import { compilePit, shapeOf } from '../helpers/pit-harness.js';
import { planned, runWasm } from './wasm-harness.js';

/**
 * A PIT form whose operand is indexed by a window (`x[n, c, y + r, x + s]`) holds only when each
 * window dimension lies in one micro-tile. With a hint that cuts those dimensions, wasm runs the
 * op densely, says why in its record, and agrees with the reference (it ran the PIT form and gave
 * wrong values before; the conformance suite found it).
 */
const CONV = `dim N, C, K, H, W
input  x : f32[N, C, H, W] @dynamic
input  w : f32[K, C, 3, 3]
y[n, k, oy, ox] = sum[c, r, s] x[n, c, oy + r, ox + s] * w[k, c, r, s]
output y`;

describe('window dimensions inside a partial micro-tile', () => {
  const compiled = compilePit(CONV);
  const dims = new Map(Object.entries({ N: 2, C: 5, K: 3, H: 6, W: 7 }));

  for (const [hint, spans] of [
    [[2, 2, 2, 2], false],
    [[1, 1, 8, 9], true],
  ] as const) {
    it(`x in ${hint.join('x')} micro-tiles: ${spans ? 'the PIT form' : 'densely, with why'}`, async () => {
      const program = planned(compiled, 'conv', new Map([['x', hint]]));
      const kernel = program.kernels.find((k) => k.expr.output === 'y');
      expect(kernel?.kind).toBe('pit');
      if (kernel?.kind !== 'pit') return;
      const why = unspannedWindow(kernel, shapeOf(compiled.graph, 'x', dims));
      expect(why === undefined).toBe(spans);
      const rng = mulberry32(7);
      const x = randomTensor(rng, 'f32', shapeOf(compiled.graph, 'x', dims), { min: -1, max: 1 });
      (x.data as Float32Array).forEach((_, i, a) => {
        if (rng() < 0.6) a[i] = 0;
      });
      const inputs = new Map<string, HostTensor>([
        ['x', x],
        ['w', randomTensor(rng, 'f32', shapeOf(compiled.graph, 'w', dims), { min: -1, max: 1 })],
      ]);
      const ref = evaluateGraph(compiled.graph, inputs, dims);
      const bounds = f32ErrorBounds(compiled.graph, ref, dims);
      for (const threads of [1, 2]) {
        const run = await runWasm(program, inputs, dims, { threads });
        const record = run.ops.find((o) => o.name === 'y');
        if (spans) expect(record?.detail?.['note']).toBeUndefined();
        else {
          expect(record?.detail?.['mode']).toBe('dense');
          expect(String(record?.detail?.['note'])).toMatch(
            /is a window; its micro-tile extent 2 must span all/,
          );
        }
        const m = boundMismatch(
          run.values.get('y') as HostTensor,
          ref.get('y') as HostTensor,
          bounds.get('y') as Float64Array,
        );
        expect(m, `${threads} thread(s)`).toBeUndefined();
      }
    });
  }
});
