// Every paper an entry names, the papers it ties identities to included: what an export must carry
// keys for, and what decides whether a file's log fits this corpus as it is.
import type { DecisionEntry, IdentityRef, PaperId } from "./types";

export function referencedPapers(entry: DecisionEntry): PaperId[] {
  const keeps = (refs: IdentityRef[]): PaperId[] =>
    refs.flatMap((r) => [...(r.keep ? [r.keep] : []), ...(r.rest ?? [])]);
  switch (entry.kind) {
    case "move":
      return [...entry.papers, ...keeps([entry.to, ...entry.from])];
    case "split-off":
      return [...entry.papers, ...keeps(entry.from)];
    case "unassign":
      return [...entry.papers, ...keeps(entry.from ?? [])];
    case "merge":
      return [...keeps([entry.into, ...entry.from]), ...(entry.papers ?? [])];
    case "accept":
    case "assign":
      return [
        ...entry.groups.flatMap((g) => g.papers),
        ...entry.unassigned,
        ...(entry.apartPapers ?? []).map(([p]) => p),
      ];
    default:
      return [];
  }
}

export function logPapers(log: readonly DecisionEntry[]): Set<PaperId> {
  return new Set(log.flatMap(referencedPapers));
}
