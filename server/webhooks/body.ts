import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { ApiError } from '../http/errors.js';

const tooLarge = (limit: number) =>
  new ApiError(
    413,
    'payload_too_large',
    `The body is over this source's limit of ${limit} bytes; send smaller batches.`,
    { params: { kind: 'webhook', limit }, limit },
  );

/** Reads a delivery's raw body, refusing more than `limit` bytes (the source's own limit). */
export type BodyReader = (limit: number) => Promise<Uint8Array>;

/**
 * The raw request bytes, refusing more than `limit` without buffering them: a declared
 * Content-Length over the limit is refused before reading; otherwise the body is counted as
 * it streams and cut off at the limit (chunked bodies declare no length). `from` is Node's
 * request where there is one (reading it directly skips building a WHATWG stream for every
 * delivery, a measurable part of the per-request cost), else the Fetch request's body.
 */
export function bodyReader(
  declaredLength: string | undefined,
  from: IncomingMessage | ReadableStream<Uint8Array> | null,
): BodyReader {
  return async (limit) => {
    if (declaredLength !== undefined && Number(declaredLength) > limit) throw tooLarge(limit);
    if (!from) return new Uint8Array(0);
    if (!(from instanceof ReadableStream)) return readIncoming(from, limit);
    const reader = from.getReader();
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
    return Buffer.concat(chunks, total);
  };
}

/** The body of a delivery served by Hono (tests, and any runtime without Node's request). */
export function honoBody(c: Context): BodyReader {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const node = incoming && typeof incoming.on === 'function' && incoming.readableFlowing === null;
  return bodyReader(c.req.header('content-length'), node ? incoming : c.req.raw.body);
}

function readIncoming(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        // The adapter drains (or closes) the rest after the 413 is sent.
        stop();
        incoming.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total));
    };
    const onError = (err: Error) => {
      stop();
      reject(err);
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
  });
}
