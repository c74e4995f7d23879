// Tagged-line exports: Web of Science plain text, RIS, PubMed/MEDLINE.
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/io/registry";
import { fixture, noteLines, readFixture } from "./fixtures";

describe("Web of Science plain text (savedrecs.txt)", () => {
  it("reads records: UT as id, one author per continuation line, title and abstract joined", async () => {
    const parsed = await readFixture("tagged/savedrecs.txt");
    expect(parsed.papers.map((p) => [p.id, p.title, p.year, p.venue, p.doi])).toEqual([
      ["WOS:000355286600030", "Deep learning", 2015, "NATURE", "10.1038/nature14539"],
      [
        "WOS:000320381400001",
        "Representation Learning: A Review and New Perspectives",
        2013,
        "IEEE TRANSACTIONS ON PATTERN ANALYSIS AND MACHINE INTELLIGENCE",
        "10.1109/TPAMI.2013.50",
      ],
    ]);
    expect(parsed.papers[0]!.abstract).toBe(
      "Deep learning allows computational models that are composed of multiple processing layers to learn representations of data with multiple levels of abstraction.",
    );
  });

  it("gives each author the bracketed C1 address and the RI/OI researcher id", async () => {
    const [first, second] = (await readFixture("tagged/savedrecs.txt")).papers;
    expect(first!.authors).toEqual([
      { name: "Yann LeCun", affiliation: "Facebook AI Res, New York, NY 10003 USA" },
      {
        name: "Yoshua Bengio",
        sourceId: "orcid:0000-0002-9322-3515",
        affiliation: "Univ Montreal, Dept Comp Sci & Operat Res, Montreal, PQ H3C 3J7, Canada",
      },
      {
        name: "Geoffrey Hinton",
        sourceId: "wos:A-1234-2010",
        affiliation: "Google, Mountain View, CA 94043 USA",
      },
    ]);
    expect(second!.authors.map((a) => a.affiliation)).toEqual([undefined, undefined, undefined]);
  });

  it("skips [Anonymous], which is nobody, and counts the records", async () => {
    const parsed = await readFixture("tagged/savedrecs.txt");
    expect([parsed.read, parsed.skipped]).toEqual([3, 1]);
    expect(noteLines(parsed)).toContainEqual([73, "record skipped: no author names"]);
  });

  it("is told from the tab-delimited export by its tag lines", () => {
    expect(detectFormat(fixture("tagged/savedrecs.txt"), "savedrecs.txt")?.id).toBe("wos-text");
    expect(detectFormat(fixture("csv/wos-tab-utf8.txt"), "savedrecs.txt")?.id).toBe("wos-tab");
  });
});

describe("RIS", () => {
  it("reads records with vendor ids (WoS AN, Scopus EID in UR, ID), editors when no authors", async () => {
    const parsed = await readFixture("tagged/refs.ris");
    expect(
      parsed.papers.map((p) => [p.id, p.title, p.year, p.venue, p.authors.map((a) => a.name)]),
    ).toEqual([
      [
        "WOS:000355286600030",
        "Deep learning",
        2015,
        "Nature",
        ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"],
      ],
      [
        "2-s2.0-85071234567",
        "Author name disambiguation in bibliographic databases",
        2019,
        "Proceedings - 2019 International Conference on Data Science",
        ["N. Govil", "A. Sharma"],
      ],
      [
        "proc2019",
        "Proceedings of the Workshop on Names",
        2019,
        undefined,
        ["Richard Roe", "Paula Poe"],
      ],
    ]);
    expect(parsed.papers[0]!.keywords).toEqual(["deep learning", "neural networks"]);
    expect(noteLines(parsed)).toEqual([
      [41, "record skipped: no AU/A1 authors (nor A2/ED editors)"],
    ]);
  });
});

describe("PubMed/MEDLINE text (.nbib)", () => {
  it("reads records: PMID as id, DP year, JT journal, DOI from LID, continuation lines joined", async () => {
    const parsed = await readFixture("tagged/pubmed.nbib");
    expect(parsed.papers.map((p) => [p.id, p.title, p.year, p.venue, p.doi])).toEqual([
      ["pubmed:26017442", "Deep learning", 2015, "Nature", "10.1038/nature14539"],
      [
        "pubmed:31000001",
        "Name disambiguation in PubMed author lists",
        2019,
        "Journal of the American Medical Informatics Association : JAMIA",
        undefined,
      ],
    ]);
    expect(parsed.papers[0]!.keywords).toEqual([
      "deep learning",
      "Artificial Intelligence",
      "Neural Networks, Computer",
    ]);
  });

  it("gives each author the AD and AUID lines that follow it; two Wei Wangs stay two people", async () => {
    const [first, second] = (await readFixture("tagged/pubmed.nbib")).papers;
    expect(first!.authors).toEqual([
      {
        name: "Yann LeCun",
        affiliation: "Facebook AI Research, 770 Broadway, New York, New York 10003 USA.",
      },
      {
        name: "Yoshua Bengio",
        sourceId: "orcid:0000-0002-9322-3515",
        affiliation:
          "Department of Computer Science and Operations Research, Université de Montréal, Montréal, Québec H3C 3J7, Canada.",
      },
      {
        name: "Geoffrey Hinton",
        affiliation: "Google, 1600 Amphitheatre Parkway, Mountain View, California 94043, USA.",
      },
    ]);
    expect(second!.authors).toEqual([
      { name: "Wei Wang", affiliation: "Tsinghua University, Beijing, China." },
      {
        name: "Wei Wang",
        sourceId: "orcid:0000-0001-7654-3210",
        affiliation: "University of New South Wales, Sydney, Australia.",
      },
      { name: "Name Disambiguation Consortium" },
    ]);
  });

  it("skips a record without authors, noting its line", async () => {
    const parsed = await readFixture("tagged/pubmed.nbib");
    expect(noteLines(parsed)).toEqual([
      [61, "record skipped: no FAU/AU author (nor CN group author)"],
    ]);
  });
});
