// Repairs and skips counted per kind, so a million-record dump yields a handful of notes
// ("skipped 1,204 works without authors, first on line 17") rather than a million.
import type { ImportNote } from "../core/corpus";

interface Tally {
  count: number;
  line: number | undefined;
  examples: string[];
}

const MAX_EXAMPLES = 3;

export class NoteTally {
  private readonly byMessage = new Map<string, Tally>();

  /** Counts one occurrence of `message`; the first line and a few examples are kept. */
  add(message: string, line?: number, example?: string): void {
    let tally = this.byMessage.get(message);
    if (!tally) this.byMessage.set(message, (tally = { count: 0, line, examples: [] }));
    tally.count++;
    if (example !== undefined && tally.examples.length < MAX_EXAMPLES) tally.examples.push(example);
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
}
