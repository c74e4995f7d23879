// A name's history for people: each entry as one line (what, when, which tab, which papers) and
// whether it is still in force. Identity ids are turned into names by the caller's `label`.
import { LogStatus, type EntryStatus } from "./status";
import type { DecisionEntry, IdentityId, PaperId } from "./types";

export interface HistoryRow {
  entry: DecisionEntry;
  status: EntryStatus;
  /** "Moved 3 papers to Lei Wang · Tsinghua", "Undid: merged …". */
  text: string;
  /** Papers the entry names (empty for reset and undo). */
  papers: PaperId[];
}

export type IdentityLabel = (id: IdentityId) => string;

/** Rows newest first. */
export function historyRows(log: readonly DecisionEntry[], label: IdentityLabel): HistoryRow[] {
  const status = new LogStatus(log);
  return [...log].reverse().map((entry) => ({
    entry,
    status: status.status(entry.id),
    text: describeEntry(entry, label, status),
    papers: papersOf(entry),
  }));
}

export function papersOf(entry: DecisionEntry): PaperId[] {
  switch (entry.kind) {
    case "move":
    case "split-off":
    case "unassign":
      return [...entry.papers];
    case "accept":
    case "assign":
      return [...entry.groups.flatMap((g) => g.papers), ...entry.unassigned];
    default:
      return [];
  }
}

export function describeEntry(
  entry: DecisionEntry,
  label: IdentityLabel,
  status?: LogStatus,
): string {
  switch (entry.kind) {
    case "move":
      return `Moved ${papers(entry.papers.length)} to ${label(entry.to.id)}`;
    case "split-off":
      return `Moved ${papers(entry.papers.length)} to a new identity (${label(entry.identity)})`;
    case "unassign":
      return `Marked ${papers(entry.papers.length)} as not this person`;
    case "merge":
      return `Merged ${entry.from.map((f) => label(f.id)).join(", ")} into ${label(entry.into.id)}`;
    case "accept":
      return `Accepted the split: ${count(entry.groups.length, "identity", "identities")}${
        entry.resolution !== undefined ? ` at resolution ${entry.resolution}` : ""
      }`;
    case "assign":
      return `Applied ${count(entry.groups.length, "identity", "identities")}${
        entry.unassigned.length > 0 ? ` and ${papers(entry.unassigned.length)} not this person` : ""
      }${entry.source ? ` from ${entry.source}` : ""}`;
    case "reset":
      return "Reset to the suggestion";
    case "import":
      return `Imported ${count(entry.adds.length, "decision")} from ${entry.file}`;
    case "undo": {
      const targets = entry.targets.map((t) => status?.entry(t));
      const redo = targets.some((t) => t?.kind === "undo");
      const what = targets
        .map((t) =>
          t === undefined
            ? "an unknown decision"
            : t.kind === "undo"
              ? describeEntry(innerTarget(t, status) ?? t, label)
              : describeEntry(t, label),
        )
        .join("; ");
      return `${redo ? "Redid" : "Undid"}: ${what}`;
    }
  }
}

/** The step a redo brings back (the target of the undo it undoes). */
function innerTarget(undo: DecisionEntry, status?: LogStatus): DecisionEntry | undefined {
  return undo.kind === "undo" && undo.targets[0] !== undefined
    ? status?.entry(undo.targets[0])
    : undefined;
}

function papers(n: number): string {
  return count(n, "paper");
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
