// What the engine does with printed first names and source author ids, on small hand-made corpora.
import { describe, expect, it } from "vitest";
import type { AuthorMention, Corpus, Paper } from "../../../src/core/corpus";
import { indexCorpus } from "../../../src/core/corpusIndex";
import { suggestSplit } from "../../../src/core/split";

let next = 0;
function paper(title: string, venue: string, year: number, ...authors: AuthorMention[]): Paper {
  return { id: `p${++next}`, title, venue, year, authors };
}
const corpus = (papers: Paper[]): Corpus => ({ id: "c", label: "c", notes: [], papers });
const groupsOf = (c: Corpus, key: string): string[][] =>
  suggestSplit(indexCorpus(c), key).identities.map((i) => [...i.paperIds].sort());

describe("printed first names", () => {
  it("keeps Ajay and Alok Gupta apart though they share a co-author and a venue", () => {
    next = 0;
    const c = corpus([
      paper(
        "Privilege management",
        "WebNet",
        1996,
        { name: "A. Gupta", rawName: "Ajay Gupta" },
        { name: "Kurt Maly" },
      ),
      paper(
        "Collaborative process management",
        "WebNet",
        1997,
        { name: "A. Gupta", rawName: "Ajay Gupta" },
        { name: "Kurt Maly" },
      ),
      paper(
        "Information systems pricing",
        "WebNet",
        1998,
        { name: "A. Gupta", rawName: "Alok Gupta" },
        { name: "Kurt Maly" },
      ),
    ]);
    expect(groupsOf(c, "a. gupta")).toEqual([["p1", "p2"], ["p3"]]);
  });

  it("joins papers whose full first names agree even without a shared co-author", () => {
    next = 0;
    const c = corpus([
      paper(
        "Mobile agents for network management",
        "ICDCS",
        2001,
        { name: "J. Lee", rawName: "Jaejin Lee" },
        { name: "Ann Miller" },
      ),
      paper(
        "Mobile agent migration in networks",
        "ICDCS",
        2002,
        { name: "J. Lee", rawName: "Jaejin Lee" },
        { name: "Bo Chen" },
      ),
      paper(
        "Protein folding kinetics",
        "J. Mol. Biol.",
        1990,
        { name: "J. Lee", rawName: "James Lee" },
        { name: "Kurt Adler" },
      ),
    ]);
    expect(groupsOf(c, "j. lee")).toEqual([["p1", "p2"], ["p3"]]);
  });
});

describe("source author ids", () => {
  it("puts papers with one ORCID together however little else they share", () => {
    next = 0;
    const orcid = "orcid:0000-0002-1825-0097";
    const c = corpus([
      paper(
        "Query optimization",
        "VLDB",
        2005,
        { name: "Wei Zhang", sourceId: orcid },
        { name: "Ann Miller" },
      ),
      paper(
        "Drought tolerance in rice",
        "Plant Cell",
        2012,
        { name: "Wei Zhang", sourceId: orcid },
        { name: "Li Chen" },
      ),
    ]);
    expect(groupsOf(c, "wei zhang")).toEqual([["p1", "p2"]]);
  });

  it("never puts two ORCIDs in one identity, shared co-author or not", () => {
    next = 0;
    const c = corpus([
      paper(
        "Query optimization",
        "VLDB",
        2005,
        { name: "Wei Zhang", sourceId: "orcid:0000-0002-1825-0097" },
        { name: "Ann Miller" },
      ),
      paper(
        "Query optimization again",
        "VLDB",
        2006,
        { name: "Wei Zhang", sourceId: "orcid:0000-0001-5109-3700" },
        { name: "Ann Miller" },
      ),
    ]);
    expect(groupsOf(c, "wei zhang")).toEqual([["p1"], ["p2"]]);
  });

  it("follows an author id that 64 of 65 papers carry (an OpenAlex author), topics aside", () => {
    next = 0;
    const topics = [
      "rice drought genes",
      "query optimization",
      "tennis serve speed",
      "galaxy spectra",
    ];
    const papers = Array.from({ length: 65 }, (_, i) =>
      paper(
        `${topics[i % topics.length]} study ${i}`,
        `Venue ${i % 7}`,
        1990 + (i % 30),
        i === 64 ? { name: "Wei Zhang" } : { name: "Wei Zhang", sourceId: "openalex:A5000000001" },
        { name: `Coauthor ${i}` },
      ),
    );
    const [largest] = groupsOf(corpus(papers), "wei zhang");
    expect(largest!.length).toBeGreaterThanOrEqual(64);
  });
});
