// The log folded into what the curator has settled: papers pinned to identities (must-link within
// one identity), identities kept apart (cannot-link) and papers held out (unassigned). Only what a
// decision says is pinned; every other paper is left to the engine, which is why the resolution
// slider still works after edits. Merges alias one identity id to the surviving one.
import type { DecisionConstraints, DecisionEntry, IdentityId, IdentityRef, PaperId } from "./types";
import { LogStatus } from "./status";

export interface CuratedState {
  /** Pinned paper → the identity id it was pinned to (after merges). */
  groupOf: ReadonlyMap<PaperId, IdentityId>;
  /** Identity id → its pinned papers (sorted); only ids with at least one pinned paper. */
  groups: ReadonlyMap<IdentityId, readonly PaperId[]>;
  /** Identity ids in the order the decisions first named them: an older id wins a tie. */
  rank: ReadonlyMap<IdentityId, number>;
  /** Every id a decision ever used (merged-away ones too), so a new identity never reuses one. */
  usedIds: ReadonlySet<IdentityId>;
  /** Pairs of identity ids the curator separated, each pair once, both with pinned papers. */
  apart: readonly [IdentityId, IdentityId][];
  /**
   * Papers kept out of an identity (with pinned papers): the ones a curator saw stay behind when
   * she moved others of their identity there. Dropped once a decision puts the paper there, holds
   * it out, or merges the identity it stayed in with that one.
   */
  apartPapers: readonly [PaperId, IdentityId][];
  unassigned: ReadonlySet<PaperId>;
}

/** Folds the placements in force, in log order. */
export function foldLog(log: readonly DecisionEntry[]): CuratedState {
  return foldLogWith(new LogStatus(log));
}

/** The same, from a log whose status is already worked out. */
export function foldLogWith(status: LogStatus): CuratedState {
  const fold = new Folder();
  for (const entry of status.placements()) fold.apply(entry);
  return fold.result();
}

/** The state as the engine's constraints (SplitConstraints). */
export function toConstraints(state: CuratedState): DecisionConstraints {
  const together = [...state.groups.values()].filter((g) => g.length > 1).map((g) => [...g]);
  const apart = [
    ...state.apart.map(
      ([a, b]) => [state.groups.get(a)![0]!, state.groups.get(b)![0]!] as [PaperId, PaperId],
    ),
    ...state.apartPapers.map(([p, id]) => [p, state.groups.get(id)![0]!] as [PaperId, PaperId]),
  ];
  return { together, apart, unassigned: [...state.unassigned].sort() };
}

class Folder {
  private readonly pins = new Map<PaperId, IdentityId>();
  private readonly parent = new Map<IdentityId, IdentityId>();
  private readonly rank = new Map<IdentityId, number>();
  private readonly apart = new Map<string, [IdentityId, IdentityId]>();
  /** [paper, the identity it stayed in (if known), the identity it is kept out of]. */
  private readonly apartPapers: [PaperId, IdentityId | undefined, IdentityId][] = [];
  private readonly unassigned = new Set<PaperId>();

  apply(entry: DecisionEntry): void {
    switch (entry.kind) {
      case "move":
        for (const p of entry.papers) this.pin(p, entry.to.id);
        this.pinKeep(entry.to);
        this.separate(entry.from, entry.to.id);
        return;
      case "split-off":
        for (const p of entry.papers) this.pin(p, entry.identity);
        this.separate(entry.from, entry.identity);
        return;
      case "unassign":
        for (const p of entry.papers) {
          this.pins.delete(p);
          this.unassigned.add(p);
        }
        for (const ref of entry.from ?? []) this.pinKeep(ref);
        return;
      case "merge":
        this.pinKeep(entry.into);
        for (const from of entry.from) {
          this.pinKeep(from);
          this.union(from.id, entry.into.id);
        }
        for (const p of entry.papers ?? []) this.pin(p, entry.into.id);
        return;
      case "accept":
      case "assign":
        entry.groups.forEach((group, i) => {
          for (const p of group.papers) this.pin(p, group.id);
          if (entry.apart) return;
          for (const other of entry.groups.slice(0, i)) this.keepApart(other.id, group.id);
        });
        for (const [a, b] of entry.apart ?? []) this.keepApart(a, b);
        for (const [p, id] of entry.apartPapers ?? []) this.apartPapers.push([p, undefined, id]);
        for (const p of entry.unassigned) {
          this.pins.delete(p);
          this.unassigned.add(p);
        }
        return;
      default:
        return;
    }
  }

  result(): CuratedState {
    const groupOf = new Map<PaperId, IdentityId>();
    const members = new Map<IdentityId, PaperId[]>();
    for (const [paper, id] of this.pins) {
      const root = this.find(id);
      groupOf.set(paper, root);
      const list = members.get(root);
      if (list) list.push(paper);
      else members.set(root, [paper]);
    }
    for (const list of members.values()) list.sort();
    const apart = new Map<string, [IdentityId, IdentityId]>();
    for (const [a, b] of this.apart.values()) {
      const [x, y] = [this.find(a), this.find(b)].sort() as [IdentityId, IdentityId];
      if (x !== y && members.has(x) && members.has(y)) apart.set(`${x}\u0000${y}`, [x, y]);
    }
    const apartPapers = new Map<string, [PaperId, IdentityId]>();
    for (const [paper, stayed, out] of this.apartPapers) {
      const root = this.find(out);
      if (!members.has(root) || (stayed !== undefined && this.find(stayed) === root)) continue;
      if (this.unassigned.has(paper) || groupOf.get(paper) === root) continue;
      apartPapers.set(`${paper}\u0000${root}`, [paper, root]);
    }
    const rank = new Map<IdentityId, number>();
    for (const root of members.keys()) rank.set(root, this.rank.get(root)!);
    return {
      groupOf,
      groups: members,
      rank,
      usedIds: new Set(this.rank.keys()),
      apart: [...apart.values()],
      apartPapers: [...apartPapers.values()],
      unassigned: this.unassigned,
    };
  }

  private pin(paper: PaperId, id: IdentityId): void {
    this.name(id);
    this.unassigned.delete(paper);
    this.pins.set(paper, id);
  }

  private pinKeep(ref: IdentityRef): void {
    this.name(ref.id);
    if (ref.keep !== undefined) this.pin(ref.keep, ref.id);
  }

  /**
   * Each `from` identity that keeps a paper is another person than `to`, and so are the papers
   * the curator saw stay in it.
   */
  private separate(from: IdentityRef[], to: IdentityId): void {
    for (const ref of from) {
      if (ref.keep === undefined || this.find(ref.id) === this.find(to)) continue;
      this.pinKeep(ref);
      this.keepApart(ref.id, to);
      for (const p of ref.rest ?? []) this.apartPapers.push([p, ref.id, to]);
    }
  }

  private keepApart(a: IdentityId, b: IdentityId): void {
    this.name(a);
    this.name(b);
    const [x, y] = [a, b].sort() as [IdentityId, IdentityId];
    this.apart.set(`${x}\u0000${y}`, [x, y]);
  }

  private name(id: IdentityId): void {
    if (!this.rank.has(id)) this.rank.set(id, this.rank.size);
  }

  private find(id: IdentityId): IdentityId {
    let root = id;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    return root;
  }

  /** `from` joins `into`; `into`'s id survives. */
  private union(from: IdentityId, into: IdentityId): void {
    const a = this.find(from);
    const b = this.find(into);
    if (a === b) return;
    this.parent.set(a, b);
    // The survivor ranks as the older of the two, so it keeps winning ties it won before.
    this.rank.set(b, Math.min(this.rank.get(a)!, this.rank.get(b)!));
  }
}

/** The state of a name nobody has decided on. */
export const EMPTY_STATE: CuratedState = foldLog([]);
