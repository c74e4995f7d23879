// The bytes of a picked, dropped, fetched or (in Node) opened file as a web stream: gzip found by
// its magic bytes, never by the file name, and progress counted in bytes of the file as read.
import { CorpusError } from "../core/corpus";

export type ByteProgress = (read: number, total: number) => void;

const HEAD_BYTES = 64 * 1024;

export async function isGzip(blob: Blob): Promise<boolean> {
  const magic = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  return magic[0] === 0x1f && magic[1] === 0x8b;
}

/** The file's (decompressed) bytes, chunk by chunk. */
export function byteStream(
  blob: Blob,
  gzipped: boolean,
  onBytes?: ByteProgress,
): ReadableStream<Uint8Array> {
  let read = 0;
  const raw = blob.stream() as ReadableStream<Uint8Array>;
  const counted = onBytes
    ? raw.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            read += chunk.length;
            onBytes(read, blob.size);
            controller.enqueue(chunk);
          },
        }),
      )
    : raw;
  if (!gzipped) return counted;
  const gunzip = new DecompressionStream("gzip") as unknown as ReadableWritablePair<
    Uint8Array,
    Uint8Array
  >;
  return counted.pipeThrough(gunzip);
}

/** Chunks of `byteStream`, with a damaged gzip turned into a `CorpusError` naming the file. */
export async function* byteChunks(
  blob: Blob,
  gzipped: boolean,
  fileName: string,
  onBytes?: ByteProgress,
): AsyncGenerator<Uint8Array> {
  const reader = byteStream(blob, gzipped, onBytes).getReader();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        throw gzipped ? damagedGzip(fileName, error) : error;
      }
      if (next.done) return;
      yield next.value;
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/** The first 64 KB of the (decompressed) content, and whether that is all of it. */
export async function headBytes(
  blob: Blob,
  gzipped: boolean,
  fileName: string,
): Promise<{ head: Uint8Array; complete: boolean }> {
  if (!gzipped) {
    const head = new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
    return { head, complete: blob.size <= HEAD_BYTES };
  }
  const head = new Uint8Array(HEAD_BYTES);
  let length = 0;
  let complete = true;
  for await (const chunk of byteChunks(blob, true, fileName)) {
    const part = chunk.subarray(0, HEAD_BYTES - length);
    head.set(part, length);
    length += part.length;
    if (length >= HEAD_BYTES) {
      complete = false;
      break;
    }
  }
  return { head: head.subarray(0, length), complete };
}

function damagedGzip(fileName: string, error: unknown): CorpusError {
  const reason = error instanceof Error ? error.message : String(error);
  return new CorpusError(
    fileName,
    `the gzip data is damaged or cut short (${reason}); download or compress the file again`,
  );
}
