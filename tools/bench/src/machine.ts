import os from 'node:os';
import type { MachineInfo } from './report';

export function describeMachine(date = new Date()): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() || 'unknown CPU',
    nodeVersion: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    date,
  };
}
