import { errorText, type GpuSession, type HostFailure } from './session.js';
import { runGpuBatch, type GpuState } from './gpu-batch.js';

/**
 * The one module that loads the `webgpu` package (Dawn's Node binding, pinned in package.json),
 * lazily: a session on Dawn's first adapter in this process. Dawn needs a driver (Vulkan, or
 * GLES through EGL): on a machine without one, requestAdapter() gives null and the session
 * says so, and the next host is tried.
 */
export async function openDawnSession(): Promise<GpuSession | HostFailure> {
  const host = 'dawn (the webgpu package)';
  let gpu: unknown;
  try {
    const mod = (await import('webgpu')) as { create(flags: string[]): unknown };
    // Dawn quantizes timestamp queries (to 2^16 ns, measured on an H200) against timing attacks
    // on the web; a compiler timing its own kernels wants the real clock
    gpu = mod.create(['disable-dawn-features=timestamp_quantization']);
  } catch (e) {
    return { host, why: `could not load: ${errorText(e)}` };
  }
  const state: GpuState = { buffers: new Map(), pipelines: new Map() };
  try {
    const reply = await runGpuBatch(gpu, state, [{ kind: 'init' }]);
    if (reply.error !== undefined || !reply.limits)
      return { host, why: reply.error ?? 'no device limits' };
    const limits = reply.limits;
    return {
      host: `dawn: ${reply.adapter ?? 'adapter'}`,
      limits,
      timesPasses: reply.timesPasses === true,
      submit: (batch) =>
        runGpuBatch(gpu, state, batch).catch((e: unknown) => ({ reads: [], error: errorText(e) })),
      async close() {
        await runGpuBatch(gpu, state, [{ kind: 'reset' }]);
        (state.device as { destroy?(): void } | undefined)?.destroy?.();
        state.device = undefined;
      },
    };
  } catch (e) {
    return { host, why: errorText(e) };
  }
}
