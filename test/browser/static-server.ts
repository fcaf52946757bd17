import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A static server for the browser tests, on 127.0.0.1 and an ephemeral port. It serves only
 * the routes registered (no file system paths from requests), with the COOP/COEP headers that
 * make the page cross-origin isolated (SharedArrayBuffer for gpu.js's webasm threads).
 */
export interface StaticServer {
  readonly origin: string;
  /** Serves `body` at `path` (replacing an earlier route). */
  route(path: string, type: string, body: string | Uint8Array): void;
  routeFile(path: string, type: string, file: string): void;
  close(): Promise<void>;
}

export async function startStaticServer(): Promise<StaticServer> {
  const routes = new Map<string, { type: string; body: string | Uint8Array }>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const hit = routes.get(path);
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    };
    if (!hit || req.method !== 'GET') {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': hit.type });
    res.end(hit.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route(path, type, body) {
      routes.set(path, { type, body });
    },
    routeFile(path, type, file) {
      routes.set(path, { type, body: readFileSync(file) });
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
