import louvain from "graphology-communities-louvain";
import { beforeAll, describe, expect, it } from "vitest";
import { modularity } from "../../../src/core/csr/modularity";
import { seededRng } from "../../../src/core/random";
import { csrOf, testCorpora, twoTriangles, type BuiltCorpus } from "./csrFixtures";

describe("modularity on two triangles joined by one edge (m = 7, degrees 2 2 3 3 2 2)", () => {
  it.each([
    // Each triangle: 3 inner edges (in_c = 6), tot_c = 7: Q = 12/14 − 2·(7/14)² = 5/14.
    ["one community per triangle", [0, 0, 0, 1, 1, 1], 1, 5 / 14],
    // Labels need not be 0-based or contiguous.
    ["the same, other labels", [4, 4, 4, 2, 2, 2], 1, 5 / 14],
    // γ = 0.5: 12/14 − 0.5 · 2 · (1/2)² = 17/28.
    ["one community per triangle, resolution 0.5", [0, 0, 0, 1, 1, 1], 0.5, 17 / 28],
    ["everything in one community", [0, 0, 0, 0, 0, 0], 1, 0],
    // No inner edges: Q = −Σ (k_i / 14)² = −(4·4 + 2·9) / 196.
    ["every node alone", [0, 1, 2, 3, 4, 5], 1, -34 / 196],
    // {0, 1} (1 inner edge, tot 4) and {2, 3, 4, 5} (4 inner edges, tot 10):
    // 2/14 + 8/14 − (4/14)² − (10/14)² = 10/14 − 116/196.
    ["a pair and a four", [0, 0, 1, 1, 1, 1], 1, 10 / 14 - 116 / 196],
  ])("%s → %d", (_, membership, resolution, expected) => {
    expect(modularity(twoTriangles(), membership, resolution)).toBeCloseTo(expected, 12);
  });

  it("weighs edges: a bridge of weight 2 gives 12/16 − 2·(8/16)² = 1/4", () => {
    expect(modularity(twoTriangles(2), [0, 0, 0, 1, 1, 1])).toBeCloseTo(1 / 4, 12);
  });

  it("is 0 on a graph without edges", () => {
    expect(modularity(csrOf(3, []), [0, 1, 2])).toBe(0);
  });
});

describe("modularity agrees with graphology-communities-louvain's own score", () => {
  let corpora: BuiltCorpus[] = [];
  beforeAll(async () => {
    corpora = (await testCorpora()).filter((c) => c.name !== "hand-made corpus");
  });

  it.each([
    ["default corpus", 1],
    ["default corpus", 2.5],
    ["synthetic corpus", 1],
    ["synthetic corpus", 0.5],
  ])("on the %s at resolution %d", (name, resolution) => {
    const { graph, csr } = corpora.find((c) => c.name === name)!;
    const result = louvain.detailed(graph, {
      resolution,
      rng: seededRng(3),
      getEdgeWeight: "weight",
    });
    const membership = csr.keys.map((key) => result.communities[key]!);
    expect(modularity(csr, membership, resolution)).toBeCloseTo(result.modularity, 10);
  });
});
