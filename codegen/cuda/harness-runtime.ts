/**
 * The fixed part of the host harness (C++17): error checks, command-line arguments, a strict
 * `.npy` reader (versions 1-3, little-endian f4/i4 and b1, C order only, shape checked against
 * the program) and writer (version 1), JSON string escaping and medians. The generated part
 * (harness.ts) holds the program's tables, plans and `main`.
 */
export const HARNESS_RUNTIME = `
/* ======================= host harness ======================= */
#define PIT_CHECK(call)                                                                         \\
  do {                                                                                          \\
    const cudaError_t pit_err_ = (call);                                                        \\
    if (pit_err_ != cudaSuccess) {                                                              \\
      std::fprintf(stderr, "pitc-cuda: CUDA error %s at line %d\\n", cudaGetErrorString(pit_err_), __LINE__); \\
      std::exit(3);                                                                             \\
    }                                                                                           \\
  } while (0)

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

[[noreturn]] inline void fail(const std::string& message) {
  std::fprintf(stderr, "pitc-cuda: %s\\n", message.c_str());
  std::exit(2);
}

inline float f32_from_bits(unsigned int bits) {
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

struct Args {
  std::string in;
  std::string out;
  int repeat = 1;
  int warmup = 1;
};

inline Args parse_args(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string key = argv[i];
    if (i + 1 >= argc) fail("option " + key + " needs a value");
    const std::string value = argv[++i];
    if (key == "--in") a.in = value;
    else if (key == "--out") a.out = value;
    else if (key == "--repeat") a.repeat = std::max(1, std::atoi(value.c_str()));
    else if (key == "--warmup") a.warmup = std::max(0, std::atoi(value.c_str()));
    else fail("unknown option " + key + " (usage: --in DIR --out DIR [--repeat N] [--warmup N])");
  }
  if (a.in.empty() || a.out.empty()) fail("usage: --in DIR --out DIR [--repeat N] [--warmup N]");
  return a;
}

inline const char* descr_of(int dtype) { return dtype == kF32 ? "<f4" : dtype == kI32 ? "<i4" : "|b1"; }
inline int bytes_of(int dtype) { return dtype == kBool ? 1 : 4; }

inline std::string tensor_path(const std::string& dir, int id) { return dir + "/t" + std::to_string(id) + ".npy"; }

inline std::vector<unsigned char> read_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) fail("cannot read " + path);
  std::vector<unsigned char> data;
  unsigned char chunk[65536];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, f)) > 0) data.insert(data.end(), chunk, chunk + n);
  std::fclose(f);
  return data;
}

/* The quoted or bare value after 'key': in a header dict. */
inline std::string header_value(const std::string& header, const std::string& key, const std::string& path) {
  const size_t k = header.find("'" + key + "'");
  if (k == std::string::npos) fail(path + ": .npy header has no '" + key + "'");
  size_t v = header.find(':', k);
  if (v == std::string::npos) fail(path + ": malformed .npy header");
  ++v;
  while (v < header.size() && header[v] == ' ') ++v;
  if (v >= header.size()) fail(path + ": malformed .npy header");
  if (header[v] == '\\'') {
    const size_t end = header.find('\\'', v + 1);
    if (end == std::string::npos) fail(path + ": malformed .npy header");
    return header.substr(v + 1, end - v - 1);
  }
  if (header[v] == '(') {
    const size_t end = header.find(')', v);
    if (end == std::string::npos) fail(path + ": malformed .npy header");
    return header.substr(v + 1, end - v - 1);
  }
  size_t end = v;
  while (end < header.size() && header[end] != ',' && header[end] != '}' && header[end] != ' ') ++end;
  return header.substr(v, end - v);
}

/* Reads a C-order .npy file of the tensor's dtype and exact shape into dst. */
inline void read_npy(const std::string& path, const TensorInfo& t, void* dst) {
  const std::vector<unsigned char> bytes = read_file(path);
  static const unsigned char magic[6] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
  if (bytes.size() < 10 || std::memcmp(bytes.data(), magic, 6) != 0) fail(path + ": not a .npy file");
  const int major = bytes[6];
  size_t start;
  size_t length;
  if (major == 1) {
    start = 10;
    length = static_cast<size_t>(bytes[8]) | (static_cast<size_t>(bytes[9]) << 8);
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12) fail(path + ": truncated .npy file");
    start = 12;
    length = static_cast<size_t>(bytes[8]) | (static_cast<size_t>(bytes[9]) << 8) | (static_cast<size_t>(bytes[10]) << 16) | (static_cast<size_t>(bytes[11]) << 24);
  } else {
    fail(path + ": unsupported .npy version " + std::to_string(major));
  }
  if (bytes.size() < start + length) fail(path + ": truncated .npy header");
  const std::string header(reinterpret_cast<const char*>(bytes.data() + start), length);
  const std::string descr = header_value(header, "descr", path);
  if (descr != descr_of(t.dtype)) fail(path + ": dtype " + descr + ", expected " + descr_of(t.dtype));
  if (header_value(header, "fortran_order", path) != "False") fail(path + ": Fortran-order arrays are not supported");
  const std::string shape = header_value(header, "shape", path);
  std::vector<long long> dims;
  size_t i = 0;
  while (i < shape.size()) {
    while (i < shape.size() && (shape[i] == ' ' || shape[i] == ',')) ++i;
    if (i >= shape.size()) break;
    if (shape[i] < '0' || shape[i] > '9') fail(path + ": malformed shape (" + shape + ")");
    long long d = 0;
    while (i < shape.size() && shape[i] >= '0' && shape[i] <= '9') d = d * 10 + (shape[i++] - '0');
    if (i < shape.size() && shape[i] == 'L') ++i;
    dims.push_back(d);
  }
  bool same = static_cast<int>(dims.size()) == t.rank;
  long long count = 1;
  for (int d = 0; d < t.rank; ++d) {
    count *= t.shape[d];
    if (same && dims[static_cast<size_t>(d)] != t.shape[d]) same = false;
  }
  if (!same) fail(path + ": shape (" + shape + ") does not match the program");
  const size_t need = static_cast<size_t>(count) * static_cast<size_t>(bytes_of(t.dtype));
  if (bytes.size() < start + length + need) fail(path + ": truncated .npy data");
  std::memcpy(dst, bytes.data() + start + length, need);
}

inline void write_npy(const std::string& path, const TensorInfo& t, const void* src) {
  std::string header = std::string("{'descr': '") + descr_of(t.dtype) + "', 'fortran_order': False, 'shape': (";
  long long count = 1;
  for (int d = 0; d < t.rank; ++d) {
    header += std::to_string(t.shape[d]) + (t.rank == 1 ? "," : d + 1 < t.rank ? ", " : "");
    count *= t.shape[d];
  }
  header += "), }";
  while ((10 + header.size() + 1) % 64 != 0) header += ' ';
  header += '\\n';
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) fail("cannot write " + path);
  const unsigned char head[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, static_cast<unsigned char>(header.size() & 0xff), static_cast<unsigned char>(header.size() >> 8)};
  const size_t bytes = static_cast<size_t>(count) * static_cast<size_t>(bytes_of(t.dtype));
  const bool ok = std::fwrite(head, 1, 10, f) == 10 && std::fwrite(header.data(), 1, header.size(), f) == header.size() &&
                  std::fwrite(src, 1, bytes, f) == bytes;
  if (std::fclose(f) != 0 || !ok) fail("cannot write " + path);
}

inline std::string json_string(const char* text) {
  std::string out = "\\"";
  for (const char* p = text; *p; ++p) {
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c == '"' || c == '\\\\') {
      out += '\\\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7f) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\\\u%04x", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\\"";
}

inline double median(std::vector<double> v) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/* One plan's events: one before each timed segment and one at the end. */
struct Timeline {
  std::vector<cudaEvent_t> events;
  explicit Timeline(int segments) : events(static_cast<size_t>(segments) + 1) {
    for (cudaEvent_t& e : events) PIT_CHECK(cudaEventCreate(&e));
  }
  ~Timeline() {
    for (cudaEvent_t& e : events) cudaEventDestroy(e);
  }
  Timeline(const Timeline&) = delete;
  Timeline& operator=(const Timeline&) = delete;
  void mark(int i, cudaStream_t stream) { PIT_CHECK(cudaEventRecord(events[static_cast<size_t>(i)], stream)); }
  float between(int i, int j) const {
    float ms = 0.0f;
    PIT_CHECK(cudaEventElapsedTime(&ms, events[static_cast<size_t>(i)], events[static_cast<size_t>(j)]));
    return ms;
  }
};

/* Everything a plan needs: device buffers, the stream, its timeline, the guard flag. */
struct Context {
  std::vector<void*> buffers;
  cudaStream_t stream;
  int* guardFlag;
  int failedGuard;
};

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
