import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsvRows } from "../../../src/io/csvRows";
import {
  csvCell,
  REVIEW_FORMAT,
  reviewsFromCsv,
  reviewsFromJson,
  reviewsToCsv,
  reviewsToJson,
} from "../../../src/ui/review/reviewExport";
import type { ReviewRecord } from "../../../src/ui/reviewModel";

const NOW = new Date("2024-05-06T07:08:09.000Z");

const record = (patch: Partial<ReviewRecord> = {}): ReviewRecord => ({
  corpusId: "source",
  nameKey: "wei zhang",
  label: "Wei Zhang",
  status: "accepted",
  groups: [["p1", "p2"], ["p3"]],
  updatedAt: NOW.toISOString(),
  ...patch,
});

const RECORDS: ReviewRecord[] = [
  record(),
  record({
    nameKey: "ann lee",
    label: "Ann Lee",
    status: "edited",
    groups: [["p4"], ["p5", "p6"], ["p7"]],
  }),
];

const TITLES: Record<string, string> = {
  p1: "Query optimization, revisited",
  p2: 'The "cost" of histograms',
  p3: "Plant roots\nand soil",
  p4: '=HYPERLINK("http://evil")',
};
const titleOf = (id: string): string | undefined => TITLES[id];

/** The cells of a CSV text, read back with the app's CSV reader. */
const cellsOf = (csv: string): string[][] =>
  readCsvRows(csv, ",", "test.csv").map((row) => row.cells);

describe("review JSON", () => {
  it("round-trips records, moving them to the corpus they are imported into", () => {
    const json = reviewsToJson("source", RECORDS, NOW);
    expect(JSON.parse(json)).toMatchObject({
      format: REVIEW_FORMAT,
      version: 1,
      corpusId: "source",
    });
    expect(reviewsFromJson(json, "target")).toEqual(
      RECORDS.map((r) => ({ ...r, corpusId: "target" })),
    );
  });

  it("fills what an older or hand-written file leaves out", () => {
    const json = JSON.stringify({
      format: REVIEW_FORMAT,
      reviews: [{ nameKey: "ann lee", groups: [["p1"], [], ["p2"]], status: "weird" }],
    });
    expect(reviewsFromJson(json, "c")).toEqual([
      {
        corpusId: "c",
        nameKey: "ann lee",
        label: "ann lee",
        status: "edited",
        groups: [["p1"], ["p2"]],
        updatedAt: new Date(0).toISOString(),
      },
    ]);
  });

  it.each([
    ["not JSON", "{ reviews: ", /not valid JSON/],
    ["another format", JSON.stringify({ format: "x", reviews: [] }), /"coauthor-explorer-review"/],
    ["no reviews", JSON.stringify({ format: REVIEW_FORMAT }), /"reviews" array/],
    ["null", "null", /"coauthor-explorer-review"/],
    [
      "a review without a name key",
      JSON.stringify({ format: REVIEW_FORMAT, reviews: [record(), { groups: [["p1"]] }] }),
      /reviews\[1\]: needs "nameKey"/,
    ],
    [
      "groups that are not lists of ids",
      JSON.stringify({ format: REVIEW_FORMAT, reviews: [{ nameKey: "a", groups: [[1]] }] }),
      /reviews\[0\]: needs "nameKey" \(text\) and "groups"/,
    ],
  ])("rejects %s, saying what is wrong", (_, text, message) => {
    expect(() => reviewsFromJson(text, "c")).toThrow(message);
  });
});

describe("review CSV export", () => {
  it("writes a header and one row per paper, identities numbered from 1", () => {
    const csv = reviewsToCsv(RECORDS, titleOf);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(cellsOf(csv)).toEqual([
      ["name", "name_key", "paper_id", "title", "identity", "status"],
      ["Wei Zhang", "wei zhang", "p1", "Query optimization, revisited", "1", "accepted"],
      ["Wei Zhang", "wei zhang", "p2", 'The "cost" of histograms', "1", "accepted"],
      ["Wei Zhang", "wei zhang", "p3", "Plant roots\nand soil", "2", "accepted"],
      ["Ann Lee", "ann lee", "p4", '\'=HYPERLINK("http://evil")', "1", "edited"],
      ["Ann Lee", "ann lee", "p5", "", "2", "edited"],
      ["Ann Lee", "ann lee", "p6", "", "2", "edited"],
      ["Ann Lee", "ann lee", "p7", "", "3", "edited"],
    ]);
  });

  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["two\r\nlines", '"two\r\nlines"'],
    [" padded ", '" padded "'],
    // Cells a spreadsheet would run as a formula get an apostrophe.
    ["=cmd", "'=cmd"],
    ["+1 555", "'+1 555"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["=a,b", '"\'=a,b"'],
    ["a=b", "a=b"],
    // A leading apostrophe is the cell's own unless a formula character follows.
    ["'quoted", "'quoted"],
    ["'=x", "''=x"],
    ["''-1", "'''-1"],
  ])("csvCell(%j) → %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe("review CSV import", () => {
  it("reads back what it exported", () => {
    const csv = reviewsToCsv(RECORDS, titleOf);
    expect(reviewsFromCsv(csv, "target", NOW)).toEqual(
      RECORDS.map((r) => ({ ...r, corpusId: "target" })),
    );
  });

  it("gives back formula-like names and paper ids intact", () => {
    const risky = [
      record({ label: "=cmd|' /C calc'!A0", nameKey: "=cmd|' /c calc'!a0", groups: [["-1"]] }),
      record({
        label: "@ann",
        nameKey: "@ann",
        groups: [
          ["+p2", "=p3"],
          ["p,4", "'=p5", "'p6"],
        ],
      }),
    ];
    const csv = reviewsToCsv(risky, () => "=1+1");
    for (const row of cellsOf(csv).slice(1))
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(reviewsFromCsv(csv, "source", NOW)).toEqual(risky);
  });

  it("round-trips any names and paper ids", () => {
    const risky = fc.string({ unit: fc.constantFrom(..."'=+-@ ,\"\r\n\tab"), minLength: 1 });
    const text = fc
      .oneof(risky, fc.string({ unit: "binary", minLength: 1 }))
      .filter((s) => s.trim() === s && s !== "");
    const anyRecord = fc.record({
      label: text,
      nameKey: text,
      status: fc.constantFrom("accepted" as const, "edited" as const),
      groups: fc.array(fc.uniqueArray(text, { minLength: 1, maxLength: 3 }), {
        minLength: 1,
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(anyRecord, (r) => {
        const ids = r.groups.flat();
        fc.pre(new Set(ids).size === ids.length);
        const original = record(r);
        const csv = reviewsToCsv([original], () => "");
        expect(reviewsFromCsv(csv, "source", NOW)).toEqual([original]);
      }),
    );
  });

  it("tolerates a byte-order mark, header case and spacing, and blank lines", () => {
    const csv = "\uFEFF Name ,PAPER_ID,Identity\r\nWei Zhang,p1,1\r\n,,\r\n\r\nWEI  ZHANG,p2,2\r\n";
    expect(reviewsFromCsv(csv, "c", NOW)).toEqual([
      record({ corpusId: "c", groups: [["p1"], ["p2"]] }),
    ]);
  });

  it("orders identities by number, not as text", () => {
    const rows = ["10", "2", "1"].map((identity, i) => `Ann Lee,p${i},${identity}`);
    const [imported] = reviewsFromCsv(["name,paper_id,identity", ...rows].join("\n"), "c", NOW);
    expect(imported!.groups).toEqual([["p2"], ["p1"], ["p0"]]);
  });

  it("keys names without a name_key column by nameKey, and trusts the column when given", () => {
    const csv = "name,name_key,paper_id,identity\nAnn  LEE,,p1,1\nAnn Lee,custom,p2,1\n";
    expect(reviewsFromCsv(csv, "c", NOW).map((r) => r.nameKey)).toEqual(["ann lee", "custom"]);
  });

  it.each([["name"], ["paper_id"], ["identity"]])("names the missing %j column", (column) => {
    const header = ["name", "paper_id", "identity"].filter((c) => c !== column).join(",");
    expect(() => reviewsFromCsv(`${header}\nAnn Lee,p1\n`, "c")).toThrow(
      `CSV line 1: missing the "${column}" column`,
    );
  });

  it.each([
    ["name", ',p1,"",1'],
    ["paper_id", 'Ann Lee,,"",1'],
    ["identity", 'Ann Lee,p1,"", '],
  ])("names the line of an empty %s cell", (_, row) => {
    // The quoted title spans lines 2–3, so the bad row starts on line 4.
    const csv = `name,paper_id,title,identity\nAnn Lee,p0,"two\nlines",1\n${row}\n`;
    expect(() => reviewsFromCsv(csv, "c")).toThrow(
      /^CSV line 4: "name", "paper_id" and "identity" must not be empty/,
    );
  });

  it("reports an unclosed quote with its line", () => {
    expect(() => reviewsFromCsv('name,paper_id,identity\nAnn Lee,"p1,1\n', "c")).toThrow(
      /line 2.*never closed/,
    );
  });
});
