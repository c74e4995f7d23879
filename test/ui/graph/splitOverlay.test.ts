import { describe, expect, it } from "vitest";
import {
  addSplitNodes,
  removeSplitNodes,
  splitGroups,
  splitNodeKey,
} from "../../../src/ui/graph/splitOverlay";
import type { PaperView } from "../../../src/worker/protocol";
import { viewGraph } from "./viewGraphFixture";

const paper = (id: string, ...keys: string[]): PaperView => ({
  id,
  title: id,
  authors: keys.map((key) => ({ key, name: key.toUpperCase() })),
});

// "b" on four papers: with a twice and c once as one person, with d once as another.
const PAPERS = [paper("p1", "a", "b"), paper("p2", "b", "a", "c", "a"), paper("p3", "b", "d")];

describe("splitGroups", () => {
  it("counts each identity's co-authors, leaving out the name itself and repeats on a paper", () => {
    const groups = splitGroups("b", PAPERS, [
      ["p1", "p2"],
      ["p3", "unknown"],
    ]);
    expect(groups.map((g) => [g.papers, Object.fromEntries(g.coauthors)])).toEqual([
      [2, { a: 2, c: 1 }],
      [2, { d: 1 }],
    ]);
  });
});

describe("addSplitNodes and removeSplitNodes", () => {
  const groups = splitGroups("b", PAPERS, [["p1", "p2"], ["p3"]]);

  it("adds one node per identity, joined to its own co-authors", () => {
    const graph = viewGraph();
    const added = addSplitNodes(graph, "b", groups);
    expect(added).toEqual([splitNodeKey("b", 0), splitNodeKey("b", 1)]);
    expect(added.map((key) => graph.getNodeAttributes(key))).toMatchObject([
      { splitOf: "b", identity: 0, papers: 2, label: "B · 1", community: 0 },
      { splitOf: "b", identity: 1, papers: 1, label: "B · 2", community: 0 },
    ]);
    expect(added.map((key) => graph.neighbors(key).sort())).toEqual([["a", "c"], ["d"]]);
    expect(graph.getEdgeAttributes(added[0]!, "a")).toMatchObject({ weight: 2, splitOf: "b" });
  });

  it("places an identity node between the original node and its co-authors", () => {
    const graph = viewGraph();
    const [, second] = addSplitNodes(graph, "b", groups);
    const b = graph.getNodeAttributes("b");
    const d = graph.getNodeAttributes("d");
    expect(graph.getNodeAttributes(second!)).toMatchObject({
      x: (b.x + d.x) / 2,
      y: (b.y + d.y) / 2,
    });
  });

  it("adds nothing for a name that is not in the graph", () => {
    const graph = viewGraph();
    expect(addSplitNodes(graph, "zz", groups)).toEqual([]);
    expect(graph.order).toBe(5);
  });

  it("removes the identity nodes and their edges, and nothing else", () => {
    const graph = viewGraph();
    const before = [graph.nodes(), graph.size];
    addSplitNodes(graph, "b", groups);
    removeSplitNodes(graph);
    expect([graph.nodes(), graph.size]).toEqual(before);
  });
});
