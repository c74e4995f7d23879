import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../src/io/bibtex";
import { corpusErrorOf, fixture } from "./fixtures";

const parse = (name: string) => parseBibtex(fixture(`bibtex/${name}`), name);

describe("BibTeX", () => {
  it("reads entries with the citation key as id, @string macros, # and crossref", () => {
    const { papers } = parse("refs.bib");
    expect(papers.map((p) => [p.id, p.title, p.year, p.venue, p.doi])).toEqual([
      [
        "wang2021gnn",
        "Graph Neural Networks for Author Name Disambiguation",
        2021,
        "IEEE Transactions on Knowledge and Data Engineering",
        "10.1109/TKDE.2021.3100001",
      ],
      [
        "garcia2019joins",
        "Fast Top-k Joins over CO2 Sensor Streams",
        2019,
        "Proc. ICDE 2019",
        "10.1109/ICDE.2019.00110",
      ],
      ["ieee2020style", "The IEEE Editorial Style Manual", 2020, undefined, undefined],
      ["erdos1950note", "On a Note & Its Extensions", 1950, undefined, undefined],
    ]);
    expect(papers[0]!.keywords).toEqual(["name disambiguation", "graph neural networks"]);
  });

  it.each([
    ["wang2021gnn", ["Wei Wang", "Li Zhang", "Jürgen Müller"]],
    ["garcia2019joins", ["José María García", "Antonín Dvořák", "Øystein Åström"]],
    ["ieee2020style", ["IEEE Computer Society", "Hans-Jörg Straßer"]],
    [
      "erdos1950note",
      ["Paul Erdős", "Ayşe Çelik", "Ludwig van Beethoven", "Pieter van der Berg Jr."],
    ],
  ])("turns the authors of %s into Unicode display names", (key, names) => {
    const paper = parse("refs.bib").papers.find((p) => p.id === key);
    expect(paper?.authors.map((a) => a.name)).toEqual(names);
  });

  it("notes what it leaves out: et al., crossref-only proceedings, author-less entries", () => {
    const { notes } = parse("refs.bib");
    expect(notes.map((n) => [n.line, n.message.split(" (")[0]])).toEqual([
      [25, '"and others" dropped; list every author to see their co-authorships'],
      [33, "entries referenced by crossref and without authors read only for inheritance"],
      [55, "skipped entries without author or editor"],
    ]);
  });

  it("takes editors when a book or proceedings has no authors and nobody cross-references it", () => {
    const text =
      "@proceedings{p1, editor = {Doe, Jane and Roe, Richard}, title = {Proc. X}, year = 2001}";
    expect(parseBibtex(text, "p.bib").papers[0]?.authors).toEqual([
      { name: "Jane Doe" },
      { name: "Richard Roe" },
    ]);
  });

  it.each([
    ["truncated.bib", 10, "title", /brace \{ is never closed|opening \{ is never closed/],
    ["unknown-macro.bib", 13, "journal", /unknown @string macro "tpami"/],
    ["missing-title.bib", 8, "title", /entry hinton2006 has no title/],
    ["bad-year.bib", 5, "year", /"forthcoming" in entry lecun2015 is not a year/],
    ["latin1.bib", 2, undefined, /not valid UTF-8/],
  ])("reports %s at line %i, field %s", (name, line, field, message) => {
    const error = corpusErrorOf(() => parse(name));
    expect([error.file, error.line, error.field]).toEqual([name, line, field]);
    expect(error.message).toMatch(message);
  });

  it.each([
    ["@article{, title = {T}}", /no citation key/],
    ["@article{k, title {T}}", /expected "=" but found "\{"/],
    ["@article{k, author = {A}, title = {T}", /expected "," but found the end of the file/],
    ["just some text, no entries", /no BibTeX entries/],
  ])("rejects %j with a CorpusError", (text, message) => {
    expect(corpusErrorOf(() => parseBibtex(text, "x.bib")).message).toMatch(message);
  });

  it("keeps the first of two entries with the same key and notes the repeat", () => {
    const text = "@misc{a, author={X}, title={One}}\n@misc{A, author={Y}, title={Two}}";
    const { papers, notes } = parseBibtex(text, "d.bib");
    expect(papers.map((p) => p.title)).toEqual(["One"]);
    expect(notes[0]?.message).toMatch(
      /repeated citation keys; the first entry was kept \(1×; e\.g\. A\)/,
    );
  });
});
