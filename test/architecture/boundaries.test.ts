import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers as imports, ROOT, sourceFiles as files } from './source-files.js';

/**
 * The module boundaries of DESIGN §2, checked on the import statements: `ir/` imports nothing of
 * ours, `rules/` only `ir/`, `codegen/` only `ir/` and `rules/`; each third-party library has one
 * wrapper (chevrotain only in the front end, the ONNX schema only in src/onnx/proto.ts). Inside
 * `codegen/`, a target's folder imports only the contract (the files at codegen/'s top), the
 * shared folders and itself, so targets never lean on one another.
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

/** Folders of codegen/ every target may use: the lowering, text emission, executor pieces. */
const SHARED_CODEGEN = ['lower', 'emit', 'run'];

/** Every folder of codegen/ that is not shared is a target's: a new target is covered by existing. */
function codegenFolders(): string[] {
  const dir = join(ROOT, 'codegen');
  return readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
}

/** Where inside codegen/ an import of a codegen file lands: a folder name, or '' for codegen/'s top. */
function codegenPlace(file: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const parts = relative(ROOT, join(file, '..', spec)).split(sep);
  if (parts[0] !== 'codegen') return undefined;
  return parts.length > 2 ? (parts[1] as string) : '';
}

describe('codegen folders', () => {
  const folders = codegenFolders();
  const targets = folders.filter((f) => !SHARED_CODEGEN.includes(f));

  it('has the target folders it should (the check below covers each)', () => {
    expect(targets).toEqual(expect.arrayContaining(['ref', 'wasm', 'gpujs', 'cuda']));
  });

  for (const folder of folders) {
    const shared = SHARED_CODEGEN.includes(folder);
    const allowed = shared ? ['', ...SHARED_CODEGEN] : ['', ...SHARED_CODEGEN, folder];
    it(`codegen/${folder}/ imports of codegen only ${shared ? 'the contract and the shared folders' : 'the contract, the shared folders and itself'}`, () => {
      const bad: string[] = [];
      for (const file of files(join(ROOT, 'codegen', folder))) {
        for (const spec of imports(file)) {
          const place = codegenPlace(file, spec);
          if (place !== undefined && !allowed.includes(place)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  it("codegen/'s top (the contract) imports no folder of codegen", () => {
    const bad: string[] = [];
    for (const file of files(join(ROOT, 'codegen')).filter((f) => relative(join(ROOT, 'codegen'), f).split(sep).length === 1)) {
      for (const spec of imports(file)) {
        const place = codegenPlace(file, spec);
        if (place !== undefined && place !== '') bad.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('codegen/emit/ (text and spellings) imports no other folder of codegen, nor the contract', () => {
    const bad: string[] = [];
    for (const file of files(join(ROOT, 'codegen', 'emit'))) {
      for (const spec of imports(file)) {
        const place = codegenPlace(file, spec);
        if (place !== undefined && place !== 'emit') bad.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the check sees a cross-target import (the check itself)', () => {
    const from = join(ROOT, 'codegen', 'cuda', 'emit-program.ts');
    expect(codegenPlace(from, '../wasm/contraction.js')).toBe('wasm');
    expect(codegenPlace(from, '../lower/contraction.js')).toBe('lower');
    expect(codegenPlace(from, '../emit/scalar.js')).toBe('emit');
    expect(codegenPlace(from, '../target.js')).toBe('');
    expect(codegenPlace(from, './c-text.js')).toBe('cuda');
    expect(codegenPlace(from, '../../ir/tensor.js')).toBeUndefined();
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
