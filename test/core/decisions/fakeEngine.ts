// A tiny constraint-respecting stand-in for the split engine, so the decision model can be tested
// alone: papers start in `base` clusters (the "suggestion"); must-link sets are atoms, and atoms
// that share a base cluster join unless a cannot-link pair forbids it.
import type {
  DecisionConstraints,
  DecisionEntry,
  PaperId,
} from "../../../src/core/decisions/types";
import { foldLog, toConstraints } from "../../../src/core/decisions/fold";
import { nameView, type NameView } from "../../../src/core/decisions/view";

export function fakeSplit(base: PaperId[][], constraints: DecisionConstraints): PaperId[][] {
  const out = new Set(constraints.unassigned);
  const parent = new Map<PaperId, PaperId>();
  const find = (p: PaperId): PaperId => {
    while (parent.has(p)) p = parent.get(p)!;
    return p;
  };
  const papers = base.flat().filter((p) => !out.has(p));
  const known = new Set(papers);
  for (const set of constraints.together) {
    const inside = set.filter((p) => known.has(p));
    for (const p of inside.slice(1)) {
      const [a, b] = [find(p), find(inside[0]!)];
      if (a !== b) parent.set(a, b);
    }
  }
  const forbidden = (a: PaperId, b: PaperId): boolean =>
    constraints.apart.some(([x, y]) => {
      const [fx, fy] = [find(x), find(y)];
      return (fx === a && fy === b) || (fx === b && fy === a);
    });
  for (const cluster of base) {
    const inside = cluster.filter((p) => known.has(p));
    for (const p of inside.slice(1)) {
      const [a, b] = [find(p), find(inside[0]!)];
      if (a !== b && !forbidden(a, b)) parent.set(a, b);
    }
  }
  const groups = new Map<PaperId, PaperId[]>();
  for (const p of papers) {
    const root = find(p);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
}

/** The view a curator would see with `log` applied over `base`. */
export function viewOf(base: PaperId[][], log: readonly DecisionEntry[]): NameView {
  const state = foldLog(log);
  const constraints = toConstraints(state);
  return nameView(
    fakeSplit(base, constraints),
    state,
    constraints.unassigned.filter((p) => base.flat().includes(p)),
  );
}
