import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDblpStream, parseDblpXml } from "../../src/io/dblpXml";
import { chooseEncoding } from "../../src/io/encoding";
import { chunksOf, corpusErrorOf, fixture, fixturePath, noteLines, readFixture } from "./fixtures";

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
    [
      'Wei Wang 0001 with orcid="0000-0002-1825-0097"',
      { name: "Wei Wang", sourceId: "orcid:0000-0002-1825-0097" },
    ],
    ["Li Zhang 0004", { name: "Li Zhang", sourceId: "dblp:Li Zhang 0004" }],
    ["J&uuml;rgen M&uuml;ller", { name: "Jürgen Müller", sourceId: "dblp:Jürgen Müller" }],
    [
      "Jos&eacute; Mar&iacute;a Garc&iacute;a",
      { name: "José María García", sourceId: "dblp:José María García" },
    ],
    ["Bj&ouml;rn &Aring;str&ouml;m", { name: "Björn Åström", sourceId: "dblp:Björn Åström" }],
    ["Wei Wang 0002", { name: "Wei Wang", sourceId: "dblp:Wei Wang 0002" }],
  ])("turns the DBLP name %s into a display name and a source id", (_, mention) => {
    const mentions = parse("dblp-sample.xml").papers.flatMap((p) => p.authors);
    expect(mentions).toContainEqual(mention);
  });

  it("uses editors as the mentions of proceedings, which have no authors", () => {
    const proceedings = parse("dblp-sample.xml").papers.find((p) => p.id === "conf/icde/2019");
    expect(proceedings?.authors.map((a) => a.name)).toEqual(["Björn Åström", "Françoise Dupé"]);
  });

  it("notes the person pages it passes over and counts every record", () => {
    const parsed = parse("dblp-sample.xml");
    expect(noteLines(parsed)).toEqual([
      [40, "passed over <www> records (person pages and data sets, not papers)"],
    ]);
    expect([parsed.read, parsed.skipped]).toEqual([6, 1]);
  });

  it("reads a person page export (<dblpperson>) with records inside <r>", () => {
    const { papers } = parse("dblpperson.xml");
    expect(papers.map((p) => p.id)).toEqual(["journals/pvldb/WangLZ23", "conf/sigmod/QinWL20"]);
    expect(papers[1]!.authors).toEqual([
      { name: "Jianbin Qin", sourceId: "dblp:Jianbin Qin" },
      { name: "Wei Wang", sourceId: "dblp:Wei Wang 0001" },
      { name: "Xuemin Lin", sourceId: "dblp:Xuemin Lin 0001" },
    ]);
  });

  it.each([
    [
      "unknown-entity.xml",
      30,
      "unknown entities, which neither XML nor DBLP's DTD defines, kept verbatim",
      5,
    ],
    [
      "truncated.xml",
      48,
      "unclosed tag: title; the file looks truncated; download or export it again; the 3 records before it were kept",
      3,
    ],
    ["missing-title.xml", 53, "record skipped: no <title>", 4],
    ["bad-year.xml", 50, "<year> that is not a plausible year left empty", 5],
    ["missing-key.xml", 46, "record skipped: <phdthesis> without a key attribute", 4],
  ])("reads %s leniently: line %i notes %j, %i papers kept", (name, line, message, count) => {
    const parsed = parse(name);
    expect(parsed.papers).toHaveLength(count);
    expect(noteLines(parsed)).toContainEqual([line, message]);
  });

  it("keeps the records of a dump cut after them, noting where it ends", () => {
    const parsed = parseDblpXml(
      "<dblp><article key='a'><title>T</title><author>A</author></article>",
      "cut.xml",
    );
    expect(parsed.papers.map((p) => p.id)).toEqual(["a"]);
    expect(parsed.notes[0]!.message).toMatch(/unclosed tag: dblp; the file looks truncated/);
  });

  it("keeps a record whose <year> is blank, without a year (quirk: <year> </year>)", () => {
    const text =
      "<dblp><article key='a/b'><author>Ann Lee</author><title>T.</title><year> </year></article></dblp>";
    const parsed = parseDblpXml(text, "blank.xml");
    expect(parsed.papers).toEqual([
      { id: "a/b", title: "T", authors: [{ name: "Ann Lee", sourceId: "dblp:Ann Lee" }] },
    ]);
    expect(noteLines(parsed)).toEqual([[1, "blank <year> left empty"]]);
  });

  it("reads a file declared UTF-8 that holds Latin-1 bytes as Windows-1252, with a note", async () => {
    const parsed = await readFixture("dblp/latin1-undeclared.xml");
    expect(parsed.papers.flatMap((p) => p.authors.map((a) => a.name))).toContain("Jürgen Müller");
    expect(parsed.notes[0]!.message).toMatch(
      /^not valid UTF-8 \(byte 0xFC on line 47\); read as Windows-1252/,
    );
  });

  it.each([
    ["hello", /no XML elements found/],
    ["", /no XML elements/],
    [
      "<dblp><article key='a'><title>T</title><author>A</author>",
      /unclosed tag: article; the file looks truncated/,
    ],
    [
      "<dblp><www key='homepages/a'><author>A</author><title>Home Page</title></www></dblp>",
      /no DBLP publication records found/,
    ],
  ])("rejects %j with a CorpusError", (text, message) => {
    expect(corpusErrorOf(() => parseDblpXml(text, "x.xml")).message).toMatch(message);
  });

  it("decodes a file that declares ISO-8859-1, as dblp.xml does", () => {
    const bytes = readFileSync(fixturePath("dblp/latin1-declared.xml"));
    const { encoding } = chooseEncoding(bytes, true);
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
      (p) => void ids.push(p.id),
    );
    expect(result.papers).toEqual([]);
    expect(ids).toHaveLength(5);
    expect(last).toEqual({ chars: text.length, papers: 5 });
  });
});
