/* pitc CUDA translation unit: program attention-longformer */
/* dims: H=12 S=1024 */
/* deterministic: ordered index, strips that accumulate run one launch each */
/* build: nvcc -O3 -std=c++17 -arch=sm_80 FILE.cu -o FILE; run: ./FILE --in DIR --out DIR [--repeat N] [--warmup N] */
#ifdef PIT_EMULATE
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
#define PIT_CHECK(call)                                                                         \
  do {                                                                                          \
    const cudaError_t pit_err_ = (call);                                                        \
    if (pit_err_ != cudaSuccess) {                                                              \
      std::fprintf(stderr, "pitc-cuda: CUDA error %s at line %d\n", cudaGetErrorString(pit_err_), __LINE__); \
      std::exit(3);                                                                             \
    }                                                                                           \
  } while (0)


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


/* ---- fills (SWrite's untouched value) and the finite check of guards ---- */
__global__ void __launch_bounds__(256) pit_fill_f32(float* __restrict__ p, long long n, float v) {
  for (long long i = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; i < n; i += static_cast<long long>(gridDim.x) * 256) p[i] = v;
}
__global__ void __launch_bounds__(256) pit_fill_i32(int* __restrict__ p, long long n, int v) {
  for (long long i = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; i < n; i += static_cast<long long>(gridDim.x) * 256) p[i] = v;
}
__global__ void __launch_bounds__(256) pit_fill_u8(unsigned char* __restrict__ p, long long n, int v) {
  for (long long i = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; i < n; i += static_cast<long long>(gridDim.x) * 256) p[i] = static_cast<unsigned char>(v);
}
__global__ void __launch_bounds__(256) pit_check_finite(const float* __restrict__ p, long long n, int* __restrict__ flag) {
  for (long long i = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; i < n; i += static_cast<long long>(gridDim.x) * 256) {
    if (!isfinite(p[i])) *flag = 1;
  }
}


/* ---- index build: counts -> strip pointers -> coordinates ---- */
__global__ void __launch_bounds__(1024) pit_scan_counts(const int* __restrict__ counts, int* __restrict__ ptr, int n) {
  __shared__ int warpSums[32];
  const int lane = threadIdx.x & 31;
  const int warp = threadIdx.x >> 5;
  int carry = 0;
  if (threadIdx.x == 0) ptr[0] = 0;
  for (int i0 = 0; i0 < n; i0 += 1024) {
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
    for (int w = 0; w < 32; ++w) {
      if (w < warp) before += warpSums[w];
      total += warpSums[w];
    }
    if (i < n) ptr[i + 1] = before + v;
    carry += total;
    __syncthreads();
  }
}

__global__ void __launch_bounds__(256) pit_compact_ordered(const unsigned char* __restrict__ flags, const int* __restrict__ ptr,
    int* __restrict__ coords, int* __restrict__ stripOf, int gatherTiles) {
  __shared__ int warpCounts[8];
  const int s = static_cast<int>(blockIdx.x);
  const int lane = threadIdx.x & 31;
  const int warp = threadIdx.x >> 5;
  const unsigned char* row = flags + static_cast<long long>(s) * gatherTiles;
  int carry = ptr[s];
  for (int g0 = 0; g0 < gatherTiles; g0 += 256) {
    const int g = g0 + static_cast<int>(threadIdx.x);
    const int f = g < gatherTiles ? row[g] : 0;
    const unsigned ballot = __ballot_sync(0xffffffffu, f != 0);
    if (lane == 0) warpCounts[warp] = __popc(ballot);
    __syncthreads();
    int at = carry + __popc(ballot & ((1u << lane) - 1u));
    int total = 0;
    for (int w = 0; w < 8; ++w) {
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

__global__ void __launch_bounds__(256) pit_compact_unordered(const unsigned char* __restrict__ flags, const int* __restrict__ ptr,
    int* __restrict__ cursor, int* __restrict__ coords, int* __restrict__ stripOf, long long tiles, int gatherTiles) {
  for (long long t = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; t < tiles; t += static_cast<long long>(gridDim.x) * 256) {
    if (flags[t] == 0) continue;
    const int s = static_cast<int>(t / gatherTiles);
    const int at = ptr[s] + atomicAdd(&cursor[s], 1);
    coords[at] = static_cast<int>(t % gatherTiles);
    stripOf[at] = s;
  }
}

/* ---- program kernels ---- */
__global__ void __launch_bounds__(256) k0_dense(unsigned char* __restrict__ out, const unsigned char* __restrict__ t0) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 1048576LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    out[w] = pit_to_bool(pit_max(pit_max(((fabsf((static_cast<float>(a0) - static_cast<float>(a1))) <= 64.0f) ? 1.0f : 0.0f), ((static_cast<float>(t0[a0]) != 0.0f) ? 1.0f : 0.0f)), ((static_cast<float>(t0[a1]) != 0.0f) ? 1.0f : 0.0f)));
  }
}

__global__ void __launch_bounds__(256) x0_flags(const unsigned char* __restrict__ src, unsigned char* __restrict__ flags, int* __restrict__ counts) {
  const int lane = threadIdx.x & 31;
  for (long long base = static_cast<long long>(blockIdx.x) * 256 + (threadIdx.x & ~31u); base < 32768LL; base += static_cast<long long>(gridDim.x) * 256) {
    const long long t = base + lane;
    int present = 0;
    int strip = -1;
    if (t < 32768LL) {
      const int s = static_cast<int>(t / 1024);
      const int g = static_cast<int>(t % 1024);
      int q = s;
      const int u0 = q;
      const int lo0 = u0 * 32;
      const int lo1 = g * 1;
      strip = s;
      for (int e0 = lo0; e0 < lo0 + 32 && present == 0; ++e0) {
        for (int e1 = lo1; e1 < lo1 + 1 && present == 0; ++e1) {
          present = (src[e0 * 1024 + e1] != 0) ? 1 : 0;
        }
      }
      flags[t] = static_cast<unsigned char>(present);
    }
    const unsigned same = __match_any_sync(0xffffffffu, strip);
    const unsigned hits = __ballot_sync(0xffffffffu, present != 0) & same;
    if (present != 0 && lane == __ffs(hits) - 1) atomicAdd(&counts[strip], __popc(hits));
  }
}

__global__ void __launch_bounds__(256) k1_gemm(float* __restrict__ c, const float* __restrict__ fa0, const float* __restrict__ fb0, const int* __restrict__ ptr, const int* __restrict__ crd) {
  __shared__ __align__(16) float sA[16][36];
  __shared__ __align__(16) float sB[16][68];
  __shared__ int sRowA0[32];
  __shared__ int sRowC[32];
  __shared__ int sColB0[64];
  __shared__ int sColC[64];
  __shared__ int sKA0[16];
  __shared__ int sKB0[16];
  __shared__ int sKOk[16];
  const int tid = static_cast<int>(threadIdx.x);
  const int tx = tid & 15;
  const int ty = tid >> 4;
  for (int z = static_cast<int>(blockIdx.z); z < 384; z += static_cast<int>(gridDim.z)) {
    const int s = z / 12;
    int sq = s;
    const int u0 = sq;
    const int p0 = ptr[s];
    const int gcnt = ptr[s + 1] - p0;
    const int rowCount = 32;
    const int colCount = gcnt;
    const int kCount = 64;
    const int loopIdx = z % 12;
    const int loopCount = 12;
    if (loopIdx >= loopCount || rowCount == 0 || colCount == 0 || kCount == 0 || static_cast<int>(blockIdx.x) * 64 >= colCount) continue;
    int q = loopIdx;
    const int av0 = q;
    const int lA0 = 65536 * av0;
    const int lB0 = 65536 * av0;
    const int lC = 1048576 * av0;
    for (int y = static_cast<int>(blockIdx.y); y * 32 < rowCount; y += static_cast<int>(gridDim.y)) {
      __syncthreads(); // the previous tile is stored: staging arrays are free
      if (tid < 32) {
        const int gi = y * 32 + tid;
        const bool inRange = gi < rowCount;
        int q = inRange ? gi : 0;
        const int av1 = u0 * 32 + q;
        if (inRange) {
          sRowA0[tid] = 64 * av1;
          sRowC[tid] = 1024 * av1;
        } else {
          sRowA0[tid] = 0;
          sRowC[tid] = -1;
        }
      } else if (tid < 96) {
        const int tc = tid - 32;
        const int gi = static_cast<int>(blockIdx.x) * 64 + tc;
        const bool inRange = gi < colCount;
        int q = inRange ? gi : 0;
        const int d2 = q;
        const int av2 = inRange ? crd[p0 + d2] : 0;
        if (inRange) {
          sColB0[tc] = 64 * av2;
          sColC[tc] = av2;
        } else {
          sColB0[tc] = 0;
          sColC[tc] = -1;
        }
      }
      float acc[2][4];
      #pragma unroll
      for (int i = 0; i < 2; ++i) {
        #pragma unroll
        for (int j = 0; j < 4; ++j) acc[i][j] = 0.0f;
      }
      for (int k0 = 0; k0 < kCount; k0 += 16) {
        __syncthreads(); // rows and columns staged; the previous step is consumed
        if (tid < 16) {
          const int gi = k0 + tid;
          const bool inRange = gi < kCount;
          int q = inRange ? gi : 0;
          const int av3 = q;
          if (inRange) {
            sKA0[tid] = av3;
            sKB0[tid] = av3;
            sKOk[tid] = 1;
          } else {
            sKA0[tid] = 0;
            sKB0[tid] = 0;
            sKOk[tid] = 0;
          }
        }
        __syncthreads();
        {
          const int o = tid >> 2;
          const int kq = (tid & 3) * 4;
          if (o < 32) {
            const int base = lA0 + sRowA0[o] + sKA0[kq];
            if (sKOk[kq] && sKOk[kq + 1] && sKOk[kq + 2] && sKOk[kq + 3] && sKA0[kq + 1] == sKA0[kq] + 1 && sKA0[kq + 2] == sKA0[kq] + 2 && sKA0[kq + 3] == sKA0[kq] + 3 && (base & 3) == 0) {
              const float4 v = *reinterpret_cast<const float4*>(&fa0[base]);
              sA[kq][o] = v.x;
              sA[kq + 1][o] = v.y;
              sA[kq + 2][o] = v.z;
              sA[kq + 3][o] = v.w;
            } else {
              #pragma unroll
              for (int e = 0; e < 4; ++e) {
                sA[kq + e][o] = sKOk[kq + e] ? fa0[lA0 + sRowA0[o] + sKA0[kq + e]] : 0.0f;
              }
            }
          }
        }
        {
          const int o = tid >> 2;
          const int kq = (tid & 3) * 4;
          const int base = lB0 + sColB0[o] + sKB0[kq];
          if (sKOk[kq] && sKOk[kq + 1] && sKOk[kq + 2] && sKOk[kq + 3] && sKB0[kq + 1] == sKB0[kq] + 1 && sKB0[kq + 2] == sKB0[kq] + 2 && sKB0[kq + 3] == sKB0[kq] + 3 && (base & 3) == 0) {
            const float4 v = *reinterpret_cast<const float4*>(&fb0[base]);
            sB[kq][o] = v.x;
            sB[kq + 1][o] = v.y;
            sB[kq + 2][o] = v.z;
            sB[kq + 3][o] = v.w;
          } else {
            #pragma unroll
            for (int e = 0; e < 4; ++e) {
              sB[kq + e][o] = sKOk[kq + e] ? fb0[lB0 + sColB0[o] + sKB0[kq + e]] : 0.0f;
            }
          }
        }
        __syncthreads();
        #pragma unroll
        for (int kk = 0; kk < 16; ++kk) {
          const float2 av = *reinterpret_cast<const float2*>(&sA[kk][ty * 2]);
          const float4 bv = *reinterpret_cast<const float4*>(&sB[kk][tx * 4]);
          const float ar[2] = {av.x, av.y};
          const float br[4] = {bv.x, bv.y, bv.z, bv.w};
          #pragma unroll
          for (int i = 0; i < 2; ++i) {
            #pragma unroll
            for (int j = 0; j < 4; ++j) acc[i][j] = fmaf(ar[i], br[j], acc[i][j]);
          }
        }
      }
      #pragma unroll
      for (int i = 0; i < 2; ++i) {
        const int r = sRowC[ty * 2 + i];
        if (r < 0) continue;
        const int c0 = sColC[tx * 4];
        #pragma unroll
        for (int j = 0; j < 4; ++j) {
          const int cc = j == 0 ? c0 : sColC[tx * 4 + j];
          if (cc >= 0) c[lC + r + cc] = acc[i][j] * 0.125000000f;
        }
      }
    }
  }
}

__global__ void __launch_bounds__(256) k1_epilogue(float* __restrict__ out, const unsigned char* __restrict__ t0, const float* __restrict__ rbuf) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12582912LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a2 = q % 1024; q /= 1024;
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    out[w] = ((static_cast<float>(t0[1024 * a1 + a2]) != 0.0f) ? rbuf[1048576 * a0 + 1024 * a1 + a2] : __uint_as_float(0xff800000u));
  }
}

__global__ void __launch_bounds__(256) k2_partial(float* __restrict__ partial, const float* __restrict__ t0, const int* __restrict__ ptr, const int* __restrict__ crd) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12288LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    float r0 = __uint_as_float(0xff800000u);
    const int u0 = a1 / 32;
    const int s = u0;
    for (int p = ptr[s]; p < ptr[s + 1]; ++p) {
      const int g = crd[p];
      for (int a2 = g * 1; a2 < g * 1 + 1; ++a2) {
        r0 = pit_max(r0, t0[1048576 * a0 + 1024 * a1 + a2]);
      }
    }
    partial[w] = r0;
  }
}

__global__ void __launch_bounds__(256) k2_out(float* __restrict__ out, const float* __restrict__ partial) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12288LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    out[w] = partial[1024 * a0 + a1];
  }
}

__global__ void __launch_bounds__(256) k3_cells(float* __restrict__ out, const float* __restrict__ t0, const float* __restrict__ t1, const int* __restrict__ ptr, const int* __restrict__ crd, const int* __restrict__ stripOf) {
  const long long listed = ptr[32];
  const long long work = listed * 384;
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < work; w += static_cast<long long>(gridDim.x) * 256) {
    const int p = static_cast<int>(w % listed);
    int q = static_cast<int>(w / listed);
    const int s = stripOf[p];
    int sq = s;
    const int u0 = sq;
    const int g = crd[p];
    const int a2 = g * 1 + 0;
    const int a1 = u0 * 32 + q % 32; q /= 32;
    const int a0 = q;
    out[1048576 * a0 + 1024 * a1 + a2] = expf((t0[1048576 * a0 + 1024 * a1 + a2] - t1[1024 * a0 + a1]));
  }
}

__global__ void __launch_bounds__(256) k4_partial(float* __restrict__ partial, const float* __restrict__ t0, const int* __restrict__ ptr, const int* __restrict__ crd) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12288LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    float r0 = 0.0f;
    const int u0 = a1 / 32;
    const int s = u0;
    for (int p = ptr[s]; p < ptr[s + 1]; ++p) {
      const int g = crd[p];
      for (int a2 = g * 1; a2 < g * 1 + 1; ++a2) {
        r0 = r0 + t0[1048576 * a0 + 1024 * a1 + a2];
      }
    }
    partial[w] = r0;
  }
}

__global__ void __launch_bounds__(256) k4_out(float* __restrict__ out, const float* __restrict__ partial) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12288LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    out[w] = partial[1024 * a0 + a1];
  }
}

__global__ void __launch_bounds__(256) k5_gemm(float* __restrict__ c, const float* __restrict__ fa0, const float* __restrict__ fb0, const int* __restrict__ ptr, const int* __restrict__ crd) {
  __shared__ __align__(16) float sA[16][36];
  __shared__ __align__(16) float sB[16][68];
  __shared__ int sRowA0[32];
  __shared__ int sRowC[32];
  __shared__ int sColB0[64];
  __shared__ int sColC[64];
  __shared__ int sKA0[16];
  __shared__ int sKB0[16];
  __shared__ int sKOk[16];
  const int tid = static_cast<int>(threadIdx.x);
  const int tx = tid & 15;
  const int ty = tid >> 4;
  for (int z = static_cast<int>(blockIdx.z); z < 384; z += static_cast<int>(gridDim.z)) {
    const int s = z / 12;
    int sq = s;
    const int u0 = sq;
    const int p0 = ptr[s];
    const int gcnt = ptr[s + 1] - p0;
    const int rowCount = 32;
    const int colCount = 64;
    const int kCount = gcnt;
    const int loopIdx = z % 12;
    const int loopCount = 12;
    if (loopIdx >= loopCount || rowCount == 0 || colCount == 0 || kCount == 0 || static_cast<int>(blockIdx.x) * 64 >= colCount) continue;
    int q = loopIdx;
    const int av0 = q;
    const int lA0 = 1048576 * av0;
    const int lB0 = 65536 * av0;
    const int lC = 65536 * av0;
    for (int y = static_cast<int>(blockIdx.y); y * 32 < rowCount; y += static_cast<int>(gridDim.y)) {
      __syncthreads(); // the previous tile is stored: staging arrays are free
      if (tid < 32) {
        const int gi = y * 32 + tid;
        const bool inRange = gi < rowCount;
        int q = inRange ? gi : 0;
        const int av1 = u0 * 32 + q;
        if (inRange) {
          sRowA0[tid] = 1024 * av1;
          sRowC[tid] = 64 * av1;
        } else {
          sRowA0[tid] = 0;
          sRowC[tid] = -1;
        }
      } else if (tid < 96) {
        const int tc = tid - 32;
        const int gi = static_cast<int>(blockIdx.x) * 64 + tc;
        const bool inRange = gi < colCount;
        int q = inRange ? gi : 0;
        const int av2 = q;
        if (inRange) {
          sColB0[tc] = av2;
          sColC[tc] = av2;
        } else {
          sColB0[tc] = 0;
          sColC[tc] = -1;
        }
      }
      float acc[2][4];
      #pragma unroll
      for (int i = 0; i < 2; ++i) {
        #pragma unroll
        for (int j = 0; j < 4; ++j) acc[i][j] = 0.0f;
      }
      for (int k0 = 0; k0 < kCount; k0 += 16) {
        __syncthreads(); // rows and columns staged; the previous step is consumed
        if (tid < 16) {
          const int gi = k0 + tid;
          const bool inRange = gi < kCount;
          int q = inRange ? gi : 0;
          const int d3 = q;
          const int av3 = inRange ? crd[p0 + d3] : 0;
          if (inRange) {
            sKA0[tid] = av3;
            sKB0[tid] = 64 * av3;
            sKOk[tid] = 1;
          } else {
            sKA0[tid] = 0;
            sKB0[tid] = 0;
            sKOk[tid] = 0;
          }
        }
        __syncthreads();
        {
          #pragma unroll
          for (int e = 0; e < 2; ++e) {
            const int idx = tid + e * 256;
            const int o = idx >> 4;
            const int kk = idx & 15;
            sA[kk][o] = sKOk[kk] ? fa0[lA0 + sRowA0[o] + sKA0[kk]] : 0.0f;
          }
        }
        {
          const int kk = tid / 16;
          const int oq = (tid % 16) * 4;
          const int base = lB0 + sColB0[oq] + sKB0[kk];
          if (sColB0[oq + 1] == sColB0[oq] + 1 && sColB0[oq + 2] == sColB0[oq] + 2 && sColB0[oq + 3] == sColB0[oq] + 3 && (base & 3) == 0) {
            *reinterpret_cast<float4*>(&sB[kk][oq]) = sKOk[kk] ? *reinterpret_cast<const float4*>(&fb0[base]) : make_float4(0.0f, 0.0f, 0.0f, 0.0f);
          } else {
            #pragma unroll
            for (int e = 0; e < 4; ++e) {
              sB[kk][oq + e] = sKOk[kk] ? fb0[lB0 + sColB0[oq + e] + sKB0[kk]] : 0.0f;
            }
          }
        }
        __syncthreads();
        #pragma unroll
        for (int kk = 0; kk < 16; ++kk) {
          const float2 av = *reinterpret_cast<const float2*>(&sA[kk][ty * 2]);
          const float4 bv = *reinterpret_cast<const float4*>(&sB[kk][tx * 4]);
          const float ar[2] = {av.x, av.y};
          const float br[4] = {bv.x, bv.y, bv.z, bv.w};
          #pragma unroll
          for (int i = 0; i < 2; ++i) {
            #pragma unroll
            for (int j = 0; j < 4; ++j) acc[i][j] = fmaf(ar[i], br[j], acc[i][j]);
          }
        }
      }
      #pragma unroll
      for (int i = 0; i < 2; ++i) {
        const int r = sRowC[ty * 2 + i];
        if (r < 0) continue;
        const int c0 = sColC[tx * 4];
        if (c0 >= 0 && sColC[tx * 4 + 1] == c0 + 1 && sColC[tx * 4 + 2] == c0 + 2 && sColC[tx * 4 + 3] == c0 + 3 && ((lC + r + c0) & 3) == 0) {
          *reinterpret_cast<float4*>(&c[lC + r + c0]) = make_float4(acc[i][0], acc[i][1], acc[i][2], acc[i][3]);
          continue;
        }
        #pragma unroll
        for (int j = 0; j < 4; ++j) {
          const int cc = j == 0 ? c0 : sColC[tx * 4 + j];
          if (cc >= 0) c[lC + r + cc] = acc[i][j];
        }
      }
    }
  }
}

__global__ void __launch_bounds__(256) k5_epilogue(float* __restrict__ out, const float* __restrict__ t0, const float* __restrict__ rbuf) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 786432LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a2 = q % 64; q /= 64;
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    out[w] = (rbuf[65536 * a0 + 64 * a1 + a2] / t0[1024 * a0 + a1]);
  }
}

__global__ void __launch_bounds__(256) k1d_gemm(float* __restrict__ c, const float* __restrict__ fa0, const float* __restrict__ fb0) {
  __shared__ __align__(16) float sA[16][68];
  __shared__ __align__(16) float sB[16][68];
  __shared__ int sRowA0[64];
  __shared__ int sRowC[64];
  __shared__ int sColB0[64];
  __shared__ int sColC[64];
  __shared__ int sKA0[16];
  __shared__ int sKB0[16];
  __shared__ int sKOk[16];
  const int tid = static_cast<int>(threadIdx.x);
  const int tx = tid & 15;
  const int ty = tid >> 4;
  for (int z = static_cast<int>(blockIdx.z); z < 12; z += static_cast<int>(gridDim.z)) {
    const int rowCount = 1024;
    const int colCount = 1024;
    const int kCount = 64;
    const int loopIdx = z % 12;
    const int loopCount = 12;
    if (loopIdx >= loopCount || rowCount == 0 || colCount == 0 || kCount == 0 || static_cast<int>(blockIdx.x) * 64 >= colCount) continue;
    int q = loopIdx;
    const int av0 = q;
    const int lA0 = 65536 * av0;
    const int lB0 = 65536 * av0;
    const int lC = 1048576 * av0;
    for (int y = static_cast<int>(blockIdx.y); y * 64 < rowCount; y += static_cast<int>(gridDim.y)) {
      __syncthreads(); // the previous tile is stored: staging arrays are free
      if (tid < 64) {
        const int gi = y * 64 + tid;
        const bool inRange = gi < rowCount;
        int q = inRange ? gi : 0;
        const int av1 = q;
        if (inRange) {
          sRowA0[tid] = 64 * av1;
          sRowC[tid] = 1024 * av1;
        } else {
          sRowA0[tid] = 0;
          sRowC[tid] = -1;
        }
      } else if (tid < 128) {
        const int tc = tid - 64;
        const int gi = static_cast<int>(blockIdx.x) * 64 + tc;
        const bool inRange = gi < colCount;
        int q = inRange ? gi : 0;
        const int av2 = q;
        if (inRange) {
          sColB0[tc] = 64 * av2;
          sColC[tc] = av2;
        } else {
          sColB0[tc] = 0;
          sColC[tc] = -1;
        }
      }
      float acc[4][4];
      #pragma unroll
      for (int i = 0; i < 4; ++i) {
        #pragma unroll
        for (int j = 0; j < 4; ++j) acc[i][j] = 0.0f;
      }
      for (int k0 = 0; k0 < kCount; k0 += 16) {
        __syncthreads(); // rows and columns staged; the previous step is consumed
        if (tid < 16) {
          const int gi = k0 + tid;
          const bool inRange = gi < kCount;
          int q = inRange ? gi : 0;
          const int av3 = q;
          if (inRange) {
            sKA0[tid] = av3;
            sKB0[tid] = av3;
            sKOk[tid] = 1;
          } else {
            sKA0[tid] = 0;
            sKB0[tid] = 0;
            sKOk[tid] = 0;
          }
        }
        __syncthreads();
        {
          const int o = tid >> 2;
          const int kq = (tid & 3) * 4;
          const int base = lA0 + sRowA0[o] + sKA0[kq];
          if (sKOk[kq] && sKOk[kq + 1] && sKOk[kq + 2] && sKOk[kq + 3] && sKA0[kq + 1] == sKA0[kq] + 1 && sKA0[kq + 2] == sKA0[kq] + 2 && sKA0[kq + 3] == sKA0[kq] + 3 && (base & 3) == 0) {
            const float4 v = *reinterpret_cast<const float4*>(&fa0[base]);
            sA[kq][o] = v.x;
            sA[kq + 1][o] = v.y;
            sA[kq + 2][o] = v.z;
            sA[kq + 3][o] = v.w;
          } else {
            #pragma unroll
            for (int e = 0; e < 4; ++e) {
              sA[kq + e][o] = sKOk[kq + e] ? fa0[lA0 + sRowA0[o] + sKA0[kq + e]] : 0.0f;
            }
          }
        }
        {
          const int o = tid >> 2;
          const int kq = (tid & 3) * 4;
          const int base = lB0 + sColB0[o] + sKB0[kq];
          if (sKOk[kq] && sKOk[kq + 1] && sKOk[kq + 2] && sKOk[kq + 3] && sKB0[kq + 1] == sKB0[kq] + 1 && sKB0[kq + 2] == sKB0[kq] + 2 && sKB0[kq + 3] == sKB0[kq] + 3 && (base & 3) == 0) {
            const float4 v = *reinterpret_cast<const float4*>(&fb0[base]);
            sB[kq][o] = v.x;
            sB[kq + 1][o] = v.y;
            sB[kq + 2][o] = v.z;
            sB[kq + 3][o] = v.w;
          } else {
            #pragma unroll
            for (int e = 0; e < 4; ++e) {
              sB[kq + e][o] = sKOk[kq + e] ? fb0[lB0 + sColB0[o] + sKB0[kq + e]] : 0.0f;
            }
          }
        }
        __syncthreads();
        #pragma unroll
        for (int kk = 0; kk < 16; ++kk) {
          const float4 av = *reinterpret_cast<const float4*>(&sA[kk][ty * 4]);
          const float4 bv = *reinterpret_cast<const float4*>(&sB[kk][tx * 4]);
          const float ar[4] = {av.x, av.y, av.z, av.w};
          const float br[4] = {bv.x, bv.y, bv.z, bv.w};
          #pragma unroll
          for (int i = 0; i < 4; ++i) {
            #pragma unroll
            for (int j = 0; j < 4; ++j) acc[i][j] = fmaf(ar[i], br[j], acc[i][j]);
          }
        }
      }
      #pragma unroll
      for (int i = 0; i < 4; ++i) {
        const int r = sRowC[ty * 4 + i];
        if (r < 0) continue;
        const int c0 = sColC[tx * 4];
        if (c0 >= 0 && sColC[tx * 4 + 1] == c0 + 1 && sColC[tx * 4 + 2] == c0 + 2 && sColC[tx * 4 + 3] == c0 + 3 && ((lC + r + c0) & 3) == 0) {
          *reinterpret_cast<float4*>(&c[lC + r + c0]) = make_float4(acc[i][0] * 0.125000000f, acc[i][1] * 0.125000000f, acc[i][2] * 0.125000000f, acc[i][3] * 0.125000000f);
          continue;
        }
        #pragma unroll
        for (int j = 0; j < 4; ++j) {
          const int cc = j == 0 ? c0 : sColC[tx * 4 + j];
          if (cc >= 0) c[lC + r + cc] = acc[i][j] * 0.125000000f;
        }
      }
    }
  }
}

__global__ void __launch_bounds__(256) k1d_epilogue(float* __restrict__ out, const unsigned char* __restrict__ t0, const float* __restrict__ rbuf) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12582912LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a2 = q % 1024; q /= 1024;
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    out[w] = ((static_cast<float>(t0[1024 * a1 + a2]) != 0.0f) ? rbuf[1048576 * a0 + 1024 * a1 + a2] : __uint_as_float(0xff800000u));
  }
}

__global__ void __launch_bounds__(256) k2d_dense(float* __restrict__ out, const float* __restrict__ t0) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12288LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    float r0 = __uint_as_float(0xff800000u);
    for (int a2 = 0; a2 < 1024; ++a2) {
      r0 = pit_max(r0, t0[1048576 * a0 + 1024 * a1 + a2]);
    }
    out[w] = r0;
  }
}

__global__ void __launch_bounds__(256) k3d_dense(float* __restrict__ out, const float* __restrict__ t0, const float* __restrict__ t1) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12582912LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a2 = q % 1024; q /= 1024;
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    out[w] = expf((t0[1048576 * a0 + 1024 * a1 + a2] - t1[1024 * a0 + a1]));
  }
}

__global__ void __launch_bounds__(256) k4d_dense(float* __restrict__ out, const float* __restrict__ t0) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 12288LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    float r0 = 0.0f;
    for (int a2 = 0; a2 < 1024; ++a2) {
      r0 = r0 + t0[1048576 * a0 + 1024 * a1 + a2];
    }
    out[w] = r0;
  }
}

__global__ void __launch_bounds__(256) k5d_gemm(float* __restrict__ c, const float* __restrict__ fa0, const float* __restrict__ fb0) {
  __shared__ __align__(16) float sA[16][68];
  __shared__ __align__(16) float sB[16][68];
  __shared__ int sRowA0[64];
  __shared__ int sRowC[64];
  __shared__ int sColB0[64];
  __shared__ int sColC[64];
  __shared__ int sKA0[16];
  __shared__ int sKB0[16];
  __shared__ int sKOk[16];
  const int tid = static_cast<int>(threadIdx.x);
  const int tx = tid & 15;
  const int ty = tid >> 4;
  for (int z = static_cast<int>(blockIdx.z); z < 12; z += static_cast<int>(gridDim.z)) {
    const int rowCount = 1024;
    const int colCount = 64;
    const int kCount = 1024;
    const int loopIdx = z % 12;
    const int loopCount = 12;
    if (loopIdx >= loopCount || rowCount == 0 || colCount == 0 || kCount == 0 || static_cast<int>(blockIdx.x) * 64 >= colCount) continue;
    int q = loopIdx;
    const int av0 = q;
    const int lA0 = 1048576 * av0;
    const int lB0 = 65536 * av0;
    const int lC = 65536 * av0;
    for (int y = static_cast<int>(blockIdx.y); y * 64 < rowCount; y += static_cast<int>(gridDim.y)) {
      __syncthreads(); // the previous tile is stored: staging arrays are free
      if (tid < 64) {
        const int gi = y * 64 + tid;
        const bool inRange = gi < rowCount;
        int q = inRange ? gi : 0;
        const int av1 = q;
        if (inRange) {
          sRowA0[tid] = 1024 * av1;
          sRowC[tid] = 64 * av1;
        } else {
          sRowA0[tid] = 0;
          sRowC[tid] = -1;
        }
      } else if (tid < 128) {
        const int tc = tid - 64;
        const int gi = static_cast<int>(blockIdx.x) * 64 + tc;
        const bool inRange = gi < colCount;
        int q = inRange ? gi : 0;
        const int av2 = q;
        if (inRange) {
          sColB0[tc] = av2;
          sColC[tc] = av2;
        } else {
          sColB0[tc] = 0;
          sColC[tc] = -1;
        }
      }
      float acc[4][4];
      #pragma unroll
      for (int i = 0; i < 4; ++i) {
        #pragma unroll
        for (int j = 0; j < 4; ++j) acc[i][j] = 0.0f;
      }
      for (int k0 = 0; k0 < kCount; k0 += 16) {
        __syncthreads(); // rows and columns staged; the previous step is consumed
        if (tid < 16) {
          const int gi = k0 + tid;
          const bool inRange = gi < kCount;
          int q = inRange ? gi : 0;
          const int av3 = q;
          if (inRange) {
            sKA0[tid] = av3;
            sKB0[tid] = 64 * av3;
            sKOk[tid] = 1;
          } else {
            sKA0[tid] = 0;
            sKB0[tid] = 0;
            sKOk[tid] = 0;
          }
        }
        __syncthreads();
        {
          const int o = tid >> 2;
          const int kq = (tid & 3) * 4;
          const int base = lA0 + sRowA0[o] + sKA0[kq];
          if (sKOk[kq] && sKOk[kq + 1] && sKOk[kq + 2] && sKOk[kq + 3] && sKA0[kq + 1] == sKA0[kq] + 1 && sKA0[kq + 2] == sKA0[kq] + 2 && sKA0[kq + 3] == sKA0[kq] + 3 && (base & 3) == 0) {
            const float4 v = *reinterpret_cast<const float4*>(&fa0[base]);
            sA[kq][o] = v.x;
            sA[kq + 1][o] = v.y;
            sA[kq + 2][o] = v.z;
            sA[kq + 3][o] = v.w;
          } else {
            #pragma unroll
            for (int e = 0; e < 4; ++e) {
              sA[kq + e][o] = sKOk[kq + e] ? fa0[lA0 + sRowA0[o] + sKA0[kq + e]] : 0.0f;
            }
          }
        }
        {
          const int kk = tid / 16;
          const int oq = (tid % 16) * 4;
          const int base = lB0 + sColB0[oq] + sKB0[kk];
          if (sColB0[oq + 1] == sColB0[oq] + 1 && sColB0[oq + 2] == sColB0[oq] + 2 && sColB0[oq + 3] == sColB0[oq] + 3 && (base & 3) == 0) {
            *reinterpret_cast<float4*>(&sB[kk][oq]) = sKOk[kk] ? *reinterpret_cast<const float4*>(&fb0[base]) : make_float4(0.0f, 0.0f, 0.0f, 0.0f);
          } else {
            #pragma unroll
            for (int e = 0; e < 4; ++e) {
              sB[kk][oq + e] = sKOk[kk] ? fb0[lB0 + sColB0[oq + e] + sKB0[kk]] : 0.0f;
            }
          }
        }
        __syncthreads();
        #pragma unroll
        for (int kk = 0; kk < 16; ++kk) {
          const float4 av = *reinterpret_cast<const float4*>(&sA[kk][ty * 4]);
          const float4 bv = *reinterpret_cast<const float4*>(&sB[kk][tx * 4]);
          const float ar[4] = {av.x, av.y, av.z, av.w};
          const float br[4] = {bv.x, bv.y, bv.z, bv.w};
          #pragma unroll
          for (int i = 0; i < 4; ++i) {
            #pragma unroll
            for (int j = 0; j < 4; ++j) acc[i][j] = fmaf(ar[i], br[j], acc[i][j]);
          }
        }
      }
      #pragma unroll
      for (int i = 0; i < 4; ++i) {
        const int r = sRowC[ty * 4 + i];
        if (r < 0) continue;
        const int c0 = sColC[tx * 4];
        if (c0 >= 0 && sColC[tx * 4 + 1] == c0 + 1 && sColC[tx * 4 + 2] == c0 + 2 && sColC[tx * 4 + 3] == c0 + 3 && ((lC + r + c0) & 3) == 0) {
          *reinterpret_cast<float4*>(&c[lC + r + c0]) = make_float4(acc[i][0], acc[i][1], acc[i][2], acc[i][3]);
          continue;
        }
        #pragma unroll
        for (int j = 0; j < 4; ++j) {
          const int cc = j == 0 ? c0 : sColC[tx * 4 + j];
          if (cc >= 0) c[lC + r + cc] = acc[i][j];
        }
      }
    }
  }
}

__global__ void __launch_bounds__(256) k5d_epilogue(float* __restrict__ out, const float* __restrict__ t0, const float* __restrict__ rbuf) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 786432LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a2 = q % 64; q /= 64;
    const int a1 = q % 1024; q /= 1024;
    const int a0 = q;
    out[w] = (rbuf[65536 * a0 + 64 * a1 + a2] / t0[1024 * a0 + a1]);
  }
}


/* ======================= host harness ======================= */
namespace pit {

enum DType { kF32 = 0, kI32 = 1, kBool = 2 };

struct TensorInfo {
  int dtype;
  int rank;
  long long shape[8];
  int role; /* 0 input, 1 weight, 2 intermediate */
  int output;
  int buffer;
};

struct BufferInfo {
  int elementBytes;
  long long count;
};

[[noreturn]] inline void fail(const char* what, const char* path) {
  std::fprintf(stderr, "pitc-cuda: %s%s%s\n", path ? path : "", path ? ": " : "", what);
  std::exit(2);
}

inline float f32_from_bits(unsigned int bits) {
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

struct Args {
  const char* in;
  const char* out;
  int repeat;
  int warmup;
};

inline Args parse_args(int argc, char** argv) {
  Args a = {nullptr, nullptr, 1, 1};
  for (int i = 1; i < argc; ++i) {
    const char* key = argv[i];
    if (i + 1 >= argc) fail("an option needs a value (usage: --in DIR --out DIR [--repeat N] [--warmup N])", nullptr);
    const char* value = argv[++i];
    if (std::strcmp(key, "--in") == 0) a.in = value;
    else if (std::strcmp(key, "--out") == 0) a.out = value;
    else if (std::strcmp(key, "--repeat") == 0) a.repeat = std::atoi(value) > 1 ? std::atoi(value) : 1;
    else if (std::strcmp(key, "--warmup") == 0) a.warmup = std::atoi(value) > 0 ? std::atoi(value) : 0;
    else fail("unknown option (usage: --in DIR --out DIR [--repeat N] [--warmup N])", nullptr);
  }
  if (!a.in || !a.out) fail("usage: --in DIR --out DIR [--repeat N] [--warmup N]", nullptr);
  return a;
}

inline const char* descr_of(int dtype) { return dtype == kF32 ? "<f4" : dtype == kI32 ? "<i4" : "|b1"; }
inline size_t bytes_of(int dtype) { return dtype == kBool ? 1 : 4; }

struct Path {
  char text[4096];
};

inline Path tensor_path(const char* dir, int id) {
  Path p;
  const int n = std::snprintf(p.text, sizeof p.text, "%s/t%d.npy", dir, id);
  if (n < 0 || static_cast<size_t>(n) >= sizeof p.text) fail("path too long", dir);
  return p;
}

/* The whole file, malloc'd; *size receives its length. */
inline unsigned char* read_file(const char* path, size_t* size) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) fail("cannot read the file", path);
  size_t cap = 1 << 16;
  size_t len = 0;
  unsigned char* data = static_cast<unsigned char*>(std::malloc(cap));
  if (!data) fail("out of memory", path);
  for (;;) {
    if (len == cap) {
      cap *= 2;
      unsigned char* grown = static_cast<unsigned char*>(std::realloc(data, cap));
      if (!grown) fail("out of memory", path);
      data = grown;
    }
    const size_t n = std::fread(data + len, 1, cap - len, f);
    if (n == 0) break;
    len += n;
  }
  std::fclose(f);
  *size = len;
  return data;
}

/* The value after 'key': in a header dict: quoted text, a (tuple) body, or a bare word. */
inline void header_value(const char* header, const char* key, char* out, size_t cap, const char* path) {
  char quoted[64];
  std::snprintf(quoted, sizeof quoted, "'%s'", key);
  const char* k = std::strstr(header, quoted);
  if (!k) fail("malformed .npy header (a key is missing)", path);
  const char* v = std::strchr(k + std::strlen(quoted), ':');
  if (!v) fail("malformed .npy header", path);
  ++v;
  while (*v == ' ') ++v;
  const char* end;
  if (*v == '\'') {
    ++v;
    end = std::strchr(v, '\'');
  } else if (*v == '(') {
    ++v;
    end = std::strchr(v, ')');
  } else {
    end = v;
    while (*end && *end != ',' && *end != '}' && *end != ' ') ++end;
  }
  if (!end || static_cast<size_t>(end - v) >= cap) fail("malformed .npy header", path);
  std::memcpy(out, v, static_cast<size_t>(end - v));
  out[end - v] = '\0';
}

/* Reads a C-order .npy file with the tensor's dtype and exact shape into dst. */
inline void read_npy(const char* path, const TensorInfo& t, void* dst) {
  size_t size = 0;
  unsigned char* bytes = read_file(path, &size);
  static const unsigned char magic[6] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
  if (size < 10 || std::memcmp(bytes, magic, 6) != 0) fail("not a .npy file", path);
  size_t start = 10;
  size_t length = static_cast<size_t>(bytes[8]) | (static_cast<size_t>(bytes[9]) << 8);
  if (bytes[6] == 2 || bytes[6] == 3) {
    if (size < 12) fail("truncated .npy file", path);
    start = 12;
    length |= (static_cast<size_t>(bytes[10]) << 16) | (static_cast<size_t>(bytes[11]) << 24);
  } else if (bytes[6] != 1) {
    fail("unsupported .npy format version", path);
  }
  if (size < start + length) fail("truncated .npy header", path);
  char* header = static_cast<char*>(std::malloc(length + 1));
  if (!header) fail("out of memory", path);
  std::memcpy(header, bytes + start, length);
  header[length] = '\0';
  char value[256];
  header_value(header, "descr", value, sizeof value, path);
  if (std::strcmp(value, descr_of(t.dtype)) != 0) fail("wrong dtype for this tensor", path);
  header_value(header, "fortran_order", value, sizeof value, path);
  if (std::strcmp(value, "False") != 0) fail("Fortran-order arrays are not supported", path);
  header_value(header, "shape", value, sizeof value, path);
  std::free(header);
  long long dims[8];
  int rank = 0;
  for (const char* p = value; *p;) {
    if (*p == ' ' || *p == ',') {
      ++p;
      continue;
    }
    if (*p < '0' || *p > '9' || rank == 8) fail("malformed shape", path);
    long long d = 0;
    while (*p >= '0' && *p <= '9') d = d * 10 + (*p++ - '0');
    if (*p == 'L') ++p;
    dims[rank++] = d;
  }
  long long count = 1;
  bool same = rank == t.rank;
  for (int d = 0; d < t.rank; ++d) {
    count *= t.shape[d];
    if (same && dims[d] != t.shape[d]) same = false;
  }
  if (!same) fail("shape does not match the program", path);
  const size_t need = static_cast<size_t>(count) * bytes_of(t.dtype);
  if (size < start + length + need) fail("truncated .npy data", path);
  std::memcpy(dst, bytes + start + length, need);
  std::free(bytes);
}

inline void write_npy(const char* path, const TensorInfo& t, const void* src) {
  char header[512];
  int n = std::snprintf(header, sizeof header, "{'descr': '%s', 'fortran_order': False, 'shape': (", descr_of(t.dtype));
  long long count = 1;
  for (int d = 0; d < t.rank; ++d) {
    n += std::snprintf(header + n, sizeof header - static_cast<size_t>(n), "%lld%s", t.shape[d], t.rank == 1 ? "," : d + 1 < t.rank ? ", " : "");
    count *= t.shape[d];
  }
  n += std::snprintf(header + n, sizeof header - static_cast<size_t>(n), "), }");
  while ((10 + n + 1) % 64 != 0) header[n++] = ' ';
  header[n++] = '\n';
  std::FILE* f = std::fopen(path, "wb");
  if (!f) fail("cannot write the file", path);
  const unsigned char head[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, static_cast<unsigned char>(n & 0xff), static_cast<unsigned char>(n >> 8)};
  const size_t bytes = static_cast<size_t>(count) * bytes_of(t.dtype);
  const bool ok = std::fwrite(head, 1, 10, f) == 10 && std::fwrite(header, 1, static_cast<size_t>(n), f) == static_cast<size_t>(n) &&
                  std::fwrite(src, 1, bytes, f) == bytes;
  if (std::fclose(f) != 0 || !ok) fail("cannot write the file", path);
}

inline void print_json_string(const char* text) {
  std::putchar('"');
  for (const char* p = text; *p; ++p) {
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\') std::printf("\\%c", c);
    else if (c < 0x20 || c >= 0x7f) std::printf("\\u%04x", c);
    else std::putchar(c);
  }
  std::putchar('"');
}

inline int compare_doubles(const void* a, const void* b) {
  const double x = *static_cast<const double*>(a);
  const double y = *static_cast<const double*>(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/* Median of values[0..n), sorting them in place. */
inline double median(double* values, int n) {
  if (n <= 0) return 0.0;
  std::qsort(values, static_cast<size_t>(n), sizeof(double), compare_doubles);
  return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

/* Everything a plan needs: device buffers, the stream, its events, the guard flag. */
struct Context {
  void** buffers;
  cudaStream_t stream;
  int* guardFlag;
  int failedGuard;
};

/* One plan's events: one before each timed segment and one at the end. */
struct Timeline {
  cudaEvent_t* events;
  int count;
};

inline Timeline make_timeline(int segments) {
  Timeline t = {static_cast<cudaEvent_t*>(std::calloc(static_cast<size_t>(segments) + 1, sizeof(cudaEvent_t))), segments + 1};
  if (!t.events) fail("out of memory", nullptr);
  for (int i = 0; i < t.count; ++i) PIT_CHECK(cudaEventCreate(&t.events[i]));
  return t;
}

inline void free_timeline(Timeline& t) {
  for (int i = 0; i < t.count; ++i) PIT_CHECK(cudaEventDestroy(t.events[i]));
  std::free(t.events);
}

inline void mark(Timeline& t, int i, cudaStream_t stream) { PIT_CHECK(cudaEventRecord(t.events[i], stream)); }

inline double between(const Timeline& t, int i, int j) {
  float ms = 0.0f;
  PIT_CHECK(cudaEventElapsedTime(&ms, t.events[i], t.events[j]));
  return ms;
}

/* True when the f32 buffer holds only finite values (the PIT forms' guard). */
inline bool all_finite(Context& c, const float* data, long long n, unsigned grid) {
  PIT_CHECK(cudaMemsetAsync(c.guardFlag, 0, sizeof(int), c.stream));
  PIT_LAUNCH(pit_check_finite, dim3(grid, 1, 1), dim3(256, 1, 1), 0, c.stream, data, n, c.guardFlag);
  PIT_CHECK(cudaGetLastError());
  int flag = 0;
  PIT_CHECK(cudaMemcpyAsync(&flag, c.guardFlag, sizeof(int), cudaMemcpyDeviceToHost, c.stream));
  PIT_CHECK(cudaStreamSynchronize(c.stream));
  return flag == 0;
}

} /* namespace pit */


/* ---- program tables (from the launch spec) ---- */
static const int kTensorCount = 10;
static const pit::TensorInfo kTensors[] = {
  {0, 3, {12LL, 1024LL, 64LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 0, 0, 0}, /* t0: q */
  {0, 3, {12LL, 1024LL, 64LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 0, 0, 1}, /* t1: k */
  {0, 3, {12LL, 1024LL, 64LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 0, 0, 2}, /* t2: v */
  {2, 1, {1024LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 0, 0, 3}, /* t3: g */
  {2, 2, {1024LL, 1024LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 0, 4}, /* t4: keep */
  {0, 3, {12LL, 1024LL, 1024LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 0, 5}, /* t5: s */
  {0, 2, {12LL, 1024LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 0, 6}, /* t6: mx */
  {0, 3, {12LL, 1024LL, 1024LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 0, 7}, /* t7: ex */
  {0, 2, {12LL, 1024LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 0, 8}, /* t8: z */
  {0, 3, {12LL, 1024LL, 64LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 1, 9}, /* t9: o */
};
static const int kBufferCount = 19;
static const pit::BufferInfo kBuffers[] = {
  {4, 786432LL}, /* b0: tensor t0 */
  {4, 786432LL}, /* b1: tensor t1 */
  {4, 786432LL}, /* b2: tensor t2 */
  {1, 1024LL}, /* b3: tensor t3 */
  {1, 1048576LL}, /* b4: tensor t4 */
  {4, 12582912LL}, /* b5: tensor t5 */
  {4, 12288LL}, /* b6: tensor t6 */
  {4, 12582912LL}, /* b7: tensor t7 */
  {4, 12288LL}, /* b8: tensor t8 */
  {4, 786432LL}, /* b9: tensor t9 */
  {1, 32768LL}, /* b10: index */
  {4, 32LL}, /* b11: index */
  {4, 33LL}, /* b12: index */
  {4, 32768LL}, /* b13: index */
  {4, 32768LL}, /* b14: index */
  {4, 12582912LL}, /* b15: scratch */
  {4, 12288LL}, /* b16: scratch */
  {4, 12288LL}, /* b17: scratch */
  {4, 786432LL}, /* b18: scratch */
};
static const int kOpCount = 6;
static const int kIndexCount = 1;
static const int kIndexPtr[] = {12};
static const int kIndexStrips[] = {32};
static const int kMainSegments = 7;
static const int kMainSegOp[] = {0, 1, 1, 2, 3, 4, 5};
static const int kMainSegIndex[] = {0, 1, 0, 0, 0, 0, 0};
static const int kDenseSegments = 6;
static const int kDenseSegOp[] = {0, 1, 2, 3, 4, 5};
static const int kDenseSegIndex[] = {0, 0, 0, 0, 0, 0};

static bool plan_main(pit::Context& c, pit::Timeline& tl) {
  void* const* b = c.buffers;
  /* op 0 (keep): kernel */
  pit::mark(tl, 0, c.stream);
  PIT_LAUNCH(k0_dense, dim3(4096, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<unsigned char*>(b[4]), static_cast<unsigned char*>(b[3]));
  PIT_CHECK(cudaGetLastError());
  /* op 1 (s): index */
  pit::mark(tl, 1, c.stream);
  PIT_CHECK(cudaMemsetAsync(b[11], 0, 128, c.stream));
  PIT_LAUNCH(x0_flags, dim3(128, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<unsigned char*>(b[4]), static_cast<unsigned char*>(b[10]), static_cast<int*>(b[11]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(pit_scan_counts, dim3(1, 1, 1), dim3(1024, 1, 1), 0, c.stream, static_cast<int*>(b[11]), static_cast<int*>(b[12]), 32);
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(pit_compact_ordered, dim3(32, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<unsigned char*>(b[10]), static_cast<int*>(b[12]), static_cast<int*>(b[13]), static_cast<int*>(b[14]), 1024);
  PIT_CHECK(cudaGetLastError());
  /* op 1 (s): kernel */
  pit::mark(tl, 2, c.stream);
  PIT_LAUNCH(pit_fill_f32, dim3(49152, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[15]), 12582912LL, pit::f32_from_bits(0x00000000u));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k1_gemm, dim3(16, 1, 384), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[15]), static_cast<float*>(b[0]), static_cast<float*>(b[1]), static_cast<int*>(b[12]), static_cast<int*>(b[13]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k1_epilogue, dim3(49152, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[5]), static_cast<unsigned char*>(b[4]), static_cast<float*>(b[15]));
  PIT_CHECK(cudaGetLastError());
  /* op 2 (mx): kernel */
  pit::mark(tl, 3, c.stream);
  PIT_LAUNCH(k2_partial, dim3(48, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[16]), static_cast<float*>(b[5]), static_cast<int*>(b[12]), static_cast<int*>(b[13]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k2_out, dim3(48, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[6]), static_cast<float*>(b[16]));
  PIT_CHECK(cudaGetLastError());
  if (!pit::all_finite(c, static_cast<const float*>(b[6]), 12288LL, 48u)) {
    c.failedGuard = 6;
    return false;
  }
  /* op 3 (ex): kernel */
  pit::mark(tl, 4, c.stream);
  PIT_LAUNCH(pit_fill_f32, dim3(49152, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[7]), 12582912LL, pit::f32_from_bits(0x00000000u));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k3_cells, dim3(49152, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[7]), static_cast<float*>(b[5]), static_cast<float*>(b[6]), static_cast<int*>(b[12]), static_cast<int*>(b[13]), static_cast<int*>(b[14]));
  PIT_CHECK(cudaGetLastError());
  /* op 4 (z): kernel */
  pit::mark(tl, 5, c.stream);
  PIT_LAUNCH(k4_partial, dim3(48, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[17]), static_cast<float*>(b[7]), static_cast<int*>(b[12]), static_cast<int*>(b[13]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k4_out, dim3(48, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[8]), static_cast<float*>(b[17]));
  PIT_CHECK(cudaGetLastError());
  /* op 5 (o): kernel */
  pit::mark(tl, 6, c.stream);
  PIT_LAUNCH(pit_fill_f32, dim3(3072, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[18]), 786432LL, pit::f32_from_bits(0x00000000u));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k5_gemm, dim3(1, 1, 384), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[18]), static_cast<float*>(b[7]), static_cast<float*>(b[2]), static_cast<int*>(b[12]), static_cast<int*>(b[13]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k5_epilogue, dim3(3072, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[9]), static_cast<float*>(b[8]), static_cast<float*>(b[18]));
  PIT_CHECK(cudaGetLastError());
  pit::mark(tl, 7, c.stream);
  return true;
}

static bool plan_dense(pit::Context& c, pit::Timeline& tl) {
  void* const* b = c.buffers;
  /* op 0 (keep): kernel */
  pit::mark(tl, 0, c.stream);
  PIT_LAUNCH(k0_dense, dim3(4096, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<unsigned char*>(b[4]), static_cast<unsigned char*>(b[3]));
  PIT_CHECK(cudaGetLastError());
  /* op 1 (s): kernel */
  pit::mark(tl, 1, c.stream);
  PIT_LAUNCH(pit_fill_f32, dim3(49152, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[15]), 12582912LL, pit::f32_from_bits(0x00000000u));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k1d_gemm, dim3(16, 16, 12), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[15]), static_cast<float*>(b[0]), static_cast<float*>(b[1]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k1d_epilogue, dim3(49152, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[5]), static_cast<unsigned char*>(b[4]), static_cast<float*>(b[15]));
  PIT_CHECK(cudaGetLastError());
  /* op 2 (mx): kernel */
  pit::mark(tl, 2, c.stream);
  PIT_LAUNCH(k2d_dense, dim3(48, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[6]), static_cast<float*>(b[5]));
  PIT_CHECK(cudaGetLastError());
  /* op 3 (ex): kernel */
  pit::mark(tl, 3, c.stream);
  PIT_LAUNCH(k3d_dense, dim3(49152, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[7]), static_cast<float*>(b[5]), static_cast<float*>(b[6]));
  PIT_CHECK(cudaGetLastError());
  /* op 4 (z): kernel */
  pit::mark(tl, 4, c.stream);
  PIT_LAUNCH(k4d_dense, dim3(48, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[8]), static_cast<float*>(b[7]));
  PIT_CHECK(cudaGetLastError());
  /* op 5 (o): kernel */
  pit::mark(tl, 5, c.stream);
  PIT_LAUNCH(pit_fill_f32, dim3(3072, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[18]), 786432LL, pit::f32_from_bits(0x00000000u));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k5d_gemm, dim3(1, 16, 12), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[18]), static_cast<float*>(b[7]), static_cast<float*>(b[2]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k5d_epilogue, dim3(3072, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[9]), static_cast<float*>(b[8]), static_cast<float*>(b[18]));
  PIT_CHECK(cudaGetLastError());
  pit::mark(tl, 6, c.stream);
  return true;
}

int main(int argc, char** argv) {
  const pit::Args args = pit::parse_args(argc, argv);
  int devices = 0;
  if (cudaGetDeviceCount(&devices) != cudaSuccess || devices == 0) {
    std::fprintf(stderr, "pitc-cuda: no CUDA device\n");
    return 3;
  }
  PIT_CHECK(cudaSetDevice(0));
  cudaDeviceProp prop;
  PIT_CHECK(cudaGetDeviceProperties(&prop, 0));
  pit::Context c;
  c.failedGuard = -1;
  PIT_CHECK(cudaStreamCreate(&c.stream));
  c.buffers = static_cast<void**>(std::calloc(kBufferCount, sizeof(void*)));
  if (!c.buffers) pit::fail("out of memory", nullptr);
  for (int i = 0; i < kBufferCount; ++i) {
    PIT_CHECK(cudaMalloc(&c.buffers[i], static_cast<size_t>(kBuffers[i].elementBytes) * static_cast<size_t>(kBuffers[i].count)));
  }
  PIT_CHECK(cudaMalloc(reinterpret_cast<void**>(&c.guardFlag), sizeof(int)));
  for (int i = 0; i < kTensorCount; ++i) {
    const pit::TensorInfo& t = kTensors[i];
    if (t.role == 2) continue;
    const size_t bytes = static_cast<size_t>(kBuffers[t.buffer].elementBytes) * static_cast<size_t>(kBuffers[t.buffer].count);
    void* host = std::malloc(bytes);
    if (!host) pit::fail("out of memory", nullptr);
    pit::read_npy(pit::tensor_path(args.in, i).text, t, host);
    PIT_CHECK(cudaMemcpy(c.buffers[t.buffer], host, bytes, cudaMemcpyHostToDevice));
    std::free(host);
  }
  pit::Timeline mainLine = pit::make_timeline(kMainSegments);
  pit::Timeline denseLine = pit::make_timeline(kDenseSegments);
  const int runs = args.repeat;
  double* indexMs = static_cast<double*>(std::calloc(static_cast<size_t>(kOpCount) * static_cast<size_t>(runs), sizeof(double)));
  double* kernelMs = static_cast<double*>(std::calloc(static_cast<size_t>(kOpCount) * static_cast<size_t>(runs), sizeof(double)));
  double* totalMs = static_cast<double*>(std::calloc(static_cast<size_t>(runs), sizeof(double)));
  if (!indexMs || !kernelMs || !totalMs) pit::fail("out of memory", nullptr);
  bool usedDense = false;
  for (int r = 0; r < args.warmup + runs; ++r) {
    c.failedGuard = -1;
    const bool ok = plan_main(c, mainLine);
    if (!ok) plan_dense(c, denseLine);
    PIT_CHECK(cudaStreamSynchronize(c.stream));
    if (r < args.warmup) continue;
    const int k = r - args.warmup;
    usedDense = !ok;
    const pit::Timeline* line = ok ? &mainLine : &denseLine;
    const int segments = ok ? kMainSegments : kDenseSegments;
    const int* segOp = ok ? kMainSegOp : kDenseSegOp;
    const int* segIndex = ok ? kMainSegIndex : kDenseSegIndex;
    for (int s = 0; s < segments; ++s) {
      const double ms = pit::between(*line, s, s + 1);
      (segIndex[s] ? indexMs : kernelMs)[segOp[s] * runs + k] += ms;
    }
    totalMs[k] = pit::between(*line, 0, segments);
  }
  for (int i = 0; i < kTensorCount; ++i) {
    const pit::TensorInfo& t = kTensors[i];
    if (!t.output) continue;
    const size_t bytes = static_cast<size_t>(kBuffers[t.buffer].elementBytes) * static_cast<size_t>(kBuffers[t.buffer].count);
    void* host = std::malloc(bytes);
    if (!host) pit::fail("out of memory", nullptr);
    PIT_CHECK(cudaMemcpy(host, c.buffers[t.buffer], bytes, cudaMemcpyDeviceToHost));
    pit::write_npy(pit::tensor_path(args.out, i).text, t, host);
    std::free(host);
  }
  std::printf("{\"format\":\"pitc-cuda-run/1\",\"device\":");
  pit::print_json_string(prop.name);
  std::printf(",\"runs\":%d,\"plan\":\"%s\",\"failedGuard\":%d,\"totalMs\":%.6f,\"ops\":[", runs, usedDense ? "dense" : "main", c.failedGuard,
              pit::median(totalMs, runs));
  for (int op = 0; op < kOpCount; ++op) {
    std::printf("%s{\"op\":%d,\"indexMs\":%.6f,\"kernelMs\":%.6f}", op == 0 ? "" : ",", op, pit::median(indexMs + op * runs, runs),
                pit::median(kernelMs + op * runs, runs));
  }
  std::printf("],\"indexes\":[");
  for (int x = 0; x < kIndexCount; ++x) {
    int listed = 0;
    PIT_CHECK(cudaMemcpy(&listed, static_cast<int*>(c.buffers[kIndexPtr[x]]) + kIndexStrips[x], sizeof(int), cudaMemcpyDeviceToHost));
    std::printf("%s{\"index\":%d,\"listed\":%d}", x == 0 ? "" : ",", x, listed);
  }
  std::printf("]}\n");
  std::free(indexMs);
  std::free(kernelMs);
  std::free(totalMs);
  pit::free_timeline(mainLine);
  pit::free_timeline(denseLine);
  for (int i = 0; i < kBufferCount; ++i) PIT_CHECK(cudaFree(c.buffers[i]));
  std::free(c.buffers);
  PIT_CHECK(cudaFree(c.guardFlag));
  PIT_CHECK(cudaStreamDestroy(c.stream));
  return 0;
}
