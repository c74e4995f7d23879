// Strict CSV rows for small tables the app reads back (review decisions): papaparse underneath,
// a quoted cell never closed is an error naming the line. Corpus tables use csv/table.ts, which
// keeps the rows before such a cell.
import { CorpusError } from "../core/corpus";
import { readTable, type CsvRow, type Delimiter } from "./csv/table";

export type { CsvRow, Delimiter } from "./csv/table";
export { detectDelimiter } from "./csv/table";

export function readCsvRows(text: string, delimiter: Delimiter, fileName: string): CsvRow[] {
  const { rows, unclosedQuoteLine } = readTable(text, delimiter);
  if (unclosedQuoteLine !== undefined) {
    throw new CorpusError(
      fileName,
      'a quoted cell opened here is never closed; close it, and write a quote inside a cell as ""',
      { line: unclosedQuoteLine },
    );
  }
  return rows;
}
