import { describe, expect, it } from "vitest";
import { cameraFor, framedPoint } from "../../../src/ui/graph/camera";

describe("framedPoint", () => {
  it.each([
    // The extent's centre is the middle of sigma's unit square; its longer side spans it.
    [
      { x: [0, 100], y: [0, 50] },
      { x: 50, y: 25 },
      { x: 0.5, y: 0.5 },
    ],
    [
      { x: [0, 100], y: [0, 50] },
      { x: 100, y: 50 },
      { x: 1, y: 0.75 },
    ],
    [
      { x: [-10, 10], y: [-40, 40] },
      { x: 0, y: -40 },
      { x: 0.5, y: 0 },
    ],
    // A single point: sigma's ratio falls back to 1.
    [
      { x: [5, 5], y: [5, 5] },
      { x: 6, y: 5 },
      { x: 1.5, y: 0.5 },
    ],
  ] as const)("%j: %j → %j", (extent, point, expected) => {
    const framed = framedPoint({ x: [...extent.x], y: [...extent.y] }, point);
    expect(framed.x).toBeCloseTo(expected.x, 9);
    expect(framed.y).toBeCloseTo(expected.y, 9);
  });
});

describe("cameraFor", () => {
  it("centres on the points with a margin, within [min ratio, 1]", () => {
    const camera = cameraFor([
      { x: 0.4, y: 0.4 },
      { x: 0.6, y: 0.5 },
    ])!;
    expect(camera.x).toBeCloseTo(0.5, 9);
    expect(camera.y).toBeCloseTo(0.45, 9);
    expect(camera.ratio).toBeCloseTo(0.28, 9);
    expect(cameraFor([{ x: 0.5, y: 0.5 }])).toEqual({ x: 0.5, y: 0.5, ratio: 0.08 });
    expect(
      cameraFor([
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ])!.ratio,
    ).toBe(1);
  });

  it("has nothing to aim at without finite points", () => {
    expect(cameraFor([])).toBeUndefined();
    expect(cameraFor([{ x: NaN, y: 0 }])).toBeUndefined();
  });
});
