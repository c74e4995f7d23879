import { describe, expect, it } from "vitest";
import { buildWorkspaceGraph, discExtent } from "../../../src/ui/graph/workspaceGraph";
import { framedPoint } from "../../../src/ui/graph/camera";
import { identityFacts } from "../../../src/core/workspace/identityNames";

describe("the workspace's frame", () => {
  it("holds every disc whole, not only the centres (Tom Jacobs: discs as large as their ring)", () => {
    const graph = buildWorkspaceGraph({ nameKey: "", label: "", identities: [], coauthors: [] });
    graph.addNode("a", { x: 0, y: 0, size: 4, label: "", kind: "identity", owners: [] } as never);
    graph.addNode("b", { x: 10, y: 0, size: 2, label: "", kind: "coauthor", owners: [] } as never);
    const extent = discExtent(graph)!;
    expect(extent).toEqual({ x: [-4, 12], y: [-4, 4] });
    // In sigma's framed square every disc's edge is inside [0, 1].
    for (const [x, size] of [
      [0, 4],
      [10, 2],
    ] as const) {
      expect(framedPoint(extent, { x: x - size, y: 0 }).x).toBeGreaterThanOrEqual(0);
      expect(framedPoint(extent, { x: x + size, y: 0 }).x).toBeLessThanOrEqual(1);
    }
  });

  it("is sigma's own for an empty workspace", () => {
    const graph = buildWorkspaceGraph({ nameKey: "", label: "", identities: [], coauthors: [] });
    expect(discExtent(graph)).toBeNull();
  });
});

describe("the workspace graph's node order (labels are offered in it: the first win space)", () => {
  const at = { x: 0, y: 0, size: 1 };
  const identity = (key: string) => ({
    key,
    name: key,
    paperIds: [key],
    facts: identityFacts(key, []),
    colour: 0,
    ...at,
  });
  const coauthor = (key: string, ...links: [string, number][]) => ({
    key,
    label: key,
    links: links.map(([identity, papers]) => ({ identity, papers })),
    ...at,
  });

  it("puts identities first, then shared co-authors, then the rest by papers shared, then key", () => {
    const graph = buildWorkspaceGraph({
      nameKey: "n",
      label: "N",
      identities: [identity("i1"), identity("i2")],
      coauthors: [
        coauthor("own-1", ["i1", 1]),
        coauthor("own-5", ["i2", 5]),
        coauthor("shared-2", ["i1", 1], ["i2", 1]),
        coauthor("b-own-3", ["i1", 3]),
        coauthor("a-own-3", ["i2", 3]),
        coauthor("shared-9", ["i1", 4], ["i2", 5]),
        coauthor("gone", ["no such identity", 7]),
      ],
    });
    expect(graph.nodes().map((n) => n.split("\u0000")[1])).toEqual([
      "i1",
      "i2",
      "shared-9",
      "shared-2",
      "own-5",
      "a-own-3",
      "b-own-3",
      "own-1",
    ]);
  });
});
