import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playgroundCommand } from '../../src/cli/commands/playground.js';
import type { CliIo } from '../../src/cli/io.js';
import { startPlaygroundServer } from '../../src/cli/playground-server.js';
import { hasStackTrace, runCli } from './cli-harness.js';

/**
 * `pitc playground` in Node (the page itself is tested in Chromium, test/browser): the server
 * answers only the built page's files, each with the headers that make the page cross-origin
 * isolated; nothing outside those files is reachable; a taken port, a bad --port and an unbuilt
 * page are diagnostics, not stack traces.
 */
function fakePage(): { root: string; vendor: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pitc-playground-'));
  const root = join(dir, 'page');
  const vendor = join(dir, 'vendor');
  mkdirSync(join(root, 'chunks'), { recursive: true });
  mkdirSync(vendor);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(root, 'app.js'), 'export {};');
  writeFileSync(join(root, 'chunks', 'a.js'), 'export const a = 1;');
  writeFileSync(join(root, 'notes.secret'), 'not a page file');
  writeFileSync(join(dir, 'outside.html'), 'outside');
  writeFileSync(join(vendor, 'binaryen.browser.js'), 'export default {};');
  return { root, vendor };
}

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd() }, out: () => out, err: () => err };
}

describe('the playground server', () => {
  it('serves the page files with isolation headers, and nothing else', async () => {
    const { root, vendor } = fakePage();
    const server = await startPlaygroundServer({ '/': root, '/vendor/': vendor }, 0);
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
      const home = await fetch(server.url);
      expect(home.status).toBe(200);
      expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(home.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(home.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
      expect(await home.text()).toContain('<title>page</title>');
      for (const path of ['app.js', 'chunks/a.js', 'vendor/binaryen.browser.js']) expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
      // files of unknown kinds, paths leaving the folder (plain or encoded), bad escapes: 404
      for (const path of ['notes.secret', '../outside.html', '%2e%2e/outside.html', '..%2foutside.html', 'vendor/../../outside.html', '%E0%A4%A', 'nothing.js']) {
        const r = await fetch(`${server.url}${path}`);
        expect(r.status, path).toBe(404);
        expect(r.headers.get('cross-origin-embedder-policy'), path).toBe('require-corp');
      }
      expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});

describe('pitc playground', () => {
  it('prints its address and serves until told to stop', async () => {
    const { root, vendor } = fakePage();
    const c = capture();
    let status = 0;
    const code = await playgroundCommand({ port: 0, root, vendor, until: async (server) => void (status = (await fetch(server.url)).status) }, c.io);
    expect(code).toBe(0);
    expect(status).toBe(200);
    expect(c.out()).toMatch(/^pitc playground: http:\/\/127\.0\.0\.1:\d+\/ {2}\(this machine only; Ctrl\+C stops it\)\n$/);
  });

  it('says when the port is taken, and when the page is not built', async () => {
    const { root, vendor } = fakePage();
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const c = capture();
      expect(await playgroundCommand({ port, root, vendor }, c.io)).toBe(1);
      expect(c.err()).toContain(`error PIT7002: --port ${port}: cannot listen on 127.0.0.1:${port}: it is in use (give another --port, or --port 0 for any free one)`);
      expect(hasStackTrace(c.err())).toBe(false);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    const unbuilt = capture();
    expect(await playgroundCommand({ port: 0, root: join(root, 'chunks'), vendor }, unbuilt.io)).toBe(1);
    expect(unbuilt.err()).toMatch(/error PIT6016: the playground page is not built .*run 'npm run build'/);
  });

  it('checks --port', async () => {
    for (const bad of ['http', '-1', '65536', '80.5']) {
      const r = await runCli(['playground', '--port', bad], process.cwd());
      expect(r.code, bad).toBe(1);
      expect(r.stderr, bad).toMatch(/--port .*takes a TCP port: an integer from 0 to 65535/);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});
