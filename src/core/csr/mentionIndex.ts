// One pass over the corpus that turns author mentions into integer ids: each name key gets a node
// id, each paper its distinct ids, each pair of co-authors one entry in a flat pair list. Both graph
// builders (graphology and CSR) start from this, so they agree on nodes, labels and weights.
import type { Corpus } from "../corpus";
import { fastNameKey } from "./fastNameKey";
import { hashString, StringTable } from "./stringTable";

export interface MentionIndex {
  /** Node id → name key, ids in order of first appearance. */
  keys: string[];
  /** Node id → most common printed form (ties: the smallest string). */
  labels: string[];
  /** Node id → number of papers carrying the name. */
  papers: Uint32Array;
  /** Co-author pairs, one per paper and pair, in corpus order: pairA[p] came before pairB[p]. */
  pairA: Uint32Array;
  pairB: Uint32Array;
  pairCount: number;
}

export function indexMentions(corpus: Corpus): MentionIndex {
  const list = corpus.papers;
  // Sized once from upper bounds (a node per mention, every author pair distinct), so the hot loop
  // never checks for growth.
  let mentions = 0;
  let maxPairs = 0;
  let maxAuthors = 0;
  for (let p = 0; p < list.length; p++) {
    const k = list[p]!.authors.length;
    mentions += k;
    maxPairs += (k * (k - 1)) / 2;
    if (k > maxAuthors) maxAuthors = k;
  }
  // Distinct spellings are typically a third of the mentions or fewer; the table grows if not.
  const names = new NameTable(mentions >> 1);
  const papers = new Uint32Array(mentions);
  const lastPaper = new Int32Array(mentions).fill(-1);
  const pairA = new Uint32Array(maxPairs);
  const pairB = new Uint32Array(maxPairs);
  let pairCount = 0;
  const ids = new Uint32Array(maxAuthors);

  for (let p = 0; p < list.length; p++) {
    const authors = list[p]!.authors;
    let k = 0;
    for (let m = 0; m < authors.length; m++) {
      const raw = names.rawId(authors[m]!.name);
      const node = names.rawNode[raw]!;
      // A name printed twice on one paper (different case or spacing) counts once, like the paper.
      if (lastPaper[node] === p) continue;
      lastPaper[node] = p;
      papers[node]!++;
      names.count(raw);
      ids[k++] = node;
    }
    for (let i = 0; i < k; i++) {
      const a = ids[i]!;
      for (let j = i + 1; j < k; j++) {
        pairA[pairCount] = a;
        pairB[pairCount++] = ids[j]!;
      }
    }
  }
  return {
    keys: names.keys,
    labels: pickLabels(names.keys, names.rawNode, names.rawForm, names.rawCount),
    papers: papers.slice(0, names.keys.length),
    pairA,
    pairB,
    pairCount,
  };
}

/**
 * Printed strings and name keys in one table, so nameKey runs once per distinct spelling, and a
 * key already seen under another spelling ("Tom Jacobs", "TOM JACOBS") is found by lookup.
 */
class NameTable {
  readonly keys: string[] = [];
  readonly rawNode: number[] = [];
  rawCount: Uint32Array;
  // String → raw id; holds every printed form and every key, and node(s) = node(nameKey(s)).
  private readonly table: StringTable;
  // Keys that nameKey would change again (exotic Unicode): kept apart so they cannot break the above.
  private readonly unstableKeys = new Map<string, number>();

  constructor(expected: number) {
    this.table = new StringTable(expected);
    this.rawCount = new Uint32Array(Math.max(16, expected));
  }

  get rawForm(): string[] {
    return this.table.strings;
  }

  rawId(name: string): number {
    const hash = hashString(name);
    const known = this.table.find(name, hash);
    if (known >= 0) return known;
    const key = fastNameKey(name);
    if (key === name) return this.add(name, hash, this.newNode(key));
    const keyHash = hashString(key);
    let node: number | undefined;
    const keyRaw = this.table.find(key, keyHash);
    // A printed form equal to `key` belongs to nameKey(key)'s node, which is key's own only when
    // the key is stable ("h\u0331" + …, printed literally, is keyed "ẖ" + …).
    if (keyRaw >= 0 && this.keys[this.rawNode[keyRaw]!] === key) node = this.rawNode[keyRaw]!;
    else if (keyRaw < 0 && fastNameKey(key) === key)
      node = this.rawNode[this.add(key, keyHash, this.newNode(key))]!;
    else {
      node = this.unstableKeys.get(key);
      if (node === undefined) this.unstableKeys.set(key, (node = this.newNode(key)));
    }
    return this.add(name, hash, node);
  }

  count(raw: number): void {
    this.rawCount[raw]!++;
  }

  private newNode(key: string): number {
    this.keys.push(key);
    return this.keys.length - 1;
  }

  private add(form: string, hash: number, node: number): number {
    const raw = this.table.add(form, hash);
    this.rawNode.push(node);
    if (raw >= this.rawCount.length) this.rawCount = grow(this.rawCount, raw);
    return raw;
  }
}

function pickLabels(
  keys: string[],
  rawNode: number[],
  rawForm: string[],
  rawCount: Uint32Array,
): string[] {
  const labels = keys.slice();
  const best = new Int32Array(keys.length).fill(-1);
  for (let raw = 0; raw < rawNode.length; raw++) {
    const node = rawNode[raw]!;
    const count = rawCount[raw]!;
    if (count === 0) continue; // only ever printed as a repeat on a paper: not a label candidate
    const form = rawForm[raw]!;
    if (count > best[node]! || (count === best[node] && form < labels[node]!)) {
      best[node] = count;
      labels[node] = form;
    }
  }
  return labels;
}

function grow(array: Uint32Array, index: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(array.length * 2, index + 1));
  next.set(array);
  return next;
}
