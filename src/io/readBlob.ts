// Reads a corpus from a Blob (a File the user picked or dropped), in any registered format, plain
// or gzipped: format by content, text decoded as an XML file declares (else UTF-8), DBLP XML and
// OpenAlex JSON Lines streamed paper by paper. Progress is reported in bytes of the file as read.
// Uses only web APIs (Blob streams, TextDecoder, DecompressionStream): runs in the app's import
// Worker and in Node alike.
import { CorpusError, type Paper } from "../core/corpus";
import { xmlDeclaredEncoding } from "./encoding";
import type { ParsedFile } from "./format";
import { requireFormat } from "./registry";
import { streamReaderFor } from "./streamReaders";

const HEAD_BYTES = 64 * 1024;

export type ByteProgress = (read: number, total: number) => void;

export async function readCorpusBlob(
  blob: Blob,
  fileName: string,
  onBytes?: ByteProgress,
): Promise<ParsedFile> {
  if (blob.size === 0) throw new CorpusError(fileName, "the file is empty");
  const gzipped = await isGzip(blob);
  const head = await headBytes(blob, gzipped, fileName);
  if (head.length === 0) throw new CorpusError(fileName, "the file is empty");
  const encoding = xmlDeclaredEncoding(head);
  // A multi-byte character cut at the end of the head decodes to U+FFFD; drop it.
  const headText = new TextDecoder(encoding).decode(head).replace(/\uFFFD$/, "");
  const format = requireFormat(headText, fileName);
  const chunks = textChunks(blob, gzipped, encoding, fileName, onBytes);
  const stream = streamReaderFor(format, fileName);
  if (stream) {
    const papers: Paper[] = [];
    const { notes } = await stream(chunks, fileName, (paper) => papers.push(paper));
    return { papers, notes };
  }
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return format.parse(parts.join(""), fileName);
}

async function isGzip(blob: Blob): Promise<boolean> {
  const magic = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  return magic[0] === 0x1f && magic[1] === 0x8b;
}

function byteStream(blob: Blob, gzipped: boolean, onBytes?: ByteProgress): ReadableStream {
  let read = 0;
  const counted = blob.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.length;
        onBytes?.(read, blob.size);
        controller.enqueue(chunk);
      },
    }),
  );
  if (!gzipped) return counted;
  const gunzip = new DecompressionStream("gzip") as unknown as ReadableWritablePair<
    Uint8Array,
    Uint8Array
  >;
  return counted.pipeThrough(gunzip);
}

/** The first 64 KB of the (decompressed) content, for sniffing and the XML declaration. */
async function headBytes(blob: Blob, gzipped: boolean, fileName: string): Promise<Uint8Array> {
  if (!gzipped) return new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
  const reader = byteStream(blob, true).getReader();
  const head = new Uint8Array(HEAD_BYTES);
  let length = 0;
  try {
    while (length < HEAD_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      const part = (value as Uint8Array).subarray(0, HEAD_BYTES - length);
      head.set(part, length);
      length += part.length;
    }
  } catch (error) {
    throw damagedGzip(fileName, error);
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  return head.subarray(0, length);
}

async function* textChunks(
  blob: Blob,
  gzipped: boolean,
  encoding: string,
  fileName: string,
  onBytes?: ByteProgress,
): AsyncIterable<string> {
  const reader = byteStream(blob, gzipped, onBytes).getReader();
  const decoder = new TextDecoder(encoding);
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = (await reader.read()) as ReadableStreamReadResult<Uint8Array>;
    } catch (error) {
      throw gzipped ? damagedGzip(fileName, error) : error;
    }
    if (next.done) break;
    yield decoder.decode(next.value, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

function damagedGzip(fileName: string, error: unknown): CorpusError {
  return new CorpusError(
    fileName,
    `the gzip data is damaged or cut short (${(error as Error).message}); download or compress the file again`,
  );
}
