import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { readdir, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UploadedFile } from '../csv/pipeline.js';
import { ApiError } from '../http/errors.js';

const DIR_PREFIX = 'rolecard-uploads-';
export const uploadDir = join(tmpdir(), `${DIR_PREFIX}${process.pid}`);
/** An upload not committed within this long is forgotten and its file deleted. */
export const UPLOAD_TTL_MS = 6 * 3600_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Run at start: deletes what earlier server processes left between upload and commit (a
 * crash, a restart). A folder of this pid or of a process that is gone is removed whole
 * (nothing in it can still be committed: uploads live in the memory of the process that
 * took them); in the folder of another live server on the machine only files past the
 * upload expiry go. Returns what was removed, for the start-up log.
 */
export async function cleanOrphanedUploads(
  opts: { root?: string; now?: number; ownPid?: number; alive?: (pid: number) => boolean } = {},
): Promise<{ folders: number; files: number }> {
  const root = opts.root ?? tmpdir();
  const now = opts.now ?? Date.now();
  const alive = opts.alive ?? isAlive;
  const own = opts.ownPid ?? process.pid;
  const removed = { folders: 0, files: 0 };
  const names = await readdir(root).catch(() => [] as string[]);
  for (const name of names) {
    const pid = name.startsWith(DIR_PREFIX) ? Number(name.slice(DIR_PREFIX.length)) : Number.NaN;
    if (!Number.isInteger(pid) || pid <= 0) continue;
    const dir = join(root, name);
    if (pid === own || !alive(pid)) {
      await rm(dir, { recursive: true, force: true }).then(
        () => removed.folders++,
        () => undefined,
      );
      continue;
    }
    for (const file of await readdir(dir).catch(() => [] as string[])) {
      const path = join(dir, file);
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > UPLOAD_TTL_MS)
        await unlink(path).then(
          () => removed.files++,
          () => undefined,
        );
    }
  }
  return removed;
}

export const tooLarge = (limitMb: number) =>
  new ApiError(
    413,
    'payload_too_large',
    `The file is larger than the upload limit of ${limitMb} MB (ROLECARD_MAX_UPLOAD_MB). Split it, or raise the limit.`,
    { params: { kind: 'upload', limit: limitMb }, limitMb },
  );

/**
 * Streams an upload to a temporary file, hashing it on the way (a byte-identical re-upload
 * is found by this hash before anything is written) and stopping at the size limit: the
 * body is never held in memory.
 */
export async function saveUpload(
  body: ReadableStream<Uint8Array> | null,
  fileName: string,
  limitMb: number,
  id?: string,
): Promise<UploadedFile> {
  if (!body) throw new ApiError(400, 'empty_upload', 'The request has no body: send the CSV file as the request body.');
  mkdirSync(uploadDir, { recursive: true });
  const uploadId = id ?? randomUUID();
  const path = join(uploadDir, `${uploadId}.csv`);
  const out = createWriteStream(path);
  const hash = createHash('sha256');
  const limit = limitMb * 1024 * 1024;
  let size = 0;
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > limit) throw tooLarge(limitMb);
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  } catch (err) {
    out.destroy();
    await unlink(path).catch(() => undefined);
    throw err;
  }
  if (size === 0) {
    await unlink(path).catch(() => undefined);
    throw new ApiError(422, 'empty_file', `"${fileName}" is empty: export the data again.`, { params: { fileName } });
  }
  return { uploadId, path, fileName, size, hash: hash.digest('hex') };
}
