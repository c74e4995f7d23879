// Aggregation step of Louvain: each community of one level becomes a node of the next, edges
// between communities summed, edges inside a community kept as the node's self weight.
import type { CsrGraph } from "./csrGraph";

export interface Level extends CsrGraph {
  /** Weight inside the node, each internal edge counted from both ends (Σ_{i,j∈c} A_ij). */
  selfWeights: Float64Array;
}

export function aggregate(level: Level, community: Uint32Array, count: number): Level {
  const { nodeCount: n, offsets, targets, weights } = level;
  // Nodes grouped by community with a counting sort, so each new row is written in one go.
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < n; i++) start[community[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Uint32Array(n);
  for (let i = 0; i < n; i++) members[fill[community[i]!]!++] = i;

  const nextOffsets = new Uint32Array(count + 1);
  // Upper bound: aggregation never adds adjacency entries.
  const nextTargets = new Uint32Array(targets.length);
  const nextWeights = new Float64Array(targets.length);
  const selfWeights = new Float64Array(count);
  const stamp = new Int32Array(count).fill(-1);
  const slot = new Uint32Array(count);
  let size = 0;
  for (let c = 0; c < count; c++) {
    let inside = 0;
    for (let m = start[c]!; m < start[c + 1]!; m++) {
      const i = members[m]!;
      inside += level.selfWeights[i]!;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        const d = community[targets[e]!]!;
        const w = weights[e]!;
        if (d === c) inside += w;
        else if (stamp[d] === c) nextWeights[slot[d]!]! += w;
        else {
          stamp[d] = c;
          slot[d] = size;
          nextTargets[size] = d;
          nextWeights[size++] = w;
        }
      }
    }
    selfWeights[c] = inside;
    nextOffsets[c + 1] = size;
  }
  return {
    nodeCount: count,
    edgeCount: size / 2,
    offsets: nextOffsets,
    targets: nextTargets.slice(0, size),
    weights: nextWeights.slice(0, size),
    selfWeights,
  };
}
