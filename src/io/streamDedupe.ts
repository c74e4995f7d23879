// The duplicate-id policy of merge.ts for papers that stream by and are written at once (convert
// of a dump larger than memory). Pass one writes each paper as it comes, renames a record that
// reuses an id with another title, and holds back the repeats that must merge into an earlier
// paper; only if there were such repeats, pass two rewrites the output with the merged papers in
// the first one's place. Ids are remembered as 53-bit hashes: DBLP's seven million keys as strings
// (each a slice of its 64 KB chunk) would hold the whole dump in memory.
import type { ImportNote, Paper } from "../core/corpus";
import { mergePaperInto, repeatNotes, titleKey } from "./merge";

export class StreamDedupe {
  private titles = new Map<number, number>();
  /** Repeats to merge into the first paper with their id, in order. */
  private readonly later = new Map<string, Paper[]>();
  private readonly written = new Set<string>();
  merged = 0;
  renamed = 0;
  /** The first few renamed ids, for the note. */
  private renamedIds: string[] = [];

  /** Pass one: the paper to write now (maybe renamed), or undefined when it waits to be merged. */
  first(paper: Paper): Paper | undefined {
    const seen = this.admit(paper);
    if (seen !== "repeat") return seen;
    const list = this.later.get(paper.id);
    if (list) list.push(paper);
    else this.later.set(paper.id, [paper]);
    this.merged++;
    return undefined;
  }

  /** Whether pass two is needed. */
  get needsSecondPass(): boolean {
    return this.later.size > 0;
  }

  /** Forgets the ids of pass one, before the papers come by again. */
  startSecondPass(): void {
    this.titles = new Map();
    this.renamed = 0;
    this.renamedIds = [];
  }

  /** The notes PaperMerger gives for the same repeats: how many merged, which ids were renamed. */
  notes(file: string): ImportNote[] {
    return repeatNotes(file, this.merged, this.renamed, this.renamedIds);
  }

  /** Pass two, over the same papers again: merged papers in place, repeats left out. */
  second(paper: Paper): Paper | undefined {
    const seen = this.admit(paper);
    if (seen === "repeat") return undefined;
    const repeats = this.later.get(seen.id);
    if (!repeats || this.written.has(seen.id)) return seen;
    this.written.add(seen.id);
    const merged = structuredClone(seen);
    for (const repeat of repeats) mergePaperInto(merged, repeat);
    return merged;
  }

  private admit(paper: Paper): Paper | "repeat" {
    const id = hash(paper.id);
    const title = hash(titleKey(paper.title));
    const known = this.titles.get(id);
    if (known === undefined) {
      this.titles.set(id, title);
      return paper;
    }
    if (known === title) return "repeat";
    let n = 2;
    while (this.titles.has(hash(`${paper.id}~${n}`))) n++;
    const renamed = `${paper.id}~${n}`;
    this.titles.set(hash(renamed), title);
    this.renamed++;
    if (this.renamedIds.length < 3) this.renamedIds.push(renamed);
    return { ...paper, id: renamed };
  }
}

/** 53-bit FNV-1a style hash of a string (two 32-bit lanes). */
function hash(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
