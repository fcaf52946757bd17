import { describe, expect, it } from 'vitest';
import { firstNonBool } from '../../src/runtime/tensor-check.js';

/**
 * The bool check every run makes reads aligned words four bytes at a time: a byte above 1 must be
 * found wherever it lies (the unaligned head, any lane of a word, the tail), at every alignment of
 * the view, and its first position reported.
 */
describe('firstNonBool', () => {
  it('finds the first byte above 1 at every position and alignment, and passes 0/1 data', () => {
    const backing = new Uint8Array(64);
    for (let offset = 0; offset < 5; offset++) {
      for (let length = 0; length <= 23; length++) {
        backing.fill(0);
        const view = new Uint8Array(backing.buffer, offset, length);
        for (let i = 0; i < length; i++) view[i] = (i * 7 + offset) % 2;
        // bytes around the view are not its business
        if (offset > 0) backing[offset - 1] = 9;
        backing[offset + length] = 9;
        expect(firstNonBool(view), `offset ${offset}, length ${length}, 0/1 data`).toBe(-1);
        for (let at = 0; at < length; at++) {
          for (const value of [2, 128, 255]) {
            const saved = view[at] as number;
            view[at] = value;
            if (at + 3 < length) view[at + 3] = 3; // a later one is not the first
            expect(firstNonBool(view), `offset ${offset}, length ${length}, ${value} at ${at}`).toBe(at);
            view[at] = saved;
            if (at + 3 < length) view[at + 3] = (((at + 3) * 7 + offset) % 2);
          }
        }
      }
    }
  });
});
