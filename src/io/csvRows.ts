// RFC 4180 records from CSV/TSV text: quoted fields with embedded delimiters, newlines and doubled
// quotes; CRLF, LF or CR line ends. Each row keeps the line it starts on for error messages.
import { CorpusError } from "../core/corpus";

export type Delimiter = "," | "\t" | ";";

export interface CsvRow {
  line: number;
  cells: string[];
}

/** The delimiter that splits the header line into the most cells (comma on a tie). */
export function detectDelimiter(headerLine: string): Delimiter {
  let best: Delimiter = ",";
  let bestCount = 0;
  for (const candidate of [",", "\t", ";"] as const) {
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

export function readCsvRows(text: string, delimiter: Delimiter, fileName: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell === "") {
      const quoteLine = line;
      let j = i + 1;
      for (;;) {
        const next = text.indexOf('"', j);
        if (next === -1) {
          throw new CorpusError(
            fileName,
            'a quoted cell opened here is never closed; close it, and write a quote inside a cell as ""',
            { line: quoteLine },
          );
        }
        cell += text.slice(j, next);
        if (text[next + 1] === '"') {
          cell += '"';
          j = next + 2;
          continue;
        }
        line += countLineBreaks(text, i, next);
        i = next + 1;
        break;
      }
    } else if (c === delimiter) {
      cells.push(cell);
      cell = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      endRow();
      line++;
      rowLine = line;
    } else {
      const stop = nextSpecial(text, i, delimiter);
      cell += text.slice(i, stop);
      i = stop;
    }
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}

function nextSpecial(text: string, from: number, delimiter: Delimiter): number {
  let i = from + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === delimiter || c === "\n" || c === "\r") break;
    i++;
  }
  return i;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) count++;
  }
  return count;
}
