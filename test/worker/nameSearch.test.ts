import { describe, expect, it } from "vitest";
import { NameSearch, type NameEntry } from "../../src/worker/nameSearch";

const NAMES: [label: string, papers: number][] = [
  ["José García", 12],
  ["Jose Garcia", 1],
  ["Wei Zhang", 40],
  ["Wei Zhao", 3],
  ["Hans-Peter Müller", 5],
  ["Ann Lee", 2],
];
const entries: NameEntry[] = NAMES.map(([label, papers], id) => ({
  id,
  key: label.toLowerCase(),
  label,
  papers,
}));
const search = new NameSearch();
search.addAllSync(entries);
const labels = (query: string, limit?: number): string[] =>
  search.search(query, limit).map((hit) => hit.label);

describe("NameSearch", () => {
  it.each<[string, string[]]>([
    // Accent-folded prefix search; the busier of two equal matches first.
    ["jose garc", ["José García", "Jose Garcia"]],
    ["GARCÍA", ["José García", "Jose Garcia"]],
    ["müller", ["Hans-Peter Müller"]],
    ["muller hans", ["Hans-Peter Müller"]],
    // All words must match.
    ["wei zh", ["Wei Zhang", "Wei Zhao"]],
    ["wei lee", []],
    // One typo is forgiven in words of four letters or more, not in shorter ones.
    ["zhanf", ["Wei Zhang"]],
    ["leee", ["Ann Lee"]],
    ["lea", []],
    ["", []],
    ["   ", []],
  ])("%j → %j", (query, expected) => {
    expect(labels(query)).toEqual(expected);
  });

  it("returns at most `limit` hits, with key and paper count", () => {
    expect(search.search("wei", 1)).toEqual([{ key: "wei zhang", label: "Wei Zhang", papers: 40 }]);
  });

  it("indexes in chunks with addAll as addAllSync does", async () => {
    const chunked = new NameSearch();
    await chunked.addAll(entries);
    expect(chunked.search("jose garc")).toEqual(search.search("jose garc"));
  });
});

describe("ranking among equally good matches", () => {
  it("puts the busier name first; a typo match does not outweigh an exact one", () => {
    const search = new NameSearch();
    search.addAllSync([
      { id: 0, key: "gang wang", label: "Gang Wang", papers: 3 },
      { id: 1, key: "lei wang", label: "Lei Wang", papers: 308 },
      { id: 2, key: "gang chen", label: "Gang Chen", papers: 40 },
    ]);
    // Gang Chen comes last: only its "gang" is one edit away from "wang".
    expect(search.search("wang").map((hit) => hit.label)).toEqual([
      "Lei Wang",
      "Gang Wang",
      "Gang Chen",
    ]);
  });
});
