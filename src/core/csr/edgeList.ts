// Co-author pairs → distinct weighted edges, in linear time: pairs are bucketed by their smaller
// endpoint (a stable counting sort), then merged per bucket with a stamp array instead of a hash map
// keyed by pair, which is what made the graphology build slow and memory-hungry.

export interface EdgeList {
  /** Endpoints as first seen in the corpus (source came first in the author list). */
  source: Uint32Array;
  target: Uint32Array;
  /** Number of papers the two names share. */
  weight: Float64Array;
  count: number;
}

/**
 * Merges repeated pairs into one edge each. With `firstSeenOrder` the edges come out in the order
 * their pair first appears (what graphology insertion order needs); otherwise grouped by endpoint.
 */
export function mergePairs(
  nodeCount: number,
  pairA: Uint32Array,
  pairB: Uint32Array,
  pairCount: number,
  firstSeenOrder = false,
): EdgeList {
  const rowStart = new Uint32Array(nodeCount + 1);
  for (let p = 0; p < pairCount; p++) {
    const a = pairA[p]!;
    const b = pairB[p]!;
    rowStart[(a < b ? a : b) + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) rowStart[v + 1]! += rowStart[v]!;
  const fill = rowStart.slice(0, nodeCount);
  const byRow = new Uint32Array(pairCount);
  for (let p = 0; p < pairCount; p++) {
    const a = pairA[p]!;
    const b = pairB[p]!;
    byRow[fill[a < b ? a : b]!++] = p;
  }

  const source = new Uint32Array(pairCount);
  const target = new Uint32Array(pairCount);
  const weight = new Float64Array(pairCount);
  const firstPair = firstSeenOrder ? new Uint32Array(pairCount) : undefined;
  // stamp[v] = row + 1 while v already has an edge in the current row, at slot[v].
  const stamp = new Uint32Array(nodeCount);
  const slot = new Uint32Array(nodeCount);
  let count = 0;
  for (let row = 0; row < nodeCount; row++) {
    const end = rowStart[row + 1]!;
    for (let r = rowStart[row]!; r < end; r++) {
      const p = byRow[r]!;
      const a = pairA[p]!;
      const b = pairB[p]!;
      const other = a === row ? b : a;
      if (stamp[other] === row + 1) {
        weight[slot[other]!]!++;
        continue;
      }
      stamp[other] = row + 1;
      slot[other] = count;
      source[count] = a;
      target[count] = b;
      weight[count] = 1;
      // Rows are filled in pair order, so the first pair met for an edge is its first appearance.
      if (firstPair) firstPair[count] = p;
      count++;
    }
  }
  if (!firstPair) return { source, target, weight, count };
  return reorderByFirstPair(source, target, weight, firstPair, count, pairCount);
}

function reorderByFirstPair(
  source: Uint32Array,
  target: Uint32Array,
  weight: Float64Array,
  firstPair: Uint32Array,
  count: number,
  pairCount: number,
): EdgeList {
  // Distinct edges have distinct first pairs, so a bucket per pair index sorts them in linear time.
  const edgeAtPair = new Int32Array(pairCount).fill(-1);
  for (let e = 0; e < count; e++) edgeAtPair[firstPair[e]!] = e;
  const out: EdgeList = {
    source: new Uint32Array(count),
    target: new Uint32Array(count),
    weight: new Float64Array(count),
    count,
  };
  let next = 0;
  for (let p = 0; p < pairCount; p++) {
    const e = edgeAtPair[p]!;
    if (e < 0) continue;
    out.source[next] = source[e]!;
    out.target[next] = target[e]!;
    out.weight[next++] = weight[e]!;
  }
  return out;
}
