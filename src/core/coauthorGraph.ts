// The co-author graph: one node per name key, an edge per pair of names that share a paper. `weight`
// is fractional co-authorship (Σ 1/(authors − 1) over shared papers, see csr/paperPairs), which
// sigma's edge width, Louvain and ForceAtlas2 read; `papers` counts the shared papers. Mentions are first indexed into integer ids and merged
// pairs (src/core/csr), then inserted once each, in first-appearance order: graphology's
// per-mention mergeNode/updateEdge calls were the slow part, not the graph itself.
import Graph from "graphology";
import type { Corpus } from "./corpus";
import { mergePairs, pairList } from "./csr/edgeList";
import { indexMentions } from "./csr/mentionIndex";

export interface AuthorAttributes {
  /** Most common printed form of the name. */
  label: string;
  papers: number;
}

export interface CoauthorshipAttributes {
  weight: number;
  /** Papers on which the two names were linked (all shared papers up to 100 authors). */
  papers: number;
}

export type CoauthorGraph = Graph<AuthorAttributes, CoauthorshipAttributes>;

export function buildCoauthorGraph(corpus: Corpus): CoauthorGraph {
  const graph: CoauthorGraph = new Graph<AuthorAttributes, CoauthorshipAttributes>({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  const index = indexMentions(corpus);
  const { keys, labels, papers } = index;
  for (let id = 0; id < keys.length; id++)
    graph.addNode(keys[id]!, { label: labels[id]!, papers: papers[id]! });
  // First-appearance order keeps node neighbourhoods in the order the per-mention build gave them,
  // so seeded Louvain runs give the same communities as before.
  const edges = mergePairs(keys.length, pairList(index), true);
  for (let e = 0; e < edges.count; e++) {
    graph.addUndirectedEdge(keys[edges.source[e]!]!, keys[edges.target[e]!]!, {
      weight: edges.weight[e]!,
      papers: edges.papers[e]!,
    });
  }
  return graph;
}
