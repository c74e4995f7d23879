// A scripted curator for tests: one tab (session) applying commands to a log over a fake engine.
import { recordDecision } from "../../../src/core/decisions/record";
import type { Decision, DecisionEntry, PaperId } from "../../../src/core/decisions/types";
import type { NameView } from "../../../src/core/decisions/view";
import { viewOf } from "./fakeEngine";

export class TestTab {
  private tick = 0;

  constructor(
    public log: DecisionEntry[],
    readonly base: PaperId[][],
    readonly session: string,
    private readonly start = Date.parse("2026-01-01T00:00:00Z"),
  ) {}

  view(): NameView {
    return viewOf(this.base, this.log);
  }

  /** Records `decide(view)` if it returns a decision; returns the new entry. */
  do(
    decide: (view: NameView, log: DecisionEntry[]) => Decision | undefined,
  ): DecisionEntry | undefined {
    const decision = decide(this.view(), this.log);
    if (!decision) return undefined;
    const now = new Date(this.start + ++this.tick * 1000);
    const { entry, log } = recordDecision(this.log, decision, {
      corpusId: "c",
      nameKey: "n",
      session: this.session,
      now,
    });
    this.log = log;
    return entry;
  }
}

/** Identities as sorted lists of sorted papers, for comparisons that ignore order. */
export function partition(view: NameView): string[] {
  return view.identities.map((i) => [...i.paperIds].sort().join(",")).sort();
}
