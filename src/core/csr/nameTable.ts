// Printed author names → node ids (one per name key), so nameKey runs once per distinct spelling,
// and a key already seen under another spelling ("Tom Jacobs", "TOM JACOBS") is found by lookup.
// Printed strings and keys share one open-addressing table (./stringTable); per node, the last
// paper seen and the paper count, so a name repeated on one paper counts once.
import { fastNameKey } from "./fastNameKey";
import { hashString, StringTable } from "./stringTable";

export class NameTable {
  /** Node id → name key, ids in order of first appearance. */
  readonly keys: string[] = [];
  // Form (printed string or key) id → node, and times printed as a distinct author of a paper.
  private readonly formNode: number[] = [];
  private formCount: Uint32Array;
  private lastPaper: Int32Array;
  private papers: Uint32Array;
  // String → form id; holds every printed form and every key, and node(s) = node(nameKey(s)).
  private readonly table: StringTable;
  // Keys that nameKey would change again (exotic Unicode): kept apart so they cannot break the rule
  // that a form equal to a key maps to that key's node.
  private readonly unstableKeys = new Map<string, number>();

  constructor(expectedForms = 0) {
    this.table = new StringTable(expectedForms);
    const size = Math.max(16, expectedForms);
    this.formCount = new Uint32Array(size);
    this.lastPaper = new Int32Array(size).fill(-1);
    this.papers = new Uint32Array(size);
  }

  /**
   * Counts one appearance of `name` on paper `paper` and returns its node, or −1 when the name's
   * node was already counted for this paper (a repeat in another spelling).
   */
  mention(name: string, paper: number): number {
    const form = this.formId(name);
    const node = this.formNode[form]!;
    if (this.lastPaper[node] === paper) return -1;
    this.lastPaper[node] = paper;
    this.papers[node]!++;
    this.formCount[form]!++;
    return node;
  }

  /** Node → papers, as a compact array. */
  paperCounts(): Uint32Array {
    return this.papers.slice(0, this.keys.length);
  }

  /** Node → most common printed form (ties: the smallest string). */
  labels(): string[] {
    const labels = this.keys.slice();
    const best = new Int32Array(this.keys.length).fill(0);
    const forms = this.table.strings;
    for (let form = 0; form < this.formNode.length; form++) {
      const count = this.formCount[form]!;
      // Count 0: only ever printed as a repeat on a paper (or a key never printed): no candidate.
      if (count === 0) continue;
      const node = this.formNode[form]!;
      const text = forms[form]!;
      if (count > best[node]! || (count === best[node] && text < labels[node]!)) {
        best[node] = count;
        labels[node] = text;
      }
    }
    return labels;
  }

  private formId(name: string): number {
    const hash = hashString(name);
    const known = this.table.find(name, hash);
    if (known >= 0) return known;
    const key = fastNameKey(name);
    if (key === name) return this.add(name, hash, this.newNode(key));
    const keyHash = hashString(key);
    let node: number | undefined;
    const keyForm = this.table.find(key, keyHash);
    // A printed form equal to `key` belongs to nameKey(key)'s node, which is key's own only when
    // the key is stable ("h\u0331" + …, printed literally, is keyed "ẖ" + …).
    if (keyForm >= 0 && this.keys[this.formNode[keyForm]!] === key) node = this.formNode[keyForm]!;
    else if (keyForm < 0 && fastNameKey(key) === key) {
      node = this.newNode(key);
      this.add(key, keyHash, node);
    } else {
      node = this.unstableKeys.get(key);
      if (node === undefined) this.unstableKeys.set(key, (node = this.newNode(key)));
    }
    return this.add(name, hash, node);
  }

  private add(form: string, hash: number, node: number): number {
    const id = this.table.add(form, hash);
    this.formNode.push(node);
    if (id >= this.formCount.length) this.formCount = grow(this.formCount, id);
    return id;
  }

  private newNode(key: string): number {
    const node = this.keys.length;
    this.keys.push(key);
    if (node >= this.papers.length) {
      this.papers = grow(this.papers, node);
      const last = new Int32Array(this.papers.length).fill(-1);
      last.set(this.lastPaper);
      this.lastPaper = last;
    }
    return node;
  }
}

function grow(array: Uint32Array, index: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(Math.max(array.length * 2, index + 1));
  next.set(array);
  return next;
}
