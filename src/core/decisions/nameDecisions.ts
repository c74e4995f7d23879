// Everything the UI needs about one name's decisions, derived from its log in one pass: the folded
// state, the constraints sent to the engine (and a key saying which constraints a suggestion was
// computed with), open conflicts, and whether undo and redo have something to act on.
import { findConflicts, type DecisionConflict } from "./conflicts";
import { foldLogWith, toConstraints, type CuratedState } from "./fold";
import { LogStatus } from "./status";
import type { DecisionConstraints, DecisionEntry } from "./types";

export interface NameDecisions {
  nameKey: string;
  /** Merged across tabs, in fold order. */
  log: DecisionEntry[];
  state: CuratedState;
  constraints: DecisionConstraints;
  /** Same constraints ⇔ same key: what a suggestion's answer is matched against. */
  constraintsKey: string;
  conflicts: DecisionConflict[];
  canUndo: boolean;
  canRedo: boolean;
  /** Set when the stored record could not be read: why; the name then shows the plain suggestion. */
  quarantine?: string;
}

export function nameDecisions(
  nameKey: string,
  log: readonly DecisionEntry[],
  quarantine?: string,
): NameDecisions {
  const status = new LogStatus(log);
  const state = foldLogWith(status);
  const constraints = toConstraints(state);
  const decisions: NameDecisions = {
    nameKey,
    log: [...log],
    state,
    constraints,
    constraintsKey: constraintsKey(constraints),
    conflicts: findConflicts(log, status),
    canUndo: status.undoTarget() !== undefined,
    canRedo: status.redoTarget() !== undefined,
  };
  if (quarantine !== undefined) decisions.quarantine = quarantine;
  return decisions;
}

export function constraintsKey(constraints: DecisionConstraints): string {
  const { together, apart, unassigned } = constraints;
  return together.length + apart.length + unassigned.length === 0
    ? ""
    : JSON.stringify(constraints);
}
