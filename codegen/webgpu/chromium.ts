import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GpuCommand, GpuReply } from './gpu-batch.js';
import { runGpuBatch } from './gpu-batch.js';
import { errorText, type GpuSession, type HostFailure } from './session.js';

/**
 * The one module that drives a browser through playwright-core: a WebGPU session in a headless
 * Chromium page (Debian's /usr/bin/chromium, or PITC_CHROMIUM). No GPU process: WebGPU runs on
 * Chromium's SwiftShader fallback adapter, which `--enable-unsafe-webgpu` enables. WebGPU needs a
 * secure context, so the page is served at http://127.0.0.1/ by Playwright itself (a routed
 * request, no server and no network). Batches run in the page by runGpuBatch's source text.
 */

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The browser page's view of the state runGpuBatch keeps there. */
interface PageGlobals {
  __pitcWebgpu: { state: unknown; run: (gpu: unknown, state: unknown, batch: readonly GpuCommand[]) => Promise<GpuReply> };
}

export async function openChromiumSession(executable = process.env['PITC_CHROMIUM'] ?? DEFAULT_CHROMIUM): Promise<GpuSession | HostFailure> {
  const host = `headless chromium (${executable})`;
  if (!existsSync(executable)) return { host, why: 'not installed (apt-get install chromium, or set PITC_CHROMIUM)' };
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch (e) {
    return { host, why: `playwright-core could not be loaded: ${errorText(e)}` };
  }
  const profile = mkdtempSync(join(tmpdir(), 'pitc-webgpu-'));
  let context: import('playwright-core').BrowserContext | undefined;
  const cleanUp = async (): Promise<void> => {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    context = await playwright.chromium.launchPersistentContext(profile, { executablePath: executable, headless: true, timeout: 60_000, args: ARGS });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(600_000);
    await page.route('http://127.0.0.1/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>pitc webgpu</title>' }));
    await page.goto('http://127.0.0.1/');
    await page.evaluate(`globalThis.__pitcWebgpu = { state: { buffers: new Map(), pipelines: new Map() }, run: ${runGpuBatch.toString()} };`);
    // a page or browser that dies mid-batch is a failed batch (the executor names the op), not a Playwright error
    const submit = (batch: readonly GpuCommand[]): Promise<GpuReply> =>
      page
        .evaluate((b) => {
          const g = globalThis as unknown as PageGlobals & { navigator: { gpu?: unknown } };
          return g.__pitcWebgpu.run(g.navigator.gpu, g.__pitcWebgpu.state, b);
        }, batch as GpuCommand[])
        .catch((e: unknown) => ({ reads: [], error: `the Chromium page failed: ${errorText(e)}` }));
    const reply = await submit([{ kind: 'init' }]);
    if (reply.error !== undefined || !reply.limits) {
      await cleanUp();
      return { host, why: reply.error ?? 'no device limits' };
    }
    return {
      host: `chromium: ${reply.adapter ?? 'adapter'}`,
      limits: reply.limits,
      submit,
      close: cleanUp,
    };
  } catch (e) {
    await cleanUp();
    return { host, why: errorText(e) };
  }
}
