/**
 * The playground's web server: plain node:http (a few static files need no framework), on
 * 127.0.0.1 only. It serves the files of the built page (dist/playground/, made by
 * scripts/build-playground.mjs) and nothing else: the routes are the files found when it starts,
 * so no path from a request ever reaches the file system. Every answer carries the headers that
 * make the page cross-origin isolated (COOP same-origin, COEP require-corp), which is what gives
 * the page SharedArrayBuffer and so wasm's worker threads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The headers of every answer: isolation (SharedArrayBuffer), no sniffing, no framing by others. */
export const PLAYGROUND_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  // the page's own files only; wasm compiled at run time; gpu.js builds kernels with new Function; workers from blob: URLs
  'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

export interface PlaygroundServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The files under each directory by URL path (`/`, `/app.js`, `/vendor/binaryen.browser.js`...), keyed by the URL prefix of each directory. */
export function pageRoutes(mounts: Readonly<Record<string, string>>): Map<string, { file: string; type: string }> {
  const routes = new Map<string, { file: string; type: string }>();
  for (const [prefix, root] of Object.entries(mounts)) walkInto(routes, prefix, root);
  return routes;
}

function walkInto(routes: Map<string, { file: string; type: string }>, prefix: string, root: string): void {
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const type = TYPES[extname(name)];
        if (!type) continue;
        const url = `${prefix}${relative(root, path).split(sep).join('/')}`;
        routes.set(url, { file: path, type });
        if (url === '/index.html') routes.set('/', { file: path, type });
      }
    }
  };
  walk(root);
}

/**
 * Starts the server for the directories `mounts` maps URL prefixes to (`{ '/': page, '/vendor/':
 * vendor }`); rejects with Node's error when the port cannot be had (EADDRINUSE, EACCES).
 */
export async function startPlaygroundServer(mounts: Readonly<Record<string, string>>, port: number): Promise<PlaygroundServer> {
  const routes = pageRoutes(mounts);
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponentSafe((req.url ?? '/').split('?')[0] ?? '/');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...PLAYGROUND_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
      res.end('method not allowed');
      return;
    }
    const hit = path === undefined ? undefined : routes.get(path);
    if (!hit) {
      res.writeHead(404, { ...PLAYGROUND_HEADERS, 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    let body = cache.get(hit.file);
    if (!body) {
      body = readFileSync(hit.file);
      cache.set(hit.file, body);
    }
    res.writeHead(200, { ...PLAYGROUND_HEADERS, 'Content-Type': hit.type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function decodeURIComponentSafe(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}
