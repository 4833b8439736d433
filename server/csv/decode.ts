import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { ErrorParams } from '../../shared/errorCodes.js';
import type { Detection } from '../../shared/imports.js';

export type Encoding = Detection['encoding'];

type FileCode =
  | 'unsupported_encoding'
  | 'no_header'
  | 'no_columns'
  | 'blank_header'
  | 'duplicate_header'
  | 'malformed_csv';

/** A problem with the file as a whole (not one row): encoding, header, delimiter. */
export class FileError<C extends FileCode = FileCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: ErrorParams<C>,
    message: string,
  ) {
    super(message);
  }
}

/** The encoding named by the file's byte-order mark; UTF-8 when there is none. */
export function detectEncoding(head: Uint8Array): { encoding: Encoding; bomBytes: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8-bom', bomBytes: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  // UTF-16 without a BOM shows as every other byte zero in ASCII text: say so rather than
  // reporting garbage headers.
  let zeros = 0;
  const n = Math.min(head.length, 200);
  for (let i = 0; i < n; i++) if (head[i] === 0) zeros++;
  if (n > 0 && zeros > n / 4)
    throw new FileError(
      'unsupported_encoding',
      { problem: 'utf16_without_bom' },
      'The file looks like UTF-16 text without a byte-order mark. Save it as "CSV UTF-8" (or Excel "Unicode text", which adds the mark) and upload it again.',
    );
  return { encoding: 'utf-8', bomBytes: 0 };
}

function decoderFor(encoding: Encoding): TextDecoder {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // fatal: a byte sequence that is not valid in the encoding is an error, never a U+FFFD
  // silently turned into a wrong header or number. ignoreBOM: we skip the mark ourselves.
  return new TextDecoder(label, { fatal: true, ignoreBOM: true });
}

function decodeFailure(encoding: Encoding, offset: number): FileError {
  const name = encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase();
  return new FileError(
    'unsupported_encoding',
    { problem: 'invalid_bytes', encoding: name, offset },
    `The file is not valid ${name} near byte ${offset.toLocaleString('en-US')}. Save it as "CSV UTF-8" and upload it again.`,
  );
}

/** The first `bytes` of the file decoded (a cut multi-byte character at the end is dropped). */
export async function readHead(path: string, bytes = 64 * 1024): Promise<{ text: string; encoding: Encoding }> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    const head = buf.subarray(0, bytesRead);
    const { encoding, bomBytes } = detectEncoding(head);
    const dec = decoderFor(encoding);
    try {
      // stream: true keeps an incomplete trailing character out instead of failing on it.
      return { text: dec.decode(head.subarray(bomBytes), { stream: bytesRead === bytes }), encoding };
    } catch {
      throw decodeFailure(encoding, 0);
    }
  } finally {
    await fh.close();
  }
}

/**
 * The file as decoded text chunks, read and decoded a chunk at a time so memory stays
 * bounded whatever the size. `onBytes` reports bytes read (progress).
 */
export async function* decodedChunks(
  path: string,
  encoding: Encoding,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string> {
  const bom = encoding === 'utf-8' ? 0 : encoding === 'utf-8-bom' ? 3 : 2;
  const dec = decoderFor(encoding);
  let offset = bom;
  for await (const chunk of createReadStream(path, { start: bom, highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    let text: string;
    try {
      text = dec.decode(buf, { stream: true });
    } catch {
      throw decodeFailure(encoding, offset);
    }
    offset += buf.length;
    onBytes?.(offset);
    if (text) yield text;
  }
  try {
    const tail = dec.decode();
    if (tail) yield tail;
  } catch {
    throw decodeFailure(encoding, offset);
  }
}
