import type { Page } from 'playwright-core';
import type { GpujsMode, KernelArgument, KernelHost, KernelRun } from '../../codegen/gpujs/host.js';

/** What page/runner.js puts on window, as the page functions below see it. */
interface PageApi {
  readonly pitc: {
    readonly ready: boolean;
    load(url: string): Promise<number>;
    run(mode: string, key: string, args: readonly KernelArgument[], exact: boolean): Promise<KernelRun>;
    reset(): Promise<void>;
  };
}

/** Whether the page has gpu.js and the runner loaded. */
export async function pageReady(page: Page): Promise<boolean> {
  await page.waitForFunction(() => (globalThis as unknown as Partial<PageApi>).pitc !== undefined);
  return page.evaluate(() => (globalThis as unknown as PageApi).pitc.ready);
}

/** Imports an emitted kernel module (NAME.gpujs.js) into the page. */
export async function loadKernelModule(page: Page, url: string): Promise<number> {
  return page.evaluate((u) => (globalThis as unknown as PageApi).pitc.load(u), url);
}

/**
 * A kernel host in a browser page: each launch runs, in the page, the kernel of that key from
 * a loaded module. Typed arrays and ±Infinity/NaN cross the boundary as Playwright serialises them.
 */
export function createBrowserHost(page: Page, mode: GpujsMode): KernelHost {
  return {
    mode,
    async run(spec, args, exact) {
      return page.evaluate(([m, key, a, e]) => (globalThis as unknown as PageApi).pitc.run(m, key, a, e), [mode, spec.key, args, exact] as const);
    },
    async dispose() {
      await page.evaluate(() => (globalThis as unknown as PageApi).pitc.reset());
    },
  };
}
