import { describe, expect, it } from "vitest";
import {
  addSplitNodes,
  ringAngles,
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

  it("places identity nodes on a ring around the name, each on the side of its co-authors", () => {
    const graph = viewGraph();
    const b = graph.getNodeAttributes("b");
    const added = addSplitNodes(graph, "b", groups);
    const radii = added.map((key) => {
      const at = graph.getNodeAttributes(key);
      return Math.hypot(at.x - b.x, at.y - b.y);
    });
    expect(radii[0]).toBeGreaterThan(0);
    expect(radii[1]).toBeCloseTo(radii[0]!, 9);
    const d = graph.getNodeAttributes("d");
    const second = graph.getNodeAttributes(added[1]!);
    // Closer to its co-author d than the name itself is.
    expect(Math.hypot(second.x - d.x, second.y - d.y)).toBeLessThan(
      Math.hypot(b.x - d.x, b.y - d.y),
    );
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

describe("ringAngles", () => {
  const gap = (a: number, b: number): number => {
    const d = Math.abs(a - b) % (2 * Math.PI);
    return Math.min(d, 2 * Math.PI - d);
  };

  it.each([
    ["all leaning the same way", [0.1, 0.1, 0.1, 0.1]],
    ["spread out", [0, Math.PI / 2, Math.PI, -Math.PI / 2]],
    ["some without co-authors", [NaN, 1, NaN]],
    ["one identity", [2]],
  ])("spaces identities evenly when %s", (_case, preferred) => {
    const angles = ringAngles(preferred);
    expect(angles).toHaveLength(preferred.length);
    for (let i = 0; i < angles.length; i++) {
      for (let j = i + 1; j < angles.length; j++) {
        expect(gap(angles[i]!, angles[j]!)).toBeGreaterThanOrEqual(
          (2 * Math.PI) / angles.length - 1e-9,
        );
      }
    }
  });

  it("follows the directions the identities lean to when they allow it", () => {
    const preferred = [Math.PI, 0];
    const angles = ringAngles(preferred);
    angles.forEach((angle, i) => expect(gap(angle, preferred[i]!)).toBeLessThan(1e-9));
  });
});
