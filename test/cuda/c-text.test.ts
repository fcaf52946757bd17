import { describe, expect, it } from 'vitest';
import { floatLiteral } from '../../codegen/emit/c.js';
import { commentText, fileStem } from '../../codegen/cuda/c-text.js';

/** The literal's value as C would read it (finite literals only). */
function cValue(literal: string): number {
  const m = /^\(?(-?)([0-9.e+-]+)f\)?$/.exec(literal.replace('(-', '-').replace(')', ''));
  if (!m) throw new Error(`not a float literal: ${literal}`);
  return Math.fround(Number(`${m[1]}${m[2]}`));
}

describe('C text helpers', () => {
  it('float literals denote exactly the f32 value', () => {
    const bits = new Uint32Array(1);
    const f = new Float32Array(bits.buffer);
    let seed = 12345;
    const values = [0, 1, -1, 0.1, 1e-5, 3.4028234663852886e38, 1.401298464324817e-45, 1.1754943508222875e-38, 768, 16777217, -2.5e-7, 0.125];
    for (let i = 0; i < 2000; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      bits[0] = seed;
      if (Number.isFinite(f[0])) values.push(f[0] as number);
    }
    for (const v of values) expect(cValue(floatLiteral(v)), `${v} -> ${floatLiteral(v)}`).toBe(Math.fround(v));
    expect(floatLiteral(-0)).toBe('(-0.0f)');
    expect(floatLiteral(Infinity)).toBe('__uint_as_float(0x7f800000u)');
    expect(floatLiteral(-Infinity)).toBe('__uint_as_float(0xff800000u)');
    expect(floatLiteral(NaN)).toBe('__uint_as_float(0x7fc00000u)');
    expect(floatLiteral(-3)).toBe('(-3.0f)');
  });

  it('comment text cannot end a comment, splice a line or hold a trigraph', () => {
    const nasty = 'a*/b/*c\\\n??/ "x" \'y\' é\u0000\r\t';
    const text = commentText(nasty);
    expect(text).not.toMatch(/[*/\\?"'\r\n\t\u0000]/);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(commentText('x'.repeat(500)).length).toBe(80);
  });

  it('file stems are plain file names', () => {
    expect(fileStem('ffn-relu')).toBe('ffn-relu');
    expect(fileStem('a/b\\c d*e')).toBe('a_b_c_d_e');
    expect(fileStem('.hidden')).toBe('_hidden');
    expect(fileStem('')).toBe('program');
  });
});
