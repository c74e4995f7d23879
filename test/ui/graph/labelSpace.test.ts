import { describe, expect, it } from "vitest";
import { seededRng } from "../../../src/core/random";
import { layoutWorkspace } from "../../../src/core/workspace/workspaceLayout";
import { framedPoint } from "../../../src/ui/graph/camera";
import {
  intersects,
  labelCandidates,
  LabelSpace,
  type Box,
} from "../../../src/ui/graph/labelSpace";

describe("LabelSpace", () => {
  it("takes the first candidate that fits, and none when all collide", () => {
    const space = new LabelSpace();
    const first = space.place(labelCandidates(100, 100, 10, 80, 16));
    expect(first).toEqual({ x: 113, y: 92, w: 80, h: 16 });
    // A second node right below the first: its right side is taken, so its label goes left.
    const second = space.place(labelCandidates(100, 104, 10, 80, 16));
    expect(second?.x).toBeLessThan(100);
    space.block({ x: 0, y: 0, w: 400, h: 400 });
    expect(space.place(labelCandidates(200, 200, 5, 20, 10))).toBeUndefined();
  });

  it("keeps labels inside its bounds", () => {
    const space = new LabelSpace();
    space.clear({ x: 0, y: 0, w: 300, h: 200 });
    // Near the right edge: the right-hand place would leave the canvas, so the label goes left.
    const box = space.place(labelCandidates(280, 100, 5, 60, 14))!;
    expect(box.x + box.w).toBeLessThanOrEqual(300);
  });

  it("never places two labels that overlap, whatever the order and density", () => {
    const rng = seededRng(5);
    const space = new LabelSpace(64);
    for (let i = 0; i < 2000; i++) {
      space.place(labelCandidates(rng() * 800, rng() * 600, 2 + rng() * 8, 20 + rng() * 120, 14));
    }
    const boxes = space.boxes;
    expect(boxes.length).toBeGreaterThan(50);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(intersects(boxes[i]!, boxes[j]!)).toBe(false);
  });
});

/** The workspace as sigma shows it at rest: the bounding box fitted into the viewport. */
function toViewport(
  points: { x: number; y: number }[],
  width: number,
  height: number,
  padding: number,
) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const extent = {
    x: [Math.min(...xs), Math.max(...xs)] as [number, number],
    y: [Math.min(...ys), Math.max(...ys)] as [number, number],
  };
  const side = Math.min(width, height) - 2 * padding;
  return (p: { x: number; y: number }) => {
    const f = framedPoint(extent, p);
    return {
      x: width / 2 + (f.x - 0.5) * side,
      y: height / 2 + (f.y - 0.5) * side,
      scale: side / Math.max(extent.x[1] - extent.x[0], extent.y[1] - extent.y[0], 1),
    };
  };
}

describe("a framed workspace's identity labels", () => {
  it("all fit without overlapping for a five-identity name (Jianping Wang's shape)", () => {
    const identities = [32, 2, 1, 1, 1].map((papers, i) => ({ key: `i${i}`, papers }));
    const coauthors = identities.flatMap((identity, i) =>
      Array.from({ length: [40, 6, 3, 3, 2][i]! }, (_, j) => ({
        key: `${identity.key}c${j}`,
        links: [{ identity: identity.key, papers: 1 + (j % 3) }],
      })),
    );
    const placed = layoutWorkspace(identities, coauthors);
    const all = [...placed.identities.values(), ...placed.coauthors.values()];
    const project = toViewport(all, 860, 715, 48);
    const space = new LabelSpace();
    space.clear({ x: 0, y: 0, w: 860, h: 715 });
    const labels: (Box | undefined)[] = [];
    for (const [key, at] of placed.identities) {
      const p = project(at);
      labels.push(space.place(labelCandidates(p.x, p.y, at.size * p.scale, 8 * 28, 18)));
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(715);
      void key;
    }
    // Every identity got its label (28 characters of ~8 px), inside the canvas, none overlapping.
    expect(labels.every((b) => b !== undefined)).toBe(true);
  });
});
