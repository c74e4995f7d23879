import { openAsBlob } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../src/io/bibtex/bibtex";
import { mergeParsedFiles } from "../../src/io/merge";
import { readCorpusFiles } from "../../src/io/readFiles";
import { asyncCorpusErrorOf, fixture, fixturePath, noteLines, readFixture } from "./fixtures";

const parse = (name: string) => parseBibtex(fixture(`bibtex/${name}`), name);
const byId = async (name: string, id: string) =>
  (await parse(name)).papers.find((p) => p.id === id);

describe("BibTeX", () => {
  it("reads entries with the citation key as id, @string macros, # and crossref", async () => {
    const { papers } = await parse("refs.bib");
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
        "Fast Top-k Joins over CO₂ Sensor Streams",
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
  ])("turns the authors of %s into Unicode display names", async (key, names) => {
    expect((await byId("refs.bib", key))?.authors.map((a) => a.name)).toEqual(names);
  });

  it("notes what it leaves out, and counts the entries read and skipped", async () => {
    const parsed = await parse("refs.bib");
    expect(noteLines(parsed)).toEqual([
      [25, '"and others" dropped; list every author to see their co-authorships'],
      [33, "entries referenced by crossref and without authors read only for inheritance"],
      [55, "record skipped: no author or editor"],
    ]);
    expect([parsed.read, parsed.skipped]).toEqual([6, 2]);
  });

  it("takes editors when a book or proceedings has no authors and nobody cross-references it", async () => {
    const text =
      "@proceedings{p1, editor = {Doe, Jane and Roe, Richard}, title = {Proc. X}, year = 2001}";
    expect((await parseBibtex(text, "p.bib")).papers[0]?.authors).toEqual([
      { name: "Jane Doe" },
      { name: "Richard Roe" },
    ]);
  });

  it.each([
    [
      "truncated.bib",
      8,
      "record skipped: an entry that cannot be read: the { opened on line 10 is never closed (a brace is missing, or the file is truncated)",
      1,
    ],
    ["unknown-macro.bib", 13, "undefined @string macros left out of `journal`", 2],
    ["missing-title.bib", 8, "record skipped: no title", 1],
    ["bad-year.bib", 5, "`year` that is not a plausible year left empty", 1],
  ])("reads %s leniently: line %i notes %j, %i papers kept", async (name, line, message, count) => {
    const parsed = await parse(name);
    expect(parsed.papers).toHaveLength(count);
    expect(noteLines(parsed)).toContainEqual([line, message]);
  });

  it("reads a Latin-1 file as Windows-1252 with a note instead of refusing it", async () => {
    const parsed = await readFixture("bibtex/latin1.bib");
    expect(parsed.papers[0]!.authors.map((a) => a.name)).toEqual(["Jürgen Müller", "José García"]);
    expect(parsed.notes[0]!.message).toMatch(
      /^not valid UTF-8 \(byte 0xFC on line 2\); read as Windows-1252/,
    );
  });

  it.each([
    ["@article{, title = {T}}", /the @article entry has no citation key/],
    ["@article{k, title {T}}", /expected "=" but found "\{"/],
    ["@article{k, author = {A}, title = {T}", /expected "," but found the end of the file/],
    ["just some text, no entries", /no BibTeX entries found/],
  ])("rejects %j, which holds nothing usable", async (text, message) => {
    expect((await asyncCorpusErrorOf(parseBibtex(text, "x.bib"))).message).toMatch(message);
  });
});

describe("BibTeX quirks of real files (issue 8)", () => {
  it("keeps an entry whose year is 'in press', without a year", async () => {
    const paper = await byId("quirks.bib", "inpress2024");
    expect(paper).toMatchObject({
      title: "Accepted but Not Yet Printed",
      venue: "Journal of the Association for Information Science and Technology",
    });
    expect(paper?.year).toBeUndefined();
  });

  it("reads an entry with an undefined @string macro in a field it does not use, without a note", async () => {
    const parsed = await parse("quirks.bib");
    expect(parsed.papers.find((p) => p.id === "unusedmacro2019")?.venue).toBe("Scientometrics");
    expect(parsed.notes.map((n) => n.message).join("\n")).not.toMatch(/undefinedmacro/);
  });

  it("reads a title that is one unknown command as the command's name", async () => {
    expect((await byId("quirks.bib", "mmas2000"))?.title).toBe("MaxMinAntSystem");
  });

  it("reads \\'\\i as í without swallowing the rest of the name; math and \\hspace{0pt} leave clean text", async () => {
    const paper = await byId("quirks.bib", "altamirano2015");
    expect(paper?.authors.map((a) => a.name)).toEqual(["Matías Altamirano", "José García"]);
    expect(paper?.title).toBe("An in vivo study of α-helices and CO₂-capture");
  });

  it("drops an entry that never closes and resumes at the next entry", async () => {
    const parsed = await parse("quirks.bib");
    expect(parsed.papers.map((p) => p.id)).toEqual([
      "inpress2024",
      "unusedmacro2019",
      "mmas2000",
      "altamirano2015",
      "after2017",
    ]);
    expect(noteLines(parsed)).toContainEqual([
      32,
      'record skipped: an entry that cannot be read: expected "," but found "@" on line 38',
    ]);
  });

  it("reads biblatex date and journaltitle, and crossref children inherit editors or authors", async () => {
    const parsed = await parse("biblatex.bib");
    expect(parsed.papers.map((p) => [p.id, p.year, p.venue, p.authors.map((a) => a.name)])).toEqual(
      [
        ["smith2020", 2020, "Journal of Informetrics", ["Jane Smith", "John Doe"]],
        ["chapter2019", 2019, "Proceedings of the Workshop on Names", ["Richard Roe", "Paula Poe"]],
        ["inbook2018", 2018, "Essays of an Information Scientist", ["Eugene Garfield"]],
        ["book2018", 2018, undefined, ["Eugene Garfield"]],
      ],
    );
  });

  it("reads Scopus BibTeX: apostrophe keys, EID as id, no person for [No author name available]", async () => {
    const parsed = await parse("scopus.bib");
    expect(parsed.papers.map((p) => [p.id, p.authors.map((a) => a.name), p.year])).toEqual([
      ["2-s2.0-84888373214", ["R. D'Ambrosio", "B. Paternoster", "F. Santomauro"], 2017],
      ["2-s2.0-85071234567", ["N. Govil", "A. Sharma"], 2019],
    ]);
    expect(parsed.papers[0]!.keywords).toEqual([
      "Exponential fitting",
      "Runge–Kutta–Nyström methods",
      "Oscillatory problems",
    ]);
    expect(noteLines(parsed)).toContainEqual([40, "record skipped: no author or editor"]);
  });

  it("reads Web of Science BibTeX: UT as id, field names with parentheses, researcher ids", async () => {
    const parsed = await parse("wos.bib");
    expect(parsed.papers.map((p) => [p.id, p.title, p.venue, p.year])).toEqual([
      ["WOS:000355286600030", "Deep learning", "NATURE", 2015],
      [
        "WOS:000425498400063",
        "Deep Residual Learning for Image Recognition",
        "2016 IEEE CONFERENCE ON COMPUTER VISION AND PATTERN RECOGNITION (CVPR)",
        2016,
      ],
    ]);
    expect(parsed.papers[0]!.authors).toEqual([
      { name: "Yann LeCun", sourceId: "wos:B-5678-2012" },
      { name: "Yoshua Bengio", sourceId: "orcid:0000-0002-9322-3515" },
      { name: "Geoffrey Hinton", sourceId: "wos:A-1234-2010" },
    ]);
    expect(parsed.skipped).toBe(0);
  });

  it("resolves macros across the files of one import; a file of only @string is no error", async () => {
    const names = ["split-library/abbreviations.bib", "split-library/papers.bib"];
    const files = await Promise.all(
      names.map(async (name) => ({ name, blob: await openAsBlob(fixturePath(`bibtex/${name}`)) })),
    );
    const corpus = mergeParsedFiles("lib", "lib", await readCorpusFiles(files));
    expect(corpus.papers.map((p) => p.venue)).toEqual([
      "Journal of the Association for Information Science and Technology",
      "Scientometrics",
    ]);
    expect(corpus.notes.map((n) => n.message)).toContain(
      "only @string definitions (2), shared with the other files of this import (1×)",
    );
  });

  it("refuses a lone file of only @string definitions by saying what it holds", async () => {
    const name = "split-library/abbreviations.bib";
    const blob = await openAsBlob(fixturePath(`bibtex/${name}`));
    const error = await asyncCorpusErrorOf(readCorpusFiles([{ name, blob }]));
    expect([error.line, error.message]).toEqual([
      1,
      `${name}, line 1: only @string definitions (2), no entries; nothing to import (import it together with the .bib files that use its macros)`,
    ]);
  });

  it("stops macro expansion that would blow a small file up", async () => {
    let text =
      "@string{a = {xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx}}\n";
    for (let i = 0; i < 12; i++)
      text += `@string{${"b".repeat(i + 1)} = ${i === 0 ? "a" : "b".repeat(i)} # ${i === 0 ? "a" : "b".repeat(i)}}\n`;
    text += "@article{k, author = {A B}, title = bbbbbbbbbbbb, year = 2000}\n";
    text += "@article{fine, author = {C D}, title = {Fine}, year = 2001}\n";
    const parsed = await parseBibtex(text, "bomb.bib");
    expect(JSON.stringify(parsed).length).toBeLessThan(4 * text.length + 200_000);
    expect(parsed.notes.map((n) => n.message)).toContainEqual(
      expect.stringMatching(/^@string expansion and crossref inheritance stopped/),
    );
  });
});

describe("BibTeX crossref without amplification", () => {
  it("stops copying a huge parent field into many children past the file's budget", async () => {
    const big = "x".repeat(20_000);
    let text = `@proceedings{p, editor = {Ed Itor}, title = {${big}}, year = 2000}\n`;
    for (let i = 0; i < 200; i++)
      text += `@inproceedings{c${i}, author = {A B}, title = {T${i}}, crossref = {p}}\n`;
    const parsed = await parseBibtex(text, "amp.bib");
    expect(JSON.stringify(parsed).length).toBeLessThan(12 * text.length + 20_000);
    expect(parsed.papers).toHaveLength(200);
  });
});
