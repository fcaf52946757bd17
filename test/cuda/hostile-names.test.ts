import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentText, fileStem } from '../../codegen/cuda/c-text.js';
import { emitCudaProgram } from '../../codegen/cuda/emit-program.js';
import type { LaunchSpec } from '../../codegen/cuda/launch-spec.js';
import { cudaTarget } from '../../codegen/cuda/target.js';
import { nvccArgs } from '../../codegen/cuda/toolchain.js';
import { hasTool, lowerSource, runTool } from './cuda-helpers.js';

/**
 * No code injection through generated CUDA. Tensors, dims and axes named after C++ keywords,
 * CUDA built-ins, macros and the generator's own variable names, in a program whose name holds
 * a comment terminator, quotes, backslashes, trigraphs and newlines: the emitted code (comments
 * removed) is character for character the code of the same program with neutral names, names
 * survive only inside comments in a harmless alphabet, the preprocessor lines are the
 * generator's own, and nvcc compiles and links the file as written without a warning.
 */
const HOSTILE = `
dim include = 40, pragma = 24, define = 20
input int : f32[include, pragma] @dynamic
input main : f32[pragma, define]
__global__[threadIdx, t0] = sum[acc] int[threadIdx, acc] * main[acc, t0]
float[threadIdx, t0] = relu(__global__[threadIdx, t0])
return[threadIdx] = max[t0] float[threadIdx, t0]
PIT_CHECK[threadIdx, t0] = where(float[threadIdx, t0] > return[threadIdx], 1, 0)
output float, return, PIT_CHECK
`;

const NEUTRAL = `
dim D0 = 40, D1 = 24, D2 = 20
input T0 : f32[D0, D1] @dynamic
input T1 : f32[D1, D2]
T2[x0, x1] = sum[x2] T0[x0, x2] * T1[x2, x1]
T3[x0, x1] = relu(T2[x0, x1])
T4[x0] = max[x1] T3[x0, x1]
T5[x0, x1] = where(T3[x0, x1] > T4[x0], 1, 0)
output T3, T4, T5
`;

const EVIL_NAME = 'evil */ "quoted" \'single\' \\ ??/ \n#define main int\r\n/* x';

/** The source without its comments (every comment here is a one-line block comment). */
function code(source: string): string {
  return source
    .split('\n')
    .map((line) => line.replace(/\/\*.*?\*\//g, ''))
    .join('\n');
}

const ALLOWED_DIRECTIVES = new Set([
  '#ifdef PIT_EMULATE',
  '#include "pit_cuda_emulate.h"',
  '#else',
  '#include <cuda_runtime.h>',
  '#endif',
  '#include <cmath>',
  '#include <cstdint>',
  '#include <cstdio>',
  '#include <cstdlib>',
  '#include <cstring>',
  '#ifndef PIT_LAUNCH',
  '#define PIT_LAUNCH(kernel, grid, block, shared, stream, ...) kernel<<<grid, block, shared, stream>>>(__VA_ARGS__)',
  '#define PIT_CHECK(call)                                                                         \\',
  '#pragma unroll',
]);

describe('hostile names cannot reach generated CUDA as code', () => {
  const hostile = { ...lowerSource(HOSTILE, 'hostile.pit'), name: EVIL_NAME };
  const neutral = { ...lowerSource(NEUTRAL, 'neutral.pit'), name: 'neutral' };
  const dims = (p: typeof hostile) => new Map(p.graph.dims.map((d) => [d.name, d.default as number]));
  const a = emitCudaProgram(hostile, dims(hostile));
  const b = emitCudaProgram(neutral, dims(neutral));

  it('plans the same kernels for both programs (so the comparison means something)', () => {
    expect(hostile.kernels.map((k) => k.kind)).toEqual(neutral.kernels.map((k) => k.kind));
    expect(hostile.kernels.some((k) => k.kind === 'pit')).toBe(true);
  });

  it('emits exactly the neutral program\'s code once comments are removed', () => {
    expect(code(a.source)).toBe(code(b.source));
  });

  it('keeps every comment on one line and closed, names in the harmless alphabet', () => {
    const mine = a.source.split('\n');
    const theirs = b.source.split('\n');
    expect(mine.length).toBe(theirs.length);
    let named = 0;
    mine.forEach((line, i) => {
      const rest = line.replace(/\/\*.*?\*\//g, '');
      expect(rest.includes('/*') || rest.includes('*/'), line).toBe(false);
      if (line === theirs[i]) return;
      // a comment that carries a name: nothing that could end it, splice lines or quote
      named++;
      for (const m of line.matchAll(/\/\*(.*?)\*\//g)) expect(m[1]).not.toMatch(/[*/\\?"'\r\n]/);
    });
    expect(named).toBeGreaterThan(5);
    // what survives of the name is comment text (a '#' inside a comment is not a directive)
    expect(code(a.source)).not.toContain('#define main');
    expect(a.source).not.toContain('"quoted"');
    expect(a.source).not.toContain('??/');
    expect(commentText(EVIL_NAME)).toMatch(/^[A-Za-z0-9_ .,:;+\-=()[\]<>#@!%^&|~{}]*$/);
  });

  it('has only the generator\'s own preprocessor lines', () => {
    const directives = a.source
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('#'));
    for (const d of directives) expect(ALLOWED_DIRECTIVES, d).toContain(d);
  });

  it('carries the names as data in the launch spec, and uses safe artifact file names', async () => {
    const spec = JSON.parse(JSON.stringify(a.spec)) as LaunchSpec;
    expect(spec.program).toBe(EVIL_NAME);
    expect(spec.tensors.map((t) => t.name)).toEqual(['int', 'main', '__global__', 'float', 'return', 'PIT_CHECK']);
    const out = await cudaTarget.emit(hostile, {});
    for (const artifact of out.value ?? []) expect(artifact.name).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(fileStem('../../etc/passwd')).not.toContain('/');
    expect(fileStem('..')).not.toBe('..');
  });

  it.skipIf(!hasTool('nvcc'))('compiles as written, for sm_80 and sm_90, without warnings; the harness reports a missing GPU (needs nvcc)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pitc-hostile-'));
    try {
      const file = (await cudaTarget.emit(hostile, {})).value?.find((x) => x.name.endsWith('.cu'));
      expect(file?.contents).toBe(a.source);
      writeFileSync(join(work, 'hostile.cu'), a.source);
      const r = await runTool('nvcc', nvccArgs('hostile.cu', 'hostile', { archs: ['80', '90'] }), work);
      expect(r.stderr.slice(0, 4000)).toBe('');
      expect(r.status).toBe(0);
      if (hasTool('nvidia-smi')) return; // with a device it would run for real (executor.test.ts)
      const run = await runTool(join(work, 'hostile'), ['--in', work, '--out', work]);
      expect(run.status).toBe(3);
      expect(run.stderr).toContain('no CUDA device');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);
});
