import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/core/coauthorGraph";
import type { Corpus } from "../../src/core/corpus";
import { buildCorpusGraph, clonePayload, fetchCorpus } from "../../src/worker/loadCorpus";

const corpus: Corpus = {
  id: "c",
  label: "c",
  notes: [],
  papers: [
    {
      id: "1",
      title: "A",
      authors: [{ name: "Ann Lee" }, { name: "Bo Chen" }, { name: "Cy Diaz" }],
    },
    { id: "2", title: "B", authors: [{ name: "ann  lee" }, { name: "Bo Chen" }] },
    { id: "3", title: "C", authors: [{ name: "Dee Eng" }, { name: "Fay Gu" }] },
    { id: "4", title: "D", authors: [{ name: "Hal Ito" }] },
  ],
};

const noProgress = (): void => undefined;

describe("buildCorpusGraph (the Worker's first-frame payload)", () => {
  it("carries the same nodes, edges and weights as the graphology co-author graph", () => {
    const { payload } = buildCorpusGraph(corpus, noProgress);
    const graph = buildCoauthorGraph(corpus);
    expect([...payload.keys].sort()).toEqual(graph.nodes().sort());
    const edges = [...payload.source].map((s, e) => {
      const pair = [payload.keys[s]!, payload.keys[payload.target[e]!]!].sort();
      return `${pair.join("|")}=${payload.weight[e]}`;
    });
    const expected = graph.mapEdges((_e, a, s, t) => `${[s, t].sort().join("|")}=${a.weight}`);
    expect(edges.sort()).toEqual(expected.sort());
    payload.keys.forEach((key, i) => {
      expect(payload.papers[i]).toBe(graph.getNodeAttribute(key, "papers"));
      expect(payload.labels[i]).toBe(graph.getNodeAttribute(key, "label"));
    });
  });

  it("gives every node a community, sizes that add up, and finite seed positions", () => {
    const { payload } = buildCorpusGraph(corpus, noProgress);
    const n = payload.keys.length;
    expect(payload.communitySizes.reduce((a, b) => a + b, 0)).toBe(n);
    const counts = new Array<number>(payload.communitySizes.length).fill(0);
    for (const c of payload.community) counts[c]!++;
    expect(counts).toEqual(payload.communitySizes);
    for (let i = 0; i < n; i++) {
      expect(Number.isFinite(payload.x[i]) && Number.isFinite(payload.y[i])).toBe(true);
    }
  });

  it("is deterministic and clones without sharing buffers", () => {
    const a = buildCorpusGraph(corpus, noProgress).payload;
    const b = buildCorpusGraph(corpus, noProgress).payload;
    expect(b).toEqual(a);
    const copy = clonePayload(a);
    expect(copy).toEqual(a);
    expect(copy.x.buffer).not.toBe(a.x.buffer);
  });

  it("refuses a corpus without papers, naming it", () => {
    expect(() =>
      buildCorpusGraph({ ...corpus, label: "empty.csv", papers: [] }, noProgress),
    ).toThrow(/^empty\.csv: no papers found/);
  });
});

describe("fetchCorpus (?corpus= addresses)", () => {
  const json = JSON.stringify({ papers: corpus.papers });

  it("reads plain and gzipped corpora and reports fetch and parse", async () => {
    for (const body of [Buffer.from(json), gzipSync(json)]) {
      const url = `data:application/octet-stream;base64,${body.toString("base64")}`;
      const stages: string[] = [];
      const read = await fetchCorpus(url, "id", "label", "c.json", (stage) => stages.push(stage));
      expect(read.papers.map((p) => p.id)).toEqual(["1", "2", "3", "4"]);
      expect(stages[0]).toBe("fetch");
      expect(stages).toContain("parse");
    }
  });
});
