import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An empty project that depends on the packed tarball, locked to the dependency versions this
 * repository is tested with (its package-lock.json: the packages pitc needs at run time, found
 * the way Node resolves them), so `npm ci --offline` installs it from the tarball and the npm
 * cache alone.
 */
export function writeConsumer(dir: string, tarball: string, repo: string): void {
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string; license: string; dependencies: Record<string, string>; optionalDependencies?: Record<string, string>; overrides?: Record<string, string>; bin: unknown; engines: unknown };
  const spec = `file:${tarball}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', version: '1.0.0', dependencies: { pitc: spec } },
    'node_modules/pitc': { version: pkg.version, resolved: spec, integrity, license: pkg.license, dependencies: pkg.dependencies, ...(pkg.optionalDependencies ? { optionalDependencies: pkg.optionalDependencies } : {}), bin: pkg.bin, engines: pkg.engines },
  };
  // the run-time closure of pitc's dependencies in the repository's tree
  const seen = new Set<string>();
  const visit = (from: string, deps: Readonly<Record<string, string>>): void => {
    for (const name of Object.keys(deps)) {
      const path = resolveIn(lock.packages, from, name);
      if (!path || seen.has(path)) continue;
      seen.add(path);
      const entry = lock.packages[path] as LockEntry;
      packages[path] = entry;
      visit(path, { ...entry.dependencies, ...entry.optionalDependencies });
    }
  };
  // optional ones too (playwright-core: the webgpu target's Chromium host), as a default install has them
  visit('', { ...pkg.dependencies, ...pkg.optionalDependencies });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: { pitc: spec }, ...(pkg.overrides ? { overrides: pkg.overrides } : {}) }, null, 2)}\n`);
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
}

interface LockEntry {
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

/** Where Node finds package `name` from the package at `from`: its own node_modules, then each parent's. */
function resolveIn(packages: Readonly<Record<string, LockEntry>>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}
