// Merging parsed files into one corpus with one duplicate-id policy, the same in the app, the
// Workers and every CLI: records that share an id and a title (a paper listed under two ambiguous
// names, or twice in one export) become one paper whose mentions carry every record's labels and
// ids; records that share only an id (a citation key reused for two papers) are kept apart under
// a suffixed id. A summary note says how many records were read, skipped and merged.
import type { Corpus, ImportNote, Paper } from "../core/corpus";
import { nameKey } from "../core/nameKey";
import type { ParsedFile } from "./format";

export function mergeParsedFiles(id: string, label: string, files: ParsedFile[]): Corpus {
  const merger = new PaperMerger();
  const notes: ImportNote[] = [];
  let read = 0;
  let skipped = 0;
  let filesSkipped = 0;
  for (const file of files) {
    read += file.read;
    skipped += file.skipped;
    if (file.read === 0 && file.papers.length === 0) filesSkipped++;
    for (const paper of file.papers) merger.add(paper);
  }
  const papers = merger.papers();
  notes.push(
    summaryNote(files.length === 1 ? files[0]!.file : label, {
      files: files.length,
      filesSkipped,
      read,
      papers: papers.length,
      skipped,
      merged: merger.merged,
    }),
  );
  for (const file of files) notes.push(...file.notes);
  notes.push(...merger.notes(label));
  const reportedRecords = files.flatMap((file) => file.reportedRecords ?? []);
  return reportedRecords.length > 0
    ? { id, label, papers, notes, reportedRecords }
    : { id, label, papers, notes };
}

/** "read 1,204 records from 3 files: 1,180 papers, 20 skipped, 4 merged by id". */
export function summaryNote(
  file: string,
  c: {
    files: number;
    filesSkipped: number;
    read: number;
    papers: number;
    skipped: number;
    merged: number;
  },
): ImportNote {
  const from = c.files === 1 ? "" : ` from ${c.files} files`;
  const passed =
    c.filesSkipped > 0
      ? `, ${c.filesSkipped} file${c.filesSkipped === 1 ? "" : "s"} with nothing usable`
      : "";
  return {
    file,
    message:
      `read ${count(c.read, "record")}${from}: ${count(c.papers, "paper")}, ` +
      `${c.skipped.toLocaleString("en")} skipped, ${c.merged.toLocaleString("en")} merged by id${passed}`,
  };
}

function count(n: number, what: string): string {
  return `${n.toLocaleString("en")} ${what}${n === 1 ? "" : "s"}`;
}

/** Adds papers one by one under the duplicate-id policy; `papers()` keeps first-seen order. */
export class PaperMerger {
  private readonly byId = new Map<string, Paper>();
  /** Papers copied before another record merged into them (parsed files are never changed). */
  private readonly copied = new Set<Paper>();
  merged = 0;
  renamed: string[] = [];

  add(paper: Paper): void {
    let existing = this.byId.get(paper.id);
    if (!existing) {
      this.byId.set(paper.id, paper);
      return;
    }
    if (!sameWork(existing, paper)) {
      let n = 2;
      while (this.byId.has(`${paper.id}~${n}`)) n++;
      const id = `${paper.id}~${n}`;
      this.renamed.push(id);
      this.byId.set(id, { ...paper, id });
      return;
    }
    if (!this.copied.has(existing)) {
      existing = structuredClone(existing);
      this.copied.add(existing);
      this.byId.set(paper.id, existing);
    }
    this.merged++;
    mergePaperInto(existing, paper);
  }

  papers(): Paper[] {
    return [...this.byId.values()];
  }

  notes(file: string): ImportNote[] {
    return repeatNotes(file, this.merged, this.renamed.length, this.renamed.slice(0, 3));
  }
}

/** What became of records that repeat an id: `merged` into a paper, `renamed` (e.g. `some`) apart. */
export function repeatNotes(
  file: string,
  merged: number,
  renamed: number,
  some: string[],
): ImportNote[] {
  const notes: ImportNote[] = [];
  if (merged > 0) {
    notes.push({ file, message: `merged ${merged} repeated paper records by paper id` });
  }
  if (renamed > 0) {
    notes.push({
      file,
      message: `kept ${renamed} records apart that reuse another paper's id with a different title (renamed, e.g. ${some.join(", ")})`,
    });
  }
  return notes;
}

/** Same title, compared on letters and digits only. */
export function sameWork(a: Paper, b: Paper): boolean {
  return titleKey(a.title) === titleKey(b.title);
}

export function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Adds what `extra` knows (labels, affiliations, ids, missing fields) without duplicating authors. */
export function mergePaperInto(target: Paper, extra: Paper): void {
  for (const mention of extra.authors) {
    const key = nameKey(mention.name);
    const same = target.authors.find((m) => nameKey(m.name) === key);
    if (!same) {
      target.authors.push({ ...mention });
      continue;
    }
    same.label ??= mention.label;
    same.affiliation ??= mention.affiliation;
    same.sourceId ??= mention.sourceId;
    same.rawName ??= mention.rawName;
  }
  target.year ??= extra.year;
  target.venue ??= extra.venue;
  target.abstract ??= extra.abstract;
  target.keywords ??= extra.keywords;
  target.doi ??= extra.doi;
}
