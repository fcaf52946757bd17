import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../codegen/webgpu/chromium.js';

/** Debian's Chromium (apt-get install chromium); .ci/run installs it. */
export const CHROMIUM = DEFAULT_CHROMIUM;

/** Why the browser tests cannot run here, or undefined when they can. */
export function chromiumUnavailable(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (install Debian's chromium package: apt-get install chromium)`;
}

export interface Browser {
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Headless Chromium on a fresh profile: no network services, no GPU process (WebGL2 runs on
 * SwiftShader), WebGPU on its SwiftShader adapter (needs --enable-unsafe-webgpu).
 */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'pitc-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      timeout: 60_000,
      args: ['--headless', ...CHROMIUM_ARGS],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(60_000);
    const opened = context;
    return {
      page,
      async close() {
        await opened.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}
