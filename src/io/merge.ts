// Merging parsed files into one corpus: papers that share an id across files (a paper listed under
// two ambiguous names) become one paper whose mentions carry every file's labels.
import type { Corpus, ImportNote, Paper } from "../core/corpus";
import { nameKey } from "../core/nameKey";
import type { ParsedFile } from "./format";

export function mergeParsedFiles(id: string, label: string, files: ParsedFile[]): Corpus {
  const byId = new Map<string, Paper>();
  // Papers are taken as they are; only one that another record merges into is copied first, so the
  // parsed files are never changed and the common case (no repeats) copies nothing.
  const copied = new Set<Paper>();
  const notes: ImportNote[] = [];
  let merged = 0;
  for (const file of files) {
    notes.push(...file.notes);
    for (const paper of file.papers) {
      let existing = byId.get(paper.id);
      if (!existing) {
        byId.set(paper.id, paper);
        continue;
      }
      if (!copied.has(existing)) {
        existing = structuredClone(existing);
        copied.add(existing);
        byId.set(paper.id, existing);
      }
      merged++;
      mergePaperInto(existing, paper);
    }
  }
  if (merged > 0) {
    notes.push({ file: label, message: `merged ${merged} repeated paper records by paper id` });
  }
  return { id, label, papers: [...byId.values()], notes };
}

/** Adds what `extra` knows (labels, affiliations, missing fields) to `target` without duplicating authors. */
function mergePaperInto(target: Paper, extra: Paper): void {
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
