import { cpus, loadavg, totalmem } from 'node:os';
import type { SuiteResult } from './stats.js';

export function machine(): SuiteResult['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

export const load1 = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/** Resident and peak memory of a process, in MB (Linux /proc). */
export async function rssOf(pid: number): Promise<{ rssMb: number; peakMb: number }> {
  const { readFileSync } = await import('node:fs');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: Math.round(kb('VmRSS') / 102.4) / 10, peakMb: Math.round(kb('VmHWM') / 102.4) / 10 };
}
