// Text encoding problems, found where they can still be explained. A file saved as Latin-1 or
// Windows-1252 and read as UTF-8 turns every "é" into U+FFFD, which would otherwise slip into names.
import { CorpusError } from "../core/corpus";

export const REPLACEMENT_CHAR = "\uFFFD";

/** Throws a `CorpusError` at the first U+FFFD, saying how to re-save the file. */
export function assertUtf8Decoded(text: string, fileName: string, lineOf: (i: number) => number) {
  const at = text.indexOf(REPLACEMENT_CHAR);
  if (at === -1) return;
  throw new CorpusError(fileName, notUtf8Message, { line: lineOf(at) });
}

export const notUtf8Message =
  "the file is not valid UTF-8 (found the replacement character U+FFFD, typical of a Latin-1 or " +
  "Windows-1252 file read as UTF-8); re-save it as UTF-8 and import again";

/**
 * The decoder an XML file asks for in its declaration (dblp.xml says ISO-8859-1); UTF-8 otherwise.
 * Latin-1 labels map to windows-1252, as the WHATWG Encoding standard does.
 */
export function xmlDeclaredEncoding(head: Uint8Array): "utf-8" | "windows-1252" {
  const declaration = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(
    new TextDecoder("latin1").decode(head.subarray(0, 200)),
  );
  const label = declaration?.[1]?.toLowerCase() ?? "utf-8";
  return /^(iso-?8859-1|latin-?1|windows-1252|cp1252|us-ascii)$/.test(label)
    ? "windows-1252"
    : "utf-8";
}
