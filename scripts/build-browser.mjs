// The browser half of `npm run build` (after tsc), with esbuild:
//  1. dist/vendor/binaryen.browser.js: binaryen for bundlers. binaryen's own module imports
//     node:module on a branch only Node takes; a bundler cannot know that and warns (or fails).
//     This copy has that import replaced by a stub, and package.json's `imports` maps `#binaryen`
//     to it under the `browser` condition, so a page importing pitc bundles with no warning.
//  2. dist/playground/: the playground page (playground/*.ts bundled, its HTML and CSS, the
//     samples as JSON: .pit text, and ONNX models' bytes in base64). binaryen is not bundled again: the page loads the vendor copy above
//     (/vendor/binaryen.browser.js, served by `pitc playground`) when it compiles for wasm.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vendor = join(root, 'dist', 'vendor');
const page = join(root, 'dist', 'playground');

/** node:* imports as a module that throws if it is ever used (only Node's branch would). */
const nodeStub = {
  name: 'node-stub',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => ({
      contents: `const fail = () => { throw new Error(${JSON.stringify(`${args.path} is not available in a browser`)}); };\nexport const createRequire = fail;\nexport default {};\n`,
      loader: 'js',
    }));
  },
};

mkdirSync(vendor, { recursive: true });
const binaryen = await build({
  entryPoints: [require.resolve('binaryen')],
  outfile: join(vendor, 'binaryen.browser.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'inline',
  logLevel: 'warning',
  plugins: [nodeStub],
});
if (binaryen.warnings.length > 0) process.exitCode = 1;

rmSync(page, { recursive: true, force: true });
mkdirSync(page, { recursive: true });
const app = await build({
  entryPoints: { app: join(root, 'playground', 'main.ts') },
  outdir: page,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  // gpu.js's kernel classes are reported by name (WebGL2Kernel): minifying must not rename them
  keepNames: true,
  legalComments: 'linked',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [
    {
      name: 'binaryen-from-vendor',
      setup(b) {
        b.onResolve({ filter: /^#binaryen$/ }, () => ({ path: '/vendor/binaryen.browser.js', external: true }));
      },
    },
  ],
});
if (app.warnings.length > 0) process.exitCode = 1;
for (const name of ['index.html', 'style.css']) copyFileSync(join(root, 'playground', name), join(page, name));
const samplesDir = join(root, 'samples');
// .pit samples as text; ONNX models as their bytes (base64), which the page compiles as they are
const samples = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.pit') || f.endsWith('.onnx'))
  .sort()
  .map((file) => (file.endsWith('.onnx') ? { file, model: readFileSync(join(samplesDir, file)).toString('base64') } : { file, text: readFileSync(join(samplesDir, file), 'utf8') }));
writeFileSync(join(page, 'samples.json'), `${JSON.stringify(samples)}\n`);
