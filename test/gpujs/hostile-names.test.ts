import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileGpujsProgram } from '../../codegen/gpujs/compile-program.js';
import { NODE_MODES } from '../../codegen/gpujs/host.js';
import { createGpujsTarget } from '../../codegen/gpujs/target.js';
import { evaluateGraph } from '../../codegen/ref/evaluate.js';
import type { Artifact } from '../../codegen/target.js';
import { guardsOf, programName } from '../../src/api/compile.js';
import { runFrontEnd } from '../../src/frontend/index.js';
import { analyse } from '../../src/pipeline.js';
import { makeInputs } from '../helpers/pit-harness.js';
import { mismatchAgainstRef, runOnMode } from './gpujs-harness.js';
import {
  checkKernelVocabulary,
  HOSTILE_FILE,
  HOSTILE_PROGRAM,
  HOSTILE_PROGRAM_NAMES,
  renameDims,
  renameEverything,
  renameInputs,
} from './hostile-names.js';

/**
 * Names are data, never code: tensor, axis and dim names (and the file name) reach the emitted
 * artifacts only as JSON strings, never the kernel sources, and kernels still compute the right
 * values whatever the names are. Proven with JavaScript-meaningful names the language allows,
 * and with arbitrary strings (quotes, newlines, comments, templates, script tags) put into the IR.
 */

declare global {
  var pwned: unknown;
}

const front = runFrontEnd(HOSTILE_PROGRAM, HOSTILE_FILE);
const graph = front.graph;
if (!graph) throw new Error(`the hostile program does not check: ${front.diagnostics.map((d) => d.message).join('; ')}`);
const analysis = analyse(graph);
const program = { name: programName(HOSTILE_FILE), graph: analysis.graph, kernels: analysis.kernels, guards: guardsOf(analysis) };
const dims = new Map<string, number>([
  ['constructor', 5],
  ['__proto__', 4],
]);
const scratch = mkdtempSync(join(tmpdir(), 'pitc-hostile-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function text(a: Artifact | undefined): string {
  if (!a || typeof a.contents !== 'string') throw new Error('missing text artifact');
  return a.contents;
}

/** Imports an emitted module from a file, as a page would, and returns its default export. */
async function importModule(source: string, file: string): Promise<unknown> {
  const path = join(scratch, file);
  writeFileSync(path, source);
  const mod = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as { default: unknown };
  return mod.default;
}

describe('hostile names', () => {
  it('the language takes JavaScript-meaningful names and rejects non-identifiers', () => {
    expect(front.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.kernels.filter((k) => k.kind === 'pit').length).toBeGreaterThanOrEqual(3);
    for (const bad of ['x$', 'π', 'a-b']) {
      const r = runFrontEnd(`input ${bad} : f32[2]\ny[i] = ${bad}[i]\n`, 'bad.pit');
      expect(r.diagnostics.some((d) => d.severity === 'error'), bad).toBe(true);
    }
  });

  it('emits kernel sources with generated names only, and a module that is one JSON literal', async () => {
    const emitted = await createGpujsTarget({ mode: 'cpu' }).emit(program);
    expect(emitted.diagnostics).toEqual([]);
    const artifacts = emitted.value ?? [];
    const stem = programName(HOSTILE_FILE);
    expect(artifacts.map((a) => a.name).sort()).toEqual([`${stem}.gpujs.js`, `${stem}.gpujs.json`]);
    const json = text(artifacts.find((a) => a.name.endsWith('.json')));
    const module = text(artifacts.find((a) => a.name.endsWith('.js')));
    const data = JSON.parse(json) as { program: string; ops: { op: string; dense: { source: string }; pit?: { kernel: { source: string } } }[] };
    // the module is a comment line and `export default <the JSON>;`, nothing else
    expect(module).toBe(`// pitc gpu.js kernels: generated data, see docs/gpujs.md\nexport default ${json.trimEnd()};\n`);
    expect(data.program).toBe(stem);
    expect(data.ops.map((o) => o.op)).toEqual(graph.ops.map((o) => o.expr.output));
    for (const op of data.ops) {
      for (const source of [op.dense.source, op.pit?.kernel.source].filter((s): s is string => s !== undefined)) checkKernelVocabulary(source);
    }
    globalThis.pwned = undefined;
    expect(await importModule(module, 'hostile.gpujs.js')).toEqual(data);
    expect(globalThis.pwned).toBeUndefined();
  });

  it.each(NODE_MODES)('runs correctly on %s', async (mode) => {
    const inputs = makeInputs(graph, dims, { density: 0.5, seed: 8 });
    const ref = evaluateGraph(graph, inputs, dims);
    const result = await runOnMode(program, mode, inputs, dims);
    expect(mismatchAgainstRef(graph, result, ref)).toBeUndefined();
    expect(result.ops.filter((o) => o.form === 'pit').length).toBe(3);
  });

  describe('arbitrary strings as names in the IR', () => {
    const { program: renamed, names } = renameEverything(program, HOSTILE_PROGRAM_NAMES);

    it('never reach a kernel source; the module still evaluates to exactly its data', async () => {
      const compiled = compileGpujsProgram(renamed.name, renamed.graph, renamed.kernels, renameDims(dims, names));
      expect(compiled.ops.map((o) => o.op)).toEqual([...names.values()].filter((n) => renamed.graph.ops.some((o) => o.expr.output === n)));
      for (const op of compiled.ops) {
        for (const source of [op.dense.source, op.pit?.kernel.source].filter((s): s is string => s !== undefined)) {
          checkKernelVocabulary(source);
          for (const name of names.values()) expect(source).not.toContain(name);
        }
      }
      const emitted = await createGpujsTarget({ mode: 'cpu' }).emit(renamed);
      const module = text(emitted.value?.find((a) => a.name.endsWith('.js')));
      expect(module).not.toMatch(/\u2028|\u2029/);
      globalThis.pwned = undefined;
      expect(await importModule(module, 'renamed.gpujs.js')).toEqual(JSON.parse(text(emitted.value?.find((a) => a.name.endsWith('.json')))));
      expect(globalThis.pwned).toBeUndefined();
    });

    it.each(NODE_MODES)('still compute the right values on %s', async (mode) => {
      const inputs = makeInputs(graph, dims, { density: 0.5, seed: 9 });
      const ref = renameInputs(evaluateGraph(graph, inputs, dims), names);
      const result = await runOnMode(renamed, mode, renameInputs(inputs, names), renameDims(dims, names));
      expect(mismatchAgainstRef(renamed.graph, result, ref)).toBeUndefined();
      expect(result.ops.filter((o) => o.form === 'pit').length).toBe(3);
      expect(globalThis.pwned).toBeUndefined();
    });
  });
});
