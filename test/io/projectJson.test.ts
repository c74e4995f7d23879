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
    [
      '{"papers":[{"id":"1","title":"T","authors":[]}]}',
      /`papers\[0\]\.authors`: is empty or missing; every paper needs at least one author/,
    ],
    ['{"papers":[{"id":"1","authors":["A"]}]}', /`papers\[0\]\.title`: is missing or empty/],
    [
      '{"papers":[{"id":"1","title":"T","authors":["A"],"year":"2020"}]}',
      /`papers\[0\]\.year`: must be a number/,
    ],
    [
      '{"papers":[{"id":"1","title":"T","authors":[{"nom":"A"}]}]}',
      /`papers\[0\]\.authors\[0\]\.name`/,
    ],
    [
      '{"papers":[{"id":"1","title":"T","authors":["A"]},{"id":"1","title":"U","authors":["B"]}]}',
      /`papers\[1\]\.id`: duplicate paper id "1"/,
    ],
    ['{\n"papers": [\n{"id": "1",,}\n]}', /c\.json, line 3: not valid JSON/],
  ])("rejects %j with a message naming the field", (text, message) => {
    expect(() => parseProjectJson(text, "c.json")).toThrow(CorpusError);
    expect(() => parseProjectJson(text, "c.json")).toThrow(message);
  });

  it("is detected by content, whatever the file is called", () => {
    expect(detectFormat('{"papers": []}', "export.txt")?.id).toBe("corpus-json");
  });
});

describe("merging files", () => {
  it("joins papers that share an id, keeping each file's labels on the right mention", () => {
    const corpus = mergeParsedFiles("c", "c", [
      {
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
      "merged 1 repeated paper records by paper id",
    ]);
  });
});
