import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitCudaProgram } from '../../codegen/cuda/emit-program.js';
import { opRecords, type HarnessReport } from '../../codegen/cuda/executor.js';
import type { LaunchSpec } from '../../codegen/cuda/launch-spec.js';
import { nvccArgs } from '../../codegen/cuda/toolchain.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import { concreteTile } from '../../codegen/run/micro-tile.js';
import type { PitKernel } from '../../ir/kernel/kernel-ir.js';
import { listedTiles } from '../../ir/sparse-index.js';
import type { HostTensor } from '../../ir/tensor.js';
import { buildIndex } from '../../src/runtime/index-builder.js';
import { readNpyFile, writeNpyFile } from '../../src/runtime/npy-file.js';
import {
  buildBundles,
  bundle,
  bundleHostMissing,
  hasTool,
  runTool,
  type BuiltBundle,
  type BundleHost,
} from '../cuda/cuda-helpers.js';
import type { ConformanceCase } from './cases.js';
import type { Driver } from './drivers.js';

/**
 * CUDA through bundles: every case's program is emitted at its dims, all of them bundled into
 * one translation unit (test/cuda/cuda-helpers.ts) and run by its own harness on .npy inputs; the
 * outputs come back as .npy. On the `emulator` host the bundle is built with g++ against the CPU
 * emulator (test/cuda/emulator: fibers for CUDA threads, real barriers and warp collectives), on
 * every machine; where nvcc is on PATH the same bundle is also compiled for sm_80 with every
 * warning an error, side by side with g++. On the `gpu` host it is built with nvcc for the
 * machine's GPU and runs there (only where nvidia-smi lists a GPU). Indexes are built on the
 * device, so a test index builder cannot reach the kernels (the registry's `indexes: 'target'`).
 */
export function createCudaBundleDriver(label: string, host: BundleHost): Driver {
  let work = '';
  let built: BuiltBundle | undefined;
  const slots = new Map<ConformanceCase, { readonly n: number; readonly spec: LaunchSpec }>();
  let runs = 0;
  /** The harness's report of each run (its plan and the micro-tiles each GPU-built index listed). */
  const reports = new WeakMap<object, HarnessReport>();
  return {
    label,
    async open(cases) {
      const missing = bundleHostMissing(host);
      if (missing) return missing;
      work = mkdtempSync(join(tmpdir(), `pitc-conformance-cuda-${host}-`));
      // one body per distinct program (a hinted sample may plan what the sample plans)
      const bodies = new Map<string, number>();
      let head = '';
      for (const c of cases) {
        const emitted = emitCudaProgram(c.program, c.dims, { deterministic: true });
        head = emitted.head;
        const n = bodies.get(emitted.body) ?? bodies.size;
        bodies.set(emitted.body, n);
        slots.set(c, { n, spec: emitted.spec });
      }
      // -O0: these runs are tiny, and the bundle compiles in a third of the -O1 time
      const builds: Promise<unknown>[] = [
        buildBundles(work, head, [...bodies.keys()], host, '-O0').then((b) => (built = b)),
      ];
      // on the emulator host, nvcc (where it is on PATH) on the cases other than samples:
      // test/cuda/nvcc-compile.test.ts compiles those
      if (host === 'emulator' && hasTool('nvcc')) {
        const keep = new Set(
          cases.filter((c) => c.family !== 'sample').map((c) => (slots.get(c) as { n: number }).n),
        );
        writeFileSync(
          join(work, 'nvcc.cu'),
          bundle(
            head,
            [...bodies.keys()].filter((_, i) => keep.has(i)),
          ),
        );
        builds.push(
          runTool(
            'nvcc',
            nvccArgs('nvcc.cu', 'nvcc.o', { archs: ['80'], objectOnly: true, hostOptimize: false }),
            work,
          ).then((nvcc) => {
            if (nvcc.status !== 0 || nvcc.stderr !== '')
              throw new Error(
                `nvcc failed on the conformance bundle:\n${nvcc.stderr.slice(0, 4000)}`,
              );
          }),
        );
      }
      await Promise.all(builds);
      return undefined;
    },
    async run(c, inputs) {
      const slot = slots.get(c);
      if (!slot) throw new Error(`case not in the CUDA bundle: ${c.id}`);
      const dir = join(work, `run${runs++}`);
      mkdirSync(join(dir, 'in'), { recursive: true });
      mkdirSync(join(dir, 'out'), { recursive: true });
      for (const t of slot.spec.tensors) {
        if (t.role === 'intermediate') continue;
        const problems = writeNpyFile(
          join(dir, 'in', `t${t.id}.npy`),
          inputs.values.get(t.name) as HostTensor,
        );
        if (problems.length > 0)
          throw new Error(`${t.name}: ${problems.map((d) => d.message).join('; ')}`);
      }
      if (!built) throw new Error('the CUDA bundle was not built');
      const r = await built.run(slot.n, [
        '--in',
        join(dir, 'in'),
        '--out',
        join(dir, 'out'),
        '--warmup',
        '0',
        '--repeat',
        '1',
      ]);
      if (r.status !== 0 || r.stderr !== '')
        throw new Error(`the harness exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
      const report = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as HarnessReport;
      const values = new Map<string, HostTensor>();
      for (const t of slot.spec.tensors.filter((x) => x.output)) {
        const read = readNpyFile(join(dir, 'out', `t${t.id}.npy`));
        if (!read.tensor)
          throw new Error(`${t.name}: ${read.diagnostics.map((d) => d.message).join('; ')}`);
        values.set(t.name, read.tensor);
      }
      rmSync(dir, { recursive: true, force: true });
      // the op records the CUDA executor makes of the same report (form, index, guard)
      const result = { values, ops: opRecords(c.program, slot.spec, report) };
      reports.set(result, report);
      return result;
    },
    checkRun(c, inputs, result) {
      // the index the GPU code built lists what the runtime's builder lists (a failed guard may
      // stop the main plan before every index is built)
      const report = reports.get(result);
      const spec = slots.get(c)?.spec;
      if (!report || !spec || report.plan !== 'main') return undefined;
      const reference = evaluateGraph(c.program.graph, inputs.values, c.dims);
      for (const x of spec.indexes) {
        const value = reference.get(spec.tensors[x.source]?.name ?? '') as HostTensor;
        const fill =
          c.program.kernels.find((k): k is PitKernel => k.kind === 'pit' && k.index.key === x.key)
            ?.index.fill ?? 0;
        const expected = listedTiles(
          buildIndex(value, concreteTile([...x.microTile], value.shape), x.gatherDim, fill),
        );
        const listed = report.indexes.find((i) => i.index === x.id)?.listed;
        if (listed !== expected)
          return `index ${x.key}: the GPU-built index lists ${listed} micro-tiles, the runtime's ${expected}`;
      }
      return undefined;
    },
    close: async () => {
      if (work) rmSync(work, { recursive: true, force: true });
    },
  };
}
