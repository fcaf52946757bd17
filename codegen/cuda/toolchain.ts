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
export function findNvcc(): string | undefined {
  const r = spawnSync('nvcc', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? 'nvcc' : undefined;
}

/**
 * nvcc's arguments for one translation unit: optimised, C++17, every nvcc and host-compiler
 * warning an error, code for each compute capability (e.g. '80', '90'). `objectOnly` stops
 * before linking (what the compile-only tests need).
 */
export function nvccArgs(source: string, output: string, archs: readonly string[], objectOnly = false): string[] {
  return [
    '-O3',
    '-std=c++17',
    '--Werror',
    'all-warnings',
    '-Xcompiler',
    '-Wall,-Wextra,-Werror',
    ...archs.flatMap((a) => ['-gencode', `arch=compute_${a},code=sm_${a}`]),
    ...(objectOnly ? ['-c'] : []),
    '-o',
    output,
    source,
  ];
}
