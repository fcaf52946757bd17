/**
 * onnxruntime-node (a devDependency: the baseline the benchmarks compare pitc with, and the oracle
 * they check pitc's results against). The only importer of that package, loaded on demand so that
 * pitc itself never needs it: `loadOnnxRuntime()` says what is missing instead of failing.
 *
 * Its install script only fetches CUDA extras; package.json's `allowScripts` denies it, and the
 * CPU binaries for linux/darwin/win32 ship inside the package.
 */
import type { InferenceSession, Tensor as OrtTensor } from 'onnxruntime-node';
import type { HostTensor } from '../../ir/tensor.js';

export interface OnnxRuntime {
  /** onnxruntime's version, e.g. "1.30.0". */
  readonly version: string;
  /** A CPU session over model bytes, with `threads` intra-op threads and no inter-op parallelism. */
  createSession(model: Uint8Array, options: { readonly threads: number }): Promise<OnnxSession>;
}

/** Inputs as onnxruntime tensors: built once, reused by every run (they wrap the arrays). */
export interface OnnxFeeds {
  readonly names: readonly string[];
}

export interface OnnxSession {
  feeds(inputs: Readonly<Record<string, HostTensor>>): OnnxFeeds;
  /** One `session.run()`: the outputs as pitc tensors (their arrays are onnxruntime's, no copy). */
  run(feeds: OnnxFeeds): Promise<Map<string, HostTensor>>;
  release(): Promise<void>;
}

type OrtModule = typeof import('onnxruntime-node');

/** onnxruntime-node when it is installed; otherwise why not, in words. */
export async function loadOnnxRuntime(): Promise<OnnxRuntime | string> {
  let ort: OrtModule;
  try {
    ort = await import('onnxruntime-node');
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return `onnxruntime-node could not be loaded (a devDependency of pitc: \`npm ci\` in a pitc checkout installs it): ${why}`;
  }
  return {
    version: ort.env.versions.node ?? ort.env.versions.common,
    async createSession(model, { threads }) {
      const session = await ort.InferenceSession.create(model, {
        executionProviders: ['cpu'],
        intraOpNumThreads: threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
      });
      return wrapSession(ort, session);
    },
  };
}

interface Feeds extends OnnxFeeds {
  readonly tensors: Record<string, OrtTensor>;
}

function wrapSession(ort: OrtModule, session: InferenceSession): OnnxSession {
  return {
    feeds(inputs) {
      const tensors: Record<string, OrtTensor> = {};
      for (const [name, t] of Object.entries(inputs)) tensors[name] = new ort.Tensor(ORT_TYPES[t.dtype], t.data, [...t.shape]);
      const feeds: Feeds = { names: Object.keys(tensors), tensors };
      return feeds;
    },
    async run(feeds) {
      const results = await session.run((feeds as Feeds).tensors);
      const out = new Map<string, HostTensor>();
      for (const [name, value] of Object.entries(results)) out.set(name, toHost(name, value as OrtTensor));
      return out;
    },
    release: () => session.release(),
  };
}

const ORT_TYPES = { f32: 'float32', i32: 'int32', bool: 'bool' } as const;

function toHost(name: string, t: OrtTensor): HostTensor {
  const shape = t.dims.map(Number);
  if (t.type === 'float32') return { dtype: 'f32', shape, data: t.data as Float32Array };
  if (t.type === 'int32') return { dtype: 'i32', shape, data: t.data as Int32Array };
  if (t.type === 'bool') return { dtype: 'bool', shape, data: t.data as Uint8Array };
  throw new Error(`onnxruntime output '${name}' has type ${t.type}, which pitc tensors do not hold`);
}
