// Reading decisions files: this format, version-1 review JSON and review CSV (UTF-8 or UTF-16);
// every failure is a DecisionsFileError naming the entry and field, never a foreign exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decisionsToCsv } from "../../../src/core/decisions/csvExport";
import { DECISIONS_FORMAT, type DecisionsFile } from "../../../src/core/decisions/file";
import { DecisionsFileError } from "../../../src/core/decisions/fileError";
import { readDecisionsFile } from "../../../src/core/decisions/readFile";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  units.forEach((u, i) => {
    bytes[2 * i + (endian === "le" ? 0 : 1)] = u & 0xff;
    bytes[2 * i + (endian === "le" ? 1 : 0)] = u >> 8;
  });
  return bytes;
}

const CSV =
  "name,name_key,paper_id,title,identity\r\nLei Wang,lei wang,p1,Über Graphs,1\r\nLei Wang,lei wang,p2,Trees,2\r\nLei Wang,lei wang,p3,Forests,2\r\n";

function read(text: string | Uint8Array, name = "f.json") {
  return readDecisionsFile(typeof text === "string" ? utf8(text) : text, name);
}

function errorOf(text: string | Uint8Array, name = "f.json"): string {
  try {
    read(text, name);
  } catch (error) {
    expect(error).toBeInstanceOf(DecisionsFileError);
    return (error as Error).message;
  }
  throw new Error("expected a DecisionsFileError");
}

describe("reading decisions files", () => {
  it.each([
    ['{"reviews":[null]}', "reviews[0]: expected an object, got null"],
    [
      '{"reviews":[{"nameKey":"x","groups":"p1"}]}',
      "reviews[0].groups: expected lists of paper ids, got a string",
    ],
    ["{", "is not valid JSON"],
    ["[1,2]", "expected a decisions object, got an array"],
    ['{"format":"something"}', '"format" is "something": not a decisions file'],
    [`{"format":"${DECISIONS_FORMAT}","version":9,"names":[]}`, '"version" is 9'],
    [
      `{"format":"${DECISIONS_FORMAT}","version":2,"names":{}}`,
      '"names": expected a list of names, got an object',
    ],
    [
      `{"format":"${DECISIONS_FORMAT}","version":2,"names":[{"nameKey":"x","log":[{"kind":"move"}]}]}`,
      "names[0] (x).log[0].id: is missing; this name was not imported",
    ],
    [
      `{"format":"${DECISIONS_FORMAT}","version":2,"names":[{"nameKey":"x","log":[{"id":"a","corpusId":"c","nameKey":"x","at":"2026-01-01T00:00:00.000Z","session":"s","deps":[],"kind":"move","papers":"p1","to":{"id":"p"},"from":[]}]}]}`,
      "names[0] (x).log[0].papers: expected Array",
    ],
  ])("%s → %s", (input, message) => {
    expect(errorOf(input)).toContain(message);
  });

  it("skips one bad name and reads the others, reporting it", () => {
    const parsed = read(
      '{"reviews":[null,{"nameKey":"lei wang","label":"Lei Wang","groups":[["p1"],["p2","p3"]]}]}',
    );
    expect(parsed.skipped).toEqual(["reviews[0]: expected an object, got null"]);
    expect(parsed.names[0]).toMatchObject({
      nameKey: "lei wang",
      groups: [
        { id: "p1", papers: ["p1"] },
        { id: "p2", papers: ["p2", "p3"] },
      ],
    });
  });

  it.each([
    ["UTF-8", utf8(CSV)],
    ["UTF-8 with BOM", utf8(`\uFEFF${CSV}`)],
    ["UTF-16LE with BOM", utf16(CSV, "le", true)],
    ["UTF-16BE with BOM", utf16(CSV, "be", true)],
    ["UTF-16LE without BOM", utf16(CSV, "le", false)],
  ])("reads a review CSV saved as %s", (_label, bytes) => {
    const parsed = read(bytes, "review.csv");
    expect(parsed.names).toEqual([
      {
        nameKey: "lei wang",
        label: "Lei Wang",
        papers: [
          { id: "p1", title: "Über Graphs" },
          { id: "p2", title: "Trees" },
          { id: "p3", title: "Forests" },
        ],
        groups: [
          { id: "p1", papers: ["p1"] },
          { id: "p2", papers: ["p2", "p3"] },
        ],
        unassigned: [],
      },
    ]);
  });

  it("refuses Latin-1 and binary files instead of misreading them", () => {
    const latin1 = Uint8Array.from([
      ...utf8("name,paper_id,identity\r\nJos"),
      0xe9,
      ...utf8(",p1,1\r\n"),
    ]);
    expect(errorOf(latin1, "r.csv")).toContain("is not UTF-8 or UTF-16 text");
    expect(errorOf(Uint8Array.from([1, 0, 0, 2, 0, 0, 3]), "r.csv")).toContain("NUL bytes");
    expect(errorOf(utf16(CSV, "le", true).subarray(0, 41), "r.csv")).toContain(
      "odd number of bytes",
    );
  });

  it("reads back its own CSV export", () => {
    const file: DecisionsFile = {
      format: DECISIONS_FORMAT,
      version: 2,
      corpusId: "c",
      corpusLabel: "c",
      exportedAt: "2026-01-01T00:00:00.000Z",
      names: [
        {
          nameKey: "lei wang",
          label: "Lei Wang",
          identities: [
            { id: "p1", label: "=Lei Wang, Tsinghua", papers: ["p1", "p2"], authorIds: ["A1"] },
          ],
          unassigned: ["p3"],
          papers: [
            { id: "p1", title: '+Graphs, "quoted"', year: 2001, doi: "10.1234/x" },
            { id: "p2", title: "Trees" },
            { id: "p3", title: "Other" },
          ],
          log: [],
        },
      ],
    };
    const parsed = read(decisionsToCsv(file), "d.csv");
    expect(parsed.names[0]).toMatchObject({
      groups: [{ id: "p1", papers: ["p1", "p2"] }],
      unassigned: ["p3"],
      papers: [
        { id: "p1", title: '+Graphs, "quoted"', year: 2001, doi: "10.1234/x" },
        { id: "p2" },
        { id: "p3" },
      ],
    });
  });

  it("throws nothing but DecisionsFileError on any input (property)", () => {
    const json = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.jsonValue().map((v) => JSON.stringify({ reviews: [v] })),
      fc
        .jsonValue()
        .map((v) => JSON.stringify({ format: DECISIONS_FORMAT, version: 2, names: [v] })),
      fc.jsonValue().map((v) =>
        JSON.stringify({
          format: DECISIONS_FORMAT,
          version: 2,
          names: [{ nameKey: "x", log: [v] }],
        }),
      ),
      fc.string().map((s) => `name,paper_id,identity\n${s}`),
    );
    const bytes = fc.oneof(json.map(utf8), fc.uint8Array({ maxLength: 300 }));
    fc.assert(
      fc.property(bytes, (input) => {
        try {
          const parsed = readDecisionsFile(input, "fuzz.json");
          expect(parsed.names.length).toBeGreaterThan(0);
        } catch (error) {
          if (!(error instanceof DecisionsFileError)) throw error;
        }
      }),
      { seed: 42, numRuns: 3000 },
    );
  });
});
