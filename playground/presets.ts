/**
 * What the page starts each sample with: sizes small enough for a browser (gpu.js on WebGL2 may
 * run on a software rasterizer), and the zero patterns of the sample's "run it" command, so that
 * every sample shows PIT skipping micro-tiles (but softmax and layernorm, which show that nothing
 * can be skipped there). `pitc run` with the same flags counts the same micro-tiles. Keys are the
 * samples' file names, ONNX models included.
 */
export interface Preset {
  readonly dims: Readonly<Record<string, number>>;
  readonly density: Readonly<Record<string, number>>;
  readonly microTile: Readonly<Record<string, string>>;
}

export const PRESETS: Readonly<Record<string, Preset>> = {
  'matmul.pit': { dims: { M: 256, K: 256, N: 128 }, density: { a: 0.1 }, microTile: { a: '32x1' } },
  'ffn-relu.pit': { dims: { T: 32, D: 64, F: 256 }, density: {}, microTile: { a: '1x1' } },
  'moe.pit': { dims: { T: 32, E: 4, D: 32, F: 64 }, density: { r: 0.25 }, microTile: {} },
  'moe-gate.pit': { dims: { T: 32, E: 8, D: 32, F: 64 }, density: {}, microTile: {} },
  'attention.pit': { dims: { H: 2, S: 64 }, density: { mask: 0.1 }, microTile: { mask: '32x1' } },
  'attention-longformer.pit': { dims: { H: 1, S: 256 }, density: { g: 0.02 }, microTile: {} },
  'softmax.pit': { dims: { T: 64, N: 256 }, density: { x: 0.1 }, microTile: {} },
  'layernorm.pit': { dims: { T: 64 }, density: { x: 0.1 }, microTile: {} },
  'conv2d.pit': { dims: { N: 1, C: 8, K: 8, H: 12, W: 12 }, density: { x: 0.3 }, microTile: { x: '1x1x12x12' } },
  'dynamic-seqlen.pit': { dims: { B: 2, S: 32, D: 64, F: 128 }, density: { valid: 0.6 }, microTile: {} },
  // an ONNX model runs with its own weights (fc1's bias turns three quarters of the neurons off)
  'opt-ffn.onnx': { dims: { batch: 2, seq: 32 }, density: {}, microTile: {} },
};

/** The `pitc run` flags of a preset: the page and the CLI make the same inputs from them. */
export function presetFlags(file: string, preset: Preset, seed = 1): string[] {
  return [
    'run',
    `samples/${file}`,
    '--random',
    String(seed),
    ...Object.entries(preset.dims).flatMap(([k, v]) => ['--dim', `${k}=${v}`]),
    ...Object.entries(preset.density).flatMap(([k, v]) => ['--density', `${k}=${v}`]),
    ...Object.entries(preset.microTile).flatMap(([k, v]) => ['--microtile', `${k}=${v}`]),
  ];
}
