// Which formats can be read chunk by chunk (DBLP XML, OpenAlex JSON Lines), so a dump larger than
// memory streams paper by paper. Browser-safe: the CLI (streamPath.ts) and the app's import
// Worker (readBlob.ts) both pick their reader here.
import type { Paper } from "../core/corpus";
import { parseDblpStream } from "./dblpXml";
import type { CorpusFormat, ParsedFile } from "./format";
import { parseOpenAlexStream } from "./openAlex";
import type { StreamProgress } from "./streaming";

export type StreamReader = (
  chunks: AsyncIterable<string>,
  fileName: string,
  onPaper: (paper: Paper) => void,
  onProgress?: (progress: StreamProgress) => void,
) => Promise<ParsedFile>;

const STREAM_READERS: Record<string, StreamReader | undefined> = {
  "dblp-xml": (chunks, fileName, onPaper, onProgress) =>
    parseDblpStream(chunks, fileName, onProgress, onPaper),
  openalex: (chunks, fileName, onPaper, onProgress) =>
    parseOpenAlexStream(chunks, fileName, { onPaper, onProgress }),
};

/** The file name a format should see: "dblp.xml.gz" is read as "dblp.xml". */
export function innerName(fileName: string): string {
  return fileName.replace(/\.gz$/i, "");
}

/**
 * The streaming reader for this file, if its format has one and the file suits it: DBLP XML
 * always, OpenAlex only as JSON Lines (an API response is one JSON document and is parsed whole).
 */
export function streamReaderFor(format: CorpusFormat, fileName: string): StreamReader | undefined {
  if (format.id === "openalex" && !/\.(jsonl|ndjson)$/i.test(innerName(fileName))) return undefined;
  return STREAM_READERS[format.id];
}
