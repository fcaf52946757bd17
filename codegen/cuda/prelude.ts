/**
 * Fixed text of every translation unit: includes, the launch macro, scalar helpers with the
 * reference's semantics (NaN-propagating max/min, relu of NaN is NaN, the tanh form of GELU,
 * JavaScript's ToInt32 for i32 stores), and the shape-independent kernels (fills, the finite
 * check of guards, the scan and compactions of the index build).
 */

/** Threads per block of every kernel but the scan. */
export const BLOCK = 256;
/** Threads of the single-block scan over strip counts. */
export const SCAN_BLOCK = 1024;

/** The kernels the fixed text defines (fills and guard check always; the index part with indexes). */
export const PRELUDE_KERNELS = {
  fills: ['pit_fill_f32', 'pit_fill_i32', 'pit_fill_u8', 'pit_check_finite'],
  index: ['pit_scan_counts', 'pit_compact_ordered', 'pit_compact_unordered'],
} as const;

export const PRELUDE_INCLUDES = `#ifdef PIT_EMULATE
#include "pit_cuda_emulate.h"
#else
#include <cuda_runtime.h>
#endif
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

/* Kernel launches go through one macro, so a test build can run them on the CPU. */
#ifndef PIT_LAUNCH
#define PIT_LAUNCH(kernel, grid, block, shared, stream, ...) kernel<<<grid, block, shared, stream>>>(__VA_ARGS__)
#endif

/* Every CUDA runtime call of the host harness is checked; a failure exits with status 3. */
#define PIT_CHECK(call)                                                                         \\
  do {                                                                                          \\
    const cudaError_t pit_err_ = (call);                                                        \\
    if (pit_err_ != cudaSuccess) {                                                              \\
      std::fprintf(stderr, "pitc-cuda: CUDA error %s at line %d\\n", cudaGetErrorString(pit_err_), __LINE__); \\
      std::exit(3);                                                                             \\
    }                                                                                           \\
  } while (0)
`;

export const PRELUDE_HELPERS = `
/* ---- scalar helpers: the reference interpreter's semantics, in float ---- */
__device__ __forceinline__ float pit_relu(float x) { return x < 0.0f ? 0.0f : x; }
__device__ __forceinline__ float pit_sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }
__device__ __forceinline__ float pit_gelu(float x) {
  return 0.5f * x * (1.0f + tanhf(0.797884561f * (x + 0.044715f * x * x * x)));
}
__device__ __forceinline__ float pit_max(float a, float b) {
  return (a != a || b != b) ? __uint_as_float(0x7fc00000u) : fmaxf(a, b);
}
__device__ __forceinline__ float pit_min(float a, float b) {
  return (a != a || b != b) ? __uint_as_float(0x7fc00000u) : fminf(a, b);
}
/* JavaScript ToInt32 (what an Int32Array store does): NaN and infinities give 0, else wrap. */
__device__ __forceinline__ int pit_to_i32(float v) {
  if (!isfinite(v)) return 0;
  const long long w = static_cast<long long>(fmodf(truncf(v), 4294967296.0f));
  return static_cast<int>(static_cast<unsigned int>(w));
}
__device__ __forceinline__ unsigned char pit_to_bool(float v) { return v != 0.0f ? 1 : 0; }
/* The same in double, for ops whose i32 values may pass 2^24 (computed as the reference does). */
__device__ __forceinline__ double pit_relu(double x) { return x < 0.0 ? 0.0 : x; }
__device__ __forceinline__ double pit_sigmoid(double x) { return 1.0 / (1.0 + exp(-x)); }
__device__ __forceinline__ double pit_gelu(double x) {
  return 0.5 * x * (1.0 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
}
__device__ __forceinline__ double pit_max(double a, double b) { return (a != a || b != b) ? a + b : fmax(a, b); }
__device__ __forceinline__ double pit_min(double a, double b) { return (a != a || b != b) ? a + b : fmin(a, b); }
/* ToInt32 in double: truncate, then t - 2^32 floor(t / 2^32) is exact and in [0, 2^32). */
__device__ __forceinline__ int pit_to_i32(double v) {
  if (!isfinite(v)) return 0;
  const double t = trunc(v);
  const double m = t - 4294967296.0 * floor(t / 4294967296.0);
  return static_cast<int>(static_cast<unsigned int>(m));
}
__device__ __forceinline__ unsigned char pit_to_bool(double v) { return v != 0.0 ? 1 : 0; }
`;

export const PRELUDE_FILLS = `
/* ---- fills (SWrite's untouched value) and the finite check of guards ---- */
__global__ void __launch_bounds__(${BLOCK}) pit_fill_f32(float* __restrict__ p, long long n, float v) {
  for (long long i = static_cast<long long>(blockIdx.x) * ${BLOCK} + threadIdx.x; i < n; i += static_cast<long long>(gridDim.x) * ${BLOCK}) p[i] = v;
}
__global__ void __launch_bounds__(${BLOCK}) pit_fill_i32(int* __restrict__ p, long long n, int v) {
  for (long long i = static_cast<long long>(blockIdx.x) * ${BLOCK} + threadIdx.x; i < n; i += static_cast<long long>(gridDim.x) * ${BLOCK}) p[i] = v;
}
__global__ void __launch_bounds__(${BLOCK}) pit_fill_u8(unsigned char* __restrict__ p, long long n, int v) {
  for (long long i = static_cast<long long>(blockIdx.x) * ${BLOCK} + threadIdx.x; i < n; i += static_cast<long long>(gridDim.x) * ${BLOCK}) p[i] = static_cast<unsigned char>(v);
}
__global__ void __launch_bounds__(${BLOCK}) pit_check_finite(const float* __restrict__ p, long long n, int* __restrict__ flag) {
  for (long long i = static_cast<long long>(blockIdx.x) * ${BLOCK} + threadIdx.x; i < n; i += static_cast<long long>(gridDim.x) * ${BLOCK}) {
    if (!isfinite(p[i])) *flag = 1;
  }
}
`;

/**
 * Index build, shape-independent part. After the per-index flags kernel has written one
 * presence flag per micro-tile (strip-major) and counted listed tiles per strip, the scan turns
 * counts into strip pointers; then either the ordered compaction (one block per strip, a
 * ballot prefix sum: coordinates ascending, bit-reproducible runs) or the order-free one (slots
 * claimed with atomics, as the PIT artifact does) writes the coordinates and each slot's strip.
 */
export const PRELUDE_INDEX = `
/* ---- index build: counts -> strip pointers -> coordinates ---- */
__global__ void __launch_bounds__(${SCAN_BLOCK}) pit_scan_counts(const int* __restrict__ counts, int* __restrict__ ptr, int n) {
  __shared__ int warpSums[${SCAN_BLOCK / 32}];
  const int lane = threadIdx.x & 31;
  const int warp = threadIdx.x >> 5;
  int carry = 0;
  if (threadIdx.x == 0) ptr[0] = 0;
  for (int i0 = 0; i0 < n; i0 += ${SCAN_BLOCK}) {
    const int i = i0 + static_cast<int>(threadIdx.x);
    int v = i < n ? counts[i] : 0;
    for (int d = 1; d < 32; d <<= 1) {
      const int y = __shfl_up_sync(0xffffffffu, v, d);
      if (lane >= d) v += y;
    }
    if (lane == 31) warpSums[warp] = v;
    __syncthreads();
    int before = carry;
    int total = 0;
    for (int w = 0; w < ${SCAN_BLOCK / 32}; ++w) {
      if (w < warp) before += warpSums[w];
      total += warpSums[w];
    }
    if (i < n) ptr[i + 1] = before + v;
    carry += total;
    __syncthreads();
  }
}

__global__ void __launch_bounds__(${BLOCK}) pit_compact_ordered(const unsigned char* __restrict__ flags, const int* __restrict__ ptr,
    int* __restrict__ coords, int* __restrict__ stripOf, int gatherTiles) {
  __shared__ int warpCounts[${BLOCK / 32}];
  const int s = static_cast<int>(blockIdx.x);
  const int lane = threadIdx.x & 31;
  const int warp = threadIdx.x >> 5;
  const unsigned char* row = flags + static_cast<long long>(s) * gatherTiles;
  int carry = ptr[s];
  for (int g0 = 0; g0 < gatherTiles; g0 += ${BLOCK}) {
    const int g = g0 + static_cast<int>(threadIdx.x);
    const int f = g < gatherTiles ? row[g] : 0;
    const unsigned ballot = __ballot_sync(0xffffffffu, f != 0);
    if (lane == 0) warpCounts[warp] = __popc(ballot);
    __syncthreads();
    int at = carry + __popc(ballot & ((1u << lane) - 1u));
    int total = 0;
    for (int w = 0; w < ${BLOCK / 32}; ++w) {
      if (w < warp) at += warpCounts[w];
      total += warpCounts[w];
    }
    if (f != 0) {
      coords[at] = g;
      stripOf[at] = s;
    }
    carry += total;
    __syncthreads();
  }
}

__global__ void __launch_bounds__(${BLOCK}) pit_compact_unordered(const unsigned char* __restrict__ flags, const int* __restrict__ ptr,
    int* __restrict__ cursor, int* __restrict__ coords, int* __restrict__ stripOf, long long tiles, int gatherTiles) {
  for (long long t = static_cast<long long>(blockIdx.x) * ${BLOCK} + threadIdx.x; t < tiles; t += static_cast<long long>(gridDim.x) * ${BLOCK}) {
    if (flags[t] == 0) continue;
    const int s = static_cast<int>(t / gatherTiles);
    const int at = ptr[s] + atomicAdd(&cursor[s], 1);
    coords[at] = static_cast<int>(t % gatherTiles);
    stripOf[at] = s;
  }
}
`;
