/* pitc CUDA translation unit: program layernorm */
/* dims: T=512 */
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
__global__ void __launch_bounds__(256) x0_flags(const float* __restrict__ src, unsigned char* __restrict__ flags, int* __restrict__ counts) {
  const int lane = threadIdx.x & 31;
  for (long long base = static_cast<long long>(blockIdx.x) * 256 + (threadIdx.x & ~31u); base < 12288LL; base += static_cast<long long>(gridDim.x) * 256) {
    const long long t = base + lane;
    int present = 0;
    int strip = -1;
    if (t < 12288LL) {
      const int s = static_cast<int>(t / 768);
      const int g = static_cast<int>(t % 768);
      int q = s;
      const int u0 = q;
      const int lo0 = u0 * 32;
      const int lo1 = g * 1;
      strip = s;
      for (int e0 = lo0; e0 < lo0 + 32 && present == 0; ++e0) {
        for (int e1 = lo1; e1 < lo1 + 1 && present == 0; ++e1) {
          present = ((__float_as_uint(src[e0 * 768 + e1]) & 0x7fffffffu) != 0u) ? 1 : 0;
        }
      }
      flags[t] = static_cast<unsigned char>(present);
    }
    const unsigned same = __match_any_sync(0xffffffffu, strip);
    const unsigned hits = __ballot_sync(0xffffffffu, present != 0) & same;
    if (present != 0 && lane == __ffs(hits) - 1) atomicAdd(&counts[strip], __popc(hits));
  }
}

__global__ void __launch_bounds__(256) k0_partial(float* __restrict__ partial, const float* __restrict__ t0, const int* __restrict__ ptr, const int* __restrict__ crd) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 512LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a0 = q;
    float r0 = 0.0f;
    const int u0 = a0 / 32;
    const int s = u0;
    for (int p = ptr[s]; p < ptr[s + 1]; ++p) {
      const int g = crd[p];
      for (int a1 = g * 1; a1 < g * 1 + 1; ++a1) {
        r0 = r0 + t0[768 * a0 + a1];
      }
    }
    partial[w] = r0;
  }
}

__global__ void __launch_bounds__(256) k0_out(float* __restrict__ out, const float* __restrict__ partial) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 512LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a0 = q;
    out[w] = (partial[a0] / 768.0f);
  }
}

__global__ void __launch_bounds__(256) k1_dense(float* __restrict__ out, const float* __restrict__ t0, const float* __restrict__ t1) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 393216LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 768; q /= 768;
    const int a0 = q;
    out[w] = (t0[768 * a0 + a1] - t1[a0]);
  }
}

__global__ void __launch_bounds__(256) k2_dense(float* __restrict__ out, const float* __restrict__ t0) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 512LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a0 = q;
    float r0 = 0.0f;
    for (int a1 = 0; a1 < 768; ++a1) {
      r0 = r0 + (t0[768 * a0 + a1] * t0[768 * a0 + a1]);
    }
    out[w] = (r0 / 768.0f);
  }
}

__global__ void __launch_bounds__(256) k3_dense(float* __restrict__ out, const float* __restrict__ t0, const float* __restrict__ t1, const float* __restrict__ t2, const float* __restrict__ t3) {
  for (long long w = static_cast<long long>(blockIdx.x) * 256 + threadIdx.x; w < 393216LL; w += static_cast<long long>(gridDim.x) * 256) {
    int q = static_cast<int>(w);
    const int a1 = q % 768; q /= 768;
    const int a0 = q;
    out[w] = (t0[a1] + ((t1[768 * a0 + a1] * t2[a1]) / sqrtf((t3[a0] + 0.00000999999975f))));
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
static const int kTensorCount = 7;
static const pit::TensorInfo kTensors[] = {
  {0, 2, {512LL, 768LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 0, 0, 0}, /* t0: x */
  {0, 1, {768LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 1, 0, 1}, /* t1: gamma */
  {0, 1, {768LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 1, 0, 2}, /* t2: beta */
  {0, 1, {512LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 0, 3}, /* t3: mu */
  {0, 2, {512LL, 768LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 0, 4}, /* t4: xc */
  {0, 1, {512LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 0, 5}, /* t5: var */
  {0, 2, {512LL, 768LL, 0LL, 0LL, 0LL, 0LL, 0LL, 0LL}, 2, 1, 6}, /* t6: y */
};
static const int kBufferCount = 13;
static const pit::BufferInfo kBuffers[] = {
  {4, 393216LL}, /* b0: tensor t0 */
  {4, 768LL}, /* b1: tensor t1 */
  {4, 768LL}, /* b2: tensor t2 */
  {4, 512LL}, /* b3: tensor t3 */
  {4, 393216LL}, /* b4: tensor t4 */
  {4, 512LL}, /* b5: tensor t5 */
  {4, 393216LL}, /* b6: tensor t6 */
  {1, 12288LL}, /* b7: index */
  {4, 16LL}, /* b8: index */
  {4, 17LL}, /* b9: index */
  {4, 12288LL}, /* b10: index */
  {4, 12288LL}, /* b11: index */
  {4, 512LL}, /* b12: scratch */
};
static const int kOpCount = 4;
static const int kIndexCount = 1;
static const int kIndexPtr[] = {9};
static const int kIndexStrips[] = {16};
static const int kMainSegments = 5;
static const int kMainSegOp[] = {0, 0, 1, 2, 3};
static const int kMainSegIndex[] = {1, 0, 0, 0, 0};

static bool plan_main(pit::Context& c, pit::Timeline& tl) {
  void* const* b = c.buffers;
  /* op 0 (mu): index */
  pit::mark(tl, 0, c.stream);
  PIT_CHECK(cudaMemsetAsync(b[8], 0, 64, c.stream));
  PIT_LAUNCH(x0_flags, dim3(48, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[0]), static_cast<unsigned char*>(b[7]), static_cast<int*>(b[8]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(pit_scan_counts, dim3(1, 1, 1), dim3(1024, 1, 1), 0, c.stream, static_cast<int*>(b[8]), static_cast<int*>(b[9]), 16);
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(pit_compact_ordered, dim3(16, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<unsigned char*>(b[7]), static_cast<int*>(b[9]), static_cast<int*>(b[10]), static_cast<int*>(b[11]), 768);
  PIT_CHECK(cudaGetLastError());
  /* op 0 (mu): kernel */
  pit::mark(tl, 1, c.stream);
  PIT_LAUNCH(k0_partial, dim3(2, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[12]), static_cast<float*>(b[0]), static_cast<int*>(b[9]), static_cast<int*>(b[10]));
  PIT_CHECK(cudaGetLastError());
  PIT_LAUNCH(k0_out, dim3(2, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[3]), static_cast<float*>(b[12]));
  PIT_CHECK(cudaGetLastError());
  /* op 1 (xc): kernel */
  pit::mark(tl, 2, c.stream);
  PIT_LAUNCH(k1_dense, dim3(1536, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[4]), static_cast<float*>(b[0]), static_cast<float*>(b[3]));
  PIT_CHECK(cudaGetLastError());
  /* op 2 (var): kernel */
  pit::mark(tl, 3, c.stream);
  PIT_LAUNCH(k2_dense, dim3(2, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[5]), static_cast<float*>(b[4]));
  PIT_CHECK(cudaGetLastError());
  /* op 3 (y): kernel */
  pit::mark(tl, 4, c.stream);
  PIT_LAUNCH(k3_dense, dim3(1536, 1, 1), dim3(256, 1, 1), 0, c.stream, static_cast<float*>(b[6]), static_cast<float*>(b[2]), static_cast<float*>(b[4]), static_cast<float*>(b[1]), static_cast<float*>(b[5]));
  PIT_CHECK(cudaGetLastError());
  pit::mark(tl, 5, c.stream);
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
  const int runs = args.repeat;
  double* indexMs = static_cast<double*>(std::calloc(static_cast<size_t>(kOpCount) * static_cast<size_t>(runs), sizeof(double)));
  double* kernelMs = static_cast<double*>(std::calloc(static_cast<size_t>(kOpCount) * static_cast<size_t>(runs), sizeof(double)));
  double* totalMs = static_cast<double*>(std::calloc(static_cast<size_t>(runs), sizeof(double)));
  if (!indexMs || !kernelMs || !totalMs) pit::fail("out of memory", nullptr);
  bool usedDense = false;
  for (int r = 0; r < args.warmup + runs; ++r) {
    c.failedGuard = -1;
    const bool ok = plan_main(c, mainLine);
    PIT_CHECK(cudaStreamSynchronize(c.stream));
    if (r < args.warmup) continue;
    const int k = r - args.warmup;
    usedDense = !ok;
    const pit::Timeline* line = &mainLine;
    const int segments = kMainSegments;
    const int* segOp = kMainSegOp;
    const int* segIndex = kMainSegIndex;
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
  for (int i = 0; i < kBufferCount; ++i) PIT_CHECK(cudaFree(c.buffers[i]));
  std::free(c.buffers);
  PIT_CHECK(cudaFree(c.guardFlag));
  PIT_CHECK(cudaStreamDestroy(c.stream));
  return 0;
}
