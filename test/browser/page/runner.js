// Builds gpu.js kernels from a pitc-emitted kernel module (NAME.gpujs.js: plain data) and runs
// them on request: window.pitc.load(url) imports a module, window.pitc.run(mode, key, args, exact)
// runs one kernel and returns its output cells. Nothing from the module is evaluated as code
// except each kernel's function source, which gpu.js parses and translates.

const specs = new Map();
const gpus = new Map();
const kernels = new Map();

/** gpu.js backend and extra settings for a pitc mode name. */
function backendOf(mode) {
  if (mode === 'webasm-async') return { mode: 'webasm', settings: { asyncMode: true } };
  return { mode, settings: {} };
}

function gpuFor(mode) {
  let gpu = gpus.get(mode);
  if (!gpu) {
    gpu = new window.GPU({ mode });
    gpus.set(mode, gpu);
  }
  return gpu;
}

function flatten(result, cells) {
  const out = new Float32Array(cells);
  let n = 0;
  const visit = (v) => {
    if (ArrayBuffer.isView(v)) {
      out.set(v, n);
      n += v.length;
    } else if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x === 'number') out[n++] = x;
        else visit(x);
      }
    } else {
      throw new Error('a kernel returned something that is not an array of numbers');
    }
  };
  visit(result);
  if (n !== cells) throw new Error(`a kernel returned ${n} values for ${cells} cells`);
  return out;
}

window.pitc = {
  ready: typeof window.GPU === 'function',
  async load(url) {
    const mod = await import(url);
    for (const op of mod.default.ops) {
      specs.set(op.dense.key, op.dense);
      if (op.pit) specs.set(op.pit.kernel.key, op.pit.kernel);
    }
    return specs.size;
  },
  async run(mode, key, args, exact) {
    const spec = specs.get(key);
    if (!spec) throw new Error('this kernel is not in any loaded module');
    const backend = exact ? { mode: 'cpu', settings: {} } : backendOf(mode);
    const id = `${backend.mode}:${key}`;
    let kernel = kernels.get(id);
    if (!kernel) {
      kernel = gpuFor(backend.mode).createKernel(spec.source, { ...structuredClone(spec.settings), ...backend.settings });
      kernels.set(id, kernel);
    }
    const cells = flatten(await kernel(...args), spec.cells);
    const k = kernel.kernel;
    const ran = `${k ? k.constructor.name : 'unknown'}${kernel.fallbackRequested ? ` (fallback: ${kernel.fallbackReason})` : ''}`;
    return { cells, ran };
  },
  async reset() {
    kernels.clear();
    specs.clear();
    const all = [...gpus.values()];
    gpus.clear();
    await Promise.all(all.map((g) => g.destroy()));
  },
};
