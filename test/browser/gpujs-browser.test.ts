import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programArtifacts } from '../../codegen/gpujs/artifacts.js';
import { compileGpujsProgram } from '../../codegen/gpujs/compile-program.js';
import type { GpujsMode } from '../../codegen/gpujs/host.js';
import type { LoweredProgram } from '../../codegen/target.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import type { HostTensor } from '../../ir/tensor.js';
import { programName } from '../../src/api/compile.js';
import { compilePit, concrete, makeInputs, shapeOf } from '../helpers/pit-harness.js';
import { lower, mismatchAgainstRef, runOnHost } from '../gpujs/gpujs-harness.js';
import { INTEGER_CASES } from '../helpers/integer-cases.js';
import { INLINE_PROGRAMS } from '../conformance/construct-programs.js';
import { HOSTILE_FILE, HOSTILE_PROGRAM, HOSTILE_PROGRAM_NAMES, renameDims, renameEverything, renameInputs } from '../gpujs/hostile-names.js';
import { createBrowserHost, loadKernelModule, pageReady } from './browser-host.js';
import { chromiumUnavailable, launchChromium, type Browser } from './chromium.js';
import { startStaticServer, type StaticServer } from './static-server.js';

/**
 * End to end in a browser: every sample, a few construct fixtures and the hostile-name programs
 * are compiled for the gpujs target at small sizes, the emitted kernel module (NAME.gpujs.js) is
 * served with gpu.js's browser build on 127.0.0.1, and headless Chromium runs the kernels in
 * WebGL2 and in WebGPU (SwiftShader both); indexes are built in Node and every tensor is
 * compared with the reference computed in Node. Skipped, with the reason, where Debian's
 * Chromium is not installed (.ci/run installs it).
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const SAMPLES = join(HERE, '..', '..', 'samples');
const GOOD = join(HERE, '..', 'fixtures', 'good');
const files = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.pit'))
  .sort();

/** Small sizes: SwiftShader runs ~0.1 GFLOP/s. */
const DIMS: Record<string, Record<string, number>> = {
  'attention-longformer.pit': { H: 1, S: 70 },
  'attention.pit': { H: 2, S: 9 },
  'conv2d.pit': { N: 2, C: 5, K: 3, H: 6, W: 7 },
  'dynamic-seqlen.pit': { B: 3, S: 5, D: 6, F: 7 },
  'ffn-relu.pit': { T: 35, D: 6, F: 40 },
  'layernorm.pit': { T: 33 },
  'matmul.pit': { M: 34, K: 37, N: 5 },
  'moe.pit': { T: 6, E: 3, D: 5, F: 4 },
  'moe-gate.pit': { T: 6, E: 3, D: 5, F: 4 },
  'softmax.pit': { T: 4, N: 6 },
};

interface Case {
  readonly label: string;
  readonly program: LoweredProgram;
  readonly dims: ReadonlyMap<string, number>;
  readonly inputs: ReadonlyMap<string, HostTensor>;
  readonly ref: ReadonlyMap<string, HostTensor>;
  readonly pitOps: number;
}

/** A program from .pit text, with @dynamic inputs zero in whole micro-tiles of its first index. */
function pitCase(label: string, file: string, text: string, dimValues: readonly (readonly [string, number])[], positive = false): Case {
  const c = compilePit(text, file);
  const dims = new Map(c.graph.dims.filter((d) => d.default !== undefined).map((d) => [d.name, d.default as number]));
  for (const [k, v] of dimValues) dims.set(k, v);
  const program = lower(c.graph, programName(file));
  const pit = program.kernels.filter((k) => k.kind === 'pit');
  const tiles = new Map<string, number[]>();
  const first = pit[0];
  if (first) {
    const tile = concrete(first.index.microTile, shapeOf(program.graph, first.index.source, dims));
    for (const t of c.graph.tensors) if (t.role !== 'intermediate' && t.dynamic && t.shape.length === tile.length) tiles.set(t.name, tile);
  }
  const inputs = makeInputs(c.graph, dims, { density: 0.5, tiles, seed: 11 });
  // log and sqrt of negative numbers are NaN in JavaScript but undefined in GLSL and WGSL
  if (positive) for (const t of inputs.values()) if (t.dtype === 'f32') t.data.forEach((v, i, a) => (a[i] = Math.abs(v) + 0.125));
  return { label, program, dims, inputs, ref: evaluateGraph(program.graph, inputs, dims), pitOps: pit.length };
}

function cases(): Case[] {
  const out = files.map((f) => pitCase(f, f, readFileSync(join(SAMPLES, f), 'utf8'), Object.entries(DIMS[f] ?? {})));
  for (const [f, dims, positive] of [
    ['functions.pit', [], true],
    ['dtypes.pit', [], false],
    ['reductions.pit', [], false],
    ['rank-zero.pit', [], false],
    ['affine-indices.pit', [], false],
    ['causal-mask.pit', [['S', 7]], false],
  ] as const) {
    out.push(pitCase(f, f, readFileSync(join(GOOD, f), 'utf8'), dims, positive));
  }
  for (const p of INLINE_PROGRAMS) out.push(pitCase(p.name, 'inline.pit', p.text, []));
  // i32 edge values: their ops run on the page's exact cpu backend, i32 results in two halves
  for (const ic of [INTEGER_CASES[0], INTEGER_CASES[4]]) {
    if (!ic) continue;
    const base = pitCase(ic.name, 'integers.pit', ic.text, []);
    const inputs = ic.inputs();
    out.push({ ...base, inputs, ref: evaluateGraph(base.program.graph, inputs, base.dims) });
  }
  // (a `__proto__` key in an object literal would set the prototype: dims are pairs)
  const hostile = pitCase('hostile names (and file name)', HOSTILE_FILE, HOSTILE_PROGRAM, [
    ['constructor', 5],
    ['__proto__', 4],
  ]);
  out.push(hostile);
  const { program, names } = renameEverything(hostile.program, HOSTILE_PROGRAM_NAMES);
  out.push({
    label: 'hostile strings as names',
    program,
    dims: renameDims(hostile.dims, names),
    inputs: renameInputs(hostile.inputs, names),
    ref: renameInputs(hostile.ref, names),
    pitOps: hostile.pitOps,
  });
  return out;
}

const MODES: readonly { readonly mode: GpujsMode; readonly kernelClass: string }[] = [
  { mode: 'webgl2', kernelClass: 'WebGL2Kernel' },
  { mode: 'webgpu', kernelClass: 'WebGPUKernel' },
];

const unavailable = chromiumUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('gpu.js kernels in headless Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let served = 0;

  beforeAll(async () => {
    server = await startStaticServer();
    const gpujsDir = dirname(createRequire(import.meta.url).resolve('gpu.js/package.json'));
    server.routeFile('/', 'text/html; charset=utf-8', join(HERE, 'page', 'index.html'));
    server.routeFile('/runner.js', 'text/javascript', join(HERE, 'page', 'runner.js'));
    server.routeFile('/gpu-browser.js', 'text/javascript', join(gpujsDir, 'dist', 'gpu-browser.js'));
    browser = await launchChromium();
    await browser.page.goto(`${server.origin}/`);
    expect(await pageReady(browser.page), 'gpu.js loaded in the page').toBe(true);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(MODES)('$mode', ({ mode, kernelClass }) => {
    it.each(cases().map((c) => [c.label, c] as const))('%s matches ref', async (label, c) => {
      // the page runs the kernels of the emitted module; the executor asks for them by key
      const module = programArtifacts(c.program.name, compileGpujsProgram(c.program.name, c.program.graph, c.program.kernels, c.dims)).find((a) =>
        a.name.endsWith('.gpujs.js'),
      );
      const url = `/kernels/${served++}.gpujs.js`;
      server.route(url, 'text/javascript', module?.contents ?? '');
      expect(await loadKernelModule(browser.page, url)).toBeGreaterThan(0);
      expect(await browser.page.evaluate(() => (globalThis as { pwned?: unknown }).pwned), 'no code ran from the module').toBeUndefined();
      const result = await runOnHost(c.program, createBrowserHost(browser.page, mode), c.inputs, c.dims);
      // NaN where the reference has NaN (-inf · 0 in causal-mask.pit), nowhere else
      expect(mismatchAgainstRef(c.program.graph, result, c.ref, { nanEqual: true }), `${label} in ${mode}`).toBeUndefined();
      // an op f32 cannot compute exactly (i32 values past 2^24) runs on gpu.js's cpu backend in the page
      for (const op of result.ops) expect(op.detail?.kernel, `${label}: '${op.name}' ran on ${mode}`).toBe(op.detail?.backend === 'cpu (exact)' ? 'CPUKernel' : kernelClass);
      if (label === 'dtypes.pit') expect(result.ops.filter((o) => o.detail?.backend === 'cpu (exact)').length, 'i32 ops on the exact backend').toBeGreaterThan(0);
      expect(result.ops.filter((o) => o.form === 'pit').length, `${label}: PIT kernels ran`).toBe(c.pitOps);
    }, 120_000);
  });
});
