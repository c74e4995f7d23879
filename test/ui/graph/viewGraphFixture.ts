// A small view graph as the explorer draws it, for the emphasis and reducer tests:
//
//   a ── b ── c ── d ── e        a, b, c in community 0; d, e in community 1
//
// and, while "b" is split, its identity nodes b#0 (co-authors a and c) and b#1 (c and d).
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

export const SPLIT_NODES = ["b#0", "b#1"];

export function viewGraph({ split = false } = {}): ViewGraph {
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
  if (split) {
    SPLIT_NODES.forEach((key, identity) =>
      graph.addNode(key, node(key, 0, { splitOf: "b", identity })),
    );
    for (const [s, t] of [
      ["b#0", "a"],
      ["b#0", "c"],
      ["b#1", "c"],
      ["b#1", "d"],
    ] as const)
      graph.addEdge(s, t, { weight: 1, size: 1, splitOf: "b" });
  }
  return graph;
}
