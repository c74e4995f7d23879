import { describe, expect, it } from "vitest";
import { mergeParsedFiles } from "../../src/io/merge";
import { parseProjectJson } from "../../src/io/projectJson";

const corpus = (reported: unknown): string =>
  JSON.stringify({
    papers: [{ id: "p1", title: "T", authors: ["Tom Jacobs"] }],
    ...(reported === undefined ? {} : { reportedRecords: reported }),
  });

describe("reported author records in project JSON", () => {
  it("reads a source's record count per name and carries it into the corpus", () => {
    const parsed = parseProjectJson(
      corpus([{ name: " Tom Jacobs ", records: 2, source: "a name-cluster page" }]),
      "seed.json",
    );
    expect(parsed.reportedRecords).toEqual([
      { name: "Tom Jacobs", records: 2, source: "a name-cluster page" },
    ]);
    expect(mergeParsedFiles("c", "c", [parsed]).reportedRecords).toEqual(parsed.reportedRecords);
  });

  it.each([
    [[{ name: "", records: 2, source: "s" }], "reportedRecords[0]"],
    [[{ name: "A", records: 0, source: "s" }], "reportedRecords[0]"],
    [[{ name: "A", records: 1.5, source: "s" }], "reportedRecords[0]"],
    [[{ name: "A", records: 2, source: "s" }, "junk"], "reportedRecords[1]"],
    ["not a list", "`reportedRecords` skipped"],
  ])("skips a bad entry %j with a note naming it, keeping the papers", (reported, named) => {
    const parsed = parseProjectJson(corpus(reported), "bad.json");
    expect(parsed.papers).toHaveLength(1);
    expect(parsed.notes.map((n) => n.message).join(" ")).toContain(named);
  });

  it("a corpus without counts has none", () => {
    const parsed = parseProjectJson(corpus(undefined), "plain.json");
    expect(parsed.reportedRecords).toBeUndefined();
    expect(mergeParsedFiles("c", "c", [parsed])).not.toHaveProperty("reportedRecords");
  });
});
