// The store bench's per-stage memory model: build:store's stage lines parsed back, and the
// extrapolation: JavaScript linear in mentions, the rest linear until DuckDB's limit caps it.
import { describe, expect, it } from "vitest";
import { extrapolateStages, parseStages, sizeMB } from "../../src/cli/bench/storeMemory";

const LINES = [
  "stage read: 8.7 s, peak RSS 390 MB, end RSS 390 MB, JS heap 145 MB, typed arrays 86 MB, DuckDB 32 MB",
  "stage parquet blocks: 5.1 s, peak RSS 612 MB (process so far), end RSS 537 MB, JS heap 24 MB, typed arrays 17 MB",
  "/tmp/x: 100000 papers, …",
].join("\n");

describe("store bench memory model", () => {
  it("parses build:store's stage lines", () => {
    expect(parseStages(LINES)).toEqual([
      { stage: "read", peakMB: 390, jsMB: 231 },
      { stage: "parquet blocks", peakMB: 612, jsMB: 41 },
    ]);
  });

  it.each([
    ["2GB", 2048],
    ["512MB", 512],
    ["1.5GiB", 1536],
  ])("reads the size %s as %i MB", (size, mb) => expect(sizeMB(size)).toBe(mb));

  it("extrapolates JS linearly and caps the rest at the limit plus the smallest rest", () => {
    const measured = [
      {
        mentions: 1000,
        stages: [
          { stage: "graph", peakMB: 300, jsMB: 100 },
          { stage: "sort", peakMB: 400, jsMB: 10 },
        ],
      },
      {
        mentions: 2000,
        stages: [
          { stage: "graph", peakMB: 500, jsMB: 200 },
          { stage: "sort", peakMB: 810, jsMB: 10 },
        ],
      },
    ];
    const [graph, sort] = extrapolateStages(measured, 4000, 1000);
    // graph: JS 200 + 0.1/mention · 2000; rest 300 (+0.1/mention) → 500, under the cap 1000 + 300.
    expect(graph).toEqual({ stage: "graph", jsMB: 400, restMB: 500, restCapped: false });
    // sort: rest 800 growing 0.41/mention would reach 1620: capped at 1000 + 300.
    expect(sort).toEqual({ stage: "sort", jsMB: 10, restMB: 1300, restCapped: true });
  });
});
