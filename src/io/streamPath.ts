// Node-only: reads one corpus file as a stream of text chunks, plain or gzipped, in the encoding
// an XML file declares, for the streaming importers (see streamReaders.ts) and whole-file parsers.
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
import { xmlDeclaredEncoding } from "./encoding";
export { innerName, streamReaderFor } from "./streamReaders";

const HEAD_BYTES = 64 * 1024;

function byteStream(path: string): NodeJS.ReadableStream {
  // 64 KB chunks: decoding 1 MB ones into strings costs several times more (large-object allocations).
  const file = createReadStream(path, { highWaterMark: 1 << 16 });
  return /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
}

/** The first 64 KB of the (decompressed) file, for sniffing and the XML encoding declaration. */
export async function readHead(path: string): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let length = 0;
  const stream = byteStream(path);
  for await (const chunk of stream) {
    parts.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= HEAD_BYTES) break;
  }
  if ("destroy" in stream && typeof stream.destroy === "function") stream.destroy();
  return Buffer.concat(parts).subarray(0, HEAD_BYTES);
}

/** Head bytes decoded for sniffing, in the encoding the file declares. */
export function decodeHead(head: Uint8Array): string {
  const text = new TextDecoder(xmlDeclaredEncoding(head)).decode(head);
  // A multi-byte character cut at the end of the head decodes to U+FFFD; drop it.
  return text.replace(/\uFFFD$/, "");
}

/**
 * The file's text in chunks, decoded as declared (ISO-8859-1 for dblp.xml) or as UTF-8. Node's
 * StringDecoder, not TextDecoder: it is several times faster on Latin-1, which matters at 3 GB.
 */
export async function* textChunks(path: string, head: Uint8Array): AsyncIterable<string> {
  const decoder = new StringDecoder(xmlDeclaredEncoding(head) === "utf-8" ? "utf8" : "latin1");
  for await (const chunk of byteStream(path)) yield decoder.write(chunk as Buffer);
  const rest = decoder.end();
  if (rest !== "") yield rest;
}
