import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * `<db>.pid` marks a database a server has open: written once it listens, removed when it
 * stops cleanly. It holds the pid and the address, so a tool can tell a live server from a
 * stale file left by a crash (see `findLiveServer`).
 */
export interface PidInfo {
  pid: number;
  host: string;
  port: number;
  startedAt: string;
}

export const pidFilePath = (dbPath: string) => `${dbPath}.pid`;

export function readPidFile(dbPath: string): PidInfo | null {
  try {
    const v = JSON.parse(readFileSync(pidFilePath(dbPath), 'utf8')) as Partial<PidInfo>;
    return typeof v.pid === 'number' && typeof v.port === 'number'
      ? { pid: v.pid, port: v.port, host: v.host ?? '127.0.0.1', startedAt: v.startedAt ?? '' }
      : null;
  } catch {
    return null;
  }
}

export function writePidFile(dbPath: string, info: PidInfo) {
  writeFileSync(pidFilePath(dbPath), `${JSON.stringify(info)}\n`);
}

/** Removes the file only when it is ours (a second server may have replaced it). */
export function removePidFile(dbPath: string) {
  if (readPidFile(dbPath)?.pid === process.pid) rmSync(pidFilePath(dbPath), { force: true });
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user — alive all the same.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function answersHealth(info: PidInfo): Promise<boolean> {
  const host = info.host === '0.0.0.0' || info.host === '::' ? '127.0.0.1' : info.host;
  try {
    const res = await fetch(`http://${host.includes(':') ? `[${host}]` : host}:${info.port}/healthz`, {
      signal: AbortSignal.timeout(1500),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * The server using this database, if one runs: its pid is alive (same machine / container),
 * or its recorded address answers /healthz (a server in another PID namespace, e.g. another
 * container sharing the volume). Null when there is no pid file or it is stale.
 */
export async function findLiveServer(dbPath: string): Promise<PidInfo | null> {
  const info = readPidFile(dbPath);
  if (!info) return null;
  return processAlive(info.pid) || (await answersHealth(info)) ? info : null;
}
