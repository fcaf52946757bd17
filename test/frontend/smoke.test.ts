import { describe, expect, it } from 'vitest';
import { runFrontEnd } from '../../src/frontend/index.js';

describe('front end smoke', () => {
  it('checks the FFN', () => {
    const r = runFrontEnd('dim T\ninput x: f32[T, 4]\nweight w: f32[4, 2]\ny[t, j] = sum[k] x[t, k] * w[k, j]\n', 'a.pit');
    expect(r.diagnostics).toEqual([]);
    expect(r.graph?.ops.length).toBe(1);
  });
});
