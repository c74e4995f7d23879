import { describe, expect, it } from "vitest";
import { EMPTY_STATE } from "../../../src/core/decisions";
import { buildWorkspace } from "../../../src/core/workspace/workspaceModel";
import { deriveNameModel } from "../../../src/ui/panels/nameModel";
import { filterChoices, type PaperFilter } from "../../../src/ui/panels/paperFilter";
import { paperRows, reuseRows, type PaperRow } from "../../../src/ui/panels/paperRows";
import type { NameDetails, PaperView } from "../../../src/worker/protocol";

const paper = (id: string, venue: string, year: number, ...coauthors: string[]): PaperView => ({
  id,
  title: id,
  venue,
  year,
  authors: [{ key: "n", name: "N" }, ...coauthors.map((c) => ({ key: c, name: c.toUpperCase() }))],
});
const PAPERS = [
  paper("a1", "ICPR (3)", 2003, "ann"),
  paper("a2", "ICPR (1)", 2005, "ann", "bob"),
  paper("b1", "ISCAS", 2005, "bob"),
];
const groups = [["a1", "a2"], ["b1"]];
const details: NameDetails = {
  key: "n",
  label: "N",
  papers: PAPERS,
  suggestion: {
    nameKey: "n",
    method: "profile",
    label: "N",
    paperIds: PAPERS.map((p) => p.id),
    identities: groups.map((paperIds, index) => ({
      index,
      paperIds,
      topCoauthors: [],
      venues: [],
      firstYear: undefined,
      lastYear: undefined,
      evidence: [],
      confidence: 1,
      sourceIds: [],
    })),
    unassigned: [],
    constraintNotes: [],
    authorRecords: { records: 0, remarks: [] },
    ambiguity: 0,
    seed: 1,
    resolution: 1,
  },
  variants: [],
  constraintsKey: "",
  workspace: buildWorkspace({
    nameKey: "n",
    label: "N",
    papers: PAPERS,
    groups: groups.map((paperIds) => ({ paperIds })),
  }),
};
const model = deriveNameModel(details, EMPTY_STATE);
const shape = (filter: PaperFilter): string[] =>
  paperRows(model, filter).rows.map((r) =>
    r.kind === "header" ? `[${r.identity} ${r.shown}/${r.total}]` : r.paper.id,
  );

describe("paperRows", () => {
  it.each<[string, PaperFilter, string[]]>([
    [
      "every paper, grouped by identity, newest first",
      {},
      ["[a1 2/2]", "a2", "a1", "[b1 1/1]", "b1"],
    ],
    ["by identity", { identity: "b1" }, ["[b1 1/1]", "b1"]],
    ["by folded venue", { venue: "ICPR" }, ["[a1 2/2]", "a2", "a1"]],
    ["by year, across identities", { year: 2005 }, ["[a1 1/2]", "a2", "[b1 1/1]", "b1"]],
    ["by co-author", { coauthor: "bob" }, ["[a1 1/2]", "a2", "[b1 1/1]", "b1"]],
    ["nothing matches", { venue: "CVPR" }, []],
  ])("%s", (_, filter, expected) => {
    expect(shape(filter)).toEqual(expected);
  });

  it("gives the papers in the order shown, for shift-click ranges", () => {
    expect(paperRows(model, {}).order).toEqual(["a2", "a1", "b1"]);
  });
});

describe("reuseRows", () => {
  const row = (id: string, identity: string): PaperRow => ({
    kind: "paper",
    paper: PAPERS.find((p) => p.id === id)!,
    identity,
  });
  const header = (identity: string, shown: number): PaperRow => ({
    kind: "header",
    identity,
    shown,
    total: shown,
  });

  it("keeps the row of a paper still in the same identity, and only that", () => {
    const previous = [
      header("a1", 2),
      row("a2", "a1"),
      row("a1", "a1"),
      header("b1", 1),
      row("b1", "b1"),
    ];
    // a1 moved to b1's identity; a2 and b1 stayed where they were.
    const next = [
      header("a1", 1),
      row("a2", "a1"),
      header("b1", 2),
      row("b1", "b1"),
      row("a1", "b1"),
    ];
    const reused = reuseRows(previous, next);
    expect(reused.map((r) => previous.includes(r))).toEqual([false, true, false, true, false]);
    expect(
      reused.map((r) => (r.kind === "paper" ? `${r.paper.id}@${r.identity}` : r.identity)),
    ).toEqual(["a1", "a2@a1", "b1", "b1@b1", "a1@b1"]);
  });

  it("reuses nothing across a first showing", () => {
    const next = [header("a1", 1), row("a2", "a1")];
    expect(reuseRows([], next)).toEqual(next);
  });
});

describe("filterChoices", () => {
  it("offers folded venues, years newest first and co-authors by papers", () => {
    const choices = filterChoices(PAPERS, "n");
    expect(choices.venues).toEqual([
      { value: "ICPR", papers: 2 },
      { value: "ISCAS", papers: 1 },
    ]);
    expect(choices.years.map((y) => y.value)).toEqual([2005, 2003]);
    expect(choices.coauthors.map((c) => [c.value, c.papers])).toEqual([
      ["ann", 2],
      ["bob", 2],
    ]);
  });
});
