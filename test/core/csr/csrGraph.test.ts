import { beforeAll, describe, expect, it } from "vitest";
import { csrFromEdges } from "../../../src/core/csr/csrGraph";
import {
  csrEdgeWeights,
  forEachEntry,
  graphEdgeWeights,
  testCorpora,
  type BuiltCorpus,
} from "./csrFixtures";

let corpora: BuiltCorpus[] = [];
beforeAll(async () => {
  corpora = await testCorpora();
});
const names = ["hand-made corpus", "default corpus", "synthetic corpus"];
const corpus = (name: string): BuiltCorpus => corpora.find((c) => c.name === name)!;

describe.each(names)("buildCoauthorCsr agrees with buildCoauthorGraph on the %s", (name) => {
  it("has the same nodes, in the same order, with the same labels and paper counts", () => {
    const { graph, csr } = corpus(name);
    expect(csr.nodeCount).toBe(graph.order);
    expect(csr.keys).toEqual(graph.nodes());
    expect(csr.labels).toEqual(graph.mapNodes((_, a) => a.label));
    expect([...csr.papers]).toEqual(graph.mapNodes((_, a) => a.papers));
  });

  it("has the same edges with the same weights", () => {
    const { graph, csr } = corpus(name);
    expect(csr.edgeCount).toBe(graph.size);
    expect(csrEdgeWeights(csr)).toEqual(graphEdgeWeights(graph));
  });

  it("stores every edge in both rows, with no self-loops or repeats within a row", () => {
    const { csr } = corpus(name);
    expect(csr.offsets[0]).toBe(0);
    expect(csr.offsets[csr.nodeCount]).toBe(2 * csr.edgeCount);
    const entries = new Map<string, number>();
    const problems: string[] = [];
    forEachEntry(csr, (i, j, w) => {
      const key = `${i},${j}`;
      if (i === j) problems.push(`self-loop at ${i}`);
      if (entries.has(key)) problems.push(`${key} twice`);
      entries.set(key, w);
    });
    for (const [key, w] of entries) {
      const [i, j] = key.split(",");
      if (entries.get(`${j},${i}`) !== w) problems.push(`${key} has no mirror of weight ${w}`);
    }
    expect(problems).toEqual([]);
  });

  it("gives every node its degree and strength as in the graphology graph", () => {
    // Strengths are sums of fractions taken in another order on each side: equal up to rounding.
    const { graph, csr } = corpus(name);
    const fromCsr = csr.keys.map((_, i) => {
      let strength = 0;
      for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++) strength += csr.weights[e]!;
      return [csr.offsets[i + 1]! - csr.offsets[i]!, strength];
    });
    const fromGraph = csr.keys.map((key) => {
      let strength = 0;
      graph.forEachEdge(key, (_, { weight }) => (strength += weight));
      return [graph.degree(key), strength];
    });
    expect(fromCsr.map(([degree]) => degree)).toEqual(fromGraph.map(([degree]) => degree));
    const off = fromCsr.filter(([, s], i) => Math.abs(s! - fromGraph[i]![1]!) > 1e-9 * (1 + s!));
    expect(off).toEqual([]);
  });

  it("counts shared papers per edge as the graphology graph does", () => {
    const { graph, csr } = corpus(name);
    const problems: string[] = [];
    forEachEntry(csr, (i, j, _w, at) => {
      const papers = graph.getEdgeAttribute(csr.keys[i]!, csr.keys[j]!, "papers");
      if (csr.edgePapers[at] !== papers) problems.push(`${csr.keys[i]}–${csr.keys[j]}`);
    });
    expect(problems).toEqual([]);
  });
});

describe("csrFromEdges", () => {
  it("lays an edge list out as symmetric rows", () => {
    const csr = csrFromEdges(4, {
      source: Uint32Array.of(0, 2, 0),
      target: Uint32Array.of(1, 1, 3),
      weight: Float64Array.of(2, 1, 5),
      papers: Uint32Array.of(2, 1, 5),
      count: 3,
    });
    const rows = Array.from({ length: 4 }, (_, i) => {
      const row: [number, number][] = [];
      for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++)
        row.push([csr.targets[e]!, csr.weights[e]!]);
      return row.sort((a, b) => a[0] - b[0]);
    });
    expect(rows).toEqual([
      [
        [1, 2],
        [3, 5],
      ],
      [
        [0, 2],
        [2, 1],
      ],
      [[1, 1]],
      [[0, 5]],
    ]);
    expect(csr.edgeCount).toBe(3);
  });
});
