// Graphs the CSR tests share: the hand-made corpus, the default corpus and a synthetic one, each as
// graphology graph and CSR, plus the two ways of reading edges off them for comparison.
import { buildCoauthorGraph, type CoauthorGraph } from "../../../src/core/coauthorGraph";
import type { Corpus } from "../../../src/core/corpus";
import {
  buildCoauthorCsr,
  csrFromEdges,
  type CoauthorCsr,
  type CsrGraph,
} from "../../../src/core/csr/csrGraph";
import { syntheticCorpus } from "../../../src/cli/bench/syntheticCorpus";
import { readCorpusFromPath } from "../../../src/io/readPath";
import { handMadeCorpus } from "../coauthorCorpus";

export interface BuiltCorpus {
  name: string;
  graph: CoauthorGraph;
  csr: CoauthorCsr;
}

export function built(name: string, corpus: Corpus): BuiltCorpus {
  return { name, graph: buildCoauthorGraph(corpus), csr: buildCoauthorCsr(corpus) };
}

export async function testCorpora(): Promise<BuiltCorpus[]> {
  return [
    built("hand-made corpus", handMadeCorpus()),
    built("default corpus", await readCorpusFromPath()),
    built("synthetic corpus", syntheticCorpus({ authors: 3000, papers: 5000, seed: 7 })),
  ];
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Edge "a\0b" (endpoints sorted) → weight, read off the graphology graph. */
export function graphEdgeWeights(graph: CoauthorGraph): Map<string, number> {
  const edges = new Map<string, number>();
  graph.forEachEdge((_, { weight }, a, b) => edges.set(pairKey(a, b), weight));
  return edges;
}

/** The same read off the CSR rows; each edge is met from both ends and must agree. */
export function csrEdgeWeights(csr: CoauthorCsr): Map<string, number> {
  const edges = new Map<string, number>();
  forEachEntry(csr, (i, j, w) => {
    const key = pairKey(csr.keys[i]!, csr.keys[j]!);
    const seen = edges.get(key);
    if (seen !== undefined && seen !== w) throw new Error(`asymmetric weight on ${key}`);
    edges.set(key, w);
  });
  return edges;
}

export function forEachEntry(
  csr: CsrGraph,
  visit: (i: number, j: number, w: number, at: number) => void,
) {
  for (let i = 0; i < csr.nodeCount; i++)
    for (let e = csr.offsets[i]!; e < csr.offsets[i + 1]!; e++)
      visit(i, csr.targets[e]!, csr.weights[e]!, e);
}

/** CSR graph from [a, b, weight] triples. */
export function csrOf(nodeCount: number, edges: [number, number, number][]): CsrGraph {
  return csrFromEdges(nodeCount, {
    source: Uint32Array.from(edges, ([a]) => a),
    target: Uint32Array.from(edges, ([, b]) => b),
    weight: Float64Array.from(edges, ([, , w]) => w),
    papers: new Uint32Array(edges.length).fill(1),
    count: edges.length,
  });
}

/** Two triangles 0-1-2 and 3-4-5 joined by the edge 2–3 of weight `bridge`. */
export const twoTriangles = (bridge = 1): CsrGraph =>
  csrOf(6, [
    [0, 1, 1],
    [1, 2, 1],
    [0, 2, 1],
    [3, 4, 1],
    [4, 5, 1],
    [3, 5, 1],
    [2, 3, bridge],
  ]);
