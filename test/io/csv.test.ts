import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/io/csv";
import { detectDelimiter, readCsvRows } from "../../src/io/csvRows";
import { corpusErrorOf, fixture } from "./fixtures";

const parse = (name: string) => parseCsv(fixture(`csv/${name}`), name);

describe("CSV/TSV tables", () => {
  it("reads a comma-separated file with a BOM, quoted cells, embedded newlines and quotes", () => {
    const { papers, notes } = parse("papers.csv");
    expect(notes).toEqual([]);
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

  it.each([
    [
      "missing-authors-column.csv",
      1,
      "authors",
      /no authors column in the header \(title, creator, year\)/,
    ],
    ["empty-authors.csv", 3, "authors", /is empty; every paper needs at least one author/],
    ["unclosed-quote.csv", 3, undefined, /quoted cell opened here is never closed/],
    ["bad-year.csv", 3, "year", /"next year" is not a year/],
    ["latin1.csv", 3, undefined, /not valid UTF-8/],
  ])("reports %s at line %i, field %s", (name, line, field, message) => {
    const error = corpusErrorOf(() => parse(name));
    expect([error.file, error.line, error.field]).toEqual([name, line, field]);
    expect(error.message).toMatch(message);
  });

  it("names the header as written in errors about a cell", () => {
    const error = corpusErrorOf(() => parseCsv("Paper Title,AU\nX,\n", "t.csv"));
    expect([error.line, error.field]).toEqual([2, "AU"]);
  });

  it("notes rows longer than the header and affiliations that do not match the authors", () => {
    const { notes } = parseCsv("title,authors,affiliations\nT,A;B,X;Y;Z,extra\n", "n.csv");
    expect(notes.map((n) => n.message.split(" (")[0])).toEqual([
      "rows with more cells than the header; the extra cells were ignored",
      'affiliations not one per author, separated by ";"; kept only where the counts match',
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
      'a,b\nx"y,"q"tail\n',
      [
        ["a", "b"],
        ['x"y', "qtail"],
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

  it("numbers each row by the line it starts on", () => {
    const rows = readCsvRows('h1,h2\n"a\nb",c\nd,e\n', ",", "r.csv");
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});
