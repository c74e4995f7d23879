// Review decisions as pure functions: a curator's record holds the groups of paper ids they settled
// on for one name; accepting, merging, moving and resetting return a new record (or none). The
// displayed identities are the record reconciled with the current suggestion, so a record stays
// valid when the suggestion or the corpus changes (unknown papers are dropped, new ones kept apart).
import type { IdentitySuggestion, SplitSuggestion } from "../core/identity";

export type ReviewStatus = "accepted" | "edited";

export interface ReviewRecord {
  corpusId: string;
  nameKey: string;
  label: string;
  status: ReviewStatus;
  /** Paper ids per identity, in display order; never empty groups. */
  groups: string[][];
  /** ISO time of the last decision. */
  updatedAt: string;
}

/** One identity as shown: the curator's group, with the suggestion's description when unchanged. */
export interface ShownIdentity {
  paperIds: string[];
  /** The suggested identity with exactly these papers, if any (evidence, confidence). */
  suggested: IdentitySuggestion | undefined;
}

function recordFrom(
  suggestion: SplitSuggestion,
  corpusId: string,
  status: ReviewStatus,
  groups: string[][],
  now: Date,
): ReviewRecord {
  return {
    corpusId,
    nameKey: suggestion.nameKey,
    label: suggestion.label,
    status,
    groups: groups.filter((g) => g.length > 0).map((g) => [...g]),
    updatedAt: now.toISOString(),
  };
}

/** The groups in force: the record's, reconciled with the suggestion's papers; else the suggestion's. */
export function currentGroups(suggestion: SplitSuggestion, record?: ReviewRecord): string[][] {
  if (!record) return suggestion.identities.map((i) => [...i.paperIds]);
  const known = new Set(suggestion.paperIds);
  const placed = new Set<string>();
  const groups = record.groups
    .map((g) => g.filter((id) => known.has(id) && !placed.has(id) && placed.add(id)))
    .filter((g) => g.length > 0);
  const unplaced = suggestion.paperIds.filter((id) => !placed.has(id));
  if (unplaced.length > 0) groups.push(unplaced);
  return groups;
}

export function shownIdentities(
  suggestion: SplitSuggestion,
  record?: ReviewRecord,
): ShownIdentity[] {
  const bySet = new Map(suggestion.identities.map((i) => [setKey(i.paperIds), i]));
  return currentGroups(suggestion, record).map((paperIds) => ({
    paperIds,
    suggested: bySet.get(setKey(paperIds)),
  }));
}

function setKey(ids: string[]): string {
  return [...ids].sort().join("\u0000");
}

/** Accepts the groups in force (the suggestion's, or the curator's edits). */
export function acceptSplit(
  suggestion: SplitSuggestion,
  record: ReviewRecord | undefined,
  corpusId: string,
  now = new Date(),
): ReviewRecord {
  return recordFrom(suggestion, corpusId, "accepted", currentGroups(suggestion, record), now);
}

/** Merges identity `from` into identity `into` (indexes into the groups in force). */
export function mergeIdentities(
  suggestion: SplitSuggestion,
  record: ReviewRecord | undefined,
  corpusId: string,
  into: number,
  from: number,
  now = new Date(),
): ReviewRecord {
  const groups = currentGroups(suggestion, record);
  if (into === from || !groups[into] || !groups[from]) {
    throw new RangeError(`cannot merge identity ${from + 1} into ${into + 1}: pick two identities`);
  }
  groups[into] = [...groups[into], ...groups[from]];
  groups.splice(from, 1);
  return recordFrom(suggestion, corpusId, "edited", groups, now);
}

/** Moves one paper to identity `to`; `to === groups.length` starts a new identity. */
export function movePaper(
  suggestion: SplitSuggestion,
  record: ReviewRecord | undefined,
  corpusId: string,
  paperId: string,
  to: number,
  now = new Date(),
): ReviewRecord {
  const groups = currentGroups(suggestion, record);
  const from = groups.findIndex((g) => g.includes(paperId));
  if (from < 0) throw new RangeError(`paper ${paperId} is not one of ${suggestion.label}'s papers`);
  if (to < 0 || to > groups.length) throw new RangeError(`there is no identity ${to + 1}`);
  if (to === from) return recordFrom(suggestion, corpusId, "edited", groups, now);
  if (to === groups.length) groups.push([]);
  groups[from] = groups[from]!.filter((id) => id !== paperId);
  groups[to]!.push(paperId);
  return recordFrom(suggestion, corpusId, "edited", groups, now);
}

/** Forgets the curator's decisions: the suggestion is shown again. */
export function resetReview(): undefined {
  return undefined;
}
