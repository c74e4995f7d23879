// The contract every input format implements. A registry of these drives the file picker, the
// Worker and the CLI alike, so adding a format is adding one module and one line in `registry.ts`.
import type { ImportNote, Paper } from "../core/corpus";

/** What one file yields: its papers and what the importer repaired or skipped on the way. */
export interface ParsedFile {
  papers: Paper[];
  notes: ImportNote[];
}

export interface CorpusFormat {
  id: string;
  label: string;
  /** File name endings this format usually has (lower case, no dot), for the picker's hint. */
  extensions: string[];
  /** True when the first few KB of a file look like this format (content beats extension). */
  sniff(head: string, fileName: string): boolean;
  /** Parse a whole file. Throws `CorpusError` naming the file, line and field on bad input. */
  parse(text: string, fileName: string): ParsedFile;
}
