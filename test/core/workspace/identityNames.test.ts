import { describe, expect, it } from "vitest";
import { identityFacts, identityNames } from "../../../src/core/workspace/identityNames";
import type { WorkspacePaper } from "../../../src/core/workspace/types";

const paper = (
  id: string,
  venue: string | undefined,
  year: number | undefined,
  coauthors: string[],
  affiliation?: string,
): WorkspacePaper => ({
  id,
  title: `Paper ${id}`,
  ...(venue ? { venue } : {}),
  ...(year !== undefined ? { year } : {}),
  ...(affiliation ? { affiliation } : {}),
  authors: [{ key: "lei wang", name: "Lei Wang" }, ...coauthors.map((c) => ({ key: c, name: c }))],
});

const named = (...groups: WorkspacePaper[][]): string[] =>
  identityNames(
    "Lei Wang",
    groups.map((papers) => ({
      facts: identityFacts("lei wang", papers),
      titles: papers.map((p) => p.title ?? ""),
    })),
  );

describe("identityFacts", () => {
  it("folds venue volumes, spans years and leaves the name out of its co-authors", () => {
    const facts = identityFacts("lei wang", [
      paper(
        "1",
        "ICPR (3)",
        2003,
        ["Kap Luk Chan"],
        "Sch. of EEE, Nanyang Technol. Univ., Singapore",
      ),
      paper("2", "ICPR (1)", 2009, ["Kap Luk Chan", "Ping Xue"]),
      paper("3", "CVPR", 2005, []),
    ]);
    expect(facts.venues).toEqual([
      { venue: "ICPR", papers: 2 },
      { venue: "CVPR", papers: 1 },
    ]);
    expect([facts.firstYear, facts.lastYear]).toEqual([2003, 2009]);
    expect(facts.affiliation).toBe("Nanyang Technol. Univ.");
    expect(facts.coauthors.map((c) => [c.label, c.papers])).toEqual([
      ["Kap Luk Chan", 2],
      ["Ping Xue", 1],
    ]);
  });
});

describe("identityNames", () => {
  it.each([
    {
      case: "affiliation, two main venues and years",
      groups: [
        [
          paper("1", "ICPR (3)", 2003, ["A"], "Tsinghua University"),
          paper("2", "ICPR (2)", 2009, ["A"]),
          paper("3", "CVPR", 2004, ["A"]),
          paper("4", "ICME", 2005, ["A"]),
        ],
      ],
      expected: ["Lei Wang · Tsinghua University · ICPR, CVPR · 2003–2009"],
    },
    {
      case: "a lone paper without venue or year: its title",
      groups: [[paper("7", undefined, undefined, ["A"])]],
      expected: ["Lei Wang · “Paper 7”"],
    },
    {
      case: "two that read the same: told apart by main co-author",
      groups: [[paper("1", "ICIP", 2005, ["Ann"])], [paper("2", "ICIP", 2005, ["Bob"])]],
      expected: ["Lei Wang · ICIP · 2005 · with Ann", "Lei Wang · ICIP · 2005 · with Bob"],
    },
    {
      case: "same co-author too: then by size, then numbered",
      groups: [
        [paper("1", "ICIP", 2005, ["Ann"]), paper("2", "ICIP", 2005, ["Ann"])],
        [paper("3", "ICIP", 2005, ["Ann"])],
        [paper("4", "ICIP", 2005, ["Ann"])],
      ],
      expected: [
        "Lei Wang · ICIP · 2005 · with Ann · 2 papers",
        "Lei Wang · ICIP · 2005 · with Ann · 1 paper",
        "Lei Wang · ICIP · 2005 · with Ann · 1 paper (2)",
      ],
    },
  ])("$case", ({ groups, expected }) => {
    expect(named(...groups)).toEqual(expected);
  });

  it("names do not depend on the other identities unless they would collide", () => {
    const a = [paper("1", "ICPR", 2003, ["A"])];
    const b = [paper("2", "CVPR", 2004, ["B"])];
    const c = [paper("3", "ICME", 2005, ["C"])];
    const before = named(a, b, c);
    const afterMerge = named(a, [...b, ...c]);
    expect(afterMerge[0]).toBe(before[0]);
  });
});
