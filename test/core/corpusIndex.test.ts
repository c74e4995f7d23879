import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/core/corpus";
import { indexCorpus, indexingSteps, type CorpusIndex } from "../../src/core/corpusIndex";

const tiny: Corpus = {
  id: "t",
  label: "t",
  notes: [],
  papers: [
    { id: "a", title: "Graph mining", venue: "KDD", authors: [{ name: "Ann Lee" }] },
    { id: "b", title: "Graph theory", venue: "KDD", authors: [{ name: "ann  LEE" }] },
    { id: "c", title: "Deep learning", authors: [{ name: "Bo Chen" }, { name: "Ann Lee" }] },
  ],
};

/** A corpus of `n` papers over a few hundred names, each title two of a few dozen words. */
function generated(n: number): Corpus {
  const words = ["graph", "protein", "network", "learning", "cluster", "energy", "signal"];
  return {
    id: "g",
    label: "g",
    notes: [],
    papers: Array.from({ length: n }, (_, p) => ({
      id: `p${p}`,
      title: `${words[p % 7]} ${words[(p * 3) % 7]}${p % 13}`,
      venue: `Venue ${p % 5}`,
      authors: [{ name: `Name ${p % 301}` }, { name: `Name ${(p * 7) % 211}`, affiliation: "Lab" }],
    })),
  };
}

/** The index's plain parts, with every vector read out (they are made when first read). */
function contents(index: CorpusIndex): unknown {
  return {
    papersOfName: [...index.papersOfName],
    keysOfPaper: index.keysOfPaper,
    mentionKeys: index.mentionKeys,
    titleTerms: index.titleTermsOfPaper,
    titleVectors: [...index.titleVectors],
    venueVectors: [...index.venueVectors],
    surnames: [...index.surnameCounts],
    givenNames: [...index.givenNameCounts],
    affiliation: index.affiliationVector("Lab"),
  };
}

describe("indexingSteps: the corpus index built in steps", () => {
  it("yields every few hundred papers and returns the index indexCorpus builds", () => {
    const corpus = generated(1_500);
    const steps = indexingSteps(corpus);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThanOrEqual(3);
    expect(contents(step.value)).toEqual(contents(indexCorpus(corpus)));
  });
});

describe("corpus index: TF-IDF vectors, made when first read", () => {
  const index = indexCorpus(tiny);
  it("weighs each title term by its inverse document frequency", () => {
    // "graph" is in two of the three titles, "mining" and "theory" in one each.
    const [first, second] = [index.titleVectors[0]!, index.titleVectors[1]!];
    const shared = [...first.ids].filter((id) => second.ids.includes(id));
    expect(shared).toHaveLength(1);
    const weightOf = (v: typeof first, id: number): number => v.values[v.ids.indexOf(id)]!;
    expect(weightOf(first, shared[0]!)).toBeCloseTo(Math.log(3 / 2));
    expect(weightOf(second, shared[0]!)).toBeCloseTo(Math.log(3 / 2));
    const own = [...first.ids].find((id) => id !== shared[0])!;
    expect(weightOf(first, own)).toBeCloseTo(Math.log(3));
    expect([...first.ids]).toEqual([...first.ids].sort((x, y) => x - y));
  });

  it("reads like an array: one vector per paper, the same object each time, none past the end", () => {
    expect(index.titleVectors).toHaveLength(3);
    expect(index.titleVectors[1]).toBe(index.titleVectors[1]);
    expect(index.titleVectors[3]).toBeUndefined();
    expect(index.venueVectors.map((v) => v.ids.length)).toEqual([2, 2, 0]);
  });

  it("keys names as the name-cluster page does", () => {
    expect(index.papersOfName.get("ann lee")).toEqual([0, 1, 2]);
    expect(index.mentionKeys[2]).toEqual(["bo chen", "ann lee"]);
  });
});
