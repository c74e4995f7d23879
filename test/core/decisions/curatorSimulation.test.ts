// The greedy curator: each correction is one decision of the model, the engine recomputes around
// the decisions, and the count is what a curator would pay to reach B³ 0.99.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { simulateCurator } from "../../../src/core/decisions/curatorSimulation";
import type { Corpus } from "../../../src/core/corpus";
import { indexCorpus } from "../../../src/core/corpusIndex";
import { nameKey } from "../../../src/core/nameKey";
import { suggestSplit } from "../../../src/core/split";
import { fakeSplit } from "./fakeEngine";

describe("simulated curator", () => {
  it("fixes a stand-in split in the fewest greedy decisions", () => {
    const base = [["a1", "a2", "b1"], ["a3"], ["c1", "c2", "c3"]];
    const truth = new Map([
      ...["a1", "a2", "a3"].map((p) => [p, "A"] as const),
      ["b1", "B"] as const,
      ...["c1", "c2", "c3"].map((p) => [p, "C"] as const),
    ]);
    const run = simulateCurator(
      (c) => ({ identities: fakeSplit(base, c), unassigned: c.unassigned }),
      truth,
    );
    expect(run.reached).toBe(true);
    expect(run.decisions.map((d) => d.kind)).toEqual(["merge", "split-off"]);
    expect(run.corrections).toBe(2);
    expect(run.f1[0]).toBeLessThan(run.f1.at(-1)!);
  });

  it("reports zero corrections for a split that is already right, and the cap otherwise", () => {
    const truth = new Map([
      ["a", "A"],
      ["b", "B"],
    ]);
    const right = simulateCurator(() => ({ identities: [["a"], ["b"]], unassigned: [] }), truth);
    expect(right).toMatchObject({ corrections: 0, reached: true });
    const stuck = simulateCurator(() => ({ identities: [["a", "b"]], unassigned: [] }), truth, {
      maxCorrections: 3,
    });
    expect(stuck).toMatchObject({ corrections: 3, reached: false });
    const unlabelled = simulateCurator(() => ({ identities: [["x"]], unassigned: [] }), truth);
    expect(unlabelled).toMatchObject({ labelled: 0, reached: false, f1: [] });
    expect(() =>
      simulateCurator(() => ({ identities: [], unassigned: [] }), truth, { target: 2 }),
    ).toThrow(RangeError);
  });

  it("reaches B³ 0.99 on a real name with the engine recomputing after each decision", () => {
    const corpus = JSON.parse(readFileSync("data/default-corpus.json", "utf8")) as Corpus;
    const index = indexCorpus(corpus);
    const key = "jianping wang";
    const truth = new Map<string, string>();
    for (const p of index.papersOfName.get(key)!) {
      const paper = corpus.papers[p]!;
      const label = paper.authors.find((a) => nameKey(a.name) === key)?.label;
      if (label) truth.set(paper.id, label);
    }
    const run = simulateCurator((constraints) => {
      const s = suggestSplit(index, key, { constraints });
      return { identities: s.identities.map((i) => i.paperIds), unassigned: s.unassigned };
    }, truth);
    expect(run.reached).toBe(true);
    expect(run.corrections).toBeLessThanOrEqual(10);
  });
});
