import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers as imports, ROOT, sourceFiles as files } from './source-files.js';

/**
 * The module boundaries of DESIGN §2, checked on the import statements: `ir/` imports nothing of
 * ours, `rules/` only `ir/`, `codegen/` only `ir/` and `rules/`; each third-party library has one
 * wrapper (chevrotain only in the front end, the ONNX schema only in src/onnx/proto.ts).
 */

/** The top-level folder an import lands in ('ir', 'rules', ...) or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec.startsWith('node:') ? 'node' : spec.split('/')[0] as string;
  return relative(ROOT, join(file, '..', spec)).split(/[\\/]/)[0] as string;
}

const ALLOWED: Record<string, readonly string[]> = {
  ir: ['ir'],
  rules: ['ir', 'rules'],
  codegen: ['ir', 'rules', 'codegen'],
};

const WRAPPERS: Record<string, (file: string) => boolean> = {
  binaryen: (f) => f.endsWith(join('codegen', 'wasm', 'module-builder.ts')),
  // package.json's imports map: binaryen, or its browser copy (scripts/build-browser.mjs)
  '#binaryen': (f) => f.endsWith(join('codegen', 'wasm', 'module-builder.ts')),
  'gpu.js': (f) => f.endsWith(join('codegen', 'gpujs', 'gpu.ts')),
  webgpu: (f) => f.endsWith(join('codegen', 'webgpu', 'dawn.ts')),
  'playwright-core': (f) => f.endsWith(join('codegen', 'webgpu', 'chromium.ts')),
  chevrotain: (f) => f.includes(join('src', 'frontend')),
  yargs: (f) => f.endsWith(join('src', 'cli', 'argv.ts')),
  // the ONNX schema and its protobuf runtime: one wrapper for the pair
  'onnx-buf': (f) => f.endsWith(join('src', 'onnx', 'proto.ts')),
  '@bufbuild': (f) => f.endsWith(join('src', 'onnx', 'proto.ts')),
  'onnxruntime-node': (f) => f.endsWith(join('src', 'onnx', 'onnxruntime.ts')),
};

describe('module boundaries', () => {
  for (const folder of Object.keys(ALLOWED)) {
    it(`${folder}/ imports only ${(ALLOWED[folder] as readonly string[]).join(', ')} of ours`, () => {
      const bad: string[] = [];
      for (const file of files(join(ROOT, folder))) {
        for (const spec of imports(file)) {
          const to = target(file, spec);
          if (['src', 'test', 'ir', 'rules', 'codegen', 'samples'].includes(to) && !(ALLOWED[folder] as readonly string[]).includes(to)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it('each third-party library is imported by its one wrapper', () => {
    const bad: string[] = [];
    for (const folder of ['src', 'ir', 'rules', 'codegen', 'playground']) {
      for (const file of files(join(ROOT, folder))) {
        for (const spec of imports(file)) {
          const lib = target(file, spec);
          const wrapper = WRAPPERS[lib];
          if (wrapper && !wrapper(file)) bad.push(`${relative(ROOT, file)} imports ${lib}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('the browser entry', () => {
  /** What src/browser.ts reaches through static and dynamic imports of our own files. */
  function reachable(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) continue;
        visit(join(file, '..', spec.replace(/\.js$/, '.ts')));
      }
    };
    visit(entry);
    return seen;
  }

  it('reaches no Node module, directly or through the files it imports', () => {
    const bad: string[] = [];
    for (const file of reachable(join(ROOT, 'src', 'browser.ts'))) {
      for (const spec of imports(file)) if (spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'zlib', 'http'].includes(spec)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
    }
    expect(bad).toEqual([]);
  });
});
