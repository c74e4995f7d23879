// Printed author names → node ids (one per name key), so nameKey runs once per distinct spelling,
// and a key already seen under another spelling ("Tom Jacobs", "TOM JACOBS") is found by lookup.
// Profiled on 840k mentions, the lookup was most of the graph build, and most of that was cache
// misses on 500k-entry arrays (slot, form → node, form → count, node → last paper, node → papers):
// here a slot carries hash, form id, node id and count together, and a node's last paper and paper
// count sit side by side, so a mention costs two or three misses instead of six or seven.
import { fastNameKey } from "./fastNameKey";
import { hashString } from "./stringTable";

// Slot layout (Int32 ×4): hash, form id + 1 (0 = empty), node id, times printed as a distinct author.
const SLOT = 4;

export class NameTable {
  /** Node id → name key, ids in order of first appearance. */
  readonly keys: string[] = [];
  /** Form id → printed string (every spelling met, and every key). */
  readonly forms: string[] = [];
  /** Node id → [last paper seen, papers] at 2·id, 2·id + 1. */
  nodeStats = new Int32Array(2 * 1024);
  private slots: Int32Array;
  private mask: number;
  // Keys that nameKey would change again (exotic Unicode): kept apart so they cannot break the rule
  // that a form equal to a key maps to that key's node.
  private readonly unstableKeys = new Map<string, number>();

  constructor(expectedForms = 0) {
    let size = 1024;
    while (size < expectedForms * 2) size *= 2;
    this.slots = new Int32Array(size * SLOT);
    this.mask = size - 1;
  }

  /**
   * Counts one distinct-on-this-paper appearance of `name` on paper `paper` and returns its node,
   * or −1 when the name's node was already counted for this paper (a repeat in another spelling).
   */
  mention(name: string, paper: number): number {
    const slot = this.slotOf(name);
    const node = this.slots[slot + 2]!;
    const stats = this.nodeStats;
    if (stats[2 * node] === paper) return -1;
    stats[2 * node] = paper;
    stats[2 * node + 1]!++;
    this.slots[slot + 3]!++;
    return node;
  }

  /** Node → papers, as a compact array. */
  paperCounts(): Uint32Array {
    const n = this.keys.length;
    const papers = new Uint32Array(n);
    for (let i = 0; i < n; i++) papers[i] = this.nodeStats[2 * i + 1]!;
    return papers;
  }

  /** Node → most common printed form (ties: the smallest string). */
  labels(): string[] {
    const labels = this.keys.slice();
    const best = new Int32Array(this.keys.length).fill(0);
    const { slots } = this;
    for (let s = 0; s < slots.length; s += SLOT) {
      const form = slots[s + 1]! - 1;
      const count = slots[s + 3]!;
      // Count 0: only ever printed as a repeat on a paper (or a key never printed): no candidate.
      if (form < 0 || count === 0) continue;
      const node = slots[s + 2]!;
      const text = this.forms[form]!;
      if (count > best[node]! || (count === best[node] && text < labels[node]!)) {
        best[node] = count;
        labels[node] = text;
      }
    }
    return labels;
  }

  private slotOf(name: string): number {
    const hash = hashString(name);
    const found = this.find(name, hash);
    if (found >= 0) return found;
    const key = fastNameKey(name);
    if (key === name) return this.add(name, hash, this.newNode(key));
    const keyHash = hashString(key);
    let node: number | undefined;
    const keySlot = this.find(key, keyHash);
    // A printed form equal to `key` belongs to nameKey(key)'s node, which is key's own only when
    // the key is stable ("h\u0331" + …, printed literally, is keyed "ẖ" + …).
    if (keySlot >= 0 && this.keys[this.slots[keySlot + 2]!] === key)
      node = this.slots[keySlot + 2]!;
    else if (keySlot < 0 && fastNameKey(key) === key) {
      // Not `this.slots[this.add(…)]`: add may grow the table, and the old one would be read.
      node = this.newNode(key);
      this.add(key, keyHash, node);
    } else {
      node = this.unstableKeys.get(key);
      if (node === undefined) this.unstableKeys.set(key, (node = this.newNode(key)));
    }
    return this.add(name, hash, node);
  }

  /** Slot offset of `s`, or −1. */
  private find(s: string, hash: number): number {
    const { slots, mask, forms } = this;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const at = i * SLOT;
      const form = slots[at + 1]! - 1;
      if (form < 0) return -1;
      if (slots[at] === hash && forms[form] === s) return at;
    }
  }

  private add(form: string, hash: number, node: number): number {
    this.forms.push(form);
    // Kept at most half full so probe runs stay short.
    if (2 * this.forms.length > this.mask + 1) this.grow();
    return this.place(hash, this.forms.length, node, 0);
  }

  private place(hash: number, formPlusOne: number, node: number, count: number): number {
    const { slots, mask } = this;
    let i = hash & mask;
    while (slots[i * SLOT + 1] !== 0) i = (i + 1) & mask;
    const at = i * SLOT;
    slots[at] = hash;
    slots[at + 1] = formPlusOne;
    slots[at + 2] = node;
    slots[at + 3] = count;
    return at;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size * SLOT);
    this.mask = size - 1;
    for (let s = 0; s < old.length; s += SLOT)
      if (old[s + 1] !== 0) this.place(old[s]!, old[s + 1]!, old[s + 2]!, old[s + 3]!);
  }

  private newNode(key: string): number {
    const node = this.keys.length;
    this.keys.push(key);
    if (2 * node + 2 > this.nodeStats.length) {
      const next = new Int32Array(this.nodeStats.length * 2);
      next.set(this.nodeStats);
      this.nodeStats = next;
    }
    this.nodeStats[2 * node] = -1;
    return node;
  }
}
