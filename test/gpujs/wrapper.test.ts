import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * One wrapper file imports gpu.js (DESIGN §2): codegen/gpujs/gpu.ts, and no module of pitc
 * imports that wrapper statically, so importing pitc (or the gpujs target) does not load gpu.js;
 * the target loads it when an executor is created.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = ['src', 'ir', 'rules', 'codegen'].flatMap((d) => sources(join(ROOT, d)));
const rel = (f: string): string => relative(ROOT, f).split('\\').join('/');

describe('the gpu.js wrapper', () => {
  it('is the only module that imports gpu.js', () => {
    const importers = files.filter((f) => /(from\s+|import\s*\(\s*)['"]gpu\.js['"]/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(importers).toEqual(['codegen/gpujs/gpu.ts']);
  });

  it('is imported by no module of pitc except dynamically', () => {
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(/from\s+['"][^'"]*\/gpu\.js['"]/.test(text), rel(f)).toBe(false);
    }
    expect(readFileSync(join(ROOT, 'codegen/gpujs/target.ts'), 'utf8')).toMatch(/await import\('\.\/gpu\.js'\)/);
  });
});
