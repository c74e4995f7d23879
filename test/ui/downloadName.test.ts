import { describe, expect, it } from "vitest";
import { downloadName } from "../../src/ui/downloadName";

describe("downloadName", () => {
  it.each([
    ["works.json", "json", "review-works.json"],
    ["works.jsonl.gz", "json", "review-works.json"],
    ["http://127.0.0.1:4173/data/corpus.json", "json", "review-corpus.json"],
    [
      "Arnetminer names + Tom Jacobs seed (default)",
      "csv",
      "review-Arnetminer_names_Tom_Jacobs_seed_default.csv",
    ],
    ["refs.bib", "csv", "review-refs.csv"],
    ["3 files (a.csv, …)", "json", "review-3_files_a.csv.json"],
    ["", "json", "review-corpus.json"],
    ["...json", "json", "review-corpus.json"],
  ])("%j as %s → %s", (label, extension, expected) => {
    expect(downloadName("review", label, extension)).toBe(expected);
  });
});
