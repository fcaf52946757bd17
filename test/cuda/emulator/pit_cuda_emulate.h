/*
 * A CPU stand-in for the CUDA features pitc's generated code uses, so a translation unit built
 * with `g++ -x c++ -DPIT_EMULATE` runs its kernels and harness on a machine without a GPU.
 * Test-only; correctness, not speed.
 *
 * Every thread of a block is a fiber (ucontext) on one OS thread; blocks run one after another.
 * `__syncthreads()` parks a fiber until every live thread of the block has arrived; warp
 * collectives (`__ballot_sync`, `__any_sync`, `__shfl_up_sync`, `__match_any_sync`) park it until
 * all live lanes of its warp have arrived, then compute every lane's result at once. `__shared__`
 * becomes `static` (one block runs at a time). Atomics are plain read-modify-writes (fibers never
 * interleave inside one). The host API keeps "device" memory in host memory.
 */
#pragma once

#include <math.h>
#include <ucontext.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline
#define __launch_bounds__(...)
#define __shared__ static
#define __align__(n) __attribute__((aligned(n)))

struct uint3 {
  unsigned x, y, z;
};
struct dim3 {
  unsigned x, y, z;
  dim3(unsigned a = 1, unsigned b = 1, unsigned c = 1) : x(a), y(b), z(c) {}
};
struct alignas(8) float2 {
  float x, y;
};
struct alignas(16) float4 {
  float x, y, z, w;
};
inline float4 make_float4(float x, float y, float z, float w) { return float4{x, y, z, w}; }

namespace pit_emu {

inline uint3 thread_idx;
inline uint3 block_idx;
inline dim3 block_dim;
inline dim3 grid_dim;

enum Status { kRunnable, kBlockWait, kWarpWait, kDone };
enum WarpOp { kBallot, kShflUp, kMatchAny };

struct Fiber {
  ucontext_t ctx;
  char* stack;
  Status status;
  WarpOp op;
  int in;
  int arg;
  unsigned out;
};

constexpr size_t kStackBytes = 256 * 1024;
inline ucontext_t scheduler;
inline Fiber* fibers = nullptr;
inline int fiber_capacity = 0;
inline int current = -1;
inline const std::function<void()>* job = nullptr;

[[noreturn]] inline void die(const char* why) {
  std::fprintf(stderr, "pit_cuda_emulate: %s\n", why);
  std::abort();
}

inline void trampoline() {
  (*job)();
  fibers[current].status = kDone;
  swapcontext(&fibers[current].ctx, &scheduler);
}

inline void park(Status s) {
  fibers[current].status = s;
  swapcontext(&fibers[current].ctx, &scheduler);
}

inline unsigned warp_op(WarpOp op, int in, int arg) {
  Fiber& f = fibers[current];
  f.op = op;
  f.in = in;
  f.arg = arg;
  park(kWarpWait);
  return fibers[current].out;
}

/* All live lanes of warp w wait at a collective: compute their results and wake them. */
inline bool resolve_warp(int w, int n) {
  const int lo = w * 32;
  const int hi = lo + 32 < n ? lo + 32 : n;
  bool any = false;
  for (int i = lo; i < hi; ++i) {
    if (fibers[i].status == kDone) continue;
    if (fibers[i].status != kWarpWait) return false;
    any = true;
  }
  if (!any) return false;
  for (int i = lo; i < hi; ++i) {
    Fiber& f = fibers[i];
    if (f.status != kWarpWait) continue;
    if (f.op != fibers[lo].op && fibers[lo].status == kWarpWait) die("lanes of a warp are at different collectives");
    unsigned r = 0;
    const int lane = i - lo;
    switch (f.op) {
      case kBallot:
        for (int j = lo; j < hi; ++j)
          if (fibers[j].status == kWarpWait && fibers[j].in != 0) r |= 1u << (j - lo);
        break;
      case kShflUp:
        r = static_cast<unsigned>(lane >= f.arg ? fibers[i - f.arg].in : f.in);
        break;
      case kMatchAny:
        for (int j = lo; j < hi; ++j)
          if (fibers[j].status == kWarpWait && fibers[j].in == f.in) r |= 1u << (j - lo);
        break;
    }
    f.out = r;
  }
  for (int i = lo; i < hi; ++i)
    if (fibers[i].status == kWarpWait) fibers[i].status = kRunnable;
  return true;
}

inline void run_block(int n, const std::function<void()>& f) {
  if (n > fiber_capacity) {
    Fiber* grown = static_cast<Fiber*>(std::realloc(fibers, sizeof(Fiber) * static_cast<size_t>(n)));
    if (!grown) die("out of memory");
    fibers = grown;
    for (int i = fiber_capacity; i < n; ++i) {
      fibers[i].stack = static_cast<char*>(std::malloc(kStackBytes));
      if (!fibers[i].stack) die("out of memory");
    }
    fiber_capacity = n;
  }
  job = &f;
  for (int i = 0; i < n; ++i) {
    Fiber& fb = fibers[i];
    getcontext(&fb.ctx);
    fb.ctx.uc_stack.ss_sp = fb.stack;
    fb.ctx.uc_stack.ss_size = kStackBytes;
    fb.ctx.uc_link = nullptr;
    makecontext(&fb.ctx, trampoline, 0);
    fb.status = kRunnable;
  }
  const unsigned bx = block_dim.x, by = block_dim.y;
  for (;;) {
    bool progress = false;
    for (int i = 0; i < n; ++i) {
      if (fibers[i].status != kRunnable) continue;
      current = i;
      const unsigned u = static_cast<unsigned>(i);
      thread_idx = uint3{u % bx, (u / bx) % by, u / (bx * by)};
      swapcontext(&scheduler, &fibers[i].ctx);
      progress = true;
    }
    for (int w = 0; w * 32 < n; ++w) progress = resolve_warp(w, n) || progress;
    bool done = true, allAtBarrier = true;
    for (int i = 0; i < n; ++i) {
      if (fibers[i].status == kDone) continue;
      done = false;
      if (fibers[i].status != kBlockWait) allAtBarrier = false;
    }
    if (done) break;
    if (allAtBarrier) {
      for (int i = 0; i < n; ++i)
        if (fibers[i].status == kBlockWait) fibers[i].status = kRunnable;
      progress = true;
    }
    if (!progress) die("deadlock: threads wait at different barriers");
  }
  current = -1;
}

template <class F>
void launch(dim3 grid, dim3 block, F&& body) {
  const std::function<void()> f(body);
  grid_dim = grid;
  block_dim = block;
  const int n = static_cast<int>(block.x * block.y * block.z);
  for (unsigned z = 0; z < grid.z; ++z)
    for (unsigned y = 0; y < grid.y; ++y)
      for (unsigned x = 0; x < grid.x; ++x) {
        block_idx = uint3{x, y, z};
        run_block(n, f);
      }
}

}  // namespace pit_emu

#define threadIdx (::pit_emu::thread_idx)
#define blockIdx (::pit_emu::block_idx)
#define blockDim (::pit_emu::block_dim)
#define gridDim (::pit_emu::grid_dim)
#define PIT_LAUNCH(kernel, grid, block, shared, stream, ...) ::pit_emu::launch(grid, block, [&]() { kernel(__VA_ARGS__); })

inline void __syncthreads() { ::pit_emu::park(::pit_emu::kBlockWait); }
inline unsigned __ballot_sync(unsigned, int p) { return ::pit_emu::warp_op(::pit_emu::kBallot, p != 0, 0); }
inline int __any_sync(unsigned, int p) { return ::pit_emu::warp_op(::pit_emu::kBallot, p != 0, 0) != 0; }
inline int __shfl_up_sync(unsigned, int v, unsigned d) { return static_cast<int>(::pit_emu::warp_op(::pit_emu::kShflUp, v, static_cast<int>(d))); }
inline unsigned __match_any_sync(unsigned, int v) { return ::pit_emu::warp_op(::pit_emu::kMatchAny, v, 0); }
inline int __popc(unsigned x) { return __builtin_popcount(x); }
inline int __ffs(unsigned x) { return __builtin_ffs(static_cast<int>(x)); }
inline int atomicAdd(int* p, int v) {
  const int old = *p;
  *p = old + v;
  return old;
}
inline float atomicAdd(float* p, float v) {
  const float old = *p;
  *p = old + v;
  return old;
}
inline float __uint_as_float(unsigned u) {
  float f;
  std::memcpy(&f, &u, sizeof f);
  return f;
}
inline unsigned __float_as_uint(float f) {
  unsigned u;
  std::memcpy(&u, &f, sizeof u);
  return u;
}
inline int min(int a, int b) { return a < b ? a : b; }
inline int max(int a, int b) { return a > b ? a : b; }

/* ---- host API ---- */
enum cudaError_t { cudaSuccess = 0, cudaErrorMemoryAllocation = 2 };
enum cudaMemcpyKind { cudaMemcpyHostToDevice = 1, cudaMemcpyDeviceToHost = 2 };
typedef struct pit_emu_stream* cudaStream_t;
struct pit_emu_event {
  std::chrono::steady_clock::time_point at;
};
typedef pit_emu_event* cudaEvent_t;
struct cudaDeviceProp {
  char name[256];
};

inline const char* cudaGetErrorString(cudaError_t) { return "emulated CUDA error"; }
inline cudaError_t cudaGetLastError() { return cudaSuccess; }
inline cudaError_t cudaGetDeviceCount(int* n) {
  *n = 1;
  return cudaSuccess;
}
inline cudaError_t cudaSetDevice(int) { return cudaSuccess; }
inline cudaError_t cudaGetDeviceProperties(cudaDeviceProp* p, int) {
  std::snprintf(p->name, sizeof p->name, "pit_cuda_emulate (CPU)");
  return cudaSuccess;
}
inline cudaError_t cudaStreamCreate(cudaStream_t* s) {
  *s = nullptr;
  return cudaSuccess;
}
inline cudaError_t cudaStreamDestroy(cudaStream_t) { return cudaSuccess; }
inline cudaError_t cudaStreamSynchronize(cudaStream_t) { return cudaSuccess; }
template <class T>
cudaError_t cudaMalloc(T** p, size_t bytes) {
  /* garbage (NaN as floats), like device memory: kernels must not read what they did not write */
  void* q = std::aligned_alloc(256, (bytes + 255) / 256 * 256);
  if (!q) return cudaErrorMemoryAllocation;
  std::memset(q, 0xFF, (bytes + 255) / 256 * 256);
  *p = static_cast<T*>(q);
  return cudaSuccess;
}
inline cudaError_t cudaFree(void* p) {
  std::free(p);
  return cudaSuccess;
}
inline cudaError_t cudaMemcpy(void* d, const void* s, size_t n, cudaMemcpyKind) {
  std::memcpy(d, s, n);
  return cudaSuccess;
}
inline cudaError_t cudaMemcpyAsync(void* d, const void* s, size_t n, cudaMemcpyKind, cudaStream_t) {
  std::memcpy(d, s, n);
  return cudaSuccess;
}
inline cudaError_t cudaMemsetAsync(void* d, int v, size_t n, cudaStream_t) {
  std::memset(d, v, n);
  return cudaSuccess;
}
inline cudaError_t cudaEventCreate(cudaEvent_t* e) {
  *e = new pit_emu_event();
  return cudaSuccess;
}
inline cudaError_t cudaEventDestroy(cudaEvent_t e) {
  delete e;
  return cudaSuccess;
}
inline cudaError_t cudaEventRecord(cudaEvent_t e, cudaStream_t) {
  e->at = std::chrono::steady_clock::now();
  return cudaSuccess;
}
inline cudaError_t cudaEventElapsedTime(float* ms, cudaEvent_t a, cudaEvent_t b) {
  *ms = std::chrono::duration<float, std::milli>(b->at - a->at).count();
  return cudaSuccess;
}
