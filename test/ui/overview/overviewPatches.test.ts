// The aggregated overview's patches: opening a community replaces its node by its authors (its
// links held by the busiest), closing puts node and links back exactly; at most MAX_OPEN are open;
// a name's neighbourhood replaces the previous one and shared nodes stay while another owns them.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { ViewEdge, ViewGraph, ViewNode } from "../../../src/ui/graph/viewGraph";
import { MAX_OPEN, OverviewPatches } from "../../../src/ui/overview/overviewPatches";
import { communityNodeKey, type GraphPatch } from "../../../src/worker/protocol";

const C = communityNodeKey;

function overview(communities: number): ViewGraph {
  const graph: ViewGraph = new Graph<ViewNode, ViewEdge>({ type: "undirected" });
  for (let c = 0; c < communities; c++)
    graph.addNode(C(c), {
      x: c,
      y: 0,
      size: 10,
      label: `c${c}`,
      papers: 1,
      community: c,
      members: 9,
    });
  for (let c = 1; c < communities; c++) graph.addUndirectedEdge(C(0), C(c), { weight: c, size: 1 });
  return graph;
}

const author = (key: string, community: number): GraphPatch["nodes"][number] => ({
  key,
  label: key,
  papers: 1,
  community,
  members: 0,
  x: community,
  y: 1,
});

function opening(c: number): GraphPatch {
  return {
    replaces: [C(c)],
    nodes: [author(`hub${c}`, c), author(`other${c}`, c)],
    edges: [{ source: `hub${c}`, target: `other${c}`, weight: 1 }],
  };
}

const attributes = (n: GraphPatch["nodes"][number]): ViewNode => ({ ...n, size: 3 });
const shape = (g: ViewGraph): string[] =>
  [...g.nodes(), ...g.mapEdges((_e, a, s, t) => `${[s, t].sort().join("–")}=${a.weight}`)].sort();

describe("OverviewPatches", () => {
  it("opens a community into its authors, its links held by the busiest, and closes back", () => {
    const graph = overview(3);
    const before = shape(graph);
    const patches = new OverviewPatches(graph, attributes);
    patches.openCommunity(0, opening(0));
    expect(graph.hasNode(C(0))).toBe(false);
    expect(graph.hasEdge("hub0", "other0")).toBe(true);
    expect(graph.hasEdge("hub0", C(1)) && graph.hasEdge("hub0", C(2))).toBe(true);
    patches.closeCommunity(0);
    expect(shape(graph)).toEqual(before);
  });

  it(`keeps at most ${MAX_OPEN} communities open, closing the oldest`, () => {
    const graph = overview(MAX_OPEN + 2);
    const patches = new OverviewPatches(graph, attributes);
    for (let c = 0; c <= MAX_OPEN; c++) patches.openCommunity(c, opening(c));
    expect(patches.openCommunities).toEqual(Array.from({ length: MAX_OPEN }, (_, i) => i + 1));
    expect(graph.hasNode(C(0))).toBe(true);
    expect(graph.hasNode("hub0")).toBe(false);
  });

  it("shows one name at a time, keeping nodes another patch still owns", () => {
    const graph = overview(2);
    const before = shape(graph);
    const patches = new OverviewPatches(graph, attributes);
    patches.openCommunity(1, opening(1));
    const name = (key: string): GraphPatch => ({
      replaces: [],
      nodes: [author(key, 1), author("other1", 1)],
      edges: [{ source: key, target: "other1", weight: 2 }],
    });
    patches.showName(name("ann"));
    patches.showName(name("bo"));
    expect(graph.hasNode("ann")).toBe(false);
    expect(graph.hasEdge("bo", "other1")).toBe(true);
    patches.clearName();
    expect(graph.hasNode("bo")).toBe(false);
    expect(graph.hasNode("other1")).toBe(true);
    patches.closeCommunity(1);
    expect(shape(graph)).toEqual(before);
  });
});
