// Bytes of a decisions file to text, or a clear refusal: UTF-8 (with or without a byte-order mark)
// and UTF-16 (spreadsheets save "Unicode text" as UTF-16, often without a mark) are read; anything
// else is refused rather than misread, since a misread file could replace a curator's work.
import { DecisionsFileError } from "./fileError";

export function decodeDecisionsText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), fileName);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16(bytes.subarray(2), "utf-16le", fileName);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16(bytes.subarray(2), "utf-16be", fileName);
  }
  const unmarked = unmarkedUtf16(bytes);
  if (unmarked) return utf16(bytes, unmarked, fileName);
  if (bytes.includes(0)) {
    throw new DecisionsFileError(
      fileName,
      "holds NUL bytes: it is not a text file; export the decisions again as JSON or CSV",
    );
  }
  return utf8(bytes, fileName);
}

/** UTF-16 without a mark shows as text whose every other byte is 0 (for the ASCII it starts with). */
function unmarkedUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.9 && evenZero === 0) return "utf-16le";
  if (evenZero >= pairs * 0.9 && oddZero === 0) return "utf-16be";
  return undefined;
}

function utf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DecisionsFileError(
      fileName,
      "is not UTF-8 or UTF-16 text (it may be Latin-1 or a binary file); save it as UTF-8 and import again",
    );
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", fileName: string): string {
  if (bytes.length % 2 !== 0) {
    throw new DecisionsFileError(
      fileName,
      `looks like ${encoding.toUpperCase()} text but has an odd number of bytes (cut short?); export it again`,
    );
  }
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DecisionsFileError(
      fileName,
      `looks like ${encoding.toUpperCase()} text but does not decode as such; save it as UTF-8 and import again`,
    );
  }
}
