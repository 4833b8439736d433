import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UploadedFile } from '../csv/pipeline.js';
import { ApiError } from '../http/errors.js';

export const uploadDir = join(tmpdir(), `rolecard-uploads-${process.pid}`);

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
