import { describe, expect, it } from "vitest";
import type { IdentitySuggestion, SplitSuggestion } from "../../src/core/identity";
import {
  acceptSplit,
  currentGroups,
  mergeIdentities,
  movePaper,
  resetReview,
  shownIdentities,
  type ReviewRecord,
} from "../../src/ui/reviewModel";

const NOW = new Date("2024-05-06T07:08:09.000Z");

function identity(index: number, paperIds: string[]): IdentitySuggestion {
  return {
    index,
    paperIds,
    topCoauthors: [],
    venues: [],
    firstYear: undefined,
    lastYear: undefined,
    evidence: [`evidence ${index}`],
    confidence: 0.9,
    sourceIds: [],
  };
}

/** "Wei Zhang" on papers a–e, suggested as three people: {a, b}, {c, d}, {e}. */
function suggestion(groups: string[][] = [["a", "b"], ["c", "d"], ["e"]]): SplitSuggestion {
  return {
    nameKey: "wei zhang",
    label: "Wei Zhang",
    paperIds: groups.flat(),
    identities: groups.map((ids, i) => identity(i, ids)),
    unassigned: [],
    constraintNotes: [],
    authorRecords: { records: 0, remarks: [] },
    ambiguity: 0.5,
    seed: 1,
    resolution: 1,
  };
}

function record(groups: string[][], status: ReviewRecord["status"] = "edited"): ReviewRecord {
  return {
    corpusId: "c1",
    nameKey: "wei zhang",
    label: "Wei Zhang",
    status,
    groups,
    updatedAt: "2020-01-01T00:00:00.000Z",
  };
}

describe("currentGroups: the curator's groups reconciled with the suggestion", () => {
  it.each<[string, string[][] | undefined, string[][]]>([
    ["no record: the suggestion's groups", undefined, [["a", "b"], ["c", "d"], ["e"]]],
    [
      "a record: its groups",
      [
        ["a", "c"],
        ["b", "d", "e"],
      ],
      [
        ["a", "c"],
        ["b", "d", "e"],
      ],
    ],
    [
      "papers no longer under the name are dropped",
      [["a", "x"], ["y"], ["b", "c", "d", "e"]],
      [["a"], ["b", "c", "d", "e"]],
    ],
    [
      "a paper in two groups stays in the first",
      [
        ["a", "b"],
        ["b", "c", "d", "e"],
      ],
      [
        ["a", "b"],
        ["c", "d", "e"],
      ],
    ],
    [
      "papers new to the name form one group of their own",
      [["a", "c"], ["b"]],
      [["a", "c"], ["b"], ["d", "e"]],
    ],
  ])("%s", (_, groups, expected) => {
    expect(currentGroups(suggestion(), groups && record(groups))).toEqual(expected);
  });

  it("hands out copies: editing them changes neither the suggestion nor the record", () => {
    const s = suggestion();
    const r = record([["a", "b", "c", "d", "e"]]);
    currentGroups(s)[0]!.push("z");
    currentGroups(s, r)[0]!.push("z");
    expect(s.identities[0]!.paperIds).toEqual(["a", "b"]);
    expect(r.groups).toEqual([["a", "b", "c", "d", "e"]]);
  });
});

describe("shownIdentities", () => {
  it("keeps the suggestion's description for a group it left unchanged, in any order", () => {
    const s = suggestion();
    const shown = shownIdentities(s, record([["b", "a"], ["c"], ["d", "e"]]));
    expect(shown.map((i) => i.paperIds)).toEqual([["b", "a"], ["c"], ["d", "e"]]);
    expect(shown.map((i) => i.suggested)).toEqual([s.identities[0], undefined, undefined]);
  });

  it("shows the suggestion as it is without a record", () => {
    const s = suggestion();
    expect(shownIdentities(s).map((i) => i.suggested)).toEqual(s.identities);
  });
});

describe("acceptSplit", () => {
  it("records the suggestion's groups as accepted", () => {
    expect(acceptSplit(suggestion(), undefined, "c1", NOW)).toEqual({
      corpusId: "c1",
      nameKey: "wei zhang",
      label: "Wei Zhang",
      status: "accepted",
      groups: [["a", "b"], ["c", "d"], ["e"]],
      updatedAt: NOW.toISOString(),
    });
  });

  it("accepts the curator's edits, not the suggestion, once there are some", () => {
    const accepted = acceptSplit(suggestion(), record([["a", "b", "c", "d", "e"]]), "c1", NOW);
    expect([accepted.status, accepted.groups]).toEqual(["accepted", [["a", "b", "c", "d", "e"]]]);
  });
});

describe("mergeIdentities", () => {
  it.each<[number, number, string[][]]>([
    [0, 1, [["a", "b", "c", "d"], ["e"]]],
    [1, 0, [["c", "d", "a", "b"], ["e"]]],
    [
      0,
      2,
      [
        ["a", "b", "e"],
        ["c", "d"],
      ],
    ],
    [
      2,
      0,
      [
        ["c", "d"],
        ["e", "a", "b"],
      ],
    ],
  ])("merges identity %i ← %i into %j", (into, from, expected) => {
    const merged = mergeIdentities(suggestion(), undefined, "c1", into, from, NOW);
    expect([merged.status, merged.groups]).toEqual(["edited", expected]);
  });

  it("merges in the groups in force, not the suggestion's", () => {
    const edited = record([["a"], ["b", "c"], ["d", "e"]]);
    expect(mergeIdentities(suggestion(), edited, "c1", 0, 2, NOW).groups).toEqual([
      ["a", "d", "e"],
      ["b", "c"],
    ]);
  });

  it.each([
    [1, 1],
    [0, 3],
    [-1, 0],
  ])("refuses to merge %i ← %i", (into, from) => {
    expect(() => mergeIdentities(suggestion(), undefined, "c1", into, from)).toThrow(
      /pick two identities/,
    );
  });
});

describe("movePaper", () => {
  it.each<[string, number, string[][]]>([
    ["a", 1, [["b"], ["c", "d", "a"], ["e"]]],
    // The last paper leaves its identity: the empty group goes away.
    [
      "e",
      0,
      [
        ["a", "b", "e"],
        ["c", "d"],
      ],
    ],
    // One past the last identity starts a new one.
    ["c", 3, [["a", "b"], ["d"], ["e"], ["c"]]],
    // To its own identity: nothing moves, but the groups become the curator's.
    ["a", 0, [["a", "b"], ["c", "d"], ["e"]]],
  ])("moves %j to identity %i: %j", (paperId, to, expected) => {
    const moved = movePaper(suggestion(), undefined, "c1", paperId, to, NOW);
    expect([moved.status, moved.groups, moved.updatedAt]).toEqual([
      "edited",
      expected,
      NOW.toISOString(),
    ]);
  });

  it("leaves the record it started from unchanged", () => {
    const before = record([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
    const moved = movePaper(suggestion(), before, "c1", "a", 1, NOW);
    expect(moved.groups).toEqual([["b"], ["c", "d", "e", "a"]]);
    expect(before.groups).toEqual([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
  });

  it.each<[string, number, RegExp]>([
    ["x", 0, /paper x is not one of Wei Zhang's papers/],
    ["a", 4, /there is no identity 5/],
    ["a", -1, /there is no identity 0/],
  ])("refuses to move %j to identity %i", (paperId, to, message) => {
    expect(() => movePaper(suggestion(), undefined, "c1", paperId, to)).toThrow(message);
  });
});

describe("resetReview", () => {
  it("forgets the record, so the suggestion shows again", () => {
    const s = suggestion();
    expect(resetReview()).toBeUndefined();
    expect(currentGroups(s, resetReview())).toEqual(currentGroups(s));
  });
});
