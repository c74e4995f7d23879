// The decision model against a stand-in engine: what each command pins, separates and holds out,
// which ids identities keep, and how reset and undo act.
import { describe, expect, it } from "vitest";
import {
  acceptView,
  DecisionError,
  mergeIdentities,
  movePapers,
  redoLast,
  resetName,
  undoLast,
} from "../../../src/core/decisions/actions";
import { foldLog, toConstraints } from "../../../src/core/decisions/fold";
import { partition, TestTab } from "./session";

const BASE = [
  ["a1", "a2", "a3", "a4"],
  ["b1", "b2", "b3"],
  ["c1", "c2"],
];

function tab(): TestTab {
  return new TestTab([], BASE, "s1");
}

describe("decision commands", () => {
  it("names untouched identities by their smallest paper", () => {
    expect(
      tab()
        .view()
        .identities.map((i) => i.id),
    ).toEqual(["a1", "b1", "c1"]);
  });

  it("moves papers to an identity: they join it and its source stays apart", () => {
    const t = tab();
    t.do((v) => movePapers(v, ["a3", "a4"], "b1"));
    expect(partition(t.view())).toEqual(["a1,a2", "a3,a4,b1,b2,b3", "c1,c2"]);
    const constraints = toConstraints(foldLog(t.log));
    expect(constraints.together).toEqual([["a3", "a4", "b1"]]);
    // The source's pinned paper, and the paper the curator saw stay with it, are kept apart.
    expect(constraints.apart).toEqual([
      ["a1", "a3"],
      ["a2", "a3"],
    ]);
    expect(t.view().identities.map((i) => i.id)).toEqual(["b1", "a1", "c1"]);
  });

  it("keeps the papers left behind apart until a decision puts them with the moved ones", () => {
    const t = tab();
    t.do((v) => movePapers(v, ["a3", "a4"], "new"));
    expect(foldLog(t.log).apartPapers).toEqual([["a2", "a3"]]);
    t.do((v) => movePapers(v, ["a2"], "a3"));
    expect(foldLog(t.log).apartPapers).toEqual([]);
    t.do((_, log) => undoLast(log));
    // Merging the identity they stayed in with the new one lifts it too.
    t.do((v) => mergeIdentities(v, "a3", ["a1"]));
    expect(foldLog(t.log).apartPapers).toEqual([]);
    expect(partition(t.view())).toEqual(["a1,a2,a3,a4", "b1,b2,b3", "c1,c2"]);
    expect(toConstraints(foldLog(t.log)).together).toEqual([["a1", "a2", "a3", "a4"]]);
  });

  it("splits papers off to a new identity apart from where they came from", () => {
    const t = tab();
    const entry = t.do((v) => movePapers(v, ["a3", "b3"], "new"));
    expect(entry).toMatchObject({ kind: "split-off", identity: "a3" });
    expect(partition(t.view())).toEqual(["a1,a2,a4", "a3,b3", "b1,b2", "c1,c2"]);
  });

  it("splits off an identity's id paper: the rest keeps the id, the new one gets another", () => {
    const t = tab();
    const entry = t.do((v) => movePapers(v, ["a1"], "new"));
    expect(entry).toMatchObject({
      kind: "split-off",
      identity: "a1~2",
      from: [{ id: "a1", keep: "a2" }],
    });
    const holder = (p: string) => t.view().identities.find((i) => i.paperIds.includes(p))!;
    expect(holder("a2").id).toBe("a1");
    expect(holder("a1").id).toBe("a1~2");
    expect(holder("a1")).not.toBe(holder("a2"));
  });

  it("holds unassigned papers out of every identity and brings them back on a move", () => {
    const t = tab();
    t.do((v) => movePapers(v, ["c2"], "unassigned"));
    expect(t.view().unassigned).toEqual(["c2"]);
    expect(partition(t.view())).toEqual(["a1,a2,a3,a4", "b1,b2,b3", "c1"]);
    t.do((v) => movePapers(v, ["c2"], "a1"));
    expect(t.view().unassigned).toEqual([]);
    const home = t.view().identities.find((i) => i.paperIds.includes("c2"))!;
    expect(home.paperIds).toContain("a1");
  });

  it("keeps a separation when the paper that held it is held out later", () => {
    const t = tab();
    t.do((v) => movePapers(v, ["a4"], "new"));
    // a1 held the separation of a4 from the rest of its identity; now it goes.
    t.do((v) => movePapers(v, ["a1"], "unassigned"));
    const view = t.view();
    const holder = (p: string) => view.identities.find((i) => i.paperIds.includes(p))!;
    expect(holder("a4")).not.toBe(holder("a2"));
    expect(holder("a2").id).toBe("a1");
    expect(view.unassigned).toEqual(["a1"]);
  });

  it("keeps the survivor's id through a merge, whichever paper is smaller", () => {
    const t = tab();
    t.do((v) => mergeIdentities(v, "c1", ["a1"]));
    const view = t.view();
    expect(partition(view)).toEqual(["a1,a2,a3,a4,c1,c2", "b1,b2,b3"]);
    expect(view.identities[0]!.id).toBe("c1");
  });

  it("keeps an identity's id when its id paper is moved out", () => {
    const t = tab();
    t.do((v) => movePapers(v, ["a1"], "b1"));
    const view = t.view();
    expect(view.identities.find((i) => i.paperIds.includes("a2"))!.id).toBe("a1");
    expect(view.identities.find((i) => i.paperIds.includes("a1"))!.id).toBe("b1");
  });

  it("gives a new identity an id no decision used before", () => {
    const t = tab();
    t.do((v) => movePapers(v, ["a1"], "b1"));
    t.do((v) => movePapers(v, ["a1", "a2"], "new"));
    const made = t.log.at(-1)!;
    expect(made.kind === "split-off" && made.identity).toBe("a1~2");
  });

  it("rejects papers and identities that are not on screen, and no-ops", () => {
    const v = tab().view();
    expect(() => movePapers(v, ["zz"], "a1")).toThrow(DecisionError);
    expect(() => movePapers(v, ["a1"], "nobody")).toThrow(/there is no identity nobody/);
    expect(() => mergeIdentities(v, "a1", ["nobody"])).toThrow(DecisionError);
    expect(movePapers(v, ["a1", "a2"], "a1")).toBeUndefined();
    expect(movePapers(v, [], "b1")).toBeUndefined();
    expect(movePapers(v, ["c1", "c2"], "new")).toBeUndefined();
    expect(mergeIdentities(v, "a1", ["a1"])).toBeUndefined();
  });

  it("accepts what is on screen: every identity pinned and apart from the others", () => {
    const t = tab();
    t.do((v) => acceptView(v, 1));
    const c = toConstraints(foldLog(t.log));
    expect(c.together).toEqual([
      ["a1", "a2", "a3", "a4"],
      ["b1", "b2", "b3"],
      ["c1", "c2"],
    ]);
    expect(c.apart).toHaveLength(3);
  });

  it("resets, and undoing the reset brings every decision back", () => {
    const t = tab();
    t.do((v) => movePapers(v, ["a4"], "c1"));
    const edited = partition(t.view());
    t.do((_v, log) => resetName(log));
    expect(partition(t.view())).toEqual(partition(tab().view()));
    expect(resetName(t.log)).toBeUndefined();
    t.do((_v, log) => undoLast(log));
    expect(partition(t.view())).toEqual(edited);
  });

  it("undoes and redoes in editor order; a new decision ends the redo chain", () => {
    const t = tab();
    const states = [partition(t.view())];
    t.do((v) => movePapers(v, ["a4"], "c1"));
    states.push(partition(t.view()));
    t.do((v) => mergeIdentities(v, "b1", ["c1"]));
    states.push(partition(t.view()));
    t.do((_v, log) => undoLast(log));
    expect(partition(t.view())).toEqual(states[1]);
    t.do((_v, log) => undoLast(log));
    expect(partition(t.view())).toEqual(states[0]);
    expect(undoLast(t.log)).toBeUndefined();
    t.do((_v, log) => redoLast(log));
    expect(partition(t.view())).toEqual(states[1]);
    t.do((_v, log) => redoLast(log));
    expect(partition(t.view())).toEqual(states[2]);
    expect(redoLast(t.log)).toBeUndefined();
    t.do((_v, log) => undoLast(log));
    t.do((v) => movePapers(v, ["b3"], "unassigned"));
    expect(redoLast(t.log)).toBeUndefined();
  });
});
