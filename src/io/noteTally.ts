// Repairs and skipped records counted per kind, so a million-record dump yields a handful of notes
// ("record skipped: no authors (1,204×, first on line 17)") rather than a million; and the
// file-level rule: lenient by record, strict by file.
import { CorpusError, type ImportNote, type Paper } from "../core/corpus";
import type { ParsedFile } from "./format";

interface Tally {
  count: number;
  line: number | undefined;
  examples: string[];
}

const MAX_EXAMPLES = 3;
export const SKIPPED = "record skipped: ";

export class NoteTally {
  private readonly byMessage = new Map<string, Tally>();
  /** Records seen, used or skipped. */
  read = 0;
  skipped = 0;
  private firstSkip: { reason: string; line: number | undefined } | undefined;

  /** Counts one occurrence of `message`; the first line and a few examples are kept. */
  add(message: string, line?: number, example?: string): void {
    let tally = this.byMessage.get(message);
    if (!tally) this.byMessage.set(message, (tally = { count: 0, line, examples: [] }));
    tally.count++;
    if (example !== undefined && tally.examples.length < MAX_EXAMPLES) tally.examples.push(example);
  }

  /** One record that cannot be used: counted as skipped and noted with its line and reason. */
  skip(reason: string, line?: number, example?: string): void {
    this.skipped++;
    this.firstSkip ??= { reason, line };
    this.add(SKIPPED + reason, line, example);
  }

  /** A record passed over by design (a DBLP person page): counted as skipped, noted as it is. */
  passOver(message: string, line?: number): void {
    this.skipped++;
    this.add(message, line);
  }

  notes(file: string): ImportNote[] {
    return [...this.byMessage].map(([message, { count, line, examples }]) => {
      const where = line !== undefined && count > 1 ? `, first on line ${line}` : "";
      const eg = examples.length > 0 ? `; e.g. ${examples.join(", ")}` : "";
      const note: ImportNote = { file, message: `${message} (${count}×${where}${eg})` };
      if (line !== undefined) note.line = line;
      return note;
    });
  }

  /**
   * The file's result. Strict by file: when no record was usable, throws a `CorpusError` that
   * names the first reason (and its line), unless `allowEmpty` (a BibTeX file of @string only).
   */
  result(file: string, papers: Paper[], what: string, allowEmpty = false): ParsedFile {
    if (papers.length === 0 && !allowEmpty) {
      if (this.firstSkip) {
        const others = this.skipped > 1 ? ` (and ${this.skipped - 1} more skipped records)` : "";
        throw new CorpusError(
          file,
          `no usable ${what}: ${this.firstSkip.reason}${others}; nothing to import`,
          { line: this.firstSkip.line },
        );
      }
      throw new CorpusError(file, `no ${what} found; nothing to import`, { line: 1 });
    }
    return { file, papers, notes: this.notes(file), read: this.read, skipped: this.skipped };
  }
}

/** A note as the CLIs print it on stderr: "note: refs.bib, line 12: record skipped: …". */
export function noteLine(note: ImportNote): string {
  const line = note.line === undefined ? "" : `, line ${note.line}`;
  return `note: ${note.file}${line}: ${note.message}`;
}
