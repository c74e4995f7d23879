// Graph build throughput: author mentions per second for the graphology builder and the CSR
// builder, the bytes each keeps per edge, and what name-key normalisation costs on its own. A floor
// row in the same run (hashing every printed name once, the least any builder must read) gives a
// load-independent figure on this shared machine: the CSR build's time in multiples of it.
import { buildCoauthorGraph, type CoauthorGraph } from "../../core/coauthorGraph";
import { corpusStats, type Corpus } from "../../core/corpus";
import { buildCoauthorCsr, type CoauthorCsr } from "../../core/csr/csrGraph";
import { fastNameKey } from "../../core/csr/fastNameKey";
import { indexMentions } from "../../core/csr/mentionIndex";
import { hashString } from "../../core/csr/stringTable";
import { nameKey } from "../../core/nameKey";
import { retainedBytes, runsFor, time, timeWarm } from "./measure";
import { perSecond, seconds } from "./table";

export interface BuildResult {
  graph: CoauthorGraph;
  csr: CoauthorCsr;
  /** Rows for the build table. */
  rows: string[][];
  /** Row for the name-key table. */
  keyRow: string[];
  /** Mentions per second of the CSR builder. */
  csrRate: number;
  graphologyRate: number;
  /** CSR build time over the floor's (hashing every name once), both medians of this run. */
  floorMultiple: number;
  /** Mentions per second of the floor. */
  floorRate: number;
}

export const BUILD_HEADER = [
  "graph",
  "builder",
  "mentions",
  "nodes",
  "edges",
  "time",
  "rate",
  "bytes/edge",
  "× floor",
];
export const KEY_HEADER = ["graph", "distinct", "nameKey", "fastNameKey", "interned"];

export function benchBuild(name: string, corpus: Corpus): BuildResult {
  const { mentions } = corpusStats(corpus);
  const runs = runsFor(mentions);
  const names: string[] = [];
  for (const paper of corpus.papers) for (const author of paper.authors) names.push(author.name);

  const floor = timeWarm(() => hashAll(names), Math.max(runs, 3));
  const csr = timeWarm(() => buildCoauthorCsr(corpus), Math.max(runs, 3));
  const graph = timeWarm(() => buildCoauthorGraph(corpus), runs);
  const edges = csr.result.edgeCount;
  const row = (builder: string, t: { seconds: number }, bytes?: number): string[] => [
    name,
    builder,
    String(mentions),
    String(csr.result.nodeCount),
    String(edges),
    seconds(t.seconds),
    `${perSecond(mentions, t.seconds)} mentions`,
    bytes === undefined ? "" : (bytes / edges).toFixed(0),
    bytes === undefined ? "1.0" : (t.seconds / floor.seconds).toFixed(1),
  ];

  // Per-mention cost of the key alone: uncached nameKey, the ASCII fast path, and the interned
  // pass the builders use (which also counts papers and collects co-author pairs).
  const perMention = (s: number): string => `${((s / mentions) * 1e9).toFixed(0)} ns`;
  const slow = time(() => names.map(nameKey), runsFor(mentions));
  const fast = time(() => names.map(fastNameKey), runsFor(mentions));
  const interned = time(() => indexMentions(corpus), runsFor(mentions));
  return {
    graph: graph.result,
    csr: csr.result,
    rows: [
      row("floor: hash every name", floor),
      row(
        "graphology buildCoauthorGraph",
        graph,
        retainedBytes(() => buildCoauthorGraph(corpus)),
      ),
      row(
        "CSR buildCoauthorCsr",
        csr,
        retainedBytes(() => buildCoauthorCsr(corpus)),
      ),
    ],
    keyRow: [
      name,
      String(new Set(names).size),
      perMention(slow.seconds),
      perMention(fast.seconds),
      perMention(interned.seconds),
    ],
    csrRate: mentions / csr.seconds,
    graphologyRate: mentions / graph.seconds,
    floorMultiple: csr.seconds / floor.seconds,
    floorRate: mentions / floor.seconds,
  };
}

function hashAll(names: string[]): number {
  let h = 0;
  for (let i = 0; i < names.length; i++) h ^= hashString(names[i]!);
  return h;
}
