// Which entries of a log are in force. An entry is undone by an undo entry that is itself in force
// (so redo, an undo of that undo, brings it back); an imported entry counts only while one of the
// imports that brought it does; a reset in force clears every placement it had seen.
import { Causality } from "./log";
import type { DecisionEntry, EntryId } from "./types";

/** Kinds that place papers; the only ones a reset clears and a conflict compares. */
export const PLACEMENT_KINDS = new Set([
  "move",
  "split-off",
  "unassign",
  "merge",
  "accept",
  "assign",
] as const);

/** Kinds a curator undoes with Ctrl+Z (undo entries themselves are undone by redo). */
export const STEP_KINDS = new Set([...PLACEMENT_KINDS, "reset", "import"] as const);

export type EntryStatus = "in force" | "undone" | "cleared by reset" | "import undone";

export function isPlacement(entry: DecisionEntry): boolean {
  return (PLACEMENT_KINDS as ReadonlySet<string>).has(entry.kind);
}

export function isStep(entry: DecisionEntry): boolean {
  return (STEP_KINDS as ReadonlySet<string>).has(entry.kind);
}

/** A log (sorted, as mergeLogs returns it) with each entry's status worked out once. */
export class LogStatus {
  readonly causality: Causality;
  private readonly byId = new Map<EntryId, DecisionEntry>();
  private readonly undoneBy = new Map<EntryId, DecisionEntry[]>();
  private readonly gatedBy = new Map<EntryId, DecisionEntry[]>();
  private readonly activeMemo = new Map<EntryId, boolean>();
  private readonly statusMemo = new Map<EntryId, EntryStatus>();

  constructor(readonly log: readonly DecisionEntry[]) {
    this.causality = new Causality(log);
    for (const entry of log) {
      this.byId.set(entry.id, entry);
      if (entry.kind === "undo") for (const t of entry.targets) push(this.undoneBy, t, entry);
      if (entry.kind === "import") for (const t of entry.adds) push(this.gatedBy, t, entry);
    }
  }

  entry(id: EntryId): DecisionEntry | undefined {
    return this.byId.get(id);
  }

  /** Not undone, and (if imported) brought by an import in force. */
  active(id: EntryId): boolean {
    const memo = this.activeMemo.get(id);
    if (memo !== undefined) return memo;
    this.activeMemo.set(id, false); // a forged undo cycle resolves to "not active"
    const undone = (this.undoneBy.get(id) ?? []).some((u) => this.active(u.id));
    const gates = this.gatedBy.get(id);
    const admitted = !gates || gates.some((g) => this.active(g.id));
    const active = !undone && admitted;
    this.activeMemo.set(id, active);
    return active;
  }

  status(id: EntryId): EntryStatus {
    const memo = this.statusMemo.get(id);
    if (memo) return memo;
    const entry = this.byId.get(id);
    let status: EntryStatus = "in force";
    if (!entry) status = "undone";
    else if ((this.undoneBy.get(id) ?? []).some((u) => this.active(u.id))) status = "undone";
    else if (!this.active(id)) status = "import undone";
    else if (isPlacement(entry) && this.resets().some((r) => this.causality.hasSeen(r, id)))
      status = "cleared by reset";
    this.statusMemo.set(id, status);
    return status;
  }

  /** Placements in force, in fold order. */
  placements(): DecisionEntry[] {
    return this.log.filter((e) => isPlacement(e) && this.status(e.id) === "in force");
  }

  /** The step Ctrl+Z undoes: the latest one still in force. */
  undoTarget(): DecisionEntry | undefined {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const entry = this.log[i]!;
      if (isStep(entry) && this.status(entry.id) === "in force") return entry;
    }
    return undefined;
  }

  /**
   * The undo Ctrl+Shift+Z takes back: the latest undo of steps still in force, unless a step was
   * decided after it (a new decision ends the redo chain, as in every editor).
   */
  redoTarget(): DecisionEntry | undefined {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const entry = this.log[i]!;
      if (!this.active(entry.id)) continue;
      if (isStep(entry)) return undefined;
      if (entry.kind === "undo" && this.undoesSteps(entry)) return entry;
    }
    return undefined;
  }

  private undoesSteps(entry: DecisionEntry & { kind: "undo" }): boolean {
    return entry.targets.some((t) => {
      const target = this.byId.get(t);
      return target !== undefined && isStep(target);
    });
  }

  private resetIds: EntryId[] | undefined;

  private resets(): EntryId[] {
    this.resetIds ??= this.log
      .filter((e) => e.kind === "reset" && this.active(e.id))
      .map((e) => e.id);
    return this.resetIds;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
