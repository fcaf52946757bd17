import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { concreteTile } from '../../codegen/run/micro-tile.js';
import { emitCudaProgram } from '../../codegen/cuda/emit-program.js';
import type { LaunchSpec } from '../../codegen/cuda/launch-spec.js';
import type { LoweredProgram } from '../../codegen/target.js';
import type { HostTensor } from '../../ir/tensor.js';
import { listedTiles } from '../../ir/sparse-index.js';
import { assembleInputs } from '../../src/cli/run-inputs.js';
import { compareTensors } from '../../src/runtime/compare.js';
import { buildIndex } from '../../src/runtime/index-builder.js';
import { readNpyFile, writeNpyFile } from '../../src/runtime/npy-file.js';
import { importOnnx } from '../../src/onnx/import.js';
import { INTEGER_CASES } from '../helpers/integer-cases.js';
import { maskedAttention, moeLayer, optFfn } from '../onnx/layer-models.js';
import { buildBundles, bundleHostMissing, CAUSAL, GUARDED, lowerSample, lowerSource, SMALL_K, TRANSPOSED, type BuiltBundle, type BundleHost } from './cuda-helpers.js';

/**
 * The generated translation units, run for real on the CPU: every program below is emitted at
 * small dims, bundled into one file, built with g++ against test/cuda/emulator (fibers for CUDA
 * threads, real barriers and warp collectives), and its harness is run on .npy inputs. Where the
 * machine has a GPU (and nvcc), the same bundle is also built with nvcc and run on it. Outputs
 * must match the reference evaluator (f32 against float64, the usual tolerance), and the index
 * the GPU code built must list as many micro-tiles as the runtime's index builder. This checks
 * the kernels' logic (index build, task decoding, gathers, SWrite, guards, the harness's .npy
 * I/O); it says nothing about speed or about real-GPU memory ordering. Every sample and construct
 * at small odd dims is the conformance suite's (test/conformance/cuda.test.ts, same emulator and
 * the same index-size check); the cases here are CUDA's own: GEMM geometries and load forms,
 * order-free variants, guards and which plan ran, ONNX layers, integer edge values, the .npy reader.
 */

interface Case {
  readonly label: string;
  readonly program: LoweredProgram;
  readonly dims: Readonly<Record<string, number>>;
  readonly density?: Readonly<Record<string, number>>;
  readonly deterministic?: boolean;
  /** Adjusts the random inputs in place. */
  readonly edit?: (inputs: Map<string, HostTensor>) => void;
}

/** Keeps every query's own key in an [n, n] bool mask (a fully masked row is NaN in every framework). */
function keepDiagonal(name: string, n: number): (inputs: Map<string, HostTensor>) => void {
  return (inputs) => {
    const mask = inputs.get(name) as HostTensor;
    for (let i = 0; i < n; i++) (mask.data as Uint8Array)[i * (n + 1)] = 1;
  };
}

/** Masks every key of row 2: the max over that row is -inf, the guard fails, the dense plan runs. */
function maskRow2(inputs: Map<string, HostTensor>): void {
  const mask = inputs.get('mask') as HostTensor;
  const cols = mask.shape[1] as number;
  mask.data.fill(0, 2 * cols, 3 * cols);
  mask.data[0] = 1;
}


/** An ONNX model as pitc compiles it: its .pit form (the initializers become random weights here). */
function onnxProgram(bytes: Uint8Array, file: string): LoweredProgram {
  const imported = importOnnx(bytes, file);
  if (!imported.lowered) throw new Error(`${file}: ${imported.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
  return lowerSource(imported.lowered.text, file);
}

const CASES: readonly Case[] = [
  { label: 'matmul 32x1', program: lowerSample('matmul.pit'), dims: { M: 70, K: 100, N: 72 }, density: { a: 0.3 } },
  { label: 'matmul 32x8 (partial edge tiles, 128-bit A loads)', program: lowerSample('matmul.pit', true, { a: [32, 8] }), dims: { M: 70, K: 100, N: 72 }, density: { a: 0.3 } },
  { label: 'matmul 1x64 (rows gathered, strips accumulate)', program: lowerSample('matmul.pit', true, { a: [1, 64] }), dims: { M: 70, K: 150, N: 72 }, density: { a: 0.4 } },
  { label: 'matmul 1x64 order-free', program: lowerSample('matmul.pit', true, { a: [1, 64] }), dims: { M: 70, K: 150, N: 72 }, density: { a: 0.4 }, deterministic: false },
  { label: 'matmul 32x64', program: lowerSample('matmul.pit', true, { a: [32, 64] }), dims: { M: 70, K: 150, N: 68 }, density: { a: 0.5 } },
  // compiled where the 1x64 micro-tile spans K's default (64), run where it does not: the write
  // mode must not be decided by the default size (strips of one row must add, not overwrite)
  { label: 'matmul 1x64, K past its default', program: lowerSource(SMALL_K, 'small-k.pit', true, { a: [1, 64] }), dims: { M: 40, K: 150, N: 36 }, density: { a: 0.5 } },
  { label: 'transposed operands (other 128-bit load forms)', program: lowerSource(TRANSPOSED, 'transposed.pit'), dims: { M: 40, K: 50, N: 36 }, density: { a: 0.5 } },
  { label: 'transposed operands, dense', program: lowerSource(TRANSPOSED, 'transposed.pit', false), dims: { M: 72, K: 50, N: 36 } },
  { label: 'matmul dense', program: lowerSample('matmul.pit', false), dims: { M: 67, K: 35, N: 130 } },
  { label: 'moe order-free', program: lowerSample('moe.pit'), dims: { T: 21, E: 4, D: 12, F: 40 }, density: { r: 0.4 }, deterministic: false },
  { label: 'causal attention, s at 1x8x1', program: lowerSource(CAUSAL, 'causal.pit', true, { s: [1, 8, 1] }), dims: { H: 2, S: 37 } },
  { label: 'guard falls back to dense', program: lowerSource(GUARDED, 'guarded.pit'), dims: { N: 6 }, density: { mask: 0.5 }, edit: maskRow2 },
  { label: 'guard holds', program: lowerSource(GUARDED, 'guarded.pit'), dims: { N: 6 }, edit: (v) => (v.get('mask') as HostTensor).data.fill(1, 0, 13) },
  // whole layers imported from ONNX as PyTorch exports them (test/onnx/layer-models.ts)
  { label: 'ONNX OPT FFN (MatMul + Add, Relu, MatMul + Add)', program: onnxProgram(optFfn({ dModel: 12, dFf: 40 }), 'opt-ffn.onnx'), dims: { batch: 2, seq: 9 } },
  { label: 'ONNX masked attention (Where(mask, s, -inf), Softmax)', program: onnxProgram(maskedAttention({ heads: 2, seq: 36, headDim: 8 }), 'attention.onnx'), dims: {}, density: { mask: 0.4 }, edit: keepDiagonal('mask', 36) },
  { label: 'ONNX MoE layer with its gate (TopK scattered into zeros)', program: onnxProgram(moeLayer({ tokens: 19, dModel: 12, dFf: 20, experts: 4, k: 2 }), 'moe.onnx'), dims: {} },
  // i32 and bool semantics with integer edge values (ops whose i32 values may pass 2^24 run in double)
  ...INTEGER_CASES.map(
    (ic): Case => ({
      label: `integers: ${ic.name}`,
      program: lowerSource(ic.text, 'integers.pit'),
      dims: Object.fromEntries(lowerSource(ic.text, 'integers.pit').graph.dims.map((d) => [d.name, d.default as number])),
      edit: (values) => {
        for (const [name, t] of ic.inputs()) values.set(name, t);
      },
    }),
  ),
];

// the CPU emulator on every machine with g++; the same bundle on the machine's GPU where it has one
for (const host of ['emulator', 'gpu'] as const) defineRuns(host);

function defineRuns(host: BundleHost): void {
  const missing = bundleHostMissing(host);
  let work = '';
  let built: BuiltBundle | undefined;
  const specs: LaunchSpec[] = [];
  const title = host === 'gpu' ? 'generated CUDA run on the GPU (nvcc)' : 'generated CUDA run on the CPU emulator (g++)';
  describe.skipIf(missing !== undefined)(missing ? `${title} (skipped: ${missing})` : title, () => {
    beforeAll(async () => {
      work = mkdtempSync(join(tmpdir(), `pitc-cuda-${host}-`));
      const bodies: string[] = [];
      let head = '';
      for (const c of CASES) {
        const emitted = emitCudaProgram(c.program, new Map(Object.entries(c.dims)), { deterministic: c.deterministic ?? true });
        head = emitted.head;
        bodies.push(emitted.body);
        specs.push(emitted.spec);
      }
      built = await buildBundles(work, head, bodies, host);
    }, 300_000);

    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('the harness reads .npy versions 1 to 3 and rejects what does not match the program', async () => {
      // case 0 is matmul: t0 = a f32[70, 100], t1 = b f32[100, 72]
      const spec = specs[0] as LaunchSpec;
      expect(spec.tensors.slice(0, 2).map((t) => t.shape)).toEqual([[70, 100], [100, 72]]);
      const a = new Uint8Array(70 * 100 * 4);
      const b = new Uint8Array(100 * 72 * 4);
      const attempt = async (label: string, t0: Uint8Array): Promise<{ status: number | null; stderr: string }> => {
        const dir = join(work, `npy-${label}`);
        mkdirSync(join(dir, 'in'), { recursive: true });
        mkdirSync(join(dir, 'out'), { recursive: true });
        writeFileSync(join(dir, 'in', 't0.npy'), t0);
        writeFileSync(join(dir, 'in', 't1.npy'), npyBytes('<f4', false, '(100, 72)', 1, b));
        const r = await (built as BuiltBundle).run(0, ['--in', join(dir, 'in'), '--out', join(dir, 'out'), '--warmup', '0']);
        return { status: r.status, stderr: r.stderr };
      };
      for (const version of [1, 2, 3]) expect((await attempt(`v${version}`, npyBytes('<f4', false, '(70, 100)', version, a))).status).toBe(0);
      const bad: [string, Uint8Array, string][] = [
        ['fortran', npyBytes('<f4', true, '(70, 100)', 1, a), 'Fortran-order'],
        ['dtype', npyBytes('<i4', false, '(70, 100)', 1, a), 'wrong dtype'],
        ['big-endian', npyBytes('>f4', false, '(70, 100)', 1, a), 'wrong dtype'],
        ['shape', npyBytes('<f4', false, '(100, 70)', 1, a), 'shape does not match'],
        ['rank', npyBytes('<f4', false, '(7000,)', 1, a), 'shape does not match'],
        ['truncated', npyBytes('<f4', false, '(70, 100)', 1, a.subarray(0, 100)), 'truncated'],
        ['magic', Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 'not a .npy file'],
        ['version', npyBytes('<f4', false, '(70, 100)', 4, a), 'unsupported .npy format version'],
      ];
      for (const [label, bytes, message] of bad) {
        const r = await attempt(label, bytes);
        expect(r.status, label).toBe(2);
        expect(r.stderr, label).toContain(message);
      }
    }, 60_000);

    CASES.forEach((c, n) => {
      it(c.label, async () => {
        const spec = specs[n] as LaunchSpec;
        const graph = c.program.graph;
        const dims = new Map(Object.entries(c.dims));
        const inputs = assembleInputs(graph, { files: new Map(), random: 7 + n, dims, density: new Map(Object.entries(c.density ?? {})), microTile: new Map() }, '.');
        expect(inputs.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        c.edit?.(inputs.values);
        const dir = join(work, `case${n}`);
        mkdirSync(join(dir, 'in'), { recursive: true });
        mkdirSync(join(dir, 'out'), { recursive: true });
        for (const t of spec.tensors) {
          if (t.role === 'intermediate') continue;
          expect(writeNpyFile(join(dir, 'in', `t${t.id}.npy`), inputs.values.get(t.name) as HostTensor)).toEqual([]);
        }
        const r = await (built as BuiltBundle).run(n, ['--in', join(dir, 'in'), '--out', join(dir, 'out'), '--warmup', '0', '--repeat', '1']);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const report = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { plan: string; ops: unknown[]; indexes: { index: number; listed: number }[] };
        expect(report.ops).toHaveLength(spec.ops.length);

        const reference = evaluateGraph(graph, inputs.values, inputs.dims);
        for (const t of spec.tensors.filter((x) => x.output)) {
          const read = readNpyFile(join(dir, 'out', `t${t.id}.npy`));
          expect(read.diagnostics).toEqual([]);
          const cmp = compareTensors(read.tensor as HostTensor, reference.get(t.name) as HostTensor);
          expect(cmp.reason ?? 'ok', `output ${t.name}`).toBe('ok');
        }
        // the GPU-built index lists what the runtime's builder lists (a failed guard may stop
        // the main plan before every index is built)
        if (report.plan === 'main') {
          for (const x of spec.indexes) {
            const source = spec.tensors[x.source];
            const value = reference.get(source?.name ?? '') as HostTensor;
            const expected = listedTiles(buildIndex(value, concreteTile([...x.microTile], value.shape), x.gatherDim, kernelFill(c.program, x.key)));
            expect(report.indexes.find((i) => i.index === x.id)?.listed, `index ${x.key}`).toBe(expected);
          }
        }
        if (c.label.startsWith('guard')) expect(report.plan).toBe(c.edit === maskRow2 ? 'dense' : 'main');
      }, 60_000);
    });
  });
}

/** A .npy file with a chosen header (version 1-3), for the harness reader's checks. */
function npyBytes(descr: string, fortran: boolean, shape: string, version: number, data: Uint8Array): Uint8Array {
  let header = `{'descr': '${descr}', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': ${shape}, }`;
  const pre = version === 1 ? 10 : 12;
  while ((pre + header.length + 1) % 64 !== 0) header += ' ';
  header += '\n';
  const out = new Uint8Array(pre + header.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0], 0);
  new DataView(out.buffer).setUint16(8, header.length, true);
  if (version > 1) new DataView(out.buffer).setUint32(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[pre + i] = header.charCodeAt(i);
  out.set(data, pre + header.length);
  return out;
}

function kernelFill(program: LoweredProgram, key: string): number {
  for (const k of program.kernels) if (k.kind === 'pit' && k.index.key === key) return k.index.fill;
  return 0;
}
