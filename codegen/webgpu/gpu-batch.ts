/**
 * What the host asks of a WebGPU device, as plain data, and the one function that does it. The
 * same function runs in Node (on the `webgpu` package's Dawn) and inside a Chromium page (its
 * source text is sent there: it must stay self-contained, with no imports, no helpers outside
 * its body and no names it does not define). A batch is a list of commands run in order; one
 * reply carries every read, so a page round trip costs one call per batch, not per command.
 */

/** One step of a batch. Buffers are named by the host; sizes are bytes. */
export type GpuCommand =
  /** Acquire the adapter and device (once per session), with the adapter's own limits. */
  | { readonly kind: 'init' }
  /** Create (or resize) a buffer and fill it: the bytes are the tensor's or the index's. */
  | { readonly kind: 'write'; readonly buffer: string; readonly bytes: Uint8Array }
  /** Make sure a buffer of at least this size exists (its contents are whatever it held). */
  | { readonly kind: 'alloc'; readonly buffer: string; readonly size: number }
  /** Run a compute shader (built once per key) with these buffers at bindings 0, 1, ... */
  | {
      readonly kind: 'dispatch';
      readonly key: string;
      readonly code: string;
      readonly bindings: readonly string[];
      readonly groups: readonly [number, number, number];
    }
  /** Copy a buffer's first `size` bytes back to the host. */
  | { readonly kind: 'read'; readonly buffer: string; readonly size: number }
  /** Destroy every buffer and forget every pipeline. */
  | { readonly kind: 'reset' };

export interface GpuReply {
  /** The bytes of every `read`, in command order. */
  readonly reads: Uint8Array[];
  /** Set by `init`: the adapter in words and the limits the device was created with. */
  readonly adapter?: string;
  readonly limits?: GpuLimits;
  /** Set by `init`: whether compute passes are timed (the adapter offers `timestamp-query`). */
  readonly timesPasses?: boolean;
  /** A validation, out-of-memory or shader-compilation error (the batch stopped there). */
  readonly error?: string;
  /**
   * The device's time in the batch's compute passes, in ms, from timestamp queries: set when the
   * adapter offers `timestamp-query` (uploads and read-backs are not in it).
   */
  readonly passMs?: number;
}

/** The device limits code generation must respect. */
export interface GpuLimits {
  readonly maxStorageBuffersPerShaderStage: number;
  readonly maxStorageBufferBindingSize: number;
  readonly maxBufferSize: number;
  readonly maxComputeWorkgroupsPerDimension: number;
  readonly maxComputeInvocationsPerWorkgroup: number;
  readonly maxComputeWorkgroupStorageSize: number;
}

/** What one session keeps between batches (in the page: on globalThis). */
export interface GpuState {
  device?: unknown;
  /** Whether the device was created with `timestamp-query` (passes are then timed). */
  timestamps?: boolean;
  readonly buffers: Map<string, unknown>;
  readonly pipelines: Map<string, unknown>;
}

/**
 * Runs one batch on `gpu` (a `navigator.gpu`-like object). Self-contained: see the module
 * comment. WebGPU's usage flags are written as numbers (STORAGE 0x80, COPY_SRC 4, COPY_DST 8,
 * MAP_READ 1; map mode READ 1) so the function needs no globals beyond what it is given.
 */
export async function runGpuBatch(
  gpu: unknown,
  state: GpuState,
  batch: readonly GpuCommand[],
): Promise<GpuReply> {
  // WebGPU objects are typed loosely here: this text also runs in a page, without our types
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const g = gpu as any;
  const reads: Uint8Array[] = [];
  let adapterText: string | undefined;
  let limits: GpuLimits | undefined;
  const names = [
    'maxStorageBuffersPerShaderStage',
    'maxStorageBufferBindingSize',
    'maxBufferSize',
    'maxComputeWorkgroupsPerDimension',
    'maxComputeInvocationsPerWorkgroup',
    'maxComputeWorkgroupStorageSize',
  ] as const;
  const STORAGE_USAGE = 0x80 | 0x4 | 0x8;
  const padded = (n: number): number => Math.max(4, Math.ceil(n / 4) * 4);
  const buffer = (name: string, size: number): any => {
    const old = state.buffers.get(name) as any;
    if (old && old.size >= padded(size)) return old;
    if (old) old.destroy();
    const b = (state.device as any).createBuffer({ size: padded(size), usage: STORAGE_USAGE });
    state.buffers.set(name, b);
    return b;
  };
  if (batch.some((c) => c.kind === 'init') && !state.device) {
    if (!g)
      return { reads, error: 'this JavaScript engine has no WebGPU (navigator.gpu is undefined)' };
    const adapter = await g.requestAdapter();
    if (!adapter) return { reads, error: 'requestAdapter() found no WebGPU adapter' };
    const requiredLimits: Record<string, number> = {};
    for (const n of names) requiredLimits[n] = adapter.limits[n];
    state.timestamps = adapter.features?.has?.('timestamp-query') === true;
    state.device = await adapter.requestDevice({
      requiredLimits,
      requiredFeatures: state.timestamps ? ['timestamp-query'] : [],
    });
    const info = adapter.info ?? {};
    adapterText =
      [info.vendor, info.architecture, info.device, info.description]
        .filter((x: unknown) => typeof x === 'string' && x !== '')
        .join(' ') || 'unnamed adapter';
  }
  const device = state.device as any;
  if (!device) return { reads, error: 'no device: the session was not initialised' };
  if (batch.some((c) => c.kind === 'init')) {
    const l: Record<string, number> = {};
    for (const n of names) l[n] = device.limits[n];
    limits = l as unknown as GpuLimits;
  }
  device.pushErrorScope('out-of-memory');
  device.pushErrorScope('validation');
  let encoder: any;
  const staged: { staging: any; size: number }[] = [];
  // two timestamps per compute pass (begin, end), resolved and read back after the last command
  const passes = state.timestamps ? batch.filter((c) => c.kind === 'dispatch').length : 0;
  const querySet =
    passes > 0 ? device.createQuerySet({ type: 'timestamp', count: 2 * passes }) : undefined;
  let timed = 0;
  const flush = (): void => {
    if (encoder) device.queue.submit([encoder.finish()]);
    encoder = undefined;
  };
  let error: string | undefined;
  // a throw inside the loop still pops the error scopes below (they outlive the batch otherwise)
  try {
    for (const c of batch) {
      if (c.kind === 'write') {
        flush(); // a queued write runs before commands not yet submitted
        const b = buffer(c.buffer, c.bytes.byteLength);
        const whole =
          c.bytes.byteLength % 4 === 0
            ? c.bytes
            : (() => {
                const p = new Uint8Array(padded(c.bytes.byteLength));
                p.set(c.bytes);
                return p;
              })();
        if (whole.byteLength > 0)
          device.queue.writeBuffer(b, 0, whole.buffer, whole.byteOffset, whole.byteLength);
      } else if (c.kind === 'alloc') {
        buffer(c.buffer, c.size);
      } else if (c.kind === 'dispatch') {
        let pipeline = state.pipelines.get(c.key) as any;
        if (!pipeline) {
          const module = device.createShaderModule({ code: c.code });
          const info = await module.getCompilationInfo();
          const errors = info.messages.filter((m: any) => m.type === 'error');
          if (errors.length > 0) {
            error = `WGSL did not compile: ${errors.map((m: any) => `${m.lineNum}:${m.linePos} ${m.message}`).join('; ')}`;
            break;
          }
          pipeline = device.createComputePipeline({
            layout: 'auto',
            compute: { module, entryPoint: 'main' },
          });
          state.pipelines.set(c.key, pipeline);
        }
        const entries = c.bindings.map((name, binding) => {
          const b = state.buffers.get(name);
          if (!b) throw new Error(`buffer ${name} is missing`);
          return { binding, resource: { buffer: b } };
        });
        const bindGroup = device.createBindGroup({
          layout: pipeline.getBindGroupLayout(0),
          entries,
        });
        encoder ??= device.createCommandEncoder();
        const pass = encoder.beginComputePass(
          querySet
            ? {
                timestampWrites: {
                  querySet,
                  beginningOfPassWriteIndex: 2 * timed,
                  endOfPassWriteIndex: 2 * timed + 1,
                },
              }
            : {},
        );
        timed++;
        pass.setPipeline(pipeline);
        pass.setBindGroup(0, bindGroup);
        pass.dispatchWorkgroups(c.groups[0], c.groups[1], c.groups[2]);
        pass.end();
      } else if (c.kind === 'read') {
        const b = state.buffers.get(c.buffer) as any;
        if (!b) throw new Error(`buffer ${c.buffer} is missing`);
        const staging = device.createBuffer({ size: padded(c.size), usage: 0x1 | 0x8 });
        encoder ??= device.createCommandEncoder();
        encoder.copyBufferToBuffer(b, 0, staging, 0, padded(c.size));
        staged.push({ staging, size: c.size });
      } else if (c.kind === 'reset') {
        flush();
        for (const b of state.buffers.values()) (b as any).destroy();
        state.buffers.clear();
        state.pipelines.clear();
      }
    }
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  let stamps: any;
  if (querySet && timed > 0 && error === undefined) {
    // QUERY_RESOLVE 0x200 | COPY_SRC 4, then MAP_READ 1 | COPY_DST 8
    const resolved = device.createBuffer({ size: 16 * timed, usage: 0x200 | 0x4 });
    stamps = device.createBuffer({ size: 16 * timed, usage: 0x1 | 0x8 });
    encoder ??= device.createCommandEncoder();
    encoder.resolveQuerySet(querySet, 0, 2 * timed, resolved, 0);
    encoder.copyBufferToBuffer(resolved, 0, stamps, 0, 16 * timed);
  }
  flush();
  let passMs: number | undefined;
  if (stamps) {
    await stamps.mapAsync(0x1);
    const t = new BigUint64Array(stamps.getMappedRange().slice(0));
    stamps.unmap();
    stamps.destroy();
    let ns = 0;
    for (let k = 0; k < timed; k++) ns += Number((t[2 * k + 1] as bigint) - (t[2 * k] as bigint));
    // an implementation may leave a query at 0 or go backwards: then there is no time to give
    passMs = [...t].every((x, i) => x > 0n && (i % 2 === 0 || x >= (t[i - 1] as bigint)))
      ? ns / 1e6
      : undefined;
  }
  querySet?.destroy();
  for (const s of staged) {
    await s.staging.mapAsync(0x1);
    reads.push(new Uint8Array(s.staging.getMappedRange(0, padded(s.size)).slice(0, s.size)));
    s.staging.unmap();
    s.staging.destroy();
  }
  const validation = await device.popErrorScope();
  const memory = await device.popErrorScope();
  error ??= validation
    ? `WebGPU validation error: ${validation.message}`
    : memory
      ? `WebGPU out of memory: ${memory.message}`
      : undefined;
  return {
    reads,
    ...(adapterText !== undefined ? { adapter: adapterText } : {}),
    ...(limits ? { limits, timesPasses: state.timestamps === true } : {}),
    ...(error !== undefined ? { error } : {}),
    ...(passMs !== undefined ? { passMs } : {}),
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
