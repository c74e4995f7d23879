// The one reading pipeline: a Blob (a File the user picked or dropped, a `?corpus=` download, or in
// Node a file from `fs.openAsBlob`) → the format its content shows → papers. Gzip by magic bytes,
// encoding by byte-order mark, XML declaration or UTF-8 check; streaming formats read paper by
// paper. Web APIs only (Blob streams, TextDecoder, DecompressionStream): the app's import Worker,
// the corpus Worker and every CLI run this same code.
import { CorpusError, type ImportNote, type Paper } from "../core/corpus";
import { byteChunks, headBytes, isGzip, type ByteProgress } from "./byteSource";
import { chooseEncoding, firstInvalidUtf8, lineOfByte, notUtf8Note } from "./encoding";
import {
  newImportContext,
  type CorpusFormat,
  type ImportContext,
  type PaperSink,
  type ParsedFile,
} from "./format";
import { requireFormat } from "./registry";

export type { ByteProgress } from "./byteSource";

/** A file whose format and encoding are known, ready to be read. */
export interface OpenedFile {
  name: string;
  blob: Blob;
  gzipped: boolean;
  encoding: string;
  format: CorpusFormat;
  /** The decoded head the format was recognised by. */
  head: string;
  /** Notes about how the file was read (an encoding fallback). */
  notes: ImportNote[];
}

export interface ReadOptions {
  onBytes?: ByteProgress;
  /** Streamed formats hand each paper here instead of collecting them in the result. */
  onPaper?: PaperSink;
  /** Awaited between chunks of a streamed file: a slow consumer of `onPaper` holds reading back. */
  pace?: () => Promise<void>;
  context?: ImportContext;
}

/** Looks at a file's first bytes: gzip, encoding, format. Throws `CorpusError` for what it is not. */
export async function openCorpusBlob(blob: Blob, name: string): Promise<OpenedFile> {
  if (blob.size === 0) throw new CorpusError(name, "the file is empty");
  const gzipped = await isGzip(blob);
  const { head, complete } = await headBytes(blob, gzipped, name);
  if (head.length === 0) throw new CorpusError(name, "the file is empty");
  const { encoding, note } = chooseEncoding(head, complete);
  // A multi-byte character cut at the end of the head decodes to U+FFFD; drop it.
  const headText = new TextDecoder(encoding).decode(head).replace(/\uFFFD$/, "");
  const format = requireFormat(headText, name, head);
  const notes: ImportNote[] = note ? [{ file: name, message: note }] : [];
  return { name, blob, gzipped, encoding, format, head: headText, notes };
}

/** Reads one opened file with its format: streamed when the format can, whole otherwise. */
export async function readOpened(file: OpenedFile, options: ReadOptions = {}): Promise<ParsedFile> {
  const { format, name } = file;
  let parsed: ParsedFile;
  if (format.stream && (format.streams?.(file.head) ?? true)) {
    const papers: Paper[] = [];
    const onPaper = options.onPaper ?? ((paper: Paper) => papers.push(paper));
    const chunks = paced(textChunks(file, options.onBytes), options.pace);
    try {
      parsed = await format.stream(chunks, name, onPaper);
    } catch (error) {
      if (error instanceof NotUtf8Error) throw await mixedEncoding(file, error.near);
      throw error;
    }
    parsed = { ...parsed, papers: options.onPaper ? [] : papers };
  } else {
    const text = await readText(file, options.onBytes);
    parsed = await format.parse(text, name, options.context ?? newImportContext());
  }
  return file.notes.length > 0 ? { ...parsed, notes: [...file.notes, ...parsed.notes] } : parsed;
}

async function* paced(
  chunks: AsyncIterable<string>,
  pace?: () => Promise<void>,
): AsyncGenerator<string> {
  for await (const chunk of chunks) {
    if (pace) await pace();
    yield chunk;
  }
}

/** One file, start to end (the app's single-file import, `?corpus=`, tests). */
export async function readCorpusBlob(
  blob: Blob,
  name: string,
  options: ReadOptions = {},
): Promise<ParsedFile> {
  return readOpened(await openCorpusBlob(blob, name), options);
}

/**
 * The whole text of a file. Bytes that are not UTF-8 past the head make it start over as
 * Windows-1252 with a note, as the head check would have (whole-file formats only).
 */
export async function readText(file: OpenedFile, onBytes?: ByteProgress): Promise<string> {
  if (!file.gzipped) return decodeWhole(file, onBytes);
  const parts: string[] = [];
  try {
    for await (const chunk of textChunks(file, onBytes)) parts.push(chunk);
    return parts.join("");
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    const bytes = await allBytes(file);
    const at = Math.max(0, firstInvalidUtf8(bytes, true));
    file.encoding = "windows-1252";
    file.notes.push({ file: file.name, message: notUtf8Note(bytes, at) });
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** A plain file read whole: one native decode (the text is held anyway), strict for UTF-8. */
async function decodeWhole(file: OpenedFile, onBytes?: ByteProgress): Promise<string> {
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  onBytes?.(file.blob.size, file.blob.size);
  try {
    return new TextDecoder(file.encoding, { fatal: file.encoding === "utf-8" }).decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes, true));
    file.encoding = "windows-1252";
    file.notes.push({ file: file.name, message: notUtf8Note(bytes, at) });
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Thrown by `textChunks` when UTF-8 text turns out not to be UTF-8 past the head. */
class NotUtf8Error extends Error {
  constructor(readonly near: number) {
    super("not UTF-8");
  }
}

/** The file's text in chunks, decoded in its encoding (UTF-8 strictly, so bad bytes are found). */
export async function* textChunks(
  file: OpenedFile,
  onBytes?: ByteProgress,
): AsyncGenerator<string> {
  const strict = file.encoding === "utf-8";
  const decoder = new TextDecoder(file.encoding, { fatal: strict });
  let offset = 0;
  for await (const chunk of byteChunks(file.blob, file.gzipped, file.name, onBytes)) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new NotUtf8Error(offset);
    }
    offset += chunk.length;
    if (text !== "") yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw new NotUtf8Error(offset);
  }
  if (rest !== "") yield rest;
}

/**
 * A streamed file that stops being UTF-8 past its head cannot start over (its papers are gone):
 * the error names the line.
 */
async function mixedEncoding(file: OpenedFile, near: number): Promise<CorpusError> {
  const bytes = await allBytes(file);
  const at = firstInvalidUtf8(bytes, true);
  const line = lineOfByte(bytes, at === -1 ? near : at);
  return new CorpusError(
    file.name,
    "the file stops being valid UTF-8 here (it mixes encodings); re-save it as UTF-8",
    { line },
  );
}

async function allBytes(file: OpenedFile): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of byteChunks(file.blob, file.gzipped, file.name)) {
    parts.push(chunk);
    length += chunk.length;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
