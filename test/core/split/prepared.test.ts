// A name prepared once (blocks, evidence, scores) splits as a fresh suggestSplit does at every
// resolution and method: the Worker keeps the open name's preparation and answers a resolution
// change with the clustering alone, so the two must never disagree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/core/corpus";
import { indexCorpus } from "../../../src/core/corpusIndex";
import type { SplitConstraints } from "../../../src/core/identity";
import {
  prepareSplit,
  preparedFor,
  splitPrepared,
  suggestSplit,
  SPLIT_METHODS,
} from "../../../src/core/split";

const COAUTHORS = [
  "Ann Miller",
  "Raj Patel",
  "Bo Chen",
  "Dee Eng",
  "Kim Soo",
  "Lu Fang",
  "Max Ott",
];
const VENUES = ["VLDB", "SIGMOD", "Plant Cell", "Nature", "ICML", undefined];
const WORDS = ["query", "optimization", "plant", "root", "growth", "learning", "graph", "cell"];

/** Papers of "Wei Zhang" (printed in a few ways) with random co-authors, venues, titles, years. */
const papersArb = fc.array(
  fc.record({
    coauthors: fc.subarray(COAUTHORS, { maxLength: 3 }),
    venue: fc.constantFrom(...VENUES),
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    year: fc.integer({ min: 1995, max: 2010 }),
    printed: fc.constantFrom("Wei Zhang", "W. Zhang", "Wei Zhang"),
  }),
  { minLength: 2, maxLength: 40 },
);

interface RandomPaper {
  coauthors: string[];
  venue: string | undefined;
  title: string[];
  year: number;
  printed: string;
}

function corpusOf(papers: RandomPaper[]): Corpus {
  return {
    id: "random",
    label: "random",
    notes: [],
    papers: papers.map((p, i) => ({
      id: `p${i}`,
      title: p.title.join(" "),
      year: p.year,
      ...(p.venue ? { venue: p.venue } : {}),
      authors: [{ name: p.printed }, ...p.coauthors.map((name) => ({ name }))],
    })),
  };
}

const RESOLUTIONS = [0.3, 1, 1.5, 3, 10];

describe("prepareSplit / splitPrepared", () => {
  it("splits a prepared name as suggestSplit does, at every resolution and method, reused", () => {
    fc.assert(
      fc.property(papersArb, fc.integer({ min: 1, max: 5 }), (papers, seed) => {
        const index = indexCorpus(corpusOf(papers));
        const key = "wei zhang";
        const prepared = prepareSplit(index, key, { seed });
        for (const method of SPLIT_METHODS)
          for (const resolution of RESOLUTIONS)
            expect(splitPrepared(prepared, { resolution, method })).toEqual(
              suggestSplit(index, key, { seed, resolution, method }),
            );
      }),
      { numRuns: 40, seed: 17 },
    );
  });

  it("splits around the constraints it was prepared with", () => {
    fc.assert(
      fc.property(papersArb, (papers) => {
        const index = indexCorpus(corpusOf(papers));
        const last = `p${papers.length - 1}`;
        const constraints: SplitConstraints = {
          together: [["p0", last]],
          apart: papers.length > 2 ? [["p0", "p1"]] : [],
          unassigned: papers.length > 3 ? ["p2"] : [],
        };
        const prepared = prepareSplit(index, "wei zhang", { constraints });
        for (const resolution of RESOLUTIONS)
          expect(splitPrepared(prepared, { resolution })).toEqual(
            suggestSplit(index, "wei zhang", { resolution, constraints }),
          );
      }),
      { numRuns: 30, seed: 5 },
    );
  });

  it("is for the arguments it was made with only", () => {
    const index = indexCorpus(
      corpusOf([
        {
          coauthors: ["Bo Chen"],
          venue: "VLDB",
          title: ["query"],
          year: 2000,
          printed: "Wei Zhang",
        },
        {
          coauthors: ["Dee Eng"],
          venue: "Nature",
          title: ["plant"],
          year: 2001,
          printed: "Wei Zhang",
        },
      ]),
    );
    const prepared = prepareSplit(index, "wei zhang", { seed: 2 });
    expect(preparedFor(prepared, index, "wei zhang", { seed: 2 })).toBe(true);
    // Absent and empty constraint lists are the same constraints.
    expect(
      preparedFor(prepared, index, "wei zhang", {
        seed: 2,
        constraints: { together: [], apart: [], unassigned: [] },
      }),
    ).toBe(true);
    expect(preparedFor(prepared, index, "wei zhang", { seed: 1 })).toBe(false);
    expect(preparedFor(prepared, index, "bo chen", { seed: 2 })).toBe(false);
    expect(
      preparedFor(prepared, index, "wei zhang", { seed: 2, constraints: { unassigned: ["p0"] } }),
    ).toBe(false);
    expect(preparedFor(prepared, indexCorpus(corpusOf([])), "wei zhang", { seed: 2 })).toBe(false);
    expect(() => splitPrepared(prepared, { resolution: 0 })).toThrow(RangeError);
  });
});
