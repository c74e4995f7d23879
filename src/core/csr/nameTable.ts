// Printed author names → node ids (one per name key), so nameKey runs once per distinct spelling,
// and a key already seen under another spelling ("Tom Jacobs", "TOM JACOBS") is found by lookup.
// Printed forms and keys share one arena-backed table (./stringTable) whose records also hold each
// form's node and count; per node, the last paper seen (so a name repeated on one paper counts once),
// its paper count and the form that is its key, side by side. Keys and labels become strings once,
// at the end: the table never holds the input's strings.
import { fastNameKey } from "./fastNameKey";
import { hashString, StringTable } from "./stringTable";

// A form's caller fields in the string table: its node, and times printed as a distinct author of
// a paper.
const FORM_NODE = 0;
const FORM_COUNT = 1;
// A node's record: last paper seen + 1 (0: none yet), papers, and the form that is its key.
const NODE_STRIDE = 3;
const NODE_LAST = 0;
const NODE_PAPERS = 1;
const NODE_KEY = 2;

export class NameTable {
  /** Nodes so far; ids are 0 .. nodeCount−1 in order of first appearance. */
  nodeCount = 0;
  private nodes: Int32Array;
  private readonly table: StringTable;
  // Keys that nameKey would change again (exotic Unicode): kept apart so they cannot break the rule
  // that a form equal to a key maps to that key's node.
  private readonly unstableKeys = new Map<string, number>();
  private readonly unstableKeyOf = new Map<number, string>();

  constructor(expectedForms = 0) {
    this.table = new StringTable(expectedForms, 2);
    this.nodes = new Int32Array(Math.max(16, expectedForms) * NODE_STRIDE);
  }

  /**
   * Counts one appearance of `name` on paper `paper` and returns its node, or −1 when the name's
   * node was already counted for this paper (a repeat in another spelling).
   */
  mention(name: string, paper: number): number {
    const hash = hashString(name);
    let form = this.table.find(name, hash);
    if (form < 0) form = this.addForm(name, hash);
    const at = this.table.fieldAt(form);
    const fields = this.table.fields;
    const node = fields[at + FORM_NODE]!;
    const { nodes } = this;
    if (nodes[node * NODE_STRIDE + NODE_LAST] === paper + 1) return -1;
    nodes[node * NODE_STRIDE + NODE_LAST] = paper + 1;
    nodes[node * NODE_STRIDE + NODE_PAPERS]!++;
    fields[at + FORM_COUNT]!++;
    return node;
  }

  /** The name key of `node`. */
  keyOf(node: number): string {
    return (
      this.unstableKeyOf.get(node) ?? this.table.text(this.nodes[node * NODE_STRIDE + NODE_KEY]!)
    );
  }

  /** Node id → name key. */
  keys(): string[] {
    const keys = new Array<string>(this.nodeCount);
    for (let node = 0; node < this.nodeCount; node++) keys[node] = this.keyOf(node);
    return keys;
  }

  /** Node → papers, as a compact array. */
  paperCounts(): Uint32Array {
    const papers = new Uint32Array(this.nodeCount);
    for (let node = 0; node < this.nodeCount; node++)
      papers[node] = this.nodes[node * NODE_STRIDE + NODE_PAPERS]!;
    return papers;
  }

  /** Node → most common printed form (ties: the smallest string; no printed form: the key). */
  labels(): string[] {
    const { table } = this;
    const best = new Int32Array(this.nodeCount).fill(-1);
    const bestCount = new Uint32Array(this.nodeCount);
    for (let form = 0; form < table.size; form++) {
      const at = table.fieldAt(form);
      const count = table.fields[at + FORM_COUNT]!;
      // Count 0: only ever printed as a repeat on a paper (or a key never printed): no candidate.
      if (count === 0) continue;
      const node = table.fields[at + FORM_NODE]!;
      const current = best[node]!;
      if (
        count > bestCount[node]! ||
        (count === bestCount[node] && table.compare(form, current) < 0)
      ) {
        bestCount[node] = count;
        best[node] = form;
      }
    }
    const labels = new Array<string>(this.nodeCount);
    for (let node = 0; node < this.nodeCount; node++)
      labels[node] = best[node]! < 0 ? this.keyOf(node) : table.text(best[node]!);
    return labels;
  }

  private addForm(name: string, hash: number): number {
    const { table } = this;
    const key = fastNameKey(name);
    if (key === name) {
      const form = table.add(name, hash);
      this.setNode(form, this.newNode(form));
      return form;
    }
    const keyHash = hashString(key);
    let node: number | undefined;
    const keyForm = table.find(key, keyHash);
    const keyFormNode = keyForm >= 0 ? table.fields[table.fieldAt(keyForm) + FORM_NODE]! : -1;
    // A printed form equal to `key` belongs to nameKey(key)'s node, which is key's own only when
    // the key is stable ("h\u0331" + …, printed literally, is keyed "ẖ" + …).
    if (keyForm >= 0 && this.nodes[keyFormNode * NODE_STRIDE + NODE_KEY] === keyForm)
      node = keyFormNode;
    else if (keyForm < 0 && fastNameKey(key) === key) {
      const form = table.add(key, keyHash);
      node = this.newNode(form);
      this.setNode(form, node);
    } else {
      node = this.unstableKeys.get(key);
      if (node === undefined) {
        node = this.newNode(-1);
        this.unstableKeys.set(key, node);
        this.unstableKeyOf.set(node, key);
      }
    }
    const form = table.add(name, hash);
    this.setNode(form, node);
    return form;
  }

  private setNode(form: number, node: number): void {
    this.table.fields[this.table.fieldAt(form) + FORM_NODE] = node;
  }

  /** A new node whose key is the string of `keyForm` (−1: an unstable key, kept in the map). */
  private newNode(keyForm: number): number {
    const node = this.nodeCount++;
    if ((node + 1) * NODE_STRIDE > this.nodes.length) {
      const nodes = new Int32Array(2 * this.nodes.length);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    this.nodes[node * NODE_STRIDE + NODE_KEY] = keyForm;
    return node;
  }
}
