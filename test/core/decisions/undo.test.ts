// Undo and redo round trips: after any run of decisions, undoing them one by one walks the views
// back in reverse order, and redoing walks them forward again to the same end.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acceptView,
  mergeIdentities,
  movePapers,
  redoLast,
  resetName,
  undoLast,
} from "../../../src/core/decisions/actions";
import { foldLog, toConstraints } from "../../../src/core/decisions/fold";
import { LogStatus } from "../../../src/core/decisions/status";
import type { Decision } from "../../../src/core/decisions/types";
import type { NameView } from "../../../src/core/decisions/view";
import { partition, TestTab } from "./session";

const BASE = [["a1", "a2", "a3", "a4", "a5"], ["b1", "b2", "b3"], ["c1", "c2"], ["d1"]];
const PAPERS = BASE.flat();

type Command =
  | { op: "move"; papers: string[]; to: string }
  | { op: "merge"; into: string; from: string }
  | { op: "accept" }
  | { op: "reset" };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant("move" as const),
      papers: fc.subarray(PAPERS, { minLength: 1, maxLength: 4 }),
      to: fc.constantFrom(...PAPERS, "new", "unassigned"),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("merge" as const),
      into: fc.constantFrom(...PAPERS),
      from: fc.constantFrom(...PAPERS),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: "accept" as const }) },
  { weight: 1, arbitrary: fc.constant({ op: "reset" as const }) },
);

function holding(view: NameView, paper: string): string | undefined {
  return view.identities.find((i) => i.paperIds.includes(paper))?.id;
}

function decide(
  view: NameView,
  c: Command,
  log: Parameters<typeof resetName>[0],
): Decision | undefined {
  switch (c.op) {
    case "move": {
      const to = c.to === "new" || c.to === "unassigned" ? c.to : holding(view, c.to);
      return to === undefined ? undefined : movePapers(view, c.papers, to);
    }
    case "merge": {
      const [into, from] = [holding(view, c.into), holding(view, c.from)];
      return into && from ? mergeIdentities(view, into, [from]) : undefined;
    }
    case "accept":
      return acceptView(view, 1);
    case "reset":
      return resetName(log);
  }
}

function snapshot(t: TestTab): string {
  const view = t.view();
  return JSON.stringify({
    p: partition(view),
    u: [...view.unassigned].sort(),
    c: toConstraints(foldLog(t.log)),
  });
}

describe("undo and redo", () => {
  it("walk back and forth through the same states", () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 12 }), (commands) => {
        const t = new TestTab([], BASE, "s");
        const states = [snapshot(t)];
        for (const c of commands) if (t.do((v, log) => decide(v, c, log))) states.push(snapshot(t));
        const steps = states.length - 1;
        for (let k = steps - 1; k >= 0; k--) {
          expect(t.do((_v, log) => undoLast(log))).toBeDefined();
          expect(snapshot(t)).toBe(states[k]);
        }
        expect(undoLast(t.log)).toBeUndefined();
        for (let k = 1; k <= steps; k++) {
          expect(t.do((_v, log) => redoLast(log))).toBeDefined();
          expect(snapshot(t)).toBe(states[k]);
        }
        expect(redoLast(t.log)).toBeUndefined();
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it("keeps every undo and redo in the log as history", () => {
    const t = new TestTab([], BASE, "s");
    t.do((v) => movePapers(v, ["a5"], "b1"));
    t.do((_v, log) => undoLast(log));
    t.do((_v, log) => redoLast(log));
    expect(t.log.map((e) => e.kind)).toEqual(["move", "undo", "undo"]);
    const status = new LogStatus(t.log);
    expect(t.log.map((e) => status.status(e.id))).toEqual(["in force", "undone", "in force"]);
  });
});
