// The curator's commands, as pure functions from what is on screen (a NameView) to one decision.
// They pick the papers each decision ties to an identity, so the UI only says what the curator
// chose: these papers, that identity. `undefined` means there is nothing to change.
import { newIdentityId } from "./identities";
import { LogStatus } from "./status";
import type {
  AssignDecision,
  DecisionEntry,
  IdentityId,
  IdentityRef,
  MergeDecision,
  MoveDecision,
  PaperId,
  ResetDecision,
  SplitOffDecision,
  UnassignDecision,
  UndoDecision,
} from "./types";
import type { CuratedIdentity, NameView } from "./view";

/** A command that cannot apply to what is on screen; the message says what to pick instead. */
export class DecisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecisionError";
  }
}

/** Where papers go: an identity id, a new identity, or "not this person". */
export type MoveTarget = IdentityId | "new" | "unassigned";

/**
 * Moves papers (any mix of identities and unassigned) to `target`. Moving to an identity ties them
 * to it and separates it from the identities they left; "new" makes them one new person apart
 * from those; "unassigned" holds them out of every identity. `again`: record it even for papers
 * already there (settling a conflict: the curator confirms where they are).
 */
export function movePapers(
  view: NameView,
  papers: readonly PaperId[],
  target: MoveTarget,
  options: { again?: boolean } = {},
): MoveDecision | SplitOffDecision | UnassignDecision | undefined {
  const chosen = [...new Set(papers)];
  if (chosen.length === 0) return undefined;
  const held = new Set(view.unassigned);
  const sources = new Set<CuratedIdentity>();
  for (const paper of chosen) {
    const source = view.identities.find((i) => i.paperIds.includes(paper));
    if (source) sources.add(source);
    else if (!held.has(paper))
      throw new DecisionError(`paper ${paper} is not one of this name's papers`);
  }
  const moving = new Set(chosen);
  const leaving = (identity: CuratedIdentity, rest: boolean): IdentityRef => ({
    id: identity.id,
    ...keepOf(view, identity, moving, rest),
  });
  if (target === "unassigned") {
    const out = options.again ? chosen : chosen.filter((p) => !held.has(p));
    if (out.length === 0) return undefined;
    const from = [...sources].map((s) => leaving(s, false)).filter((ref) => ref.keep !== undefined);
    return from.length > 0
      ? { kind: "unassign", papers: out, from }
      : { kind: "unassign", papers: out };
  }
  if (target === "new") {
    const from = [...sources].map((s) => leaving(s, true)).filter((ref) => ref.keep !== undefined);
    // Papers that already are exactly one identity of their own: nothing to split off.
    if (from.length === 0 && sources.size === 1 && chosen.every((p) => !held.has(p)))
      return undefined;
    // A new person is none of the people the curator has already settled on either (else she
    // would have moved the papers there): two split-offs in a row were joined into one.
    const settled = view.identities
      .filter((i) => !sources.has(i) && i.pinned.length > 0)
      .map((i) => ({ id: i.id, ...keepOf(view, i, moving) }));
    const shown = view.identities.map((i) => i.id);
    const identity = newIdentityId(chosen, view.state, shown);
    return { kind: "split-off", papers: chosen, identity, from: [...from, ...settled] };
  }
  const to = view.identities.find((i) => i.id === target);
  if (!to) throw new DecisionError(`there is no identity ${target}; pick one of the list`);
  const outside = options.again ? chosen : chosen.filter((p) => !to.paperIds.includes(p));
  if (outside.length === 0) return undefined;
  const from = [...sources].filter((s) => s !== to).map((s) => leaving(s, true));
  return {
    kind: "move",
    papers: outside,
    to: { id: to.id, ...keepOf(view, to, new Set()) },
    from: from.filter((ref) => ref.keep !== undefined),
  };
}

/** Merges `others` into `survivor`, which keeps its id (and colour). */
export function mergeIdentities(
  view: NameView,
  survivor: IdentityId,
  others: readonly IdentityId[],
): MergeDecision | undefined {
  const into = view.identities.find((i) => i.id === survivor);
  if (!into) throw new DecisionError(`there is no identity ${survivor} to merge into`);
  const from = [...new Set(others)]
    .filter((id) => id !== survivor)
    .map((id) => {
      const identity = view.identities.find((i) => i.id === id);
      if (!identity) throw new DecisionError(`there is no identity ${id} to merge`);
      return { id, ...keepOf(view, identity, new Set()) };
    });
  if (from.length === 0) return undefined;
  const merged = [into, ...from.map((ref) => view.identities.find((i) => i.id === ref.id)!)];
  const papers = merged.flatMap((identity) => identity.paperIds).sort();
  return { kind: "merge", into: { id: into.id, ...keepOf(view, into, new Set()) }, from, papers };
}

/** Accepts what is on screen: every identity is one person, all of them different people. */
export function acceptView(view: NameView, resolution: number): AssignDecision {
  return {
    kind: "accept",
    groups: view.identities.map((i) => ({ id: i.id, papers: [...i.paperIds] })),
    unassigned: [...view.unassigned],
    resolution,
  };
}

/** Forgets the decisions so far (it asks first in the UI; undo brings them back). */
export function resetName(log: readonly DecisionEntry[]): ResetDecision | undefined {
  return new LogStatus(log).placements().length > 0 ? { kind: "reset" } : undefined;
}

/** Undoes the latest step still in force. */
export function undoLast(log: readonly DecisionEntry[]): UndoDecision | undefined {
  const target = new LogStatus(log).undoTarget();
  return target ? { kind: "undo", targets: [target.id] } : undefined;
}

/** Redoes the latest undone step (an undo of that undo), unless a decision came after it. */
export function redoLast(log: readonly DecisionEntry[]): UndoDecision | undefined {
  const target = new LogStatus(log).redoTarget();
  return target ? { kind: "undo", targets: [target.id] } : undefined;
}

/**
 * The paper a decision ties to `identity` so it can be found again: a pinned one if any, else its
 * id paper, else its smallest paper; never one of the papers being moved out. With `rest`, also
 * the other papers staying behind (to keep apart from where the moved ones go).
 */
function keepOf(
  view: NameView,
  identity: CuratedIdentity,
  moving: ReadonlySet<PaperId>,
  rest = false,
): { keep?: PaperId; rest?: PaperId[] } {
  const staying = identity.paperIds.filter((p) => !moving.has(p));
  const pinned = staying.filter((p) => view.state.groupOf.get(p) === identity.id).sort();
  const keep = pinned[0] ?? (staying.includes(identity.id) ? identity.id : [...staying].sort()[0]);
  if (keep === undefined) return {};
  const others = rest ? staying.filter((p) => p !== keep).sort() : [];
  return others.length > 0 ? { keep, rest: others } : { keep };
}
