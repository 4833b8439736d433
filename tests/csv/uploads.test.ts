import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { cleanOrphanedUploads } from '../../server/imports/uploads.js';

test('start-up cleaning: own pid and gone pids removed whole, live pids keep uploads younger than 6 h', async () => {
  const root = mkdtempSync(join(tmpdir(), 'rolecard-clean-'));
  const now = Date.parse('2026-03-18T12:00:00Z');
  const put = (dir: string, file: string, hoursOld: number) => {
    mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, dir, file), 'date,sessions\n');
    const at = new Date(now - hoursOld * 3600_000);
    utimesSync(join(root, dir, file), at, at);
  };
  // pid 100: this process after a restart in a container (same pid, new process);
  // pid 200: gone; pid 300: another server still running.
  put('rolecard-uploads-100', 'fresh.csv', 0.1);
  put('rolecard-uploads-200', 'fresh.csv', 0.1);
  put('rolecard-uploads-300', 'fresh.csv', 5.9);
  put('rolecard-uploads-300', 'stale.csv', 6.1);
  put('rolecard-uploads-x', 'other.csv', 10); // not a pid: not ours to judge
  const removed = await cleanOrphanedUploads({ root, now, ownPid: 100, alive: (pid) => pid === 300 });
  expect(removed).toEqual({ folders: 2, files: 1 });
  expect(readdirSync(root).sort()).toEqual(['rolecard-uploads-300', 'rolecard-uploads-x']);
  expect(readdirSync(join(root, 'rolecard-uploads-300'))).toEqual(['fresh.csv']);
});
