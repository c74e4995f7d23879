// CSV/TSV text → rows with the line each starts on, through papaparse (RFC 4180: quoted cells with
// delimiters, newlines and doubled quotes). Line ends between rows are made uniform first:
// papaparse takes the first line end it sees for all of them, and real exports mix them; line
// ends inside quoted cells are kept as written.
import Papa from "papaparse";

export type Delimiter = "," | "\t" | ";" | "|";

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  rows: CsvRow[];
  /** A quoted cell never closed: the line it opens on (the rest of the file is that one cell). */
  unclosedQuoteLine: number | undefined;
}

/** The delimiter that splits the header line into the most cells (comma on a tie). */
export function detectDelimiter(headerLine: string): Delimiter {
  let best: Delimiter = ",";
  let bestCount = 0;
  for (const candidate of [",", "\t", ";", "|"] as const) {
    let count = 0;
    let quoted = false;
    for (const c of headerLine) {
      if (c === '"') quoted = !quoted;
      else if (c === candidate && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

/** The first non-blank line of a text, BOM removed. */
export function firstLine(text: string): string {
  const body = text.replace(/^\uFEFF/, "").replace(/^\s*[\r\n]+/, "");
  const end = body.search(/[\r\n]/);
  return end === -1 ? body : body.slice(0, end);
}

/** Header cells of a head of text, for the sniffers. */
export function headerCells(head: string): string[] {
  const line = firstLine(head);
  const parsed = Papa.parse<string[]>(line, { delimiter: detectDelimiter(line) });
  return (parsed.data[0] ?? []).map((cell) => cell.trim());
}

export function readTable(text: string, delimiter: Delimiter): CsvTable {
  const body = text.includes("\r") ? unixRowEnds(text) : text;
  const rows: CsvRow[] = [];
  let unclosedQuoteLine: number | undefined;
  let rowStart = 0;
  let countedTo = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: "\n",
    step: (result) => {
      for (
        let i = body.indexOf("\n", countedTo);
        i !== -1 && i < rowStart;
        i = body.indexOf("\n", i + 1)
      ) {
        line++;
      }
      countedTo = rowStart;
      rowStart = result.meta.cursor;
      if (result.errors.some((e) => e.code === "MissingQuotes")) {
        unclosedQuoteLine ??= line;
        return;
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0]!.trim() === "") return;
      rows.push({ line, cells });
    },
  });
  return { rows, unclosedQuoteLine };
}

/** CRLF and CR row ends → LF, outside quoted cells only (a quote toggles, a doubled one twice). */
function unixRowEnds(text: string): string {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (c === 13 /* \r */ && !quoted) {
      parts.push(text.slice(start, i), "\n");
      if (text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.join("");
}
