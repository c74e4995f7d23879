import { describe, expect, it } from "vitest";
import {
  EMPTY_STATE,
  foldLog,
  mergeIdentities,
  movePapers,
  nameView,
  recordDecision,
  type Decision,
  type DecisionEntry,
} from "../../../src/core/decisions";
import type { IdentitySuggestion } from "../../../src/core/identity";
import { colourSlots } from "../../../src/core/workspace/identityKey";
import { identityFacts } from "../../../src/core/workspace/identityNames";
import { buildWorkspace, IDENTITY_PALETTE_SIZE } from "../../../src/core/workspace/workspaceModel";
import { deriveNameModel, nameModel, UNASSIGNED_KEY } from "../../../src/ui/panels/nameModel";
import type { NameDetails, PaperView } from "../../../src/worker/protocol";

const paper = (id: string, venue: string, year: number, ...coauthors: string[]): PaperView => ({
  id,
  title: `Paper ${id}`,
  venue,
  year,
  authors: [{ key: "lei wang", name: "Lei Wang" }, ...coauthors.map((c) => ({ key: c, name: c }))],
});

const PAPERS = [
  paper("a1", "ICPR (3)", 2003, "ann"),
  paper("a2", "ICPR (1)", 2005, "ann"),
  paper("a3", "CVPR", 2004, "ann"),
  paper("b1", "ISCAS", 2006, "bob"),
  paper("b2", "ISCAS", 2007, "bob"),
  paper("c1", "ICME", 2008, "cy"),
];

/** What the Worker answers for `groups` (the engine's identities, largest first). */
function details(groups: string[][], unassigned: string[] = []): NameDetails {
  const identities: IdentitySuggestion[] = groups.map((paperIds, index) => ({
    index,
    paperIds,
    topCoauthors: [],
    venues: [],
    firstYear: undefined,
    lastYear: undefined,
    evidence: [`evidence ${index}`],
    confidence: 0.9,
    sourceIds: [],
  }));
  return {
    key: "lei wang",
    label: "Lei Wang",
    papers: PAPERS,
    suggestion: {
      nameKey: "lei wang",
      method: "profile",
      label: "Lei Wang",
      paperIds: PAPERS.map((p) => p.id),
      identities,
      unassigned,
      constraintNotes: [],
      authorRecords: { records: 0, remarks: [] },
      ambiguity: 0.5,
      seed: 1,
      resolution: 1,
    },
    variants: [],
    constraintsKey: "",
    workspace: buildWorkspace({
      nameKey: "lei wang",
      label: "Lei Wang",
      papers: PAPERS,
      groups: groups.map((paperIds) => ({ paperIds })),
    }),
  };
}

function decide(log: DecisionEntry[], decision: Decision | undefined): DecisionEntry[] {
  if (!decision) throw new Error("no decision");
  return recordDecision(log, decision, {
    corpusId: "c",
    nameKey: "lei wang",
    session: "s",
    now: new Date("2026-01-01T00:00:00Z"),
  }).log;
}

describe("nameModel", () => {
  it("shows the suggestion keyed by smallest paper, named by content, coloured by key", () => {
    const model = deriveNameModel(details([["a1", "a2", "a3"], ["b1", "b2"], ["c1"]]), EMPTY_STATE);
    expect(model.identities.map((i) => [i.key, i.name])).toEqual([
      ["a1", "Lei Wang · ICPR, CVPR · 2003–2005"],
      ["b1", "Lei Wang · ISCAS · 2006–2007"],
      ["c1", "Lei Wang · ICME · 2008"],
    ]);
    expect(model.identities.map((i) => i.colour)).toEqual(
      colourSlots(["a1", "b1", "c1"], IDENTITY_PALETTE_SIZE),
    );
    expect(model.identities[0]!.suggested?.evidence).toEqual(["evidence 0"]);
    expect(model.identityOf.get("b2")).toBe("b1");
    expect(model.workspace.identities.map((i) => i.key)).toEqual(["a1", "b1", "c1"]);
  });

  it("a merge keeps the survivor's id and colour, even when it was the smaller identity", () => {
    const before = details([["a1", "a2", "a3"], ["b1", "b2"], ["c1"]]);
    const beforeModel = deriveNameModel(before, EMPTY_STATE);
    const view = nameView(
      before.suggestion.identities.map((i) => i.paperIds),
      EMPTY_STATE,
    );
    // The curator keeps "b1" (the ISCAS identity) and merges the bigger "a1" into it.
    const log = decide([], mergeIdentities(view, "b1", ["a1"]));
    const state = foldLog(log);
    // The engine, recomputed around the decision, puts the five papers together.
    const after = deriveNameModel(details([["a1", "a2", "a3", "b1", "b2"], ["c1"]]), state);
    const survivor = after.identities[0]!;
    expect(survivor.key).toBe("b1");
    expect(survivor.colour).toBe(beforeModel.identities.find((i) => i.key === "b1")!.colour);
    expect(after.workspace.identities[0]!.key).toBe("b1");
    expect(after.identities[1]!.key).toBe("c1");
  });

  it("shows the facts the Worker sent with each identity, without describing its papers again", () => {
    const answer = details([["a1", "a2", "a3"], ["b1", "b2"], ["c1"]]);
    const model = deriveNameModel(answer, EMPTY_STATE);
    model.identities.forEach((identity, i) =>
      expect(identity.facts).toBe(answer.workspace.identities[i]!.facts),
    );
    expect(model.identities[1]!.facts).toEqual(
      identityFacts(
        "lei wang",
        PAPERS.filter((p) => ["b1", "b2"].includes(p.id)),
      ),
    );
  });

  it("describes an identity a decision took papers out of while its answer is on the way", () => {
    const answer = details([["a1", "a2", "a3"], ["b1", "b2"], ["c1"]]);
    const view = nameView(
      answer.suggestion.identities.map((i) => i.paperIds),
      EMPTY_STATE,
    );
    // "a2" is not this person; the answer on screen was split before the decision.
    const state = foldLog(decide([], movePapers(view, ["a2"], "unassigned")));
    const model = deriveNameModel(answer, state);
    expect(model.identities[0]!.paperIds).toEqual(["a1", "a3"]);
    expect(model.identities[0]!.facts).toEqual(
      identityFacts(
        "lei wang",
        PAPERS.filter((p) => ["a1", "a3"].includes(p.id)),
      ),
    );
    expect(model.identities[1]!.facts).toBe(answer.workspace.identities[1]!.facts);
  });

  it("keeps its workspace object when only the papers come in after the answer (no second draw)", () => {
    const answer = details([["a1", "a2", "a3"], ["b1", "b2"], ["c1"]]);
    const pending = { ...answer, papers: [], pendingPapers: PAPERS.length };
    const first = nameModel(pending);
    expect(first.papers.size).toBe(0);
    const complete = nameModel({ ...answer, workspace: pending.workspace });
    expect(complete.workspace).toBe(first.workspace);
    expect(complete.papers.size).toBe(PAPERS.length);
    // Another answer (another split) is drawn anew.
    expect(nameModel(details([["a1", "a2", "a3", "b1", "b2"], ["c1"]])).workspace).not.toBe(
      first.workspace,
    );
  });

  it("keeps the Worker's facts for an identity a decision changed while its papers are coming", () => {
    const answer = details([["a1", "a2", "a3"], ["b1", "b2"], ["c1"]]);
    const view = nameView(
      answer.suggestion.identities.map((i) => i.paperIds),
      EMPTY_STATE,
    );
    const state = foldLog(decide([], movePapers(view, ["a2"], "unassigned")));
    const model = deriveNameModel({ ...answer, papers: [], pendingPapers: PAPERS.length }, state);
    expect(model.identities[0]!.paperIds).toEqual(["a1", "a3"]);
    expect(model.identities[0]!.facts).toBe(answer.workspace.identities[0]!.facts);
  });

  it("lists papers held out as unassigned, in no identity", () => {
    const base = details([["a1", "a2", "a3"], ["b1", "b2"], ["c1"]]);
    const view = nameView(
      base.suggestion.identities.map((i) => i.paperIds),
      EMPTY_STATE,
    );
    const state = foldLog(decide([], movePapers(view, ["c1"], "unassigned")));
    const model = deriveNameModel(
      details(
        [
          ["a1", "a2", "a3"],
          ["b1", "b2"],
        ],
        ["c1"],
      ),
      state,
    );
    expect(model.unassigned).toEqual(["c1"]);
    expect(model.identityOf.get("c1")).toBe(UNASSIGNED_KEY);
    expect(model.identities.map((i) => i.key)).toEqual(["a1", "b1"]);
  });
});
