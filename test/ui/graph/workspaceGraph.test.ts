import { describe, expect, it } from "vitest";
import { buildWorkspaceGraph, discExtent } from "../../../src/ui/graph/workspaceGraph";
import { framedPoint } from "../../../src/ui/graph/camera";

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
