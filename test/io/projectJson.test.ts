import { describe, expect, it } from "vitest";
import { CorpusError } from "../../src/core/corpus";
import { mergeParsedFiles } from "../../src/io/merge";
import { parseProjectJson } from "../../src/io/projectJson";
import { detectFormat } from "../../src/io/registry";

describe("project corpus JSON", () => {
  it("reads papers with string or object authors and optional fields", () => {
    const text = JSON.stringify({
      papers: [
        {
          id: 1,
          title: "A",
          year: 2020,
          venue: "V",
          authors: ["Ann Lee", { name: "Bo Li", sourceId: "A1", affiliation: "X", label: "p1" }],
        },
      ],
    });
    const { papers } = parseProjectJson(text, "c.json");
    expect(papers).toEqual([
      {
        id: "1",
        title: "A",
        year: 2020,
        venue: "V",
        authors: [
          { name: "Ann Lee" },
          { name: "Bo Li", sourceId: "A1", affiliation: "X", label: "p1" },
        ],
      },
    ]);
  });

  it.each([
    ["{not json", /c\.json, line 1: not valid JSON/],
    ["[]", /expected an object with a "papers" array/],
    ['{\n"papers": [\n{"id": "1",,}\n]}', /c\.json, line 3: not valid JSON/],
    [
      '{"papers":[{"id":"1","title":"T","authors":[]}]}',
      /no usable papers: `authors` is empty or missing; every paper needs at least one author/,
    ],
  ])("rejects %j, a file with nothing usable, naming why", (text, message) => {
    expect(() => parseProjectJson(text, "c.json")).toThrow(CorpusError);
    expect(() => parseProjectJson(text, "c.json")).toThrow(message);
  });

  it.each([
    [
      '{"id":"2","authors":["A"]}',
      "record skipped: `title` is missing or empty; it must be a non-empty string (1×; e.g. papers[1])",
    ],
    [
      '{"id":"2","title":"T","authors":["A"],"year":"2020"}',
      "record skipped: `year` must be a number (1×; e.g. papers[1])",
    ],
    [
      '{"id":"2","title":"T","authors":["A"],"year":20200}',
      "record skipped: `year` must be a whole year such as 2019 (1×; e.g. papers[1])",
    ],
    [
      '{"id":"2","title":"T","authors":[{"nom":"A"}]}',
      "record skipped: `authors[].name` is missing or empty; it must be a non-empty string (1×; e.g. papers[1])",
    ],
  ])("skips the bad paper %s and keeps the good one, noting the field", (bad, message) => {
    const text = `{"papers":[{"id":"1","title":"T","authors":["A"]},${bad}]}`;
    const parsed = parseProjectJson(text, "c.json");
    expect(parsed.papers.map((p) => p.id)).toEqual(["1"]);
    expect([parsed.read, parsed.skipped]).toEqual([2, 1]);
    expect(parsed.notes.map((n) => n.message)).toEqual([message]);
  });

  it("leaves repeated ids to the merge every import shares (convert's output reads back)", () => {
    const text =
      '{"papers":[{"id":"1","title":"T","authors":["A"]},{"id":"1","title":"T","authors":["B"]}]}';
    const corpus = mergeParsedFiles("c", "c", [parseProjectJson(text, "c.json")]);
    expect(corpus.papers).toEqual([
      { id: "1", title: "T", authors: [{ name: "A" }, { name: "B" }] },
    ]);
  });

  it("is detected by content, whatever the file is called", () => {
    expect(detectFormat('{"papers": []}', "export.txt")?.id).toBe("corpus-json");
    expect(
      detectFormat('{"meta": {}, "results": [{"abstract": {"papers": [1]}}]}', "x.json")?.id,
    ).not.toBe("corpus-json");
  });
});

describe("merging files", () => {
  it("joins papers that share an id, keeping each file's labels on the right mention", () => {
    const corpus = mergeParsedFiles("c", "c", [
      {
        file: "a.xml",
        read: 1,
        skipped: 0,
        papers: [
          {
            id: "7",
            title: "T",
            authors: [{ name: "Ann Lee", label: "Ann Lee#1" }, { name: "Bo Li" }],
          },
        ],
        notes: [],
      },
      {
        file: "b.xml",
        read: 1,
        skipped: 0,
        papers: [
          {
            id: "7",
            title: "T",
            year: 2001,
            authors: [{ name: "Ann Lee" }, { name: "bo li", label: "Bo Li#3" }],
          },
        ],
        notes: [],
      },
    ]);
    expect(corpus.papers).toHaveLength(1);
    expect(corpus.papers[0]!.year).toBe(2001);
    expect(corpus.papers[0]!.authors).toEqual([
      { name: "Ann Lee", label: "Ann Lee#1" },
      { name: "Bo Li", label: "Bo Li#3" },
    ]);
    expect(corpus.notes.map((n) => n.message)).toEqual([
      "read 2 records from 2 files: 1 paper, 0 skipped, 1 merged by id",
      "merged 1 repeated paper records by paper id",
    ]);
  });

  it("keeps apart two records that reuse an id for different titles (a citation key collision)", () => {
    const paper = (title: string) => ({ id: "smith2019", title, authors: [{ name: "J. Smith" }] });
    const file = {
      file: "a.bib",
      read: 2,
      skipped: 0,
      notes: [],
      papers: [paper("One"), paper("Two")],
    };
    const corpus = mergeParsedFiles("c", "c", [file]);
    expect(corpus.papers.map((p) => [p.id, p.title])).toEqual([
      ["smith2019", "One"],
      ["smith2019~2", "Two"],
    ]);
    expect(corpus.notes.at(-1)!.message).toMatch(/kept 1 records apart .* e\.g\. smith2019~2/);
  });
});
