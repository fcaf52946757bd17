/// <reference lib="dom" />
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlaygroundServer, type PlaygroundServer } from '../../src/cli/playground-server.js';
import { PRESETS, presetFlags } from '../../playground/presets.js';
import { runCli } from '../cli/cli-harness.js';
import { chromiumUnavailable, launchChromium, type Browser } from './chromium.js';

/**
 * The playground in headless Chromium, as a user drives it: every sample picked from the menu and
 * run on wasm (Web Workers over shared memory: the server makes the page cross-origin isolated)
 * and on gpu.js (WebGL2, SwiftShader). Per run: the rules table has a row per op with the plan
 * `pitc rules` gives; each PIT op's pictures are there, parse as SVG, and count the micro-tiles
 * `pitc run --json` counts with the same flags; gpu.js ran WebGL2 kernels; no console error. A
 * program edited into a mistake shows the diagnostic, and Ctrl+Enter runs from the keyboard.
 * Screenshots of each view go to test-output/playground/ for people to look at.
 */
const ROOT = join(import.meta.dirname, '../..');
const PAGE = join(ROOT, 'dist', 'playground');
const VENDOR = join(ROOT, 'dist', 'vendor');
const SHOTS = join(ROOT, 'test-output', 'playground');
const SAMPLES = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.pit') || f.endsWith('.onnx')).sort();
/** Samples whose preset shows that nothing can be skipped (playground/presets.ts). */
const NOTHING_TO_SKIP = new Set(['softmax.pit', 'layernorm.pit']);

const unavailable = chromiumUnavailable() ?? (existsSync(join(PAGE, 'index.html')) ? undefined : 'the playground is not built (npm run build)');
if (unavailable) console.warn(`playground tests skipped: ${unavailable}`);

interface PageRun {
  readonly target: string;
  readonly words: string[];
  readonly ops: { name: string; form: 'pit' | 'dense'; detail?: Record<string, unknown> }[];
  readonly pictures: string[];
}

async function runOn(page: Page, target: 'wasm' | 'gpujs'): Promise<PageRun> {
  await page.check(`input[name="target"][value="${target}"]`);
  await page.click('#run');
  await page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('status')?.dataset['state'] ?? ''), undefined, { timeout: 120_000 });
  const state = await page.getAttribute('#status', 'data-state');
  expect(state, (await page.textContent('#status')) ?? '').toBe('done');
  return page.evaluate(() => (window as unknown as { pitcPlayground: { lastRun: PageRun } }).pitcPlayground.lastRun);
}

/** The pictures in the page: each SVG parsed by the browser as XML (an error is a parsererror document), with its data attributes. */
async function pictures(page: Page): Promise<{ name: string; wellFormed: boolean; data: Record<string, string> }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure[data-picture]')].map((fig) => {
      const svg = fig.querySelector('svg');
      const text = svg ? new XMLSerializer().serializeToString(svg) : '';
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      const data: Record<string, string> = {};
      for (const a of svg ? [...svg.attributes] : []) if (a.name.startsWith('data-')) data[a.name] = a.value;
      return { name: (fig as HTMLElement).dataset['picture'] ?? '', wellFormed: parsed.getElementsByTagName('parsererror').length === 0 && parsed.documentElement.tagName === 'svg', data };
    }),
  );
}

describe.skipIf(unavailable !== undefined)('the playground in headless Chromium', () => {
  let server: PlaygroundServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startPlaygroundServer({ '/': PAGE, '/vendor/': VENDOR }, 0);
    browser = await launchChromium();
    browser.page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    browser.page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await browser.page.setViewportSize({ width: 1280, height: 900 });
    await browser.page.goto(`${server.url}?runs=1`);
    await browser.page.waitForFunction(() => (window as unknown as { pitcPlayground?: { ready: boolean } }).pitcPlayground?.ready === true);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is cross-origin isolated, so wasm runs on Web Workers', async () => {
    expect(await browser.page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await browser.page.textContent('#threads')).toMatch(/\d+ threads: Web Workers over shared memory/);
  });

  it.each(SAMPLES)('%s: rules, runs on wasm and gpu.js, pictures with the CLI\'s counts', async (file) => {
    const page = browser.page;
    await page.selectOption('#sample', file);
    await page.waitForFunction((f) => document.querySelector('#source') && (document.querySelector('#source') as HTMLTextAreaElement).value.length > 0 && document.querySelector('#sample') && (document.querySelector('#sample') as HTMLSelectElement).value === f, file);
    await page.waitForFunction(() => document.querySelector('#diagnostics .ok') !== null && document.querySelector('#rules-table table') !== null);
    const rules = JSON.parse((await runCli(['rules', join(ROOT, 'samples', file), '--json'], ROOT)).stdout) as { ops: { name: string; plan: { mode: string } }[] };
    const rows = await page.$$eval('#rules-table tr[data-op]', (trs) => trs.map((tr) => ({ op: (tr as HTMLElement).dataset['op'], plan: tr.querySelector('[data-plan]')?.getAttribute('data-plan') })));
    const preset = PRESETS[file];
    expect(preset, `${file} has a preset`).toBeDefined();
    // the microtile hints of a preset can change the plan: compare with rules of the same hints only when there are none
    if (Object.keys(preset?.microTile ?? {}).length === 0) expect(rows).toEqual(rules.ops.map((o) => ({ op: o.name, plan: o.plan.mode })));
    else expect(rows.map((r) => r.op)).toEqual(rules.ops.map((o) => o.name));

    let skippedSomewhere = false;
    for (const target of ['wasm', 'gpujs'] as const) {
      const run = await runOn(page, target);
      expect(run.target).toBe(target);
      const cli = await runCli([...presetFlags(file, preset as NonNullable<typeof preset>), '--target', target, '--json', '--threads', '2'], ROOT);
      expect(cli.code, cli.stderr).toBe(0);
      const cliOps = (JSON.parse(cli.stdout) as { ops: { name: string; microTilesSkipped?: number; microTilesListed?: number }[] }).ops;
      const figures = await pictures(page);
      for (const f of figures) expect(f.wellFormed, `${file} ${target} ${f.name}`).toBe(true);
      for (const op of cliOps.filter((o) => o.microTilesSkipped !== undefined)) {
        const pageOp = run.ops.find((o) => o.name === op.name);
        expect(pageOp?.detail?.['microTilesSkipped'], `${file} ${target} op ${op.name}: the page's record`).toBe(op.microTilesSkipped);
        const pattern = figures.find((f) => f.name === `${op.name}-pattern.svg`);
        expect(pattern, `${file} ${target}: a pattern picture of op ${op.name}`).toBeDefined();
        expect(Number(pattern?.data['data-tiles-skipped'])).toBe(op.microTilesSkipped);
        expect(Number(pattern?.data['data-tiles-listed'])).toBe(op.microTilesListed);
        for (const kind of ['coverage', 'index']) expect(figures.some((f) => f.name === `${op.name}-${kind}.svg`), `${op.name}-${kind}.svg`).toBe(true);
      }
      expect(figures.some((f) => f.name === 'times.svg')).toBe(true);
      const summary = (await page.textContent('#summary')) ?? '';
      // softmax has no rule anywhere (zeros are real logits); an op whose index is too dense runs dense and skips nothing
      const ranPit = run.ops.some((o) => o.detail?.['microTilesSkipped'] !== undefined && o.form === 'pit');
      if (file === 'softmax.pit') expect(summary).toMatch(/^No op skipped anything \(no PIT rule applies/);
      else if (ranPit) expect(summary).toMatch(/^Skipped [\d,]+ of [\d,]+ micro-tiles; [\d.]+ m?s vs [\d.]+ m?s dense\.$/);
      else expect(summary).toMatch(/^No op skipped anything \(the (op|\d+ ops) with an index ran dense/);
      // every sample but softmax and layernorm skips on some target: the preset shows PIT at work
      // (playground/presets.ts: layernorm's 32×1 tiles of a 10 % dense x are 97 % listed, so its
      // op runs dense above the crossover and shows that nothing is skipped there)
      if (!NOTHING_TO_SKIP.has(file) && target === 'gpujs') expect(skippedSomewhere || ranPit, `${file} skips micro-tiles on wasm or gpu.js`).toBe(true);
      if (ranPit) skippedSomewhere = true;
      if (target === 'gpujs') {
        for (const op of run.ops) expect(op.detail?.['kernel'], `${file}: op ${op.name} ran on WebGL2`).toBe(op.detail?.['backend'] === 'cpu (exact)' ? 'CPUKernel' : 'WebGL2Kernel');
      }
    }
    expect(problems, 'no console errors').toEqual([]);
  }, 240_000);

  it('shows a mistake as a located diagnostic while typing, and runs from the keyboard', async () => {
    const page = browser.page;
    await page.selectOption('#sample', 'matmul.pit');
    await page.waitForFunction(() => document.querySelector('#diagnostics .ok') !== null);
    const text = await page.inputValue('#source');
    await page.focus('#source');
    await page.fill('#source', text.replace('c[m, n] = sum[k] a[m, k] * b[k, n]', 'c[m, n] = sum[k] a[m, k] * q[k, n]'));
    await page.waitForSelector('#diagnostics li[data-code="PIT3001"]');
    const shown = (await page.textContent('#diagnostics li[data-code="PIT3001"]')) ?? '';
    expect(shown).toMatch(/matmul\.pit:\d+:\d+: error PIT3001: unknown tensor 'q'/);
    expect(shown).toContain('^');
    expect(await page.getAttribute('#source', 'aria-invalid')).toBe('true');
    expect(await page.isDisabled('#run')).toBe(true);
    await page.locator('#program').screenshot({ path: join(SHOTS, 'diagnostic.png') });
    // back to the sample, then run with Ctrl+Enter from the editor
    await page.fill('#source', text);
    await page.waitForFunction(() => document.querySelector('#diagnostics .ok') !== null);
    await page.check('input[name="target"][value="wasm"]');
    await page.focus('#source');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.getElementById('status')?.dataset['state'] === 'done', undefined, { timeout: 120_000 });
    // every control is reachable with Tab
    const reached = new Set<string>();
    await page.focus('#sample');
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id || (document.activeElement as HTMLInputElement | null)?.value || ''));
    }
    for (const id of ['source', 'seed', 'run', 'dim-M', 'density-a', 'tile-a']) expect(reached, `Tab reaches #${id}`).toContain(id);
    expect(problems, 'no console errors').toEqual([]);
  }, 240_000);

  it('writes a screenshot of each view', async () => {
    const page = browser.page;
    await page.selectOption('#sample', 'matmul.pit');
    await page.waitForFunction(() => document.querySelector('#diagnostics .ok') !== null);
    await runOn(page, 'wasm');
    for (const view of ['program', 'data', 'rules', 'results', 'pictures']) await page.locator(`#${view}`).screenshot({ path: join(SHOTS, `${view}.png`) });
    await page.screenshot({ path: join(SHOTS, 'page.png'), fullPage: true });
    // the ONNX sample: its .pit form in the editor, said to run with the model's weights; edited, a .pit program
    await page.selectOption('#sample', 'opt-ffn.onnx');
    await page.waitForFunction(() => !(document.getElementById('model-note') as HTMLElement).hidden && document.querySelector('#diagnostics .ok') !== null);
    expect(await page.textContent('#model-note')).toContain('opt-ffn.onnx is an ONNX model: below is the .pit program pitc imports it as');
    await page.locator('#program').screenshot({ path: join(SHOTS, 'program-onnx.png') });
    await page.fill('#source', `${await page.inputValue('#source')}\n# edited\n`);
    await page.waitForFunction(() => document.getElementById('model-note')?.textContent?.includes('edited') === true);
    await page.waitForFunction(() => document.querySelector('#diagnostics .ok') !== null);
    for (const view of ['program', 'data', 'rules', 'results', 'pictures', 'page', 'diagnostic', 'program-onnx']) expect(existsSync(join(SHOTS, `${view}.png`))).toBe(true);
    expect(problems, 'no console errors').toEqual([]);
  }, 240_000);
});
