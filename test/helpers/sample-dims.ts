/**
 * Small dims for every sample that are not tile multiples (so every kernel meets edge tiles and
 * partial strips), and micro-tiles for the dynamic inputs whose zero patterns come in blocks.
 */
export const SAMPLE_DIMS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'matmul.pit': { M: 37, K: 70, N: 45 },
  'ffn-relu.pit': { T: 33, D: 20, F: 67 },
  'moe.pit': { T: 29, E: 4, D: 18, F: 35 },
  'attention.pit': { H: 2, S: 40 },
  'attention-longformer.pit': { H: 2, S: 150 },
  'softmax.pit': { T: 9, N: 70 },
  'layernorm.pit': { T: 7 },
  'conv2d.pit': { N: 2, C: 5, K: 11, H: 9, W: 13 },
  'dynamic-seqlen.pit': { B: 3, S: 21, D: 17, F: 40 },
};

export const SAMPLE_TILES: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>> = {
  'matmul.pit': { a: [8, 1] },
  'moe.pit': { r: [1, 1] },
  'attention.pit': { mask: [4, 4] },
  'conv2d.pit': { x: [1, 2, 9, 13] },
};
