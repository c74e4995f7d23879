// A curator's decisions on one name, as an append-only log. Every entry says what was decided, when,
// in which tab, and which papers it touches; the log folds into the engine's split constraints, so
// the suggestion is recomputed around the decisions at any resolution. Plain data: entries cross the
// Worker boundary, live in IndexedDB and travel in exported files unchanged.
import type { SplitConstraints } from "../identity";

/** A paper id of the corpus the log belongs to. */
export type PaperId = string;

/**
 * A stable identity id. An identity nobody has touched is named by its smallest paper id; once a
 * decision ties papers to it, the id is kept by the decisions (across merges and resolutions).
 */
export type IdentityId = string;

/** Id of one log entry, unique across tabs and machines (session id + counter). */
export type EntryId = string;

/**
 * An identity as a decision names it: its id, and one of its papers that the decision ties to it
 * (so the identity can be found again at another resolution). `keep` is absent when the decision
 * takes every paper out of the identity. `rest`: in a move's or split-off's `from`, the other
 * papers the curator saw stay behind; they are kept apart from where the moved papers went
 * (without it the engine could put them back with the moved papers: moving 5 of an identity's 36
 * papers to a new identity took 27 of the 31 others along).
 */
export interface IdentityRef {
  id: IdentityId;
  keep?: PaperId;
  rest?: PaperId[];
}

/** Papers to an existing identity: they belong to `to`'s person and not to the `from` identities'. */
export interface MoveDecision {
  kind: "move";
  papers: PaperId[];
  to: IdentityRef;
  from: IdentityRef[];
}

/** Papers to a new identity (its id is `identity`): one person, none of the `from` identities. */
export interface SplitOffDecision {
  kind: "split-off";
  papers: PaperId[];
  identity: IdentityId;
  from: IdentityRef[];
}

/**
 * Papers that are not this name's person at all (wrong attribution): held out of every identity.
 * `from`: the identities they left, each tied to a paper it keeps (so a separation decided earlier
 * still has a paper to hold on to).
 */
export interface UnassignDecision {
  kind: "unassign";
  papers: PaperId[];
  from?: IdentityRef[];
}

/**
 * Identities that are one person; `into` survives and keeps its id (and colour). `papers`: every
 * paper the merged identities showed, all tied to the survivor (older entries lack it: only the
 * `keep` papers were tied, and the engine could leave some of the others out).
 */
export interface MergeDecision {
  kind: "merge";
  into: IdentityRef;
  from: IdentityRef[];
  papers?: PaperId[];
}

/**
 * A whole grouping fixed at once: each group is one person; the `apart` pairs of group ids (when
 * given) or else every two groups are different people.
 */
export interface AssignDecision {
  kind: "accept" | "assign";
  groups: { id: IdentityId; papers: PaperId[] }[];
  apart?: [IdentityId, IdentityId][];
  /** Papers kept out of a group (a folded log's papers left behind by a move). */
  apartPapers?: [PaperId, IdentityId][];
  unassigned: PaperId[];
  /** accept: the resolution the curator accepted at. assign: where it came from (file, migration). */
  resolution?: number;
  source?: string;
}

/** Forget every decision this entry has seen (it can be undone; concurrent edits survive). */
export interface ResetDecision {
  kind: "reset";
}

/** Undo the target entries. Redo is an undo of an undo. */
export interface UndoDecision {
  kind: "undo";
  targets: EntryId[];
}

/** A confirmed import: the entries it brought count only while this entry is in force. */
export interface ImportDecision {
  kind: "import";
  file: string;
  adds: EntryId[];
  /** Shared by the import entries of one file across names, so the file can be undone at once. */
  importId: string;
}

export type Decision =
  | MoveDecision
  | SplitOffDecision
  | UnassignDecision
  | MergeDecision
  | AssignDecision
  | ResetDecision
  | UndoDecision
  | ImportDecision;

export type DecisionKind = Decision["kind"];

/** Where and when an entry was made, and which entries its tab had seen (causal order). */
export interface EntryHeader {
  id: EntryId;
  corpusId: string;
  nameKey: string;
  /** ISO time; a tab never writes an entry earlier than one it has seen. */
  at: string;
  /** The tab (page load) that made it. */
  session: string;
  /** The entries of this name the tab knew as latest when it decided: the log's frontier. */
  deps: EntryId[];
}

export type DecisionEntry = EntryHeader & Decision;

/** The engine's constraints, every field present. */
export type DecisionConstraints = Required<SplitConstraints>;
