import { describe, expect, it } from "vitest";
import type { Corpus, Paper } from "../../src/core/corpus";
import { indexCorpus } from "../../src/core/corpusIndex";
import type { SplitConstraints } from "../../src/core/identity";
import { SPLIT_METHODS, suggestSplit, type SplitMethod } from "../../src/core/split";

const paper = (
  id: string,
  title: string,
  venue: string,
  year: number,
  ...authors: string[]
): Paper => ({
  id,
  title,
  venue,
  year,
  authors: authors.map((name) => ({ name })),
});

/** Two people called "Wei Zhang" (databases p1–p4, plants p5–p7) and a paper linking two co-authors. */
const corpus: Corpus = {
  id: "c",
  label: "c",
  notes: [],
  papers: [
    paper(
      "p1",
      "Query optimization for relational databases",
      "VLDB",
      2005,
      "Wei Zhang",
      "Ann Miller",
    ),
    paper(
      "p2",
      "Cost-based query optimization with histograms",
      "VLDB",
      2006,
      "Wei Zhang",
      "Ann Miller",
      "Raj Patel",
    ),
    paper(
      "p3",
      "Adaptive query processing in relational databases",
      "SIGMOD",
      2007,
      "Wei Zhang",
      "Raj Patel",
    ),
    paper(
      "p4",
      "Histograms for query optimization in databases",
      "SIGMOD",
      2008,
      "Wei Zhang",
      "Carl Bauer",
    ),
    paper(
      "p5",
      "Drought tolerance genes in rice plants",
      "Plant Cell",
      2012,
      "Wei Zhang",
      "Li Chen",
    ),
    paper(
      "p6",
      "Rice root gene expression under drought",
      "Plant Cell",
      2013,
      "Wei Zhang",
      "Li Chen",
      "Mo Yang",
    ),
    paper(
      "p7",
      "Gene networks of drought response in rice",
      "Plant Physiol.",
      2014,
      "Wei Zhang",
      "Mo Yang",
    ),
    paper("p8", "Sampling in databases", "VLDB", 2004, "Ann Miller", "Carl Bauer"),
  ],
};
const index = indexCorpus(corpus);
const RESOLUTIONS = [1e-6, 0.1, 1, 10, 1e6];

function identityOf(
  constraints: SplitConstraints,
  resolution: number,
  method: SplitMethod,
): Map<string, number> {
  const suggestion = suggestSplit(index, "wei zhang", { constraints, resolution, method });
  const of = new Map<string, number>();
  suggestion.identities.forEach((identity, i) => identity.paperIds.forEach((id) => of.set(id, i)));
  return of;
}

describe("split constraints", () => {
  const cases: {
    name: string;
    constraints: SplitConstraints;
    check: (of: Map<string, number>) => void;
  }[] = [
    {
      name: "together puts papers of two suggested people in one identity",
      constraints: { together: [["p1", "p5"]] },
      check: (of) => expect(of.get("p1")).toBe(of.get("p5")),
    },
    {
      name: "apart separates papers that share a co-author",
      constraints: { apart: [["p1", "p2"]] },
      check: (of) => expect(of.get("p1")).not.toBe(of.get("p2")),
    },
    {
      name: "apart holds against the papers' own co-author chain (p1–p2–p3 share co-authors)",
      constraints: { apart: [["p1", "p3"]] },
      check: (of) => expect(of.get("p1")).not.toBe(of.get("p3")),
    },
    {
      name: "together and apart combine",
      constraints: { together: [["p4", "p5"]], apart: [["p5", "p6"]] },
      check: (of) => {
        expect(of.get("p4")).toBe(of.get("p5"));
        expect(of.get("p5")).not.toBe(of.get("p6"));
      },
    },
    {
      name: "unassigned papers are in no identity",
      constraints: { unassigned: ["p7", "p2"] },
      check: (of) => {
        expect(of.has("p7")).toBe(false);
        expect(of.has("p2")).toBe(false);
        expect(of.size).toBe(5);
      },
    },
  ];
  for (const { name, constraints, check } of cases) {
    it(`${name}, at every resolution and with every method`, () => {
      for (const method of SPLIT_METHODS)
        for (const resolution of RESOLUTIONS) check(identityOf(constraints, resolution, method));
    });
  }

  it("lists held-out papers and keeps every paper id of the name", () => {
    const suggestion = suggestSplit(index, "wei zhang", { constraints: { unassigned: ["p7"] } });
    expect(suggestion.unassigned).toEqual(["p7"]);
    expect(suggestion.paperIds).toHaveLength(7);
  });

  it("notes unknown papers and contradictions instead of failing", () => {
    const suggestion = suggestSplit(index, "wei zhang", {
      constraints: { together: [["p1", "p5"]], apart: [["p1", "p5"]], unassigned: ["nope"] },
    });
    expect(suggestion.constraintNotes).toEqual([
      "papers p1 and p5 are both kept together and kept apart; kept together",
      "1 paper id in the decisions is not among this name's papers (nope); ignored",
    ]);
    const of = new Map<string, number>();
    suggestion.identities.forEach((identity, i) =>
      identity.paperIds.forEach((id) => of.set(id, i)),
    );
    expect(of.get("p1")).toBe(of.get("p5"));
  });

  it("without constraints gives the same suggestion as before", () => {
    expect(suggestSplit(index, "wei zhang", { constraints: {} })).toEqual(
      suggestSplit(index, "wei zhang"),
    );
  });

  it("a paper moved out of one co-author group takes no other paper with it (the side it is most tied to keeps them)", () => {
    // Tom Jacobs of the seed: every paper is with Burkholz; papers 2–4 also share Zhou and Gadhikar.
    const seed: Corpus = {
      id: "seed",
      label: "seed",
      notes: [],
      papers: [
        paper("t1", "Mask in the mirror", "ICLR", 2025, "Tom Jacobs", "Rebekka Burkholz"),
        paper(
          "t2",
          "Mirror of the flow",
          "NeurIPS",
          2024,
          "Tom Jacobs",
          "Chao Zhou",
          "Rebekka Burkholz",
        ),
        paper(
          "t3",
          "Small weights",
          "NeurIPS",
          2024,
          "Chao Zhou",
          "Tom Jacobs",
          "Advait Gadhikar",
          "Rebekka Burkholz",
        ),
        paper(
          "t4",
          "Sign-in to the lottery",
          "ICML",
          2025,
          "Advait Gadhikar",
          "Tom Jacobs",
          "Chao Zhou",
          "Rebekka Burkholz",
        ),
        paper(
          "t5",
          "The graphon limit",
          "ICML",
          2025,
          "Hoang Pham",
          "The Anh Ta",
          "Tom Jacobs",
          "Rebekka Burkholz",
          "Long Tran-Thanh",
        ),
      ],
    };
    const seedIndex = indexCorpus(seed);
    for (const method of SPLIT_METHODS)
      for (const resolution of RESOLUTIONS) {
        const { identities } = suggestSplit(seedIndex, "tom jacobs", {
          constraints: { apart: [["t1", "t2"]] },
          resolution,
          method,
        });
        expect(identities.find((i) => i.paperIds.includes("t1"))!.paperIds).toEqual(["t1"]);
      }
  });
});
