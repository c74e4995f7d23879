// Which text encoding a file is in, decided from its first bytes: a byte-order mark (UTF-8,
// UTF-16LE as Web of Science's "Tab-delimited (Win)" export writes, UTF-16BE), UTF-16 without a
// mark, an XML declaration (dblp.xml says ISO-8859-1), else UTF-8 — checked byte by byte, so a
// literal U+FFFD in valid UTF-8 stays a character and a Latin-1 file is read as Windows-1252 with
// a note instead of being refused.

export interface EncodingChoice {
  /** A WHATWG encoding label TextDecoder accepts. */
  encoding: string;
  /** Why the file is not read as plain UTF-8, when it is not (shown as an import note). */
  note?: string;
}

/**
 * Picks the encoding from the head bytes. `complete` says the head is the whole file (a multi-byte
 * character cut at the end of a partial head is not an error).
 */
export function chooseEncoding(head: Uint8Array, complete: boolean): EncodingChoice {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return checkedUtf8(head, complete);
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le" };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be" };
  const unmarked = unmarkedUtf16(head);
  if (unmarked) return { encoding: unmarked };
  const declared = declaredEncoding(head);
  if (declared !== undefined && declared !== "utf-8") return { encoding: declared };
  return checkedUtf8(head, complete);
}

function checkedUtf8(head: Uint8Array, complete: boolean): EncodingChoice {
  const bad = firstInvalidUtf8(head, complete);
  if (bad === -1) return { encoding: "utf-8" };
  return { encoding: "windows-1252", note: notUtf8Note(head, bad) };
}

/** The note for a file read as Windows-1252 because byte `at` is not UTF-8. */
export function notUtf8Note(bytes: Uint8Array, at: number): string {
  const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, "0");
  return (
    `not valid UTF-8 (byte 0x${byte} on line ${lineOfByte(bytes, at)}); read as Windows-1252 ` +
    "(Latin-1) instead; if names look wrong, re-save the file as UTF-8"
  );
}

/** 1-based line of byte offset `at`. */
export function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** Text between NUL-interleaved ASCII bytes: UTF-16 saved without a byte-order mark. */
function unmarkedUtf16(head: Uint8Array): string | undefined {
  const n = Math.min(head.length, 1024) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

/** The encoding an XML declaration names, as TextDecoder knows it (ISO-8859-1 → windows-1252). */
function declaredEncoding(head: Uint8Array): string | undefined {
  const start = new TextDecoder("windows-1252").decode(head.subarray(0, 200));
  const label = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(start)?.[1];
  if (label === undefined) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A declaration readable as ASCII cannot be in UTF-16: the file was converted, the label not.
    return encoding.startsWith("utf-16") ? undefined : encoding;
  } catch {
    return undefined;
  }
}

/**
 * Offset of the first byte that is not part of valid UTF-8, or -1. A sequence cut by the end of
 * the bytes counts as valid unless `complete`.
 */
export function firstInvalidUtf8(bytes: Uint8Array, complete: boolean): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= n) {
      // Cut by the end of the bytes.
      if (!complete) {
        for (let k = i + 1; k < n; k++) if ((bytes[k]! & 0xc0) !== 0x80) return i;
        return -1;
      }
      return i;
    }
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
