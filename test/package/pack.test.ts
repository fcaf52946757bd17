/// <reference lib="dom" />
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumUnavailable, launchChromium } from '../browser/chromium.js';
import { startStaticServer } from '../browser/static-server.js';
import { writeConsumer } from './consumer.js';

/**
 * The package as a user gets it: `npm pack`, then an empty project that installs the tarball
 * offline (npm's cache) and runs `pitc run` on a bundled sample; a page importing 'pitc' bundled
 * by esbuild for the browser with no error and no warning (no Node module reached, binaryen in a
 * lazily loaded chunk), then run in Chromium. The tarball holds what its README links to, a
 * LICENSE and a CHANGELOG, and source maps that carry their sources.
 */
const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'pitc-pack-'));
const consumer = join(work, 'consumer');
const unpacked = join(work, 'unpacked');
let tarball = '';
let files: string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

beforeAll(() => {
  // npm test has built dist/ already: the prepack build is not run again here
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info?.filename ?? '');
  files = (info?.files ?? []).map((f) => f.path);
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  mkdirSync(consumer);
  writeConsumer(consumer, tarball, ROOT);
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: consumer, stdio: 'pipe' });
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  it('holds the licence, the changelog, the docs and the browser build, and no test or TypeScript source', () => {
    for (const f of ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'docs/diagnostics.md', 'docs/schemas/pitc.run.schema.json', 'dist/src/browser.js', 'dist/src/index.d.ts', 'dist/vendor/binaryen.browser.js', 'dist/playground/index.html', 'dist/playground/app.js', 'samples/matmul.pit']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('test/') || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);
    expect(readFileSync(join(unpacked, 'package', 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it("resolves every relative link of its README and docs to a file it holds", () => {
    const missing: string[] = [];
    for (const doc of files.filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(join(unpacked, 'package', doc), 'utf8');
      for (const m of text.matchAll(/\]\((?!https?:|#|mailto:)([^)\s#]+)(?:#[^)]*)?\)/g)) {
        const target = join(doc, '..', m[1] as string).replace(/\\/g, '/');
        if (!existsSync(join(unpacked, 'package', target))) missing.push(`${doc} -> ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has source maps that carry their sources (none points at a file the package lacks)', () => {
    const maps = files.filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(100);
    for (const map of maps) {
      const json = JSON.parse(readFileSync(join(unpacked, 'package', map), 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
      const carried = json.sources.every((s, i) => typeof json.sourcesContent?.[i] === 'string' || existsSync(join(unpacked, 'package', map, '..', s)));
      expect(carried, map).toBe(true);
    }
  });

  it('installs into an empty project offline, where npx pitc runs a sample', () => {
    const r = spawnSync(join(consumer, 'node_modules', '.bin', 'pitc'), ['run', 'node_modules/pitc/samples/matmul.pit', '--random', '1', '--density', 'a=0.1', '--microtile', 'a=32x1', '--dim', 'M=128', '--dim', 'K=96', '--dim', 'N=64', '--check', '--json'], { cwd: consumer, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { schema: string; ops: { microTilesSkipped: number }[]; check: Record<string, { ok: boolean }> };
    expect(json.schema).toBe('pitc.run/1');
    expect(json.ops[0]?.microTilesSkipped).toBeGreaterThan(0);
    expect(Object.values(json.check).every((c) => c.ok)).toBe(true);
    const npx = spawnSync('npx', ['--offline', '--no-install', 'pitc', 'check', 'node_modules/pitc/samples/moe.pit'], { cwd: consumer, encoding: 'utf8' });
    expect(npx.status, npx.stderr).toBe(0);
    expect(npx.stdout).toContain('ok (');
  });

  it('brings its optional playwright-core, so the webgpu target can reach Chromium from the installed package', () => {
    const script = "import('playwright-core').then((p) => console.log(typeof p.chromium.launch))";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: join(consumer, 'node_modules', 'pitc'), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('function');
  });

  it("bundles a page that imports 'pitc' for the browser with no error and no warning, binaryen in a lazy chunk, and runs it in Chromium", async () => {
    writeFileSync(
      join(consumer, 'page.js'),
      `import { compile, tensor, readNpy, writeNpy } from 'pitc';
const SOURCE = 'dim M = 5\\ninput a: f32[M, 7] @dynamic\\ninput b: f32[7, 3]\\nc[m, n] = sum[k] a[m, k] * b[k, n]\\noutput c\\n';
export async function go(target) {
  const { program, formatted } = await compile(SOURCE, { file: 'mm.pit', target, threads: 2 });
  if (!program) throw new Error(formatted);
  const a = tensor('f32', [5, 7], Float32Array.from({ length: 35 }, (_, i) => ((i % 7) % 3 === 0 ? 0 : (i % 7) - 3.5 + i / 10)));
  const b = readNpy(writeNpy(tensor('f32', [7, 3], Float32Array.from({ length: 21 }, (_, i) => i / 4 - 2))));
  const report = await program.execute({ a, b });
  await program.dispose();
  const expected = [];
  for (let m = 0; m < 5; m++) for (let n = 0; n < 3; n++) { let s = 0; for (let k = 0; k < 7; k++) s += a.data[m * 7 + k] * b.data[k * 3 + n]; expected.push(s); }
  const c = report.outputs.get('c');
  return { c: Array.from(c.data), expected, skipped: report.ops[0].detail.microTilesSkipped, tile: report.ops[0].detail.microTile, isolated: globalThis.crossOriginIsolated === true };
}
export async function threaded() {
  const n = 256;
  const { program, formatted } = await compile(\`input a: f32[\${n}, \${n}]\\ninput b: f32[\${n}, \${n}]\\nc[m, p] = sum[k] a[m, k] * b[k, p]\\noutput c\\n\`, { target: 'wasm', threads: 2 });
  if (!program) throw new Error(formatted);
  const a = tensor('f32', [n, n], Float32Array.from({ length: n * n }, (_, i) => ((i * 7) % 13) / 13 - 0.5));
  const b = tensor('f32', [n, n], Float32Array.from({ length: n * n }, (_, i) => ((i * 5) % 11) / 11 - 0.5));
  const report = await program.execute({ a, b });
  await program.dispose();
  const c = report.outputs.get('c').data;
  let worst = 0;
  for (let m = 0; m < n; m++) for (let p = 0; p < n; p++) { let s = 0; for (let k = 0; k < n; k++) s += a.data[m * n + k] * b.data[k * n + p]; worst = Math.max(worst, Math.abs(s - c[m * n + p])); }
  return { threads: report.ops[0].detail.threads, worst };
}
window.pitcPage = { go, threaded };
`,
    );
    const { build } = await import('esbuild');
    const result = await build({ absWorkingDir: consumer, entryPoints: ['page.js'], outdir: 'bundle', bundle: true, splitting: true, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent', write: true });
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.text)).toEqual([]);
    const outputs = result.metafile?.outputs ?? {};
    for (const [name, out] of Object.entries(outputs)) expect(out.imports.filter((i) => i.external), `${name} imports nothing left outside the bundle`).toEqual([]);
    // the entry's static imports (its chunk and those it imports eagerly) do not hold binaryen
    const entry = Object.keys(outputs).find((o) => outputs[o]?.entryPoint === 'page.js') as string;
    const eager = new Set<string>([entry]);
    for (const name of eager) for (const i of outputs[name]?.imports ?? []) if (i.kind === 'import-statement') eager.add(i.path);
    const binaryen = Object.keys(outputs).find((o) => Object.keys(outputs[o]?.inputs ?? {}).some((input) => input.endsWith('dist/vendor/binaryen.browser.js')));
    expect(binaryen, 'binaryen is bundled').toBeDefined();
    expect(eager.has(binaryen as string), 'binaryen is loaded lazily, not with the page').toBe(false);
    expect([...eager].reduce((s, o) => s + (outputs[o]?.bytes ?? 0), 0), 'what the page loads first').toBeLessThan(2_000_000);

    const unavailable = chromiumUnavailable();
    if (unavailable) {
      console.warn(`the bundled page was not run: ${unavailable}`);
      return;
    }
    const server = await startStaticServer();
    const browser = await launchChromium();
    try {
      server.route('/', 'text/html; charset=utf-8', '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/page.js"></script>');
      for (const file of walk(join(consumer, 'bundle'))) server.routeFile(`/${relative(join(consumer, 'bundle'), file).replace(/\\/g, '/')}`, 'text/javascript', file);
      const errors: string[] = [];
      browser.page.on('pageerror', (e) => errors.push(e.message));
      browser.page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await browser.page.goto(`${server.origin}/`);
      await browser.page.waitForFunction(() => (window as unknown as { pitcPage?: unknown }).pitcPage !== undefined);
      for (const target of ['wasm', 'ref']) {
        const got = await browser.page.evaluate((t) => (window as unknown as { pitcPage: { go(t: string): Promise<{ c: number[]; expected: number[]; skipped: number; tile: [number, number]; isolated: boolean }> } }).pitcPage.go(t), target);
        expect(got.isolated).toBe(true);
        got.c.forEach((v, i) => expect(v, `${target} c[${i}]`).toBeCloseTo(got.expected[i] as number, 4));
        // columns 0, 3 and 6 of a are zero: every micro-tile (of 1 column, as planned) in them is skipped
        expect(got.tile[1], target).toBe(1);
        expect(got.skipped, target).toBe(3 * Math.ceil(5 / got.tile[0]));
      }
      // a GEMM large enough to split: it ran on two threads (a Web Worker beside the page's), and right
      const threaded = await browser.page.evaluate(() => (window as unknown as { pitcPage: { threaded(): Promise<{ threads: number; worst: number }> } }).pitcPage.threaded());
      expect(threaded.threads).toBe(2);
      expect(threaded.worst).toBeLessThan(1e-3);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
