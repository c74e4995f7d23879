// Co-author pairs → distinct weighted edges, in linear time: pairs are bucketed by their smaller
// endpoint (a stable counting sort that copies the other endpoint and the weight, so the merge reads
// its bucket sequentially), then merged per bucket with a stamp array instead of a hash map keyed by
// pair, which is what made the graphology build slow and memory-hungry.
import type { MentionIndex } from "./mentionIndex";
import { CLIQUE_LIMIT, SAMPLED_DEGREE } from "./paperPairs";

export interface EdgeList {
  /** Endpoints as first seen in the corpus (source came first in the author list). */
  source: Uint32Array;
  target: Uint32Array;
  /** Fractional co-authorship weight: Σ over shared papers of 1/(authors − 1) (see paperPairs). */
  weight: Float64Array;
  /** Number of papers on which the two names were linked. */
  papers: Uint32Array;
  count: number;
}

/** Co-author pairs, one entry per pair per paper, in corpus order. */
export interface PairList {
  pairA: Uint32Array;
  pairB: Uint32Array;
  /** Pair p weighs 1/pairShare[p]. */
  pairShare: Uint16Array;
  pairCount: number;
}

/**
 * Every pair a MentionIndex implies, in corpus order: a clique's pairs in author order (weight
 * 1/(k−1)), a sampled paper's pairs as sampled. What the graphology builder merges; the CSR builder
 * (./coauthorRows) never lists them.
 */
export function pairList(index: MentionIndex): PairList {
  const { paperStart, paperNodes, sampled } = index;
  const pairA = new Uint32Array(index.pairCount);
  const pairB = new Uint32Array(index.pairCount);
  const pairShare = new Uint16Array(index.pairCount);
  let at = 0;
  let s = 0;
  for (let p = 0; p < index.paperCount; p++) {
    const from = paperStart[p]!;
    const to = paperStart[p + 1]!;
    const k = to - from;
    if (k > CLIQUE_LIMIT) {
      for (; s < sampled.count && sampled.paper[s] === p; s++, at++) {
        pairA[at] = sampled.a[s]!;
        pairB[at] = sampled.b[s]!;
        pairShare[at] = SAMPLED_DEGREE;
      }
      continue;
    }
    for (let i = from; i < to; i++) {
      for (let j = i + 1; j < to; j++, at++) {
        pairA[at] = paperNodes[i]!;
        pairB[at] = paperNodes[j]!;
        pairShare[at] = k - 1;
      }
    }
  }
  return { pairA, pairB, pairShare, pairCount: at };
}

/**
 * Merges repeated pairs into one edge each, summing weights in pair order (so every builder gets
 * bit-identical sums). With `firstSeenOrder` the edges come out in the order their pair first
 * appears (what graphology insertion order needs); otherwise grouped by smaller endpoint.
 */
export function mergePairs(nodeCount: number, pairs: PairList, firstSeenOrder = false): EdgeList {
  const { pairA, pairB, pairShare, pairCount } = pairs;
  const rowStart = new Uint32Array(nodeCount + 1);
  for (let p = 0; p < pairCount; p++) {
    const a = pairA[p]!;
    const b = pairB[p]!;
    rowStart[(a < b ? a : b) + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) rowStart[v + 1]! += rowStart[v]!;
  const fill = rowStart.slice(0, nodeCount);
  const other = new Uint32Array(pairCount);
  const bucketWeight = new Float64Array(pairCount);
  const firstPair = firstSeenOrder ? new Uint32Array(pairCount) : undefined;
  for (let p = 0; p < pairCount; p++) {
    const a = pairA[p]!;
    const b = pairB[p]!;
    const at = fill[a < b ? a : b]!++;
    other[at] = a < b ? b : a;
    bucketWeight[at] = 1 / pairShare[p]!;
    if (firstPair) firstPair[at] = p;
  }

  const source = new Uint32Array(pairCount);
  const target = new Uint32Array(pairCount);
  const weight = new Float64Array(pairCount);
  const papers = new Uint32Array(pairCount);
  const firstOfEdge = firstPair ? new Uint32Array(pairCount) : undefined;
  // seen[2v] = row + 1 while v already has an edge in the current row, at edge seen[2v + 1]: one
  // cache line per lookup instead of two.
  const seen = new Uint32Array(2 * nodeCount);
  let count = 0;
  for (let row = 0; row < nodeCount; row++) {
    const end = rowStart[row + 1]!;
    const stamp = row + 1;
    for (let at = rowStart[row]!; at < end; at++) {
      const o = other[at]!;
      if (seen[2 * o] === stamp) {
        const e = seen[2 * o + 1]!;
        weight[e]! += bucketWeight[at]!;
        papers[e]!++;
        continue;
      }
      seen[2 * o] = stamp;
      seen[2 * o + 1] = count;
      if (firstPair) {
        // Buckets keep pair order, so the first pair met for an edge is its first appearance.
        const p = firstPair[at]!;
        source[count] = pairA[p]!;
        target[count] = pairB[p]!;
        firstOfEdge![count] = p;
      } else {
        source[count] = row;
        target[count] = o;
      }
      weight[count] = bucketWeight[at]!;
      papers[count++] = 1;
    }
  }
  const edges = { source, target, weight, papers, count };
  return firstOfEdge ? reorderByFirstPair(edges, firstOfEdge, pairCount) : edges;
}

function reorderByFirstPair(edges: EdgeList, firstPair: Uint32Array, pairCount: number): EdgeList {
  const { count } = edges;
  // Distinct edges have distinct first pairs, so a bucket per pair index sorts them in linear time.
  const edgeAtPair = new Int32Array(pairCount).fill(-1);
  for (let e = 0; e < count; e++) edgeAtPair[firstPair[e]!] = e;
  const out: EdgeList = {
    source: new Uint32Array(count),
    target: new Uint32Array(count),
    weight: new Float64Array(count),
    papers: new Uint32Array(count),
    count,
  };
  let next = 0;
  for (let p = 0; p < pairCount; p++) {
    const e = edgeAtPair[p]!;
    if (e < 0) continue;
    out.source[next] = edges.source[e]!;
    out.target[next] = edges.target[e]!;
    out.papers[next] = edges.papers[e]!;
    out.weight[next++] = edges.weight[e]!;
  }
  return out;
}
