import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bindCudaDims } from '../../codegen/cuda/bind-dims.js';
import { emitCudaProgram, type EmittedCuda } from '../../codegen/cuda/emit-program.js';
import { nvccArgs } from '../../codegen/cuda/toolchain.js';
import type { LoweredProgram } from '../../codegen/target.js';
import { INTEGER_CASES } from '../helpers/integer-cases.js';
import { bundle, GUARDED, hasTool, lowerSample, lowerSource, MIXED, runTool, SAMPLES, TRANSPOSED } from './cuda-helpers.js';

/**
 * The real toolchain on the emitted CUDA: every sample (planned PIT form and forced dense, plus
 * the order-free variants and the other GEMM forms) compiles to sm_80 and sm_90 machine code with
 * every nvcc and host-compiler warning an error. To keep CI fast the programs are bundled (each
 * in its own namespace, see cuda-helpers.ts) into two translation units compiled side by side,
 * with PTX generated once (compute_80) and assembled for both archs, so the CUDA headers are
 * parsed twice instead of 25 times. (A standalone file exactly as `pitc compile` writes it is
 * compiled, linked and run by hostile-names.test.ts.)
 * nvcc comes from the machine image: without it on PATH these tests are skipped.
 */
const nvcc = hasTool('nvcc');
const ARCHS = ['80', '90'];
const work = nvcc ? mkdtempSync(join(tmpdir(), 'pitc-nvcc-')) : '';

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function emitDefault(program: LoweredProgram, deterministic = true): EmittedCuda {
  const dims = bindCudaDims(program.graph, undefined).dims;
  if (!dims) throw new Error(`${program.name}: unbound dims`);
  return emitCudaProgram(program, dims, { deterministic });
}

describe.skipIf(!nvcc)('nvcc compiles the emitted CUDA (skipped when nvcc is not on PATH)', () => {
  it('every sample, PIT and dense, for sm_80 and sm_90 without warnings', async () => {
    const emitted: EmittedCuda[] = [];
    for (const file of SAMPLES) {
      emitted.push(emitDefault(lowerSample(file)), emitDefault(lowerSample(file, false)));
    }
    emitted.push(
      emitDefault(lowerSample('moe.pit'), false),
      emitDefault(lowerSample('matmul.pit', true, { a: [1, 64] })),
      emitDefault(lowerSample('matmul.pit', true, { a: [1, 64] }), false),
      emitDefault(lowerSample('matmul.pit', true, { a: [32, 8] })),
      emitDefault(lowerSource(TRANSPOSED, 'transposed.pit')),
      emitDefault(lowerSource(TRANSPOSED, 'transposed.pit', false)),
      emitDefault(lowerSource(GUARDED, 'guarded.pit')),
      emitDefault(lowerSource(MIXED, 'mixed.pit')),
      // ops computed in double (i32 values past 2^24), PIT partial sums in double included
      ...INTEGER_CASES.map((c) => emitDefault(lowerSource(c.text, 'integers.pit'))),
    );
    // two bundles of about equal size, compiled at once (the machine has two cores); a program
    // whose forced-dense form is its planned form (softmax) is compiled once
    const unique = [...new Map(emitted.map((e) => [e.body, e])).values()];
    const halves: EmittedCuda[][] = [[], []];
    const size = [0, 0];
    for (const e of unique.sort((a, b) => b.body.length - a.body.length)) {
      const i = (size[0] as number) <= (size[1] as number) ? 0 : 1;
      halves[i]?.push(e);
      size[i] = (size[i] as number) + e.body.length;
    }
    const runs = halves.map((group, i) => {
      const file = `bundle${i}.cu`;
      writeFileSync(join(work, file), bundle(group[0]?.head ?? '', group.map((e) => e.body)));
      return runTool('nvcc', nvccArgs(file, `bundle${i}.o`, { archs: ARCHS, objectOnly: true, hostOptimize: false, sharedPtx: true }), work);
    });
    for (const r of await Promise.all(runs)) {
      expect(r.stderr.slice(0, 4000)).toBe('');
      expect(r.status).toBe(0);
    }
  }, 300_000);
});
