/**
 * The fixed part of the host harness, in plain C-style C++ (no STL: the harness compiles fast):
 * command-line arguments, a strict `.npy` reader (versions 1-3, little-endian `<f4`/`<i4` and
 * `|b1`, C order only, shape checked against the program) and writer (version 1), JSON string
 * escaping, medians and event timelines. The generated part (harness.ts) holds the program's
 * tables, plans and `main`.
 */
export const HARNESS_RUNTIME = `
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
  std::fprintf(stderr, "pitc-cuda: %s%s%s\\n", path ? path : "", path ? ": " : "", what);
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
  if (*v == '\\'') {
    ++v;
    end = std::strchr(v, '\\'');
  } else if (*v == '(') {
    ++v;
    end = std::strchr(v, ')');
  } else {
    end = v;
    while (*end && *end != ',' && *end != '}' && *end != ' ') ++end;
  }
  if (!end || static_cast<size_t>(end - v) >= cap) fail("malformed .npy header", path);
  std::memcpy(out, v, static_cast<size_t>(end - v));
  out[end - v] = '\\0';
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
  header[length] = '\\0';
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
  header[n++] = '\\n';
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
    if (c == '"' || c == '\\\\') std::printf("\\\\%c", c);
    else if (c < 0x20 || c >= 0x7f) std::printf("\\\\u%04x", c);
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
`;
