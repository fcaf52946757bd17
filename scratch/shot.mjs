import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
const [,, ...files] = process.argv;
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pw-'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = ctx.pages()[0] ?? await ctx.newPage();
for (const f of files) {
  const b64 = readFileSync(f).toString('base64');
  await p.setContent(`<html><body style="margin:0"><img id="i" src="data:image/svg+xml;base64,${b64}"></body></html>`);
  await p.locator('#i').screenshot({ path: f.replace(/\.svg$/, '.png'), timeout: 20000 });
}
await ctx.close();
