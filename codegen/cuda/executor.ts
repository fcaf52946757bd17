import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { InternalError } from '../../ir/core/errors.js';
import type { HostTensor } from '../../ir/tensor.js';
import type { Executor, LoweredProgram, OpRunRecord } from '../target.js';
import { BINDING_CAPACITY, DimsCache } from '../run/dims-cache.js';
import { guardMessage } from '../run/guards.js';
import { emitCudaProgram } from './emit-program.js';
import type { LaunchSpec } from './launch-spec.js';
import { decodeExchangeNpy, encodeExchangeNpy } from './npy-exchange.js';
import { nvccArgs, type CudaProbe } from './toolchain.js';

const run = promisify(execFile);

/** Bindings of the dims whose harness an executor remembers (least recently used go first). */
export const CUDA_BINDING_CAPACITY = BINDING_CAPACITY;

interface Built {
  readonly binary: string;
  readonly spec: LaunchSpec;
}

/** What the harness prints as its last line (harness.ts). */
export interface HarnessReport {
  readonly device: string;
  readonly plan: 'main' | 'dense';
  readonly failedGuard: number;
  readonly ops: readonly { readonly op: number; readonly indexMs: number; readonly kernelMs: number }[];
  readonly indexes: readonly { readonly index: number; readonly listed: number }[];
}

/**
 * Runs a program through its generated harness: per binding of the dims, emit the translation
 * unit and compile it with nvcc for this device (the binary is cached under the OS temp dir by
 * a hash of the source and the nvcc arguments, so a second process reuses it); per run, write
 * the inputs as .npy files into a fresh temp dir, run the harness (one warm-up, one timed run),
 * read the outputs back and turn its JSON line into op records. Untested here: no GPU.
 */
export function createCudaExecutor(program: LoweredProgram, probe: CudaProbe): Executor {
  // bindings whose harness is built (the binaries stay cached on disk); a failed build is retried by the next run
  const builds = new DimsCache<Promise<Built>>(CUDA_BINDING_CAPACITY);
  const arch = probe.device?.arch ?? '80';
  const nvcc = probe.nvcc ?? 'nvcc';
  const build = (dims: ReadonlyMap<string, number>): Promise<Built> => builds.obtain(dims, () => compileHarness(program, dims, nvcc, arch));

  return {
    async run(inputs, dims) {
      const { binary, spec } = await build(dims);
      const dir = mkdtempSync(join(tmpdir(), 'pitc-cuda-run-'));
      try {
        const inDir = join(dir, 'in');
        const outDir = join(dir, 'out');
        mkdirSync(inDir);
        mkdirSync(outDir);
        for (const t of spec.tensors) {
          if (t.role === 'intermediate') continue;
          const value = inputs.get(t.name);
          if (!value) throw new InternalError('cuda', `no value for input '${t.name}'`);
          writeFileSync(join(inDir, `t${t.id}.npy`), encodeExchangeNpy(value));
        }
        const { stdout } = await tool(binary, ['--in', inDir, '--out', outDir, '--warmup', '1', '--repeat', '1']);
        const line = stdout.trim().split('\n').pop() ?? '';
        const report = JSON.parse(line) as HarnessReport;
        const values = new Map<string, HostTensor>(inputs);
        for (const t of spec.tensors) {
          if (!t.output || t.role !== 'intermediate') continue;
          values.set(t.name, decodeExchangeNpy(readFileSync(join(outDir, `t${t.id}.npy`)), t.dtype, t.shape));
        }
        return { values, ops: opRecords(program, spec, report) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    async dispose() {
      builds.clear();
    },
  };
}

async function compileHarness(program: LoweredProgram, dims: ReadonlyMap<string, number>, nvcc: string, arch: string): Promise<Built> {
  const { source, spec } = emitCudaProgram(program, dims);
  const args = nvccArgs('program.cu', 'program.part', { archs: [arch] });
  const hash = createHash('sha256').update(source).update('\0').update(args.join('\0')).digest('hex').slice(0, 32);
  const dir = join(tmpdir(), 'pitc-cuda', hash);
  const binary = join(dir, 'program');
  if (!existsSync(binary)) {
    mkdirSync(dir, { recursive: true });
    // a private work dir, then an atomic rename: concurrent processes never see half a binary
    const work = mkdtempSync(join(dir, 'build-'));
    try {
      writeFileSync(join(work, 'program.cu'), source);
      await tool(nvcc, args, work);
      renameSync(join(work, 'program.part'), binary);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return { binary, spec };
}

/**
 * Runs nvcc or the harness. Our generated code always compiles and our harness only fails on a
 * CUDA error (out of memory, a lost device): either way an InternalError with its stderr.
 */
async function tool(command: string, args: readonly string[], cwd?: string): Promise<{ stdout: string }> {
  try {
    return await run(command, [...args], { cwd, maxBuffer: 1 << 24 });
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr ?? String(err);
    throw new InternalError('cuda', `${command.split('/').pop()} failed: ${stderr.slice(0, 2000)}`);
  }
}

/**
 * The harness runs the whole program, the guards and the dense rerun on the device (the program
 * driver of run/ cannot see between its ops), so its report becomes op records here, with the
 * same guard message every target gives.
 */
export function opRecords(program: LoweredProgram, spec: LaunchSpec, report: HarnessReport): OpRunRecord[] {
  const guard = report.plan === 'dense' ? failedGuard(program, spec.tensors[report.failedGuard]?.name) : undefined;
  return spec.ops.map((op) => {
    const times = report.ops.find((o) => o.op === op.id);
    const index = op.index !== undefined ? spec.indexes[op.index] : undefined;
    const listed = op.index !== undefined ? report.indexes.find((x) => x.index === op.index)?.listed : undefined;
    const total = index ? index.stripCount * index.gatherTiles : 0;
    const form = report.plan === 'dense' ? 'dense' : op.mode;
    const detail: Record<string, unknown> = {
      path: op.path,
      mode: form,
      device: report.device,
      ...(guard !== undefined ? { guard } : {}),
      ...(op.fallback !== undefined ? { fallback: op.fallback } : {}),
      ...(index && listed !== undefined ? { index: index.key, microTile: [...index.microTile], microTilesListed: listed, density: total === 0 ? 0 : listed / total } : {}),
    };
    return {
      name: op.name,
      target: 'cuda' as const,
      kernelMs: times?.kernelMs ?? 0,
      form,
      ...(op.mode === 'pit' && report.plan === 'main' ? { indexMs: times?.indexMs ?? 0 } : {}),
      detail,
    };
  });
}

function failedGuard(program: LoweredProgram, tensor: string | undefined): string {
  const guard = program.guards.find((g) => g.tensor === tensor);
  if (!guard) throw new InternalError('cuda', `the harness reports a failed guard on '${tensor ?? '?'}', which the program does not guard`);
  return guardMessage(guard);
}
