import { describe, expect, it } from "vitest";
import type { Corpus, Paper } from "../../src/core/corpus";
import { indexCorpus } from "../../src/core/corpusIndex";
import { suggestSplit } from "../../src/core/split";

let nextId = 0;
const paper = (title: string, venue: string, year: number, ...authors: string[]): Paper => ({
  id: `p${++nextId}`,
  title,
  venue,
  year,
  authors: authors.map((name) => ({ name })),
});

/** Two people called "Wei Zhang": a database researcher and a plant biologist. */
function twoPeopleCorpus(): Corpus {
  nextId = 0;
  return {
    id: "t",
    label: "t",
    notes: [],
    papers: [
      paper("Query optimization for relational databases", "VLDB", 2005, "Wei Zhang", "Ann Miller"),
      paper(
        "Cost-based query optimization with histograms",
        "VLDB",
        2006,
        "Wei Zhang",
        "Ann Miller",
        "Raj Patel",
      ),
      paper(
        "Adaptive query processing in relational databases",
        "SIGMOD",
        2007,
        "Wei Zhang",
        "Raj Patel",
      ),
      paper(
        "Histograms for query optimization in databases",
        "SIGMOD",
        2008,
        "Wei Zhang",
        "Carl Bauer",
      ),
      paper("Drought tolerance genes in rice plants", "Plant Cell", 2012, "Wei Zhang", "Li Chen"),
      paper(
        "Rice root gene expression under drought",
        "Plant Cell",
        2013,
        "Wei Zhang",
        "Li Chen",
        "Mo Yang",
      ),
      paper(
        "Gene networks of drought response in rice",
        "Plant Physiol.",
        2014,
        "Wei Zhang",
        "Mo Yang",
      ),
      // Links the two co-author groups of each person outside Wei Zhang's papers.
      paper("Sampling in databases", "VLDB", 2004, "Ann Miller", "Carl Bauer"),
    ],
  };
}

describe("suggestSplit", () => {
  it("separates two people sharing a name and keeps each one's papers together", () => {
    const index = indexCorpus(twoPeopleCorpus());
    const suggestion = suggestSplit(index, "wei zhang");
    expect(suggestion.paperIds).toHaveLength(7);
    expect(suggestion.identities.map((i) => [...i.paperIds].sort())).toEqual([
      ["p1", "p2", "p3", "p4"],
      ["p5", "p6", "p7"],
    ]);
    const [databases, plants] = suggestion.identities;
    expect(databases!.topCoauthors.map((c) => c.label)).toEqual([
      "Ann Miller",
      "Raj Patel",
      "Carl Bauer",
    ]);
    expect(databases!.venues).toEqual([
      { venue: "SIGMOD", papers: 2 },
      { venue: "VLDB", papers: 2 },
    ]);
    expect([databases!.firstYear, databases!.lastYear]).toEqual([2005, 2008]);
    expect([plants!.firstYear, plants!.lastYear]).toEqual([2012, 2014]);
    expect(plants!.evidence[0]).toMatch(
      /shared co-authors: Li Chen \(2 papers\), Mo Yang \(2 papers\)/,
    );
    for (const identity of suggestion.identities) {
      expect(identity.confidence).toBeGreaterThan(0);
      expect(identity.confidence).toBeLessThanOrEqual(1);
    }
    expect(suggestion.ambiguity).toBeGreaterThan(0.2); // 0 when one person; 12/21 if always split
  });

  it("gives one identity to papers that all share a co-author (the Tom Jacobs case)", () => {
    nextId = 0;
    const corpus: Corpus = {
      id: "s",
      label: "s",
      notes: [],
      papers: [
        paper("Mask in the Mirror", "ICLR", 2025, "Tom Jacobs", "Rebekka Burkholz"),
        paper(
          "Pay Attention to Small Weights",
          "NeurIPS",
          2025,
          "Chao Zhou",
          "Tom Jacobs",
          "Rebekka Burkholz",
        ),
        paper(
          "Graphon Limit Hypothesis",
          "NeurIPS",
          2025,
          "Hoang Pham",
          "tom  jacobs",
          "Rebekka Burkholz",
        ),
      ],
    };
    const suggestion = suggestSplit(indexCorpus(corpus), "tom jacobs");
    expect(suggestion.identities).toHaveLength(1);
    expect(suggestion.identities[0]!.confidence).toBeGreaterThan(0.8);
    expect(suggestion.identities[0]!.confidence).toBeLessThan(1);
    expect(suggestion.ambiguity).toBe(0);
  });

  it("is deterministic: same corpus and seed give an identical suggestion", () => {
    const a = suggestSplit(indexCorpus(twoPeopleCorpus()), "wei zhang", { seed: 7 });
    const b = suggestSplit(indexCorpus(twoPeopleCorpus()), "wei zhang", { seed: 7 });
    expect(b).toEqual(a);
  });

  it("higher resolution never yields fewer identities", () => {
    const index = indexCorpus(twoPeopleCorpus());
    const counts = [1e-6, 1, 1e6].map(
      (resolution) => suggestSplit(index, "wei zhang", { resolution }).identities.length,
    );
    expect(counts[0]).toBe(1);
    expect(counts[1]).toBe(2);
    expect(counts[2]).toBeGreaterThanOrEqual(counts[1]!);
  });

  it("reads source author records: one identity over two records suggests merging them", () => {
    nextId = 0;
    const corpus: Corpus = {
      id: "r",
      label: "r",
      notes: [],
      papers: [
        {
          ...paper("A", "V", 2020, "X"),
          authors: [{ name: "Tom Jacobs", sourceId: "A1" }, { name: "R B" }],
        },
        {
          ...paper("B", "V", 2021, "X"),
          authors: [{ name: "Tom Jacobs", sourceId: "A2" }, { name: "R B" }],
        },
      ],
    };
    const suggestion = suggestSplit(indexCorpus(corpus), "tom jacobs");
    expect(suggestion.authorRecords.records).toBe(2);
    expect(suggestion.authorRecords.remarks).toEqual([
      "identity 1 suggests merging records A1 and A2",
    ]);
  });
});
