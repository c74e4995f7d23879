// One pass over the corpus that turns author mentions into integer ids: each name key gets a node
// id, each paper its distinct ids, each pair of co-authors one entry in a flat pair list. Both graph
// builders (graphology and CSR) start from this, so they agree on nodes, labels and weights.
import type { Corpus } from "../corpus";
import { fastNameKey } from "./fastNameKey";

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
  // Printed strings are interned first, so nameKey runs once per distinct spelling, not per mention.
  const rawIds = new Map<string, number>();
  const rawNode: number[] = [];
  const rawForm: string[] = [];
  let rawCount = new Uint32Array(1024);
  const nodeIds = new Map<string, number>();
  const keys: string[] = [];
  let papers = new Uint32Array(1024);
  let lastPaper = new Int32Array(1024).fill(-1);
  let pairA = new Uint32Array(4096);
  let pairB = new Uint32Array(4096);
  let pairCount = 0;
  const ids: number[] = [];

  const list = corpus.papers;
  for (let p = 0; p < list.length; p++) {
    const authors = list[p]!.authors;
    ids.length = 0;
    for (let m = 0; m < authors.length; m++) {
      const name = authors[m]!.name;
      let raw = rawIds.get(name);
      if (raw === undefined) {
        const key = fastNameKey(name);
        let node = nodeIds.get(key);
        if (node === undefined) {
          node = keys.length;
          nodeIds.set(key, node);
          keys.push(key);
          if (node >= papers.length) {
            papers = grow(papers, node);
            lastPaper = growFilled(lastPaper, node);
          }
        }
        raw = rawNode.length;
        rawIds.set(name, raw);
        rawNode.push(node);
        rawForm.push(name);
        if (raw >= rawCount.length) rawCount = grow(rawCount, raw);
      }
      const node = rawNode[raw]!;
      // A name printed twice on one paper (different case or spacing) counts once, like the paper.
      if (lastPaper[node] === p) continue;
      lastPaper[node] = p;
      papers[node]!++;
      rawCount[raw]!++;
      ids.push(node);
    }
    const k = ids.length;
    if (k < 2) continue;
    const needed = pairCount + (k * (k - 1)) / 2;
    if (needed > pairA.length) {
      pairA = grow(pairA, needed);
      pairB = grow(pairB, needed);
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
    keys,
    labels: pickLabels(keys, rawNode, rawForm, rawCount),
    papers: papers.slice(0, keys.length),
    pairA,
    pairB,
    pairCount,
  };
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

function grow(array: Uint32Array, index: number): Uint32Array {
  const next = new Uint32Array(Math.max(array.length * 2, index + 1));
  next.set(array);
  return next;
}

function growFilled(array: Int32Array, index: number): Int32Array {
  const next = new Int32Array(Math.max(array.length * 2, index + 1)).fill(-1);
  next.set(array);
  return next;
}
