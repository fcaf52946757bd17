import { spawnSync } from 'node:child_process';

/**
 * nvcc and the CUDA device, found once per process: `nvidia-smi` says whether a device exists
 * (and its compute capability, which the executor compiles for), `nvcc --version` whether the
 * compiler is on PATH. Both are cheap and are asked only when an executor is created.
 */
export interface CudaProbe {
  readonly device?: { readonly name: string; readonly arch: string };
  readonly nvcc?: string;
  /** Why something is missing, in words. */
  readonly why: string;
}

let probed: CudaProbe | undefined;

export function probeCuda(): CudaProbe {
  probed ??= runProbe();
  return probed;
}

function runProbe(): CudaProbe {
  const smi = spawnSync('nvidia-smi', ['--query-gpu=name,compute_cap', '--format=csv,noheader'], { encoding: 'utf8', timeout: 15_000 });
  const line = smi.status === 0 ? smi.stdout.split('\n').find((l) => l.trim() !== '') : undefined;
  const [name, cap] = line ? line.split(',').map((x) => x.trim()) : [];
  const arch = cap && /^\d+\.\d+$/.test(cap) ? cap.replace('.', '') : undefined;
  const device = name && arch ? { name, arch } : undefined;
  const nvcc = findNvcc();
  const why = !device
    ? smi.error
      ? 'nvidia-smi is not available (no NVIDIA driver on this machine)'
      : 'nvidia-smi lists no GPU'
    : !nvcc
      ? 'nvcc is not on PATH (install the CUDA toolkit)'
      : '';
  return { ...(device ? { device } : {}), ...(nvcc ? { nvcc } : {}), why };
}

/** `nvcc` when it answers `--version`, else undefined. */
function findNvcc(): string | undefined {
  const r = spawnSync('nvcc', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? 'nvcc' : undefined;
}

export interface NvccOptions {
  /** Compute capabilities to build machine code for, e.g. ['80', '90']. */
  readonly archs: readonly string[];
  /** Stop before linking (compile-only checks). */
  readonly objectOnly?: boolean;
  /** Optimise the host code too (device code always is). Default true. */
  readonly hostOptimize?: boolean;
  /**
   * Generate PTX once, for the lowest arch, and machine code for every arch from it (one cicc
   * pass instead of one per arch; what the compile-only tests use to stay fast).
   */
  readonly sharedPtx?: boolean;
}

/**
 * nvcc's arguments for one translation unit: C++17, every nvcc and host-compiler warning an
 * error, machine code for each compute capability.
 */
export function nvccArgs(source: string, output: string, options: NvccOptions): string[] {
  const archs = [...options.archs].sort();
  const gencode = options.sharedPtx
    ? ['-gencode', `arch=compute_${archs[0]},code=[${archs.map((a) => `sm_${a}`).join(',')}]`]
    : archs.flatMap((a) => ['-gencode', `arch=compute_${a},code=sm_${a}`]);
  return [
    ...(options.hostOptimize === false ? [] : ['-O3']),
    '-std=c++17',
    '--Werror',
    'all-warnings',
    '-Xcompiler',
    '-Wall,-Wextra,-Werror',
    ...gencode,
    ...(options.objectOnly ? ['-c'] : []),
    '-o',
    output,
    source,
  ];
}
