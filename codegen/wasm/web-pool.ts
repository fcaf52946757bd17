import { InternalError } from '../../ir/core/errors.js';
import { createMessagePool, deliverVia, Mailbox, PendingJobs, POLL_MS, settleVia, takeBackVia, WORKER_HANDLER, type ThreadPool, type WorkerSlot } from './thread-pool.js';

/**
 * The wasm target's threads in a browser: Web Workers over one shared memory, with the protocol
 * of node-pool.ts (init with the module and the memory, run an export, release). A page has
 * shared memory only when it is cross-origin isolated (served with COOP same-origin and COEP
 * require-corp): `webThreadLimit` says how many threads a page can have, and why only one.
 * The worker's code is a string turned into a blob: URL, so no worker file has to be served
 * (or bundled) beside the page.
 */
const WORKER_SOURCE = `${WORKER_HANDLER}
self.onmessage = (e) => handle(e.data, (answer) => self.postMessage(answer));
`;

/** The browser globals used here (pitc compiles without the DOM library). */
interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: { kind: string; id: number; message?: string } }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
interface BrowserGlobals {
  readonly Worker?: new (url: string, options?: { name?: string }) => WebWorker;
  readonly Blob?: new (parts: string[], options: { type: string }) => object;
  readonly URL: { createObjectURL(blob: object): string; revokeObjectURL(url: string): void };
  readonly crossOriginIsolated?: boolean;
  readonly navigator?: { readonly hardwareConcurrency?: number };
}

const web = globalThis as unknown as BrowserGlobals;

/** How many threads a page can give the wasm target, and why not more. */
export function webThreadLimit(): { max: number; why: string } {
  if (!web.Worker || !web.Blob) return { max: 1, why: 'this environment has no Web Workers' };
  if (web.crossOriginIsolated !== true || typeof SharedArrayBuffer === 'undefined') {
    return { max: 1, why: 'the page is not cross-origin isolated, so it has no shared memory (serve it with the headers Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp, as pitc playground does)' };
  }
  const cores = web.navigator?.hardwareConcurrency ?? 4;
  return { max: Math.max(1, cores), why: `the browser reports ${cores} logical cores` };
}

class WebSlot implements WorkerSlot {
  readonly worker: WebWorker;
  module: WebAssembly.Module | undefined;
  memory: WebAssembly.Memory | undefined;
  dead = false;
  readonly mailbox = new Mailbox();
  private readonly jobs = new PendingJobs();
  private readonly deliver = deliverVia(this.mailbox, (m) => this.worker.postMessage(m));

  constructor(url: string, name: string) {
    const Worker = web.Worker as NonNullable<BrowserGlobals['Worker']>;
    this.worker = new Worker(url, { name });
    this.worker.onmessage = (e) => this.jobs.answer(e.data);
    this.worker.onerror = (e) => {
      this.dead = true;
      this.jobs.failAll(`worker crashed: ${e.message ?? 'unknown error'}`);
    };
  }

  terminate(): void {
    this.worker.terminate();
  }

  takeBack(): boolean {
    return takeBackVia(this.mailbox, this.jobs);
  }

  settle(): void {
    settleVia(this.mailbox, this.jobs);
  }

  wake(): void {
    if (!this.dead) this.worker.postMessage({ kind: 'wake' });
  }

  send(message: Record<string, unknown>): Promise<void> {
    if (this.dead) return Promise.reject(new InternalError('wasm', 'a job was sent to a worker that has crashed'));
    return this.jobs.send(message, this.deliver);
  }
}

/** `size` threads: the calling thread plus size − 1 Web Workers over one shared memory (thread-pool.ts). */
export function createWebPool(size: number, memory: () => WebAssembly.Memory, pollMs = POLL_MS): ThreadPool {
  if (!web.Worker || !web.Blob) throw new InternalError('wasm', 'Web Workers are not available here');
  const url = web.URL.createObjectURL(new web.Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  return createMessagePool(size, memory, (i) => new WebSlot(url, `pitc wasm ${i + 1}`), () => web.URL.revokeObjectURL(url), pollMs);
}
