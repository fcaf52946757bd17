import type { GpuCommand, GpuLimits, GpuReply } from './gpu-batch.js';

/**
 * A WebGPU device somewhere: in this process (Dawn, through the `webgpu` package) or in a
 * headless Chromium page. The executor speaks only to a session, in batches of commands.
 */
export interface GpuSession {
  /** Where it runs, in words (`dawn: <adapter>`, `chromium: <adapter>`). */
  readonly host: string;
  readonly limits: GpuLimits;
  /** Whether the device times compute passes (`timestamp-query`): replies then carry `passMs`. */
  readonly timesPasses?: boolean;
  /** Runs a batch; a reply with `error` means the batch stopped at a failing command. */
  submit(batch: readonly GpuCommand[]): Promise<GpuReply>;
  close(): Promise<void>;
}

/** A host that could not give a device, and why. */
export interface HostFailure {
  readonly host: string;
  readonly why: string;
}

export type SessionOpener = () => Promise<GpuSession | HostFailure>;

export function isFailure(x: GpuSession | HostFailure): x is HostFailure {
  return 'why' in x;
}

/** Opens the first host that gives a device; otherwise every host's failure, in order. */
export async function openFirstSession(
  openers: readonly SessionOpener[],
): Promise<{ session?: GpuSession; failures: HostFailure[] }> {
  const failures: HostFailure[] = [];
  for (const open of openers) {
    const got = await open();
    if (!isFailure(got)) return { session: got, failures };
    failures.push(got);
  }
  return { failures };
}

/** The PIT5002 message for hosts that all failed. */
export function unavailableMessage(failures: readonly HostFailure[]): string {
  return `no WebGPU device: ${failures.map((f) => `${f.host}: ${f.why}`).join('; ')}`;
}

/** The text of an error, for diagnostics (first line only: no stack traces for users). */
export function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split('\n')[0] ?? '').trim() || 'unknown error';
}
