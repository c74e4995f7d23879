import { describe, expect, it } from "vitest";
import type { Corpus, Paper } from "../../src/core/corpus";
import { indexCorpus } from "../../src/core/corpusIndex";
import { suggestSplit } from "../../src/core/split";
import { rankTriage, triageCandidates, triageNames } from "../../src/core/triage";

type Author = [name: string, sourceId?: string, rawName?: string];
const paper = (
  id: string,
  title: string,
  venue: string,
  year: number,
  authors: Author[],
): Paper => ({
  id,
  title,
  venue,
  year,
  authors: authors.map(([name, sourceId, rawName]) => ({
    name,
    ...(sourceId ? { sourceId } : {}),
    ...(rawName ? { rawName } : {}),
  })),
});

/**
 * "J Smith": two people under one author record S1 — John (protein folding) and Jane (tennis
 * analytics), as the source's own full names say; "Ann Roe": one person, two papers.
 */
const corpus: Corpus = {
  id: "t",
  label: "t",
  notes: [],
  papers: [
    paper("1", "Protein folding kinetics", "J. Mol. Biol.", 1990, [
      ["J Smith", "S1", "John Smith"],
      ["Kurt Adler"],
    ]),
    paper("2", "Folding kinetics of small proteins", "J. Mol. Biol.", 1992, [
      ["J Smith", "S1", "John Smith"],
      ["Kurt Adler"],
    ]),
    paper("3", "Tennis match outcome prediction", "Sports Analytics", 2015, [
      ["J Smith", "S1", "Jane Smith"],
      ["Pat Cash"],
    ]),
    paper("4", "Serve speed and match outcome prediction", "Sports Analytics", 2016, [
      ["J Smith", "S1", "Jane Smith"],
      ["Pat Cash"],
    ]),
    paper("5", "Sparse coding", "NIPS", 2010, [["Ann Roe"], ["Bob Stone"]]),
    paper("6", "Sparse coding revisited", "NIPS", 2011, [["Ann Roe"], ["Bob Stone"]]),
  ],
};

describe("triage", () => {
  it("visits names with at least two papers, most papers first", () => {
    expect(triageCandidates(indexCorpus(corpus))).toEqual([
      "j smith",
      "ann roe",
      "bob stone",
      "kurt adler",
      "pat cash",
    ]);
  });

  it("ranks a name that splits above names that do not", () => {
    const rows = triageNames(indexCorpus(corpus));
    expect(rows[0]).toMatchObject({ nameKey: "j smith", papers: 4, identities: 2 });
    expect(rows[0]!.ambiguity).toBeGreaterThan(0.3);
    for (const row of rows.slice(1)) {
      expect(row.identities).toBe(1);
      expect(row.ambiguity).toBeLessThan(rows[0]!.ambiguity);
    }
    expect(triageNames(indexCorpus(corpus), { limit: 2 })).toHaveLength(2);
  });

  it("says when one author record looks like several people", () => {
    const suggestion = suggestSplit(indexCorpus(corpus), "j smith");
    expect(suggestion.authorRecords).toEqual({
      records: 1,
      remarks: ["record S1 looks like 2 people (identities 1, 2)"],
    });
  });
});

describe("triage ranking", () => {
  const row = (nameKey: string, papers: number, ambiguity: number) => ({
    nameKey,
    label: nameKey,
    papers,
    identities: 2,
    ambiguity,
    mixedPairs: (ambiguity * papers * (papers - 1)) / 2,
  });

  it.each([
    [
      "a big mixed name before a two-paper name that is surely two people",
      [row("two papers", 2, 1), row("big", 300, 0.3)],
      ["big", "two papers"],
    ],
    [
      "equal mixed pairs: the more ambiguous first",
      [row("a", 3, 1 / 3), row("b", 2, 1), row("c", 4, 1 / 6)],
      ["b", "a", "c"],
    ],
    ["nothing mixed: more papers first", [row("x", 2, 0), row("y", 5, 0)], ["y", "x"]],
  ])("%s", (_case, rows, order) => {
    expect(rankTriage(rows).map((r) => r.nameKey)).toEqual(order);
  });
});
