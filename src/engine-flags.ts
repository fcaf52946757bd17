import v8 from 'node:v8';

/**
 * V8 flags pitc's entry points (the CLI, the benchmarks) turn on before any WebAssembly is
 * compiled. Relaxed SIMD gives the GEMM a fused multiply-add; Node 20 ships it behind a flag
 * (newer engines enable it by default, and the wasm target feature-detects it either way).
 * Library users who want it start Node with `--experimental-wasm-relaxed-simd`.
 */
export function enableWasmFeatures(): void {
  v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
}
