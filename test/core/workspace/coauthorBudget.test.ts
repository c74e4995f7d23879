import { describe, expect, it } from "vitest";
import { strongestCoauthors } from "../../../src/core/workspace/coauthorBudget";
import { buildWorkspace } from "../../../src/core/workspace/workspaceModel";
import type { WorkspacePaper } from "../../../src/core/workspace/types";

const link = (identity: string, papers: number) => ({ identity, papers });
// Identity A writes with a1 (5 papers), a2 (3), a3 (1); B with b1 (2), b2 (1); s is on both.
const COAUTHORS = [
  { key: "a1", links: [link("A", 5)] },
  { key: "a2", links: [link("A", 3)] },
  { key: "a3", links: [link("A", 1)] },
  { key: "b1", links: [link("B", 2)] },
  { key: "b2", links: [link("B", 1)] },
  { key: "s", links: [link("A", 1), link("B", 1)] },
];
const STRONGEST = new Map([
  ["A", ["a1", "a2", "s", "a3"]],
  ["B", ["b1", "s", "b2"]],
]);

describe("strongestCoauthors", () => {
  it.each([
    { max: 10, kept: ["a1", "a2", "a3", "b1", "b2", "s"], why: "under the budget: all, as given" },
    { max: 1, kept: ["s"], why: "a co-author two identities share comes first" },
    { max: 3, kept: ["a1", "b1", "s"], why: "then every identity's strongest" },
    { max: 4, kept: ["a1", "a2", "b1", "s"], why: "then the second strongest, more papers first" },
    { max: 0, kept: [], why: "nothing" },
  ])("max $max: $why", ({ max, kept }) => {
    expect(strongestCoauthors(COAUTHORS, STRONGEST, max).map((c) => c.key)).toEqual(kept);
  });

  it("rejects a budget that is not a number", () => {
    expect(() => strongestCoauthors(COAUTHORS, STRONGEST, NaN)).toThrow(/max must be a number/);
  });
});

describe("buildWorkspace over the co-author budget", () => {
  // 30 people under one name, each with 10 co-authors of their own: 300 co-authors.
  const papers: WorkspacePaper[] = [];
  const groups = Array.from({ length: 30 }, (_, person) => {
    const ids: string[] = [];
    for (let k = 0; k < 10; k++) {
      const id = `p${person}-${k}`;
      ids.push(id);
      const authors = [{ key: "wei wang", name: "Wei Wang" }];
      // Co-author 0 of each person is on every one of their papers: their strongest.
      for (const c of new Set([0, k])) authors.push({ key: `c${person}-${c}`, name: `C ${c}` });
      papers.push({ id, title: `t${id}`, authors });
    }
    return { paperIds: ids };
  });
  const input = { nameKey: "wei wang", label: "Wei Wang", papers, groups };

  it("draws at most the budget, says how many it left out, and keeps each identity's strongest", () => {
    const workspace = buildWorkspace(input, 50);
    expect(workspace.coauthors).toHaveLength(50);
    expect(workspace.hiddenCoauthors).toBe(250);
    const keys = new Set(workspace.coauthors.map((c) => c.key));
    for (let person = 0; person < 30; person++) expect(keys).toContain(`c${person}-0`);
    expect(workspace.identities).toHaveLength(30);
  });

  it("under the budget draws every co-author and leaves nothing out", () => {
    const workspace = buildWorkspace(input);
    expect(workspace.coauthors).toHaveLength(300);
    expect(workspace.hiddenCoauthors).toBeUndefined();
  });
});
