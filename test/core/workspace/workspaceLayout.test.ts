import { describe, expect, it } from "vitest";
import { seededRng } from "../../../src/core/random";
import {
  coauthorSize,
  identitySize,
  layoutWorkspace,
  type LayoutCoauthor,
  type LayoutIdentity,
  type Placed,
} from "../../../src/core/workspace/workspaceLayout";

/** `k` identities of 1–40 papers with 0–30 co-authors each; some co-authors shared by 2–3. */
function fixture(k: number, seed: number): { ids: LayoutIdentity[]; coauthors: LayoutCoauthor[] } {
  const rng = seededRng(seed);
  const ids = Array.from({ length: k }, (_, i) => ({
    key: `identity:${i}`,
    papers: 1 + Math.floor(rng() * 40),
  }));
  const coauthors: LayoutCoauthor[] = [];
  ids.forEach((identity) => {
    const n = Math.floor(rng() * 31);
    for (let j = 0; j < n; j++) {
      coauthors.push({
        key: `${identity.key}/c${j}`,
        links: [{ identity: identity.key, papers: 1 + Math.floor(rng() * 5) }],
      });
    }
  });
  for (let s = 0; s < k; s++) {
    const owners = new Set([Math.floor(rng() * k), Math.floor(rng() * k), Math.floor(rng() * k)]);
    if (owners.size < 2) continue;
    coauthors.push({
      key: `shared${s}`,
      links: [...owners].map((o) => ({ identity: `identity:${o}`, papers: 1 })),
    });
  }
  return { ids, coauthors };
}

const overlap = (a: Placed, b: Placed): number =>
  a.size + b.size - Math.hypot(a.x - b.x, a.y - b.y);

describe("layoutWorkspace", () => {
  it.each([
    [1, 1],
    [5, 2],
    [40, 3],
    [120, 4],
  ])("%i identities (seed %i): discs apart, no node on another", (k, seed) => {
    const { ids, coauthors } = fixture(k, seed);
    const placed = layoutWorkspace(ids, coauthors);
    const discs = [...placed.discs.values()];
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i]!;
        const b = discs[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 1e-6);
      }
    }
    const nodes = [...placed.identities.values(), ...placed.coauthors.values()];
    expect(nodes.length).toBe(ids.length + coauthors.length);
    let worst = -Infinity;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++)
        worst = Math.max(worst, overlap(nodes[i]!, nodes[j]!));
    }
    expect(worst).toBeLessThanOrEqual(1e-6);
    for (const node of nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
  });

  it("puts each identity's own co-authors inside its disc and shared ones outside every disc", () => {
    const { ids, coauthors } = fixture(30, 7);
    const placed = layoutWorkspace(ids, coauthors);
    for (const coauthor of coauthors) {
      const at = placed.coauthors.get(coauthor.key)!;
      const inside = [...placed.discs.entries()].filter(
        ([, d]) => Math.hypot(at.x - d.x, at.y - d.y) < d.r,
      );
      if (coauthor.links.length === 1)
        expect(inside.map(([key]) => key)).toEqual([coauthor.links[0]!.identity]);
      else expect(inside).toEqual([]);
    }
  });

  it("sizes identities by papers and co-authors by shared papers", () => {
    const placed = layoutWorkspace(
      [
        { key: "a", papers: 36 },
        { key: "b", papers: 1 },
      ],
      [{ key: "c", links: [{ identity: "a", papers: 4 }] }],
    );
    expect(placed.identities.get("a")!.size).toBe(identitySize(36));
    expect(placed.identities.get("a")!.size).toBeGreaterThan(placed.identities.get("b")!.size);
    expect(placed.coauthors.get("c")!.size).toBe(coauthorSize(4));
  });

  it("packs identities that share co-authors side by side", () => {
    const ids = ["a", "b", "c", "d"].map((key) => ({ key, papers: 10 }));
    const shared = [1, 2, 3].map((n) => ({
      key: `s${n}`,
      links: [
        { identity: "a", papers: 1 },
        { identity: "d", papers: 1 },
      ],
    }));
    const placed = layoutWorkspace(ids, shared);
    const [a, d] = [placed.discs.get("a")!, placed.discs.get("d")!];
    // Second in the packing: touching the first, with only the two gaps between them.
    expect(Math.hypot(a.x - d.x, a.y - d.y)).toBeCloseTo(a.r + d.r + 16, 5);
  });

  it("is deterministic", () => {
    const { ids, coauthors } = fixture(25, 9);
    const json = (p: ReturnType<typeof layoutWorkspace>): string =>
      JSON.stringify([...p.identities, ...p.coauthors]);
    expect(json(layoutWorkspace(ids, coauthors))).toBe(json(layoutWorkspace(ids, coauthors)));
  });
});
