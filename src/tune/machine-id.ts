/**
 * The machine a measurement belongs to: timings from another CPU, core count or runtime say
 * little here. Node only; a browser passes its own id (e.g. from navigator.hardwareConcurrency
 * and the user agent) to the API.
 */
import os from 'node:os';
import { stableHash } from '../../ir/core/hash.js';

export interface MachineDescription {
  readonly cpu: string;
  readonly cores: number;
  readonly runtime: string;
  readonly platform: string;
}

export function describeThisMachine(): MachineDescription {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, runtime: `node ${process.version}`, platform: `${os.platform()}/${os.arch()}` };
}

export function machineId(m: MachineDescription = describeThisMachine()): string {
  return stableHash(`${m.cpu}|${m.cores}|${m.runtime}|${m.platform}`);
}
