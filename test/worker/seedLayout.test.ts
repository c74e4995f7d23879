import { describe, expect, it } from "vitest";
import { seededRng } from "../../src/core/random";
import { packDiscs, seedLayout, type SeedInput } from "../../src/worker/seedLayout";

/** Communities numbered largest first, as the Worker numbers them, with random paper counts. */
function seedInput(sizes: number[], seed = 1): SeedInput {
  const rng = seededRng(seed);
  const community: number[] = [];
  sizes.forEach((size, c) => community.push(...Array<number>(size).fill(c)));
  // Shuffled, so members of one community are not contiguous ids.
  for (let i = community.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [community[i], community[j]] = [community[j]!, community[i]!];
  }
  return {
    community: Int32Array.from(community),
    papers: Uint32Array.from(community, () => 1 + Math.floor(rng() ** 3 * 40)),
    communityCount: sizes.length,
  };
}

const SIZES = [400, 250, 120, 120, 60, 30, 30, 12, 5, 3, 2, 2, 1, 1, 1, 1, 1];

describe("packDiscs", () => {
  it.each([
    ["one disc", [3]],
    ["equal discs", [2, 2, 2, 2, 2, 2, 2, 2]],
    ["a long tail of small discs", SIZES.map(Math.sqrt)],
    ["single-member communities only", Array<number>(50).fill(1)],
    [
      "thousands of communities (a sunflower tail past the spiral)",
      Array.from({ length: 3000 }, (_, i) => Math.sqrt(Math.max(1, Math.floor(3000 / (i + 1))))),
    ],
  ])("%s: no two discs overlap", (_, radii) => {
    const discs = packDiscs(radii);
    expect(discs.map((d) => d.r)).toEqual(radii);
    const overlaps: string[] = [];
    discs.forEach((a, i) =>
      discs.slice(i + 1).forEach((b, k) => {
        if (Math.hypot(a.cx - b.cx, a.cy - b.cy) < a.r + b.r) overlaps.push(`${i}–${i + 1 + k}`);
      }),
    );
    expect(overlaps).toEqual([]);
  });

  it("puts the first, largest disc at the centre", () => {
    expect(packDiscs([5, 2, 1])[0]).toEqual({ cx: 0, cy: 0, r: 5 });
  });
});

describe("seedLayout", () => {
  const input = seedInput(SIZES);
  const { x, y } = seedLayout(input);

  it("gives every node a finite position", () => {
    expect(x.length).toBe(input.community.length);
    expect(y.length).toBe(input.community.length);
    expect([...x, ...y].every(Number.isFinite)).toBe(true);
  });

  it("gives no two nodes the same position", () => {
    const positions = new Set([...x].map((_, i) => `${x[i]},${y[i]}`));
    expect(positions.size).toBe(x.length);
  });

  it("keeps each community inside its own disc, so communities do not overlap", () => {
    const discs = packDiscs(SIZES.map(Math.sqrt));
    const outside = [...input.community].flatMap((c, i) => {
      const { cx, cy, r } = discs[c]!;
      return Math.hypot(x[i]! - cx, y[i]! - cy) <= r + 1e-4 ? [] : [i];
    });
    expect(outside).toEqual([]);
  });

  it("puts the busiest authors of a community nearest its centre", () => {
    const discs = packDiscs(SIZES.map(Math.sqrt));
    const { cx, cy } = discs[0]!;
    const members = [...input.community.keys()].filter((i) => input.community[i] === 0);
    const byPapers = members.sort((a, b) => input.papers[b]! - input.papers[a]! || a - b);
    const distances = byPapers.map((i) => Math.hypot(x[i]! - cx, y[i]! - cy));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("is deterministic: the same input gives the same layout", () => {
    const again = seedLayout(seedInput(SIZES));
    expect(again.x).toEqual(x);
    expect(again.y).toEqual(y);
  });

  it("copes with empty communities and with no nodes at all", () => {
    const sparse = seedLayout({
      community: Int32Array.of(0, 0, 2),
      papers: Uint32Array.of(1, 2, 3),
      communityCount: 3,
    });
    expect([...sparse.x, ...sparse.y].every(Number.isFinite)).toBe(true);
    const empty = seedLayout({
      community: new Int32Array(0),
      papers: new Uint32Array(0),
      communityCount: 0,
    });
    expect([empty.x.length, empty.y.length]).toEqual([0, 0]);
  });
});
