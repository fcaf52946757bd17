import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindCudaDims } from '../../codegen/cuda/bind-dims.js';
import { emitCudaProgram, type EmittedCuda } from '../../codegen/cuda/emit-program.js';
import { checkLaunchSpec, LIMITS, type LaunchSpec } from '../../codegen/cuda/launch-spec.js';
import { cudaTarget } from '../../codegen/cuda/target.js';
import type { LoweredProgram } from '../../codegen/target.js';
import { GOLDEN_DIR, lowerSample, SAMPLES } from './cuda-helpers.js';

/**
 * Emission for every sample, in its planned PIT form and with every op forced dense, at the
 * samples' default dims: deterministic text, equal to the golden files in test/golden/cuda
 * (`<sample>.cu`, `<sample>.dense.cu`, and the launch spec `<sample>.launch.json`). Regenerate
 * them after an intended change with `PITC_UPDATE_GOLDEN=1 npx vitest run test/cuda`.
 */
const UPDATE = process.env['PITC_UPDATE_GOLDEN'] === '1';

function emitDefault(program: LoweredProgram, deterministic = true): EmittedCuda {
  const dims = bindCudaDims(program.graph, undefined).dims;
  if (!dims) throw new Error(`${program.name}: unbound dims`);
  return emitCudaProgram(program, dims, { deterministic });
}

function golden(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `${path} is missing: run PITC_UPDATE_GOLDEN=1 npx vitest run test/cuda`).toBe(true);
  // exact comparison; a diff of the first differing line keeps failures readable
  const expected = readFileSync(path, 'utf8');
  if (expected !== actual) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = a.findIndex((l, i) => l !== e[i]);
    expect(`line ${line + 1}: ${a[line]}`, `${file} differs from its golden file (PITC_UPDATE_GOLDEN=1 regenerates)`).toBe(`line ${line + 1}: ${e[line]}`);
  }
}

/** Structural checks every spec must pass beyond the limits in checkLaunchSpec. */
function checkSpec(emitted: EmittedCuda): void {
  const spec: LaunchSpec = emitted.spec;
  expect(checkLaunchSpec(spec)).toEqual([]);
  const steps = [...spec.plan, ...(spec.densePlan ?? [])];
  for (const step of steps) {
    if (step.kind !== 'launch') continue;
    expect(emitted.kernels, `kernel ${step.kernel} is defined`).toContain(step.kernel);
    expect(step.sharedBytes + step.staticSharedBytes).toBeLessThanOrEqual(LIMITS.sharedBytes);
    expect(step.block[0] * step.block[1] * step.block[2]).toBeLessThanOrEqual(LIMITS.threads);
  }
  // every op has steps, in graph order; every index is built before a step reads it
  expect(spec.ops.map((o) => o.id)).toEqual(spec.ops.map((_, i) => i));
  const ops = spec.plan.map((s) => s.op);
  expect([...ops].sort((a, b) => a - b)).toEqual(ops);
  expect(new Set(ops).size).toBe(spec.ops.length);
  for (const x of spec.indexes) {
    const firstUse = spec.plan.findIndex((s) => s.kind === 'launch' && s.phase === 'kernel' && s.params.some((p) => p.kind === 'buffer' && p.buffer === x.ptrBuffer));
    const built = spec.plan.findIndex((s) => s.kind === 'launch' && s.kernel === 'pit_scan_counts' && s.params.some((p) => p.kind === 'buffer' && p.buffer === x.ptrBuffer));
    expect(built).toBeGreaterThanOrEqual(0);
    expect(built).toBeLessThan(firstUse);
  }
  // tensors: one buffer each, sized by shape; outputs are the graph's
  for (const t of spec.tensors) {
    const b = spec.buffers[t.buffer];
    expect(b?.role).toBe('tensor');
    expect(b?.count).toBe(Math.max(1, t.shape.reduce((n, d) => n * d, 1)));
  }
  // the dense plan (present with guards) never reads an index
  for (const step of spec.densePlan ?? []) expect(step.phase).toBe('kernel');
  // JSON round trip: the spec is plain data
  expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
}

describe('CUDA emission of the samples', () => {
  for (const file of SAMPLES) {
    const stem = file.replace(/\.pit$/, '');
    it(`${stem}: PIT form and forced-dense form match their golden files`, () => {
      const pit = lowerSample(file);
      const dense = lowerSample(file, false);
      const a = emitDefault(pit);
      const b = emitDefault(pit);
      expect(b.source).toBe(a.source);
      expect(b.spec).toEqual(a.spec);
      golden(`${stem}.cu`, a.source);
      golden(`${stem}.launch.json`, JSON.stringify(a.spec, null, 2) + '\n');
      const d = emitDefault(dense);
      golden(`${stem}.dense.cu`, d.source);
      checkSpec(a);
      checkSpec(d);
      checkSpec(emitDefault(pit, false));
      expect(d.spec.indexes).toEqual([]);
      expect(d.spec.ops.every((o) => o.mode === 'dense')).toBe(true);
    });
  }

  it('the target writes the translation unit and the launch spec, and the spec is the emitted one', async () => {
    const program = lowerSample('matmul.pit');
    const out = await cudaTarget.emit(program, { dims: new Map([['M', 256]]) });
    expect(out.diagnostics).toEqual([]);
    expect(out.value?.map((a) => a.name)).toEqual(['matmul.cu', 'matmul.launch.json']);
    const spec = JSON.parse(out.value?.[1]?.contents as string) as LaunchSpec;
    expect(spec.dims).toEqual({ K: 1024, M: 256, N: 1024 });
    expect(spec.tensors.find((t) => t.name === 'a')?.shape).toEqual([256, 1024]);
    expect(spec.deterministic).toBe(true);
  });

  it('reports an unbound dim as PIT5003, like the wasm target', async () => {
    const program = lowerSample('matmul.pit');
    const graph = { ...program.graph, dims: program.graph.dims.map((d) => ({ name: d.name })) };
    const out = await cudaTarget.emit({ ...program, graph }, { dims: new Map([['M', 64]]) });
    expect(out.value).toBeUndefined();
    expect(out.diagnostics.map((d) => d.code)).toEqual(['PIT5003']);
    expect(out.diagnostics[0]?.message).toContain('K, N');
  });

  it('reports tensors too large for 32-bit offsets as PIT5003', async () => {
    const out = await cudaTarget.emit(lowerSample('matmul.pit'), { dims: new Map([['M', 65536], ['K', 65536]]) });
    expect(out.diagnostics.map((d) => d.code)).toContain('PIT5003');
  });

  it('specialises grids to the dims and keeps grid y and z within 65535', () => {
    const program = lowerSample('matmul.pit', true, { a: [1, 64] });
    // rows gathered from 5M candidates: more 64-row tiles than grid y allows (the kernel loops)
    const emitted = emitCudaProgram(program, new Map([['M', 5_000_000], ['K', 128], ['N', 64]]));
    const gemm = emitted.spec.plan.find((s) => s.kind === 'launch' && s.kernel.endsWith('_gemm'));
    expect(gemm?.kind === 'launch' && gemm.grid).toEqual([1, 65535, 1]);
    expect(gemm?.kind === 'launch' && gemm.repeat).toBe(2); // 128 / 64 strips accumulate, one launch each
    expect(checkLaunchSpec(emitted.spec)).toEqual([]);
  });
});
