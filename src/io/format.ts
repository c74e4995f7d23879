// The contract every input format implements. A registry of these drives the file picker, the
// import Worker and the CLI alike, so adding a format is adding one module and one line in
// `registry.ts`.
import type { ImportNote, Paper, ReportedRecords } from "../core/corpus";
import type { BibScan } from "./bibtex/scan";
import type { StreamProgress } from "./streaming";

/** What one file yields: its papers, what was repaired or skipped, and how many records it held. */
export interface ParsedFile {
  file: string;
  papers: Paper[];
  notes: ImportNote[];
  /** Records found in the file (entries, rows, works, elements), used or not. */
  read: number;
  /** Records that could not be used; each reason is counted in `notes` with its first line. */
  skipped: number;
  /** Record counts the file reports per name (project JSON's `reportedRecords`). */
  reportedRecords?: ReportedRecords[];
}

/** What the files of one import share: BibTeX `@string` macros, so a split library resolves. */
export interface ImportContext {
  bibStrings: Map<string, string>;
  /** Each BibTeX text's scan from the first look, so it is scanned once. */
  bibScans: Map<string, BibScan>;
  /** Files in the import: a file of only @string definitions is useful beside others, not alone. */
  files: number;
}

export function newImportContext(files = 1): ImportContext {
  return { bibStrings: new Map(), bibScans: new Map(), files };
}

export type PaperSink = (paper: Paper) => void;

export interface CorpusFormat {
  id: string;
  label: string;
  /** File name endings this format usually has (lower case, no dot), for the picker's hint. */
  extensions: string[];
  /** What the importer keeps of each record, for the README's table and the picker's help. */
  keeps: string;
  /** True when the first KB of a file look like this format (content beats extension). */
  sniff(head: string, fileName: string): boolean;
  /**
   * Parses a whole file. Lenient by record (a bad record is skipped and noted), strict by file:
   * throws `CorpusError` naming the file, line and field when nothing usable is in it.
   */
  parse(text: string, fileName: string, context: ImportContext): ParsedFile | Promise<ParsedFile>;
  /**
   * Reads text arriving in chunks, handing each paper to `onPaper` (the result's `papers` stays
   * empty), so a dump larger than memory streams. Used when `streams(head)` says the file suits it.
   */
  stream?(
    chunks: AsyncIterable<string>,
    fileName: string,
    onPaper: PaperSink,
    onProgress?: (progress: StreamProgress) => void,
  ): Promise<ParsedFile>;
  streams?(head: string): boolean;
  /** A first look at every file of an import before any is parsed (BibTeX collects @string). */
  gather?(text: string, context: ImportContext): void;
}
