// Conflicts: two decisions that put the same paper in different places without either having seen
// the other (two tabs, or an imported file). The fold still picks one (the later), but the conflict
// is reported until a decision that has seen both places the paper again.
import { LogStatus } from "./status";
import type { DecisionEntry, EntryId, IdentityId, PaperId } from "./types";

/** Where an entry puts a paper: an identity id, or "unassigned". */
export type Placement = IdentityId | "unassigned";

export interface DecisionConflict {
  paper: PaperId;
  /** The entry that stands (the later in fold order) and where it put the paper. */
  standing: { entry: DecisionEntry; placement: Placement };
  /** Concurrent entries it overrides, with where they put the paper. */
  overridden: { entry: DecisionEntry; placement: Placement }[];
}

/** The papers an entry places explicitly, and where. */
export function placementsOf(entry: DecisionEntry): Map<PaperId, Placement> {
  const placed = new Map<PaperId, Placement>();
  switch (entry.kind) {
    case "move":
      for (const p of entry.papers) placed.set(p, entry.to.id);
      break;
    case "split-off":
      for (const p of entry.papers) placed.set(p, entry.identity);
      break;
    case "unassign":
      for (const p of entry.papers) placed.set(p, "unassigned");
      break;
    case "accept":
    case "assign":
      for (const group of entry.groups) for (const p of group.papers) placed.set(p, group.id);
      for (const p of entry.unassigned) placed.set(p, "unassigned");
      break;
    default:
      break;
  }
  return placed;
}

/** Open conflicts of a log, one per paper, in the order of the name's log. */
export function findConflicts(
  log: readonly DecisionEntry[],
  status = new LogStatus(log),
): DecisionConflict[] {
  const touching = new Map<PaperId, { entry: DecisionEntry; placement: Placement }[]>();
  for (const entry of status.placements()) {
    for (const [paper, placement] of placementsOf(entry)) {
      const list = touching.get(paper);
      if (list) list.push({ entry, placement });
      else touching.set(paper, [{ entry, placement }]);
    }
  }
  const conflicts: DecisionConflict[] = [];
  for (const [paper, list] of touching) {
    if (list.length < 2) continue;
    const standing = list[list.length - 1]!;
    const overridden = list
      .slice(0, -1)
      .filter(
        (other) =>
          other.placement !== standing.placement &&
          status.causality.concurrent(other.entry.id, standing.entry.id),
      );
    if (overridden.length > 0) conflicts.push({ paper, standing, overridden });
  }
  return conflicts;
}

/** Conflicts grouped by the pair of entries behind them, for a readable list. */
export function groupConflicts(
  conflicts: readonly DecisionConflict[],
): { entries: [EntryId, EntryId]; papers: PaperId[]; conflicts: DecisionConflict[] }[] {
  const groups = new Map<
    string,
    { entries: [EntryId, EntryId]; papers: PaperId[]; conflicts: DecisionConflict[] }
  >();
  for (const conflict of conflicts) {
    const pair: [EntryId, EntryId] = [conflict.overridden[0]!.entry.id, conflict.standing.entry.id];
    const key = pair.join("\u0000");
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { entries: pair, papers: [], conflicts: [] }));
    group.papers.push(conflict.paper);
    group.conflicts.push(conflict);
  }
  return [...groups.values()];
}
