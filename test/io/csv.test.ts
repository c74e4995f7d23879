import { describe, expect, it } from "vitest";
import { genericCsv } from "../../src/io/csv/generic";
import { parseTable } from "../../src/io/csv/profile";
import { detectDelimiter, readCsvRows } from "../../src/io/csvRows";
import { corpusErrorOf, fixture, noteLines, readFixture } from "./fixtures";

const parseCsv = (text: string, name: string) => parseTable(text, name, genericCsv);
const parse = (name: string) => parseCsv(fixture(`csv/${name}`), name);

describe("CSV/TSV tables", () => {
  it("reads a comma-separated file with a BOM, quoted cells, embedded newlines and quotes", () => {
    const { papers, notes } = parse("papers.csv");
    expect(notes).toEqual([]);
    expect(papers[0]!.id).toBe("p1");
    expect(papers.map((p) => [p.id, p.title, p.year, p.venue, p.doi])).toEqual([
      [
        "p1",
        "Graph Neural Networks for Author Name Disambiguation",
        2021,
        "IEEE Trans. Knowl. Data Eng.",
        "10.1109/TKDE.2021.3100001",
      ],
      ["p2", "Fast Top-k Joins, Revisited", 2019, "ICDE", undefined],
      [
        "p3",
        'A title with an embedded line break and "quoted" words',
        undefined,
        'Journal of "Things"',
        "10.1000/xyz123",
      ],
      ["p4", "Stream Joins on Modern Hardware", 2016, undefined, undefined],
    ]);
  });

  it("splits authors on ';', turns 'Last, First' around and pairs affiliations by position", () => {
    const [first, second] = parse("papers.csv").papers;
    expect(first?.authors).toEqual([
      { name: "Wei Wang", affiliation: "UNSW Sydney" },
      { name: "Li Zhang", affiliation: "Tsinghua University" },
    ]);
    expect(second?.authors.map((a) => a.name)).toEqual([
      "Jürgen Müller",
      "José María García",
      "Wei Wang",
    ]);
  });

  it("reads a Web of Science tab-delimited export by its own column names", () => {
    const { papers } = parse("wos-export.tsv");
    expect(papers.map((p) => [p.id, p.year, p.venue, p.doi])).toEqual([
      ["WOS:000355286600030", 2015, "NATURE", "10.1038/nature14539"],
      [
        "WOS:000320381400001",
        2013,
        "IEEE TRANSACTIONS ON PATTERN ANALYSIS AND MACHINE INTELLIGENCE",
        "10.1109/TPAMI.2013.50",
      ],
    ]);
    expect(papers[0]?.authors.map((a) => a.name)).toEqual([
      "Yann LeCun",
      "Yoshua Bengio",
      "Geoffrey Hinton",
    ]);
  });

  it("reads a semicolon-separated file with CRLF line ends and ids made from file and line", () => {
    const { papers } = parse("semicolon.csv");
    expect(papers.map((p) => [p.id, p.title, p.venue])).toEqual([
      ["semicolon.csv#2", "Über Ströme", "Datenbank-Spektrum"],
      ["semicolon.csv#3", "Deep learning", "Nature"],
    ]);
    expect(papers[0]?.authors.map((a) => a.name)).toEqual(["Jürgen Müller", "José García"]);
  });

  it("refuses a table without an authors column, naming the header it has", () => {
    const error = corpusErrorOf(() => parse("missing-authors-column.csv"));
    expect([error.line, error.field]).toEqual([1, "authors"]);
    expect(error.message).toMatch(/no authors column in the header \(title, creator, year\)/);
  });

  it.each([
    ["empty-authors.csv", 3, "record skipped: no author names", 1],
    [
      "unclosed-quote.csv",
      3,
      'record skipped: a quoted cell opened here is never closed, so the rest of the file is one cell (write a quote inside a cell as "")',
      1,
    ],
    ["bad-year.csv", 3, "year that is not a plausible year left empty", 2],
  ])("reads %s leniently: line %i notes %j, %i papers kept", (name, line, message, count) => {
    const parsed = parse(name);
    expect(parsed.papers).toHaveLength(count);
    expect(noteLines(parsed)).toContainEqual([line, message]);
  });

  it("reads a Latin-1 table as Windows-1252, with a note", async () => {
    const parsed = await readFixture("csv/latin1.csv");
    expect(parsed.notes[0]!.message).toMatch(
      /^not valid UTF-8 \(byte 0x.. on line 3\); read as Windows-1252/,
    );
    expect(parsed.papers.length).toBeGreaterThan(0);
  });

  it("notes rows longer than the header and affiliations that do not match the authors", () => {
    const parsed = parseCsv("title,authors,affiliations\nT,A;B,X;Y;Z,extra\n", "n.csv");
    expect(noteLines(parsed)).toEqual([
      [2, "rows with more cells than the header; the extra cells were ignored"],
      [2, "`affiliations` not one per author; affiliations left out where the counts differ"],
    ]);
  });

  it("does not take an ID column (Web of Science's Keywords Plus, NA in R exports) for paper ids", () => {
    const parsed = parse("bibliometrix-export.csv");
    expect(parsed.papers.map((p) => [p.id, p.authors.length])).toEqual([
      ["bibliometrix-export.csv#2", 2],
      ["bibliometrix-export.csv#3", 2],
    ]);
    expect(noteLines(parsed)).toContainEqual([4, "record skipped: no author names"]);
  });

  it("splits an old comma-separated author list (Govil N., Sharma A.) instead of turning it around", () => {
    const parsed = parseCsv('title,authors\nT,"Govil N., Sharma A."\nU,"Doe, Jane"\n', "a.csv");
    expect(parsed.papers.map((p) => p.authors.map((a) => a.name))).toEqual([
      ["Govil N.", "Sharma A."],
      ["Jane Doe"],
    ]);
  });
});

describe("CSV rows", () => {
  it.each([
    ["title,authors", ","],
    ["title\tauthors\tyear", "\t"],
    ["title;authors;year", ";"],
    ['"title; with semicolon",authors', ","],
    ["title", ","],
  ])("detects the delimiter of %j", (header, delimiter) => {
    expect(detectDelimiter(header)).toBe(delimiter);
  });

  it.each([
    [
      'a,b\r\n"x, y","he said ""hi"""\r\n',
      [
        ["a", "b"],
        ["x, y", 'he said "hi"'],
      ],
    ],
    [
      'a,b\n"multi\nline",z\nlast,row',
      [
        ["a", "b"],
        ["multi\nline", "z"],
        ["last", "row"],
      ],
    ],
    [
      "a,b\r\rc,d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "a,b\n,\n",
      [
        ["a", "b"],
        ["", ""],
      ],
    ],
  ])("reads %j as RFC 4180 rows", (text, cells) => {
    expect(readCsvRows(text, ",", "r.csv").map((r) => r.cells)).toEqual(cells);
  });

  it("refuses a quoted cell that never closes, naming its line", () => {
    expect(() => readCsvRows('a,b\nx"y,"q"tail\n', ",", "r.csv")).toThrow(
      /r\.csv, line 2: a quoted cell/,
    );
  });

  it("numbers each row by the line it starts on", () => {
    const rows = readCsvRows('h1,h2\n"a\nb",c\nd,e\n', ",", "r.csv");
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});
