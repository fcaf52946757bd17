import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pw-'), { executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', process.argv[2] ?? '--disable-gpu'] });
const p = ctx.pages()[0] ?? await ctx.newPage();
await p.setContent('<html><body><h1>hi</h1></body></html>');
await p.screenshot({ path: '/tmp/hi.png', timeout: 20000 });
console.log('ok');
await ctx.close();
