import { describe, expect, it } from "vitest";
import { noteLines, readFixture } from "./fixtures";

describe("PubMed XML", () => {
  it("reads articles: PMID as id, title text without markup, year (MedlineDate too), journal, DOI", async () => {
    const parsed = await readFixture("pubmed/pubmed.xml");
    expect(parsed.papers.map((p) => [p.id, p.title, p.year, p.venue, p.doi])).toEqual([
      [
        "pubmed:26017442",
        "Deep learning of in vivo CO2 signals",
        2015,
        "Nature",
        "10.1038/nature14539",
      ],
      [
        "pubmed:31000001",
        "Name disambiguation in PubMed author lists",
        2019,
        "Journal of the American Medical Informatics Association : JAMIA",
        undefined,
      ],
    ]);
    expect(parsed.papers[0]!.abstract).toBe(
      "BACKGROUND: Deep learning allows computational models. RESULTS: Layers learn representations.",
    );
  });

  it("reads authors with ORCID identifiers, affiliations and collective names", async () => {
    const [first, second] = (await readFixture("pubmed/pubmed.xml")).papers;
    expect(first!.authors).toEqual([
      { name: "Yann LeCun", affiliation: "Facebook AI Research, New York, USA." },
      {
        name: "Yoshua Bengio",
        sourceId: "orcid:0000-0002-9322-3515",
        affiliation: "Université de Montréal, Canada.",
      },
      { name: "Deep Learning Consortium" },
    ]);
    expect(second!.authors.map((a) => a.sourceId)).toEqual([
      undefined,
      "orcid:0000-0001-7654-3210",
    ]);
  });

  it("skips an article without authors and keeps the commented PMID out", async () => {
    const parsed = await readFixture("pubmed/pubmed.xml");
    expect(noteLines(parsed)).toEqual([[68, "record skipped: no <Author> with a name"]]);
    expect(parsed.papers.map((p) => p.id)).not.toContain("pubmed:99999999");
  });
});

describe("XML with a lone surrogate (found by the fuzz suite)", () => {
  it.each(["<?x\uda2d", "<?xml \ud9e4", "<PubmedArticleSet><PubmedArticle>\ud800"])(
    "refuses %j with its own error, not saxes's RangeError",
    async (text) => {
      const { parseDblpXml } = await import("../../src/io/dblpXml");
      const { pubmedXmlFormat } = await import("../../src/io/pubmedXml");
      const { newImportContext } = await import("../../src/io/format");
      const { CorpusError } = await import("../../src/core/corpus");
      expect(() => parseDblpXml(text, "x.xml")).toThrow(CorpusError);
      await expect(
        Promise.resolve().then(() => pubmedXmlFormat.parse(text, "x.xml", newImportContext())),
      ).rejects.toBeInstanceOf(CorpusError);
    },
  );
});
