/** A kernel with no argument at all, and outputs of rank 5 (leading axes decoded from thread z). */
export const INLINE_PROGRAMS: readonly { readonly name: string; readonly text: string }[] = [
  { name: 'a kernel without arguments', text: 'dim I = 3\ninput x : f32[I]\nc[] = 1.5 * 2 - 4\ny[i] = x[i] * c[] + i * where(i < 1, 1, 2)\noutput y\n' },
  {
    name: 'rank 5',
    text: 'dim A = 2, B = 3, C = 2, D = 3, E = 4\ninput x : f32[A, B, C, D, E]\nz[a, b, c, d, e] = x[a, b, c, d, e] * (a + 2 * b + 3 * c + 5 * d + 7 * e)\nw[b, c, d] = sum[a, e] z[a, b, c, d, e]\noutput z, w\n',
  },
];
