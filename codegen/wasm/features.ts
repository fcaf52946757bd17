/**
 * What the host's WebAssembly engine accepts. Relaxed SIMD (fused multiply-add) is used only
 * where `WebAssembly.validate` accepts it: Node 20 needs `--experimental-wasm-relaxed-simd`
 * (the pitc CLI turns it on), newer engines ship it.
 */
export interface HostFeatures {
  readonly simd: boolean;
  readonly relaxedSimd: boolean;
  readonly threads: boolean;
}

// (module (func (param v128 v128 v128) (result v128) local.get 0 local.get 1 local.get 2 f32x4.relaxed_madd))
const RELAXED_MADD = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 8, 1, 96, 3, 123, 123, 123, 1, 123, 3, 2, 1, 0, 10, 13, 1, 11, 0, 32, 0, 32, 1, 32, 2, 253, 133, 2, 11,
]);
// (module (func (result v128) v128.const i32x4 0 0 0 0))
const SIMD = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 22, 1, 20, 0, 253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 11]);

export function detectFeatures(): HostFeatures {
  const threads = typeof SharedArrayBuffer !== 'undefined' && typeof Atomics !== 'undefined';
  return { simd: safeValidate(SIMD), relaxedSimd: safeValidate(RELAXED_MADD), threads };
}

function safeValidate(bytes: Uint8Array<ArrayBuffer>): boolean {
  try {
    return WebAssembly.validate(bytes);
  } catch {
    return false;
  }
}
