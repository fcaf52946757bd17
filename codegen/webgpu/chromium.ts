import { existsSync } from 'node:fs';
import type { GpuCommand, GpuReply } from './gpu-batch.js';
import { runGpuBatch } from './gpu-batch.js';
import { errorText, type GpuSession, type HostFailure } from './session.js';

/**
 * The one module that drives a browser through playwright-core: a WebGPU session in a headless
 * Chromium page (Debian's /usr/bin/chromium, or PITC_CHROMIUM). No GPU process: WebGPU runs on
 * Chromium's SwiftShader fallback adapter, which `--enable-unsafe-webgpu` enables. WebGPU needs a
 * secure context, so the page is served at http://127.0.0.1/ by Playwright itself (a routed
 * request, no server and no network). Batches run in the page by runGpuBatch's source text.
 *
 * Like the wasm target's worker threads, the browser does not keep Node running between
 * batches (its process and pipes are unref'd while no batch is in flight), and it is killed
 * when Node exits, so a program never disposed neither hangs its script nor leaves a browser.
 */

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Headless Chromium without a sandbox, a GPU process or background traffic, with WebGPU on (the tests' browser too). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-webgpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser page's view of the state runGpuBatch keeps there. */
interface PageGlobals {
  __pitcWebgpu: {
    state: unknown;
    run: (gpu: unknown, state: unknown, batch: readonly GpuCommand[]) => Promise<GpuReply>;
  };
}

interface Refable {
  ref?(): unknown;
  unref?(): unknown;
}

export async function openChromiumSession(
  executable = process.env['PITC_CHROMIUM'] ?? DEFAULT_CHROMIUM,
): Promise<GpuSession | HostFailure> {
  const host = `headless chromium (${executable})`;
  if (!existsSync(executable))
    return { host, why: 'not installed (apt-get install chromium, or set PITC_CHROMIUM)' };
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch (e) {
    return { host, why: `playwright-core could not be loaded: ${errorText(e)}` };
  }
  let browser: import('playwright-core').Browser | undefined;
  let handles: Refable[] = [];
  const kill = (): void => {
    for (const h of handles) (h as { kill?(signal: string): unknown }).kill?.('SIGKILL');
  };
  const close = async (): Promise<void> => {
    process.removeListener('exit', kill);
    await browser?.close().catch(() => undefined);
  };
  try {
    // Playwright's Browser does not expose its process: the handles the launch added (the child
    // process and its pipes) are found by difference in Node's list of active handles
    const before = new Set(activeHandles());
    browser = await playwright.chromium.launch({
      executablePath: executable,
      headless: true,
      timeout: 60_000,
      args: CHROMIUM_ARGS,
    });
    handles = activeHandles().filter((h) => !before.has(h));
    process.once('exit', kill);
    const keepNodeAlive = (on: boolean): void => {
      for (const h of handles)
        if (on) h.ref?.();
        else h.unref?.();
    };
    const page = await browser.newPage();
    page.setDefaultTimeout(600_000);
    await page.route('http://127.0.0.1/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>pitc webgpu</title>',
      }),
    );
    await page.goto('http://127.0.0.1/');
    await page.evaluate(
      `globalThis.__pitcWebgpu = { state: { buffers: new Map(), pipelines: new Map() }, run: ${runGpuBatch.toString()} };`,
    );
    let inFlight = 0;
    // a page or browser that dies mid-batch is a failed batch (the executor names the op), not a Playwright error
    const submit = async (batch: readonly GpuCommand[]): Promise<GpuReply> => {
      if (inFlight++ === 0) keepNodeAlive(true);
      try {
        return await page.evaluate((b) => {
          const g = globalThis as unknown as PageGlobals & { navigator: { gpu?: unknown } };
          return g.__pitcWebgpu.run(g.navigator.gpu, g.__pitcWebgpu.state, b);
        }, batch as GpuCommand[]);
      } catch (e) {
        return { reads: [], error: `the Chromium page failed: ${errorText(e)}` };
      } finally {
        if (--inFlight === 0) keepNodeAlive(false);
      }
    };
    const reply = await submit([{ kind: 'init' }]);
    if (reply.error !== undefined || !reply.limits) {
      await close();
      return { host, why: reply.error ?? 'no device limits' };
    }
    return {
      host: `chromium: ${reply.adapter ?? 'adapter'}`,
      limits: reply.limits,
      timesPasses: reply.timesPasses === true,
      submit,
      close,
    };
  } catch (e) {
    await close();
    return { host, why: errorText(e) };
  }
}

/** Node's active handles (undocumented but long-standing: what keeps the event loop alive). */
function activeHandles(): Refable[] {
  const list = (process as unknown as { _getActiveHandles?(): Refable[] })._getActiveHandles;
  return list ? list.call(process) : [];
}
