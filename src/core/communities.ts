// Global community detection on the co-author graph: weighted Louvain with a resolution and a
// seeded rng. Communities are renumbered by size (0 = largest) so colours and legends are stable.
import louvain from "graphology-communities-louvain";
import type { CoauthorGraph } from "./coauthorGraph";
import type { CoauthorCsr } from "./csr/csrGraph";
import { louvainCsr } from "./csr/louvain";
import { seededRng } from "./random";

export interface CommunityOptions {
  resolution?: number;
  seed?: number;
}

export interface Communities {
  /** Node key → community index (0 = largest community). */
  communityOf: Record<string, number>;
  /** Number of nodes in each community, largest first. */
  sizes: number[];
  count: number;
  modularity: number;
}

export function detectCommunities(
  graph: CoauthorGraph,
  options: CommunityOptions = {},
): Communities {
  const { resolution = 1, seed = 1 } = options;
  if (graph.order === 0) return { communityOf: {}, sizes: [], count: 0, modularity: 0 };
  const result = louvain.detailed(graph, {
    resolution,
    rng: seededRng(seed),
    getEdgeWeight: "weight",
  });
  return renumberBySize(result.communities, result.modularity);
}

export function renumberBySize(raw: Record<string, number>, modularity: number): Communities {
  const counts = new Map<number, number>();
  for (const community of Object.values(raw))
    counts.set(community, (counts.get(community) ?? 0) + 1);
  const order = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const rank = new Map(order.map(([community], i) => [community, i]));
  const communityOf: Record<string, number> = {};
  for (const [node, community] of Object.entries(raw)) communityOf[node] = rank.get(community)!;
  return { communityOf, sizes: order.map(([, n]) => n), count: order.length, modularity };
}

/**
 * The same step on the compact CSR graph (src/core/csr), for the app's first frame where
 * graphology's build and Louvain cost several times more; test/core pins that its modularity stays
 * within 1% of graphology-communities-louvain's.
 */
export function detectCommunitiesCsr(
  graph: CoauthorCsr,
  options: CommunityOptions = {},
): Communities {
  const { resolution = 1, seed = 1 } = options;
  if (graph.nodeCount === 0) return { communityOf: {}, sizes: [], count: 0, modularity: 0 };
  const result = louvainCsr(graph, { resolution, seed });
  const raw: Record<string, number> = {};
  for (let i = 0; i < graph.nodeCount; i++) raw[graph.keys[i]!] = result.membership[i]!;
  return renumberBySize(raw, result.modularity);
}
