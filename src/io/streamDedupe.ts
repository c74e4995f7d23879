// The duplicate-id policy of merge.ts for papers that stream by and are written at once (convert
// of a dump larger than memory). Pass one writes each paper as it comes, renames a record that
// reuses an id with another title, and holds back the repeats that must merge into an earlier
// paper; only if there were such repeats, pass two rewrites the output with the merged papers in
// the first one's place. Ids are remembered as 53-bit hashes: DBLP's seven million keys as strings
// (each a slice of its 64 KB chunk) would hold the whole dump in memory, and even as numbers a Map
// spends some 80 bytes an entry on them (53-bit keys and values are heap numbers): HashTable53
// keeps them in two Float64Arrays, 16 bytes a slot.
import type { ImportNote, Paper } from "../core/corpus";
import { mergePaperInto, repeatNotes, titleKey } from "./merge";

export class StreamDedupe {
  private titles = new HashTable53();
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
    this.titles = new HashTable53();
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

/** 53-bit hash → 53-bit hash, open addressing over typed arrays (0 marks an empty slot). */
export class HashTable53 {
  private keys = new Float64Array(1024);
  private values = new Float64Array(1024);
  private size = 0;

  get(key: number): number | undefined {
    const at = this.slot(nonZero(key));
    return this.keys[at] === 0 ? undefined : this.values[at];
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  set(key: number, value: number): void {
    const k = nonZero(key);
    let at = this.slot(k);
    if (this.keys[at] === 0) {
      // Kept at most three quarters full so probe runs stay short.
      if ((this.size + 1) * 4 > this.keys.length * 3) {
        this.grow();
        at = this.slot(k);
      }
      this.keys[at] = k;
      this.size++;
    }
    this.values[at] = value;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // Low 32 bits (>>> takes the integer modulo 2^32), mixed so runs of similar ids spread.
    let i = Math.imul(key >>> 0, 0x9e3779b1) >>> 0;
    i = (i ^ Math.floor(key / 0x100000000)) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(2 * keys.length);
    this.values = new Float64Array(2 * keys.length);
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      const at = this.slot(keys[s]!);
      this.keys[at] = keys[s]!;
      this.values[at] = values[s]!;
    }
  }
}

/** Hashes are never 0 here, so 0 can mark an empty slot (1 stands in for 0: one more collision). */
function nonZero(key: number): number {
  return key === 0 ? 1 : key;
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
