import type { Context } from 'hono';
import { ApiError } from '../http/errors.js';

const tooLarge = (limit: number) =>
  new ApiError(
    413,
    'payload_too_large',
    `The body is over this source's limit of ${limit} bytes; send smaller batches.`,
    {
      limit,
    },
  );

/**
 * The raw request bytes, refusing more than `limit` without buffering them: a declared
 * Content-Length over the limit is refused before reading; a chunked body is counted as it
 * streams and cut off at the limit.
 */
export async function readRawBody(c: Context, limit: number): Promise<Uint8Array> {
  const declared = c.req.header('content-length');
  if (declared !== undefined) {
    if (Number(declared) > limit) throw tooLarge(limit);
    const buf = new Uint8Array(await c.req.arrayBuffer());
    if (buf.byteLength > limit) throw tooLarge(limit);
    return buf;
  }
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
