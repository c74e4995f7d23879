// Weighted modularity with a resolution, computed on the CSR graph for any partition, so the
// partitions of graphology's Louvain, the CSR kernel and igraph are scored by one formula.
import type { CsrGraph } from "./csrGraph";

/** Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ], with in_c counting each internal edge twice. */
export function modularity(graph: CsrGraph, membership: ArrayLike<number>, resolution = 1): number {
  const { nodeCount, offsets, targets, weights } = graph;
  let communityCount = 0;
  for (let i = 0; i < nodeCount; i++) communityCount = Math.max(communityCount, membership[i]! + 1);
  const total = new Float64Array(communityCount);
  let inside = 0;
  let twoM = 0;
  for (let i = 0; i < nodeCount; i++) {
    const c = membership[i]!;
    const end = offsets[i + 1]!;
    for (let e = offsets[i]!; e < end; e++) {
      const w = weights[e]!;
      twoM += w;
      total[c]! += w;
      if (membership[targets[e]!] === c) inside += w;
    }
  }
  if (twoM === 0) return 0;
  let expected = 0;
  for (let c = 0; c < communityCount; c++) expected += (total[c]! / twoM) ** 2;
  return inside / twoM - resolution * expected;
}
