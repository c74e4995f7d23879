import louvain from "graphology-communities-louvain";
import { beforeAll, describe, expect, it } from "vitest";
import type { CsrGraph } from "../../../src/core/csr/csrGraph";
import { louvainCsr } from "../../../src/core/csr/louvain";
import { modularity } from "../../../src/core/csr/modularity";
import { seededRng } from "../../../src/core/random";
import { csrOf, testCorpora, twoTriangles, type BuiltCorpus } from "./csrFixtures";

describe("louvainCsr on small graphs", () => {
  it("finds the two triangles joined by one edge", () => {
    const result = louvainCsr(twoTriangles(), { seed: 1 });
    expect([...result.membership]).toEqual([0, 0, 0, 1, 1, 1]);
    expect(result.count).toBe(2);
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });

  it("finds the triangles from every seed", () => {
    for (let seed = 1; seed <= 20; seed++)
      expect([...louvainCsr(twoTriangles(), { seed }).membership]).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it("leaves every node alone in a graph without edges", () => {
    const result = louvainCsr(csrOf(3, []));
    expect([...result.membership]).toEqual([0, 1, 2]);
    expect([result.count, result.modularity, result.levels]).toEqual([3, 0, 0]);
  });

  it("keeps separate components in separate communities", () => {
    const result = louvainCsr(
      csrOf(4, [
        [0, 1, 1],
        [2, 3, 1],
      ]),
    );
    expect([...result.membership]).toEqual([0, 0, 1, 1]);
  });
});

describe("louvainCsr against graphology-communities-louvain", () => {
  let corpora: BuiltCorpus[] = [];
  beforeAll(async () => {
    corpora = (await testCorpora()).filter((c) => c.name !== "hand-made corpus");
  });
  const corpus = (name: string): BuiltCorpus => corpora.find((c) => c.name === name)!;

  it.each([
    ["default corpus", 1],
    ["default corpus", 2],
    ["synthetic corpus", 1],
    ["synthetic corpus", 0.5],
  ])("on the %s at resolution %d: modularity within 1% of graphology's", (name, resolution) => {
    const { graph, csr } = corpus(name);
    for (const seed of [1, 2, 3]) {
      const ours = louvainCsr(csr, { seed, resolution });
      const theirs = louvain.detailed(graph, {
        resolution,
        rng: seededRng(seed),
        getEdgeWeight: "weight",
      });
      const q = modularity(csr, ours.membership, resolution);
      expect(q).toBeGreaterThan(0);
      expect(Math.abs(q - theirs.modularity)).toBeLessThanOrEqual(0.01 * theirs.modularity);
    }
  });

  it.each([["default corpus"], ["synthetic corpus"]])(
    "on the %s: reports the modularity of the partition it returns",
    (name) => {
      const { csr } = corpus(name);
      for (const resolution of [0.5, 1, 2]) {
        const result = louvainCsr(csr, { seed: 5, resolution });
        expect(result.modularity).toBeCloseTo(modularity(csr, result.membership, resolution), 10);
      }
    },
  );

  it.each([["default corpus"], ["synthetic corpus"]])(
    "on the %s: numbers communities 0..count-1 in order of first node",
    (name) => {
      const { membership, count } = louvainCsr(corpus(name).csr, { seed: 4 });
      let highest = -1;
      const skips: number[] = []; // nodes whose community number skips one not used yet
      membership.forEach((c, i) => {
        if (c > highest + 1) skips.push(i);
        highest = Math.max(highest, c);
      });
      expect(skips).toEqual([]);
      expect(highest + 1).toBe(count);
    },
  );

  it.each([["default corpus"], ["synthetic corpus"]])(
    "on the %s: gives the same partition for the same seed",
    (name) => {
      const { csr } = corpus(name);
      const first = louvainCsr(csr, { seed: 11, resolution: 1.3 });
      const again = louvainCsr(csr, { seed: 11, resolution: 1.3 });
      expect(again.membership).toEqual(first.membership);
      expect(again.modularity).toBe(first.modularity);
    },
  );

  it("finds more, smaller communities as the resolution rises", () => {
    const { csr } = corpus("default corpus");
    const counts = [0.3, 1, 3].map((resolution) => louvainCsr(csr, { resolution }).count);
    expect(counts[0]!).toBeLessThan(counts[1]!);
    expect(counts[1]!).toBeLessThan(counts[2]!);
  });

  it.each([["default corpus"], ["synthetic corpus"]])(
    "on the %s: never puts two connected components in one community",
    (name) => {
      const { csr } = corpus(name);
      const component = components(csr);
      const { membership } = louvainCsr(csr, { seed: 2 });
      const componentOf = new Map<number, number>();
      const spanning = new Set<number>();
      membership.forEach((c, i) => {
        const seen = componentOf.get(c);
        if (seen === undefined) componentOf.set(c, component[i]!);
        else if (seen !== component[i]) spanning.add(c);
      });
      expect([...spanning]).toEqual([]);
    },
  );
});

function components(graph: CsrGraph): Int32Array {
  const component = new Int32Array(graph.nodeCount).fill(-1);
  let count = 0;
  for (let start = 0; start < graph.nodeCount; start++) {
    if (component[start]! >= 0) continue;
    const stack = [start];
    component[start] = count;
    while (stack.length > 0) {
      const i = stack.pop()!;
      for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e++) {
        const j = graph.targets[e]!;
        if (component[j]! < 0) {
          component[j] = count;
          stack.push(j);
        }
      }
    }
    count++;
  }
  return component;
}
