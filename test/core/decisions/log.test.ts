// The log as a set: merging copies from several tabs is commutative, associative and idempotent,
// both tabs' edits survive, and concurrent edits of one paper are reported as conflicts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { movePapers, resetName, undoLast } from "../../../src/core/decisions/actions";
import { findConflicts } from "../../../src/core/decisions/conflicts";
import { foldLog, toConstraints } from "../../../src/core/decisions/fold";
import { Causality, frontier, mergeLogs } from "../../../src/core/decisions/log";
import type { DecisionEntry } from "../../../src/core/decisions/types";
import { partition, TestTab } from "./session";

const BASE = [
  ["a1", "a2", "a3", "a4"],
  ["b1", "b2", "b3"],
  ["c1", "c2"],
];
const PAPERS = BASE.flat();

/** Two or three tabs branching from a shared log, each making random moves. */
const branchingLogs = fc
  .record({
    shared: fc.array(
      fc.tuple(fc.constantFrom(...PAPERS), fc.constantFrom(...PAPERS, "new", "unassigned")),
      { maxLength: 3 },
    ),
    tabs: fc.array(
      fc.array(
        fc.tuple(fc.constantFrom(...PAPERS), fc.constantFrom(...PAPERS, "new", "unassigned")),
        { maxLength: 4 },
      ),
      { minLength: 2, maxLength: 3 },
    ),
  })
  .map(({ shared, tabs }) => {
    const root = new TestTab([], BASE, "s0");
    for (const [paper, target] of shared) root.do((v) => move(v, paper, target));
    return tabs.map((moves, i) => {
      const t = new TestTab(
        [...root.log],
        BASE,
        `s${i + 1}`,
        Date.parse("2026-02-01T00:00:00Z") + i,
      );
      for (const [paper, target] of moves) t.do((v) => move(v, paper, target));
      return t.log;
    });
  });

/** Moves `paper` to the identity holding `target` (or to new / unassigned). */
function move(view: ReturnType<TestTab["view"]>, paper: string, target: string) {
  const to =
    target === "new" || target === "unassigned"
      ? target
      : view.identities.find((i) => i.paperIds.includes(target))?.id;
  return to === undefined ? undefined : movePapers(view, [paper], to);
}

const ids = (log: DecisionEntry[]): string[] => log.map((e) => e.id);

describe("merging logs", () => {
  it("is commutative, associative and idempotent, and folds the same either way", () => {
    fc.assert(
      fc.property(branchingLogs, (logs) => {
        const [a, b, c = []] = logs as [DecisionEntry[], DecisionEntry[], DecisionEntry[]?];
        expect(ids(mergeLogs(a, b))).toEqual(ids(mergeLogs(b, a)));
        expect(ids(mergeLogs(mergeLogs(a, b), c))).toEqual(ids(mergeLogs(a, mergeLogs(b, c))));
        expect(ids(mergeLogs(a, a, b))).toEqual(ids(mergeLogs(a, b)));
        expect(toConstraints(foldLog(mergeLogs(a, b)))).toEqual(
          toConstraints(foldLog(mergeLogs(b, a))),
        );
      }),
      { seed: 11, numRuns: 200 },
    );
  });

  it("keeps every entry of both tabs", () => {
    fc.assert(
      fc.property(branchingLogs, (logs) => {
        const merged = new Set(ids(mergeLogs(...logs)));
        for (const log of logs) for (const id of ids(log)) expect(merged.has(id)).toBe(true);
      }),
      { seed: 12, numRuns: 100 },
    );
  });

  it("keeps both tabs' moves of different papers", () => {
    const a = new TestTab([], BASE, "A");
    const b = new TestTab([], BASE, "B", Date.parse("2026-01-01T00:00:00.500Z"));
    a.do((v) => movePapers(v, ["a4"], "b1"));
    b.do((v) => movePapers(v, ["c2"], "unassigned"));
    const both = new TestTab(mergeLogs(a.log, b.log), BASE, "C");
    const view = both.view();
    expect(view.unassigned).toEqual(["c2"]);
    expect(view.identities.find((i) => i.paperIds.includes("a4"))!.id).toBe("b1");
    expect(findConflicts(both.log)).toEqual([]);
  });
});

describe("causality and conflicts", () => {
  it("orders a tab's own entries and sees what it had merged", () => {
    const a = new TestTab([], BASE, "A");
    const first = a.do((v) => movePapers(v, ["a4"], "b1"))!;
    const second = a.do((v) => movePapers(v, ["a3"], "b1"))!;
    const causality = new Causality(a.log);
    expect(causality.hasSeen(second.id, first.id)).toBe(true);
    expect(causality.hasSeen(first.id, second.id)).toBe(false);
    expect(frontier(a.log)).toEqual([second.id]);
  });

  it("reports two tabs moving the same paper to different identities, until one decides again", () => {
    const a = new TestTab([], BASE, "A");
    const b = new TestTab([], BASE, "B", Date.parse("2026-01-01T00:00:00.500Z"));
    const fromA = a.do((v) => movePapers(v, ["a4"], "b1"))!;
    const fromB = b.do((v) => movePapers(v, ["a4"], "c1"))!;
    const merged = new TestTab(mergeLogs(a.log, b.log), BASE, "A2");
    const [conflict, ...rest] = findConflicts(merged.log);
    expect(rest).toEqual([]);
    expect(conflict!.paper).toBe("a4");
    expect(conflict!.standing).toMatchObject({ entry: { id: fromB.id }, placement: "c1" });
    expect(conflict!.overridden).toMatchObject([{ entry: { id: fromA.id }, placement: "b1" }]);
    merged.do((v) => movePapers(v, ["a4"], "b1"));
    expect(findConflicts(merged.log)).toEqual([]);
  });

  it("sees no conflict when both tabs agree", () => {
    const a = new TestTab([], BASE, "A");
    const b = new TestTab([], BASE, "B", Date.parse("2026-01-01T00:00:00.500Z"));
    a.do((v) => movePapers(v, ["a4"], "unassigned"));
    b.do((v) => movePapers(v, ["a4"], "unassigned"));
    expect(findConflicts(mergeLogs(a.log, b.log))).toEqual([]);
  });

  it("lets a reset clear only what its tab had seen", () => {
    const a = new TestTab([], BASE, "A");
    const b = new TestTab([], BASE, "B", Date.parse("2026-01-01T00:00:00.500Z"));
    a.do((v) => movePapers(v, ["a4"], "b1"));
    b.do((v) => movePapers(v, ["c2"], "unassigned"));
    a.do((_v, log) => resetName(log));
    const merged = new TestTab(mergeLogs(a.log, b.log), BASE, "C");
    expect(merged.view().unassigned).toEqual(["c2"]);
    expect(merged.view().identities.find((i) => i.paperIds.includes("a4"))!.id).toBe("a1");
  });

  it("undoes a step of another tab only once both logs are merged", () => {
    const a = new TestTab([], BASE, "A");
    a.do((v) => movePapers(v, ["a4"], "b1"));
    const b = new TestTab([...a.log], BASE, "B");
    b.do((_v, log) => undoLast(log));
    const merged = mergeLogs(a.log, b.log);
    expect(partition(new TestTab(merged, BASE, "C").view())).toEqual(
      partition(new TestTab([], BASE, "D").view()),
    );
  });
});
