import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/core/corpus";
import { indexCorpus } from "../../src/core/corpusIndex";
import { labeledNames } from "../../src/core/evaluation";
import { fieldViews, parseFields, withoutFields } from "../../src/core/fieldViews";
import { fitModel, withFamily } from "../../src/core/fitModel";
import { FEATURE_COUNT } from "../../src/core/split/evidence";
import { FITTED_MODEL } from "../../src/core/split/weights";
import { readCorpusFromPath } from "../../src/io/readPath";

const corpus: Corpus = {
  id: "c",
  label: "c.json",
  notes: [],
  papers: [
    {
      id: "p1",
      title: "Graph mining at scale",
      venue: "KDD",
      keywords: ["graphs"],
      authors: [{ name: "Ann Lee", affiliation: "MIT", label: "a" }, { name: "Bob Stone" }],
    },
    { id: "p2", title: "Graph mining again", authors: [{ name: "Ann Lee", label: "a" }] },
  ],
};

describe("a corpus without some of its fields", () => {
  it("drops venue, title with its keywords, and affiliations from every paper, leaving the input as it was", () => {
    const stripped = withoutFields(corpus, ["venue", "title", "affiliation"]);
    expect(stripped.papers[0]).toEqual({
      id: "p1",
      title: "",
      authors: [{ name: "Ann Lee", label: "a" }, { name: "Bob Stone" }],
    });
    expect(stripped.label).toBe("c.json without venue, title, affiliation");
    expect(corpus.papers[0]!.venue).toBe("KDD");
    expect(corpus.papers[0]!.authors[0]!.affiliation).toBe("MIT");
    expect(withoutFields(corpus, ["venue"]).papers[0]!.title).toBe("Graph mining at scale");
  });

  it("drops co-authors, keeping the labeled names (or else the first author) of every paper", () => {
    const stripped = withoutFields(corpus, ["coauthors"]);
    expect(stripped.papers.map((p) => p.authors.map((m) => m.name))).toEqual([
      ["Ann Lee"],
      ["Ann Lee"],
    ]);
    expect(stripped.papers[0]!.authors[0]).toEqual({
      name: "Ann Lee",
      affiliation: "MIT",
      label: "a",
    });
    const unlabeled = withoutFields(
      { ...corpus, papers: [{ id: "x", title: "t", authors: [{ name: "Zoe" }, { name: "Yan" }] }] },
      ["coauthors"],
    );
    expect(unlabeled.papers[0]!.authors).toEqual([{ name: "Zoe" }]);
    expect(corpus.papers[0]!.authors).toHaveLength(2);
  });

  it("drops the full printed names, keeping the names as the papers print them", () => {
    const printed: Corpus = {
      ...corpus,
      papers: [
        { id: "p", title: "t", authors: [{ name: "A. Lee", rawName: "Ann Lee", label: "a" }] },
      ],
    };
    expect(withoutFields(printed, ["fullNames"]).papers[0]!.authors).toEqual([
      { name: "A. Lee", label: "a" },
    ]);
    expect(printed.papers[0]!.authors[0]!.rawName).toBe("Ann Lee");
  });

  it("makes one view per field the set has, skipping fields no paper carries", () => {
    // Full printed names are scored by eval (--without fullNames) but not learned from: no view.
    const noVenues = {
      ...corpus,
      papers: corpus.papers.map(({ venue: _, ...p }, i) =>
        i === 0
          ? { ...p, authors: [{ ...p.authors[0]!, rawName: "Ann B. Lee" }, ...p.authors.slice(1)] }
          : p,
      ),
    };
    const index = indexCorpus(noVenues, undefined, 1);
    const views = fieldViews({ label: "c", index, names: labeledNames(index) });
    expect(views.map((v) => v.label)).toEqual([
      "c without affiliation",
      "c without title",
      "c without coauthors",
    ]);
    expect(views[2]!.index.papersOfName.has("bob stone")).toBe(false);
    expect(views[1]!.index.titleVectors.every((v) => v.ids.length === 0)).toBe(true);
    expect(views[0]!.names).toEqual(["ann lee"]);
  });

  it("names an unknown field and the known ones", () => {
    expect(parseFields("venue, title", "--without")).toEqual(["venue", "title"]);
    expect(() => parseFields("venue,abstract", "--without")).toThrow(
      '--without: unknown field "abstract"; fields are venue, affiliation, title, coauthors, fullNames',
    );
  });
});

describe("fitting with an intercept per family", () => {
  it("codes families so every column sums to 0 over them", () => {
    const x = Float64Array.of(0.5, 2);
    const coded = [0, 1, 2].map((f) => withFamily(x, f, 3));
    expect(coded.map((c) => [...c])).toEqual([
      [0.5, 2, 1, 0],
      [0.5, 2, 0, 1],
      [0.5, 2, -1, -1],
    ]);
  });

  it("learns the same weights from two copies of one set whether or not each is its own family (identical sets need no intercept of their own)", async () => {
    const shipped = await readCorpusFromPath(undefined);
    const index = indexCorpus(shipped, undefined, 1);
    const set = { label: "default", index, names: labeledNames(index).slice(0, 12) };
    const sets = [set, { ...set, label: "copy" }];
    const one = fitModel(sets, FITTED_MODEL, { rounds: 0 });
    const two = fitModel(sets, FITTED_MODEL, {
      rounds: 0,
      families: [0, 1],
    });
    expect(two.weights).toHaveLength(FEATURE_COUNT);
    two.weights.forEach((w, f) => expect(w).toBeCloseTo(one.weights[f]!, 4));
    expect(two.bias).toBeCloseTo(one.bias, 4);
  });
});
