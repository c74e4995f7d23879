// The decision model with the real engine: whatever a curator decides at one resolution holds at
// every resolution (must-link groups stay whole, cannot-link pairs stay apart, held-out papers stay
// out), and the identities they touched keep their ids, evidence and a confidence.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeIdentities, movePapers } from "../../../src/core/decisions/actions";
import { foldLog, toConstraints } from "../../../src/core/decisions/fold";
import { recordDecision } from "../../../src/core/decisions/record";
import type { Decision, DecisionEntry } from "../../../src/core/decisions/types";
import { nameView, type NameView } from "../../../src/core/decisions/view";
import type { Corpus } from "../../../src/core/corpus";
import { indexCorpus } from "../../../src/core/corpusIndex";
import { suggestSplit } from "../../../src/core/split";

const index = indexCorpus(JSON.parse(readFileSync("data/default-corpus.json", "utf8")) as Corpus);
const KEY = "ajay gupta";
const PAPERS = index.papersOfName.get(KEY)!.map((p) => index.corpus.papers[p]!.id);
const RESOLUTIONS = [0.3, 1, 2, 5];

function engineView(log: readonly DecisionEntry[], resolution: number): NameView {
  const state = foldLog(log);
  const suggestion = suggestSplit(index, KEY, {
    resolution,
    constraints: toConstraints(state),
  });
  return nameView(
    suggestion.identities.map((i) => i.paperIds),
    state,
    suggestion.unassigned,
  );
}

type Command =
  { papers: number[]; to: number | "new" | "unassigned" } | { merge: [number, number] };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    papers: fc.uniqueArray(fc.nat(PAPERS.length - 1), { minLength: 1, maxLength: 6 }),
    to: fc.oneof(fc.nat(PAPERS.length - 1), fc.constantFrom("new" as const, "unassigned" as const)),
  }),
  fc.record({ merge: fc.tuple(fc.nat(PAPERS.length - 1), fc.nat(PAPERS.length - 1)) }),
);

function decide(view: NameView, c: Command): Decision | undefined {
  const holder = (i: number) => view.identities.find((x) => x.paperIds.includes(PAPERS[i]!))?.id;
  if ("merge" in c) {
    const [a, b] = c.merge.map(holder);
    return a && b ? mergeIdentities(view, a, [b]) : undefined;
  }
  const to = typeof c.to === "number" ? holder(c.to) : c.to;
  return to === undefined
    ? undefined
    : movePapers(
        view,
        c.papers.map((i) => PAPERS[i]!),
        to,
      );
}

describe("decisions with the split engine", () => {
  it("hold at every resolution: groups whole, apart pairs apart, held-out papers out", () => {
    fc.assert(
      fc.property(
        fc.array(command, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...RESOLUTIONS),
        (commands, at) => {
          let log: DecisionEntry[] = [];
          commands.forEach((c, n) => {
            const decision = decide(engineView(log, at), c);
            if (!decision) return;
            const context = {
              corpusId: "default",
              nameKey: KEY,
              session: "t",
              now: new Date(1e12 + n),
            };
            log = recordDecision(log, decision, context).log;
          });
          const state = foldLog(log);
          for (const resolution of RESOLUTIONS) {
            const view = engineView(log, resolution);
            const holder = new Map(
              view.identities.flatMap((i) => i.paperIds.map((p) => [p, i.id])),
            );
            for (const [id, papers] of state.groups) {
              expect(new Set(papers.map((p) => holder.get(p))).size).toBe(1);
              // The group names its identity unless the engine put an older group with it.
              const named = holder.get(papers[0]!)!;
              expect(
                named === id || (state.rank.get(named) ?? Infinity) < state.rank.get(id)!,
              ).toBe(true);
            }
            for (const [a, b] of state.apart) {
              expect(holder.get(state.groups.get(a)![0]!)).not.toBe(
                holder.get(state.groups.get(b)![0]!),
              );
            }
            for (const p of state.unassigned) expect(holder.has(p)).toBe(false);
            expect([...view.unassigned].sort()).toEqual(
              [...state.unassigned].filter((p) => PAPERS.includes(p)).sort(),
            );
          }
        },
      ),
      { seed: 3, numRuns: 25 },
    );
  });

  it("keeps the slider working after an edit and the edited identity's evidence", () => {
    const base = engineView([], 1);
    const source = base.identities[0]!;
    const moved = source.paperIds.slice(0, 1);
    const { log } = recordDecision([], movePapers(base, moved, "new")!, {
      corpusId: "default",
      nameKey: KEY,
      session: "t",
      now: new Date(1e12),
    });
    const counts = RESOLUTIONS.map((r) => engineView(log, r).identities.length);
    expect(new Set(counts).size).toBeGreaterThan(1);
    const suggestion = suggestSplit(index, KEY, {
      resolution: 1,
      constraints: toConstraints(foldLog(log)),
    });
    const edited = suggestion.identities.find((i) => i.paperIds.includes(source.paperIds[1]!))!;
    expect(edited.evidence.length).toBeGreaterThan(0);
    expect(edited.confidence).toBeGreaterThan(0);
  });
});
