// A small view graph as the explorer draws it, for the emphasis and reducer tests:
//
//   a ── b ── c ── d ── e        a, b, c in community 0; d, e in community 1

import Graph from "graphology";
import type { ViewEdge, ViewGraph, ViewNode } from "../../../src/ui/graph/viewGraph";

const node = (label: string, community: number, patch: Partial<ViewNode> = {}): ViewNode => ({
  x: label.charCodeAt(0),
  y: 0,
  size: 3,
  label,
  papers: 2,
  community,
  ...patch,
});

export function viewGraph(): ViewGraph {
  const graph: ViewGraph = new Graph<ViewNode, ViewEdge>({ type: "undirected" });
  for (const [key, community] of [
    ["a", 0],
    ["b", 0],
    ["c", 0],
    ["d", 1],
    ["e", 1],
  ] as const)
    graph.addNode(key, node(key.toUpperCase(), community));
  for (const [s, t] of ["ab", "bc", "cd", "de"]) graph.addEdge(s, t, { weight: 1, size: 1 });
  return graph;
}
