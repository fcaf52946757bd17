import { assertNever } from '../../ir/core/errors.js';
import { hex32 } from '../emit/c.js';
import { commentText } from './c-text.js';
import type { BufferType, LaunchParam, LaunchSpec, LaunchStep, Phase } from './launch-spec.js';
import { strideGrid } from './program-builder.js';

/**
 * The generated part of the host harness, written from the launch spec alone: tensor and buffer
 * tables, one function per plan (every step of the spec in order, with an event between timed
 * segments), and `main`, which reads the inputs (`--in DIR`, file `t<N>.npy` for tensor N),
 * runs warm-up and timed runs, writes the outputs (`--out DIR`, same naming) and prints one JSON
 * line with per-op median times and each index's listed micro-tiles.
 */

const DTYPE_CODE = { f32: 0, i32: 1, bool: 2 } as const;
const ROLE_CODE = { input: 0, weight: 1, intermediate: 2 } as const;
const ELEMENT_BYTES: Record<BufferType, number> = { float: 4, double: 8, int: 4, 'unsigned char': 1 };

interface Segment {
  readonly op: number;
  readonly phase: Phase;
  readonly steps: readonly LaunchStep[];
}

/** Consecutive steps of the same op and phase: each is timed by a pair of events. */
function segmentsOf(steps: readonly LaunchStep[]): Segment[] {
  const out: { op: number; phase: Phase; steps: LaunchStep[] }[] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (last && last.op === step.op && last.phase === step.phase) last.steps.push(step);
    else out.push({ op: step.op, phase: step.phase, steps: [step] });
  }
  return out;
}

function paramText(p: LaunchParam, spec: LaunchSpec): string {
  switch (p.kind) {
    case 'buffer':
      return `static_cast<${spec.buffers[p.buffer]?.type ?? 'float'}*>(b[${p.buffer}])`;
    case 'int':
      return String(p.value);
    case 'long':
      return `${p.value}LL`;
    case 'f32':
      return `pit::f32_from_bits(${hex32(p.bits)})`;
    case 'repeat-index':
      return 'rep';
    default:
      return assertNever(p, 'cuda');
  }
}

function stepLines(step: LaunchStep, spec: LaunchSpec): string[] {
  switch (step.kind) {
    case 'memset': {
      const buffer = spec.buffers[step.buffer];
      const bytes = (buffer?.count ?? 1) * ELEMENT_BYTES[buffer?.type ?? 'float'];
      return [`PIT_CHECK(cudaMemsetAsync(b[${step.buffer}], 0, ${bytes}, c.stream));`];
    }
    case 'guard': {
      const buffer = spec.buffers[step.buffer];
      const n = buffer?.count ?? 1;
      return [`if (!pit::all_finite(c, static_cast<const float*>(b[${step.buffer}]), ${n}LL, ${strideGrid(n)}u)) {`, `  c.failedGuard = ${step.tensor};`, '  return false;', '}'];
    }
    case 'launch': {
      const [gx, gy, gz] = step.grid;
      const [bx, by, bz] = step.block;
      const args = step.params.map((p) => paramText(p, spec)).join(', ');
      const launch = `PIT_LAUNCH(${step.kernel}, dim3(${gx}, ${gy}, ${gz}), dim3(${bx}, ${by}, ${bz}), ${step.sharedBytes}, c.stream${args ? `, ${args}` : ''});`;
      const check = 'PIT_CHECK(cudaGetLastError());';
      if (step.repeat === undefined) return [launch, check];
      return [`for (int rep = 0; rep < ${step.repeat}; ++rep) {`, `  ${launch}`, `  ${check}`, '}'];
    }
    default:
      return assertNever(step, 'cuda');
  }
}

function planFunction(name: string, steps: readonly LaunchStep[], spec: LaunchSpec): string[] {
  const segments = segmentsOf(steps);
  const lines = [`static bool ${name}(pit::Context& c, pit::Timeline& tl) {`, '  void* const* b = c.buffers;'];
  segments.forEach((seg, i) => {
    const op = spec.ops[seg.op];
    lines.push(`  /* op ${seg.op} (${commentText(op?.name ?? '')}): ${seg.phase} */`);
    lines.push(`  pit::mark(tl, ${i}, c.stream);`);
    for (const step of seg.steps) lines.push(...stepLines(step, spec).map((l) => `  ${l}`));
  });
  lines.push(`  pit::mark(tl, ${segments.length}, c.stream);`, '  return true;', '}');
  return lines;
}

function segmentTables(prefix: string, steps: readonly LaunchStep[]): string[] {
  const segments = segmentsOf(steps);
  return [
    `static const int k${prefix}Segments = ${segments.length};`,
    `static const int k${prefix}SegOp[] = {${segments.map((s) => s.op).join(', ')}};`,
    `static const int k${prefix}SegIndex[] = {${segments.map((s) => (s.phase === 'index' ? 1 : 0)).join(', ')}};`,
  ];
}

export function emitHarness(spec: LaunchSpec): string {
  const out: string[] = [];
  out.push('', '/* ---- program tables (from the launch spec) ---- */');
  out.push(`static const int kTensorCount = ${spec.tensors.length};`);
  out.push('static const pit::TensorInfo kTensors[] = {');
  for (const t of spec.tensors) {
    const shape = [...t.shape, ...new Array<number>(8 - t.shape.length).fill(0)].map((d) => `${d}LL`).join(', ');
    out.push(`  {${DTYPE_CODE[t.dtype]}, ${t.shape.length}, {${shape}}, ${ROLE_CODE[t.role]}, ${t.output ? 1 : 0}, ${t.buffer}}, /* t${t.id}: ${commentText(t.name)} */`);
  }
  out.push('};');
  out.push(`static const int kBufferCount = ${spec.buffers.length};`);
  out.push('static const pit::BufferInfo kBuffers[] = {');
  for (const b of spec.buffers) out.push(`  {${ELEMENT_BYTES[b.type]}, ${b.count}LL}, /* b${b.id}: ${b.role}${b.tensor !== undefined ? ` t${b.tensor}` : ''} */`);
  out.push('};');
  out.push(`static const int kOpCount = ${spec.ops.length};`);
  if (spec.indexes.length > 0) {
    out.push(`static const int kIndexCount = ${spec.indexes.length};`);
    out.push(`static const int kIndexPtr[] = {${spec.indexes.map((x) => x.ptrBuffer).join(', ')}};`);
    out.push(`static const int kIndexStrips[] = {${spec.indexes.map((x) => x.stripCount).join(', ')}};`);
  }
  out.push(...segmentTables('Main', spec.plan));
  if (spec.densePlan) out.push(...segmentTables('Dense', spec.densePlan));
  out.push('');
  out.push(...planFunction('plan_main', spec.plan, spec));
  if (spec.densePlan) out.push('', ...planFunction('plan_dense', spec.densePlan, spec));
  out.push('', ...mainFunction(spec));
  return out.join('\n') + '\n';
}

function mainFunction(spec: LaunchSpec): string[] {
  const dense = spec.densePlan !== undefined;
  const select = dense
    ? [
        '    const pit::Timeline* line = ok ? &mainLine : &denseLine;',
        '    const int segments = ok ? kMainSegments : kDenseSegments;',
        '    const int* segOp = ok ? kMainSegOp : kDenseSegOp;',
        '    const int* segIndex = ok ? kMainSegIndex : kDenseSegIndex;',
      ]
    : ['    const pit::Timeline* line = &mainLine;', '    const int segments = kMainSegments;', '    const int* segOp = kMainSegOp;', '    const int* segIndex = kMainSegIndex;'];
  return [
    'int main(int argc, char** argv) {',
    '  const pit::Args args = pit::parse_args(argc, argv);',
    '  int devices = 0;',
    '  if (cudaGetDeviceCount(&devices) != cudaSuccess || devices == 0) {',
    '    std::fprintf(stderr, "pitc-cuda: no CUDA device\\n");',
    '    return 3;',
    '  }',
    '  PIT_CHECK(cudaSetDevice(0));',
    '  cudaDeviceProp prop;',
    '  PIT_CHECK(cudaGetDeviceProperties(&prop, 0));',
    '  pit::Context c;',
    '  c.failedGuard = -1;',
    '  PIT_CHECK(cudaStreamCreate(&c.stream));',
    '  c.buffers = static_cast<void**>(std::calloc(kBufferCount, sizeof(void*)));',
    '  if (!c.buffers) pit::fail("out of memory", nullptr);',
    '  for (int i = 0; i < kBufferCount; ++i) {',
    '    PIT_CHECK(cudaMalloc(&c.buffers[i], static_cast<size_t>(kBuffers[i].elementBytes) * static_cast<size_t>(kBuffers[i].count)));',
    '  }',
    '  PIT_CHECK(cudaMalloc(reinterpret_cast<void**>(&c.guardFlag), sizeof(int)));',
    '  for (int i = 0; i < kTensorCount; ++i) {',
    '    const pit::TensorInfo& t = kTensors[i];',
    '    if (t.role == 2) continue;',
    '    const size_t bytes = static_cast<size_t>(kBuffers[t.buffer].elementBytes) * static_cast<size_t>(kBuffers[t.buffer].count);',
    '    void* host = std::malloc(bytes);',
    '    if (!host) pit::fail("out of memory", nullptr);',
    '    pit::read_npy(pit::tensor_path(args.in, i).text, t, host);',
    '    PIT_CHECK(cudaMemcpy(c.buffers[t.buffer], host, bytes, cudaMemcpyHostToDevice));',
    '    std::free(host);',
    '  }',
    '  pit::Timeline mainLine = pit::make_timeline(kMainSegments);',
    ...(dense ? ['  pit::Timeline denseLine = pit::make_timeline(kDenseSegments);'] : []),
    '  const int runs = args.repeat;',
    '  double* indexMs = static_cast<double*>(std::calloc(static_cast<size_t>(kOpCount) * static_cast<size_t>(runs), sizeof(double)));',
    '  double* kernelMs = static_cast<double*>(std::calloc(static_cast<size_t>(kOpCount) * static_cast<size_t>(runs), sizeof(double)));',
    '  double* totalMs = static_cast<double*>(std::calloc(static_cast<size_t>(runs), sizeof(double)));',
    '  if (!indexMs || !kernelMs || !totalMs) pit::fail("out of memory", nullptr);',
    '  bool usedDense = false;',
    '  for (int r = 0; r < args.warmup + runs; ++r) {',
    '    c.failedGuard = -1;',
    '    const bool ok = plan_main(c, mainLine);',
    ...(dense ? ['    if (!ok) plan_dense(c, denseLine);'] : []),
    '    PIT_CHECK(cudaStreamSynchronize(c.stream));',
    '    if (r < args.warmup) continue;',
    '    const int k = r - args.warmup;',
    '    usedDense = !ok;',
    ...select,
    '    for (int s = 0; s < segments; ++s) {',
    '      const double ms = pit::between(*line, s, s + 1);',
    '      (segIndex[s] ? indexMs : kernelMs)[segOp[s] * runs + k] += ms;',
    '    }',
    '    totalMs[k] = pit::between(*line, 0, segments);',
    '  }',
    '  for (int i = 0; i < kTensorCount; ++i) {',
    '    const pit::TensorInfo& t = kTensors[i];',
    '    if (!t.output) continue;',
    '    const size_t bytes = static_cast<size_t>(kBuffers[t.buffer].elementBytes) * static_cast<size_t>(kBuffers[t.buffer].count);',
    '    void* host = std::malloc(bytes);',
    '    if (!host) pit::fail("out of memory", nullptr);',
    '    PIT_CHECK(cudaMemcpy(host, c.buffers[t.buffer], bytes, cudaMemcpyDeviceToHost));',
    '    pit::write_npy(pit::tensor_path(args.out, i).text, t, host);',
    '    std::free(host);',
    '  }',
    '  std::printf("{\\"format\\":\\"pitc-cuda-run/1\\",\\"device\\":");',
    '  pit::print_json_string(prop.name);',
    '  std::printf(",\\"runs\\":%d,\\"plan\\":\\"%s\\",\\"failedGuard\\":%d,\\"totalMs\\":%.6f,\\"ops\\":[", runs, usedDense ? "dense" : "main", c.failedGuard,',
    '              pit::median(totalMs, runs));',
    '  for (int op = 0; op < kOpCount; ++op) {',
    '    std::printf("%s{\\"op\\":%d,\\"indexMs\\":%.6f,\\"kernelMs\\":%.6f}", op == 0 ? "" : ",", op, pit::median(indexMs + op * runs, runs),',
    '                pit::median(kernelMs + op * runs, runs));',
    '  }',
    '  std::printf("],\\"indexes\\":[");',
    ...(spec.indexes.length > 0
      ? [
          '  for (int x = 0; x < kIndexCount; ++x) {',
          '    int listed = 0;',
          '    PIT_CHECK(cudaMemcpy(&listed, static_cast<int*>(c.buffers[kIndexPtr[x]]) + kIndexStrips[x], sizeof(int), cudaMemcpyDeviceToHost));',
          '    std::printf("%s{\\"index\\":%d,\\"listed\\":%d}", x == 0 ? "" : ",", x, listed);',
          '  }',
        ]
      : []),
    '  std::printf("]}\\n");',
    '  std::free(indexMs);',
    '  std::free(kernelMs);',
    '  std::free(totalMs);',
    '  pit::free_timeline(mainLine);',
    ...(dense ? ['  pit::free_timeline(denseLine);'] : []),
    '  for (int i = 0; i < kBufferCount; ++i) PIT_CHECK(cudaFree(c.buffers[i]));',
    '  std::free(c.buffers);',
    '  PIT_CHECK(cudaFree(c.guardFlag));',
    '  PIT_CHECK(cudaStreamDestroy(c.stream));',
    '  return 0;',
    '}',
  ];
}
