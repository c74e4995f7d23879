import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDblpStream, parseDblpXml } from "../../src/io/dblpXml";
import { xmlDeclaredEncoding } from "../../src/io/encoding";
import { chunksOf, corpusErrorOf, fixture, fixturePath } from "./fixtures";

const parse = (name: string) => parseDblpXml(fixture(`dblp/${name}`), name);

describe("DBLP XML", () => {
  it("reads each publication record with key, title, year, venue and DOI; skips www pages", () => {
    const { papers } = parse("dblp-sample.xml");
    expect(papers.map((p) => [p.id, p.title, p.year, p.venue, p.doi])).toEqual([
      [
        "journals/tkde/WangZ21",
        "Graph Neural Networks for Author Name Disambiguation",
        2021,
        "IEEE Trans. Knowl. Data Eng.",
        "10.1109/TKDE.2021.3100001",
      ],
      [
        "conf/icde/MullerGW19",
        "Fast Top-k Joins over CO2 Sensor Streams",
        2019,
        "ICDE",
        "10.1109/ICDE.2019.00110",
      ],
      [
        "conf/icde/2019",
        "35th IEEE International Conference on Data Engineering, ICDE 2019, Macao, China, April 8-11, 2019",
        2019,
        "ICDE",
        undefined,
      ],
      ["phd/de/Muller2016", "Stream Joins on Modern Hardware", 2016, undefined, undefined],
      [
        "reference/db/Garcia18",
        "Stream Processing & Windows",
        2018,
        "Encyclopedia of Database Systems (2nd ed.)",
        "10.1007/978-1-4614-8265-9_80701",
      ],
    ]);
  });

  it.each([
    ["Wei Wang 0001", { name: "Wei Wang", sourceId: "Wei Wang 0001" }],
    ["Li Zhang 0004", { name: "Li Zhang", sourceId: "Li Zhang 0004" }],
    ["J&uuml;rgen M&uuml;ller", { name: "Jürgen Müller", sourceId: "Jürgen Müller" }],
    [
      "Jos&eacute; Mar&iacute;a Garc&iacute;a",
      { name: "José María García", sourceId: "José María García" },
    ],
    ["Bj&ouml;rn &Aring;str&ouml;m", { name: "Björn Åström", sourceId: "Björn Åström" }],
    ["Wei Wang 0002", { name: "Wei Wang", sourceId: "Wei Wang 0002" }],
  ])("turns the DBLP name %s into a display name and keeps it as sourceId", (_, mention) => {
    const mentions = parse("dblp-sample.xml").papers.flatMap((p) => p.authors);
    expect(mentions).toContainEqual(mention);
  });

  it("uses editors as the mentions of proceedings, which have no authors", () => {
    const proceedings = parse("dblp-sample.xml").papers.find((p) => p.id === "conf/icde/2019");
    expect(proceedings?.authors.map((a) => a.name)).toEqual(["Björn Åström", "Françoise Dupé"]);
  });

  it("notes the skipped person pages and the ORCIDs it does not keep", () => {
    const { notes } = parse("dblp-sample.xml");
    expect(notes.map((n) => [n.line, n.message.split(" (")[0]])).toEqual([
      [
        5,
        "ORCIDs on author elements not kept; sourceId is the DBLP name, which DBLP already disambiguates",
      ],
      [40, "skipped <www> records"],
    ]);
  });

  it("reads a person page export (<dblpperson>) with records inside <r>", () => {
    const { papers } = parse("dblpperson.xml");
    expect(papers.map((p) => p.id)).toEqual(["journals/pvldb/WangLZ23", "conf/sigmod/QinWL20"]);
    expect(papers[1]!.authors).toEqual([
      { name: "Jianbin Qin", sourceId: "Jianbin Qin" },
      { name: "Wei Wang", sourceId: "Wei Wang 0001" },
      { name: "Xuemin Lin", sourceId: "Xuemin Lin 0001" },
    ]);
  });

  it.each([
    ["unknown-entity.xml", 30, undefined, /unknown entity &oumlaut;/],
    ["truncated.xml", 48, undefined, /looks truncated/],
    ["missing-title.xml", 53, "title", /reference\/db\/Garcia18 has no <title>/],
    ["bad-year.xml", 50, "year", /"2016\/17" is not a year/],
    ["missing-key.xml", 46, "key", /<phdthesis> has no key attribute/],
    ["latin1-undeclared.xml", 47, "author", /not valid UTF-8/],
  ])("reports %s at line %i, field %s", (name, line, field, message) => {
    const error = corpusErrorOf(() => parse(name));
    expect([error.file, error.line, error.field]).toEqual([name, line, field]);
    expect(error.message).toMatch(message);
  });

  it.each([
    ["hello", /outside of root/],
    ["", /no XML elements/],
    ["<dblp><article key='a'><title>T</title><author>A</author></article>", /truncated/],
  ])("rejects %j with a CorpusError", (text, message) => {
    expect(corpusErrorOf(() => parseDblpXml(text, "x.xml")).message).toMatch(message);
  });

  it("decodes a file that declares ISO-8859-1, as dblp.xml does", () => {
    const bytes = readFileSync(fixturePath("dblp/latin1-declared.xml"));
    const encoding = xmlDeclaredEncoding(bytes);
    expect(encoding).toBe("windows-1252");
    const { papers } = parseDblpXml(new TextDecoder(encoding).decode(bytes), "latin1.xml");
    expect(papers.find((p) => p.id === "phd/de/Muller2016")?.authors[0]?.name).toBe(
      "Jürgen Müller",
    );
  });

  it.each([1, 13, 4096])("streams in %i-character chunks like parse", async (size) => {
    const text = fixture("dblp/dblp-sample.xml");
    const streamed = await parseDblpStream(chunksOf(text, size), "dblp.xml");
    expect(streamed).toEqual(parseDblpXml(text, "dblp.xml"));
  });

  it("hands papers to onPaper as each record closes and reports progress", async () => {
    const text = fixture("dblp/dblp-sample.xml");
    const ids: string[] = [];
    let last = { chars: 0, papers: 0 };
    const result = await parseDblpStream(
      chunksOf(text, 100),
      "dblp.xml",
      (p) => (last = p),
      (p) => ids.push(p.id),
    );
    expect(result.papers).toEqual([]);
    expect(ids).toHaveLength(5);
    expect(last).toEqual({ chars: text.length, papers: 5 });
  });
});
