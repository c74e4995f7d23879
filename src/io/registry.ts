// The list of input formats. It drives the app's file picker and Worker and the CLI, so a new
// format is one module plus one entry here. Browser-safe: file-system reading lives in readPath.ts.
import { CorpusError } from "../core/corpus";
import { extraFormats } from "./extraFormats";
import type { CorpusFormat, ParsedFile } from "./format";
import { personXmlFormat } from "./personXml";
import { projectJsonFormat } from "./projectJson";
import { innerName } from "./streamReaders";

export const formats: CorpusFormat[] = [projectJsonFormat, personXmlFormat, ...extraFormats];

/** Picks a format by content first, then by file name ending. */
export function detectFormat(head: string, fileName: string): CorpusFormat | undefined {
  const bySniff = formats.find((format) => format.sniff(head, fileName));
  if (bySniff) return bySniff;
  const ending = fileName.toLowerCase().split(".").pop() ?? "";
  return formats.find((format) => format.extensions.includes(ending));
}

/**
 * detectFormat on the decompressed content ("refs.bib.gz" is looked at as "refs.bib"), or a
 * `CorpusError` naming the file and listing the formats it could have been.
 */
export function requireFormat(head: string, fileName: string): CorpusFormat {
  const format = detectFormat(head, innerName(fileName));
  if (format) return format;
  const known = formats.map((f) => f.label).join("; ");
  throw new CorpusError(fileName, `unrecognised format; supported: ${known}`, { line: 1 });
}

/** Parses one file's text with the format its content shows; throws `CorpusError` if none fits. */
export function parseFileText(text: string, fileName: string): ParsedFile {
  if (text.trim() === "") throw new CorpusError(fileName, "the file is empty");
  return requireFormat(text.slice(0, 4096), fileName).parse(text, fileName);
}
