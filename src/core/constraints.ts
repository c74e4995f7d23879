// A curator's corrections as constraints on one name's split: papers kept together (must-link),
// papers kept apart (cannot-link) and papers held out of every identity ("not this person").
// The engine recomputes its suggestion around them, so they hold at any resolution.
import type { CorpusIndex } from "./corpusIndex";
import type { SplitConstraints } from "./identity";

/** Constraints resolved to positions in the name's paper list. */
export interface ResolvedConstraints {
  /** Positions (into the name's papers) held out of every identity. */
  heldOut: Set<number>;
  /** Groups of positions that must share an identity. */
  together: number[][];
  /** Pairs of positions that must not share an identity. */
  apart: [number, number][];
  /** What could not be applied as given, in words a curator reads. */
  notes: string[];
}

export const NO_CONSTRAINTS: ResolvedConstraints = {
  heldOut: new Set(),
  together: [],
  apart: [],
  notes: [],
};

export function resolveConstraints(
  index: CorpusIndex,
  papers: number[],
  constraints: SplitConstraints | undefined,
): ResolvedConstraints {
  if (!constraints) return NO_CONSTRAINTS;
  const positionOf = new Map<string, number>();
  papers.forEach((p, at) => positionOf.set(index.corpus.papers[p]!.id, at));
  const unknown = new Set<string>();
  const resolve = (id: unknown): number | undefined => {
    if (typeof id !== "string") return undefined;
    const at = positionOf.get(id);
    if (at === undefined) unknown.add(id);
    return at;
  };
  const heldOut = new Set<number>();
  for (const id of constraints.unassigned ?? []) {
    const at = resolve(id);
    if (at !== undefined) heldOut.add(at);
  }
  const kept = (at: number | undefined): at is number => at !== undefined && !heldOut.has(at);
  const together = (constraints.together ?? [])
    .map((group) => [...new Set(group.map(resolve).filter(kept))])
    .filter((group) => group.length > 1);
  const notes: string[] = [];
  const groupOf = groupsByPosition(together, papers.length);
  const apart: [number, number][] = [];
  for (const pair of constraints.apart ?? []) {
    const [a, b] = [resolve(pair[0]), resolve(pair[1])];
    if (!kept(a) || !kept(b) || a === b) continue;
    if (groupOf[a] !== -1 && groupOf[a] === groupOf[b]) {
      notes.push(
        `papers ${pair[0]} and ${pair[1]} are both kept together and kept apart; kept together`,
      );
      continue;
    }
    apart.push([a, b]);
  }
  if (unknown.size > 0) {
    const sample = [...unknown].slice(0, 3).join(", ");
    notes.push(
      `${unknown.size} paper id${unknown.size === 1 ? "" : "s"} in the decisions ${unknown.size === 1 ? "is" : "are"} not among this name's papers (${sample}${unknown.size > 3 ? ", …" : ""}); ignored`,
    );
  }
  return { heldOut, together, apart, notes };
}

/** Position → index of the transitive together-group holding it (-1 when none). */
function groupsByPosition(together: number[][], count: number): Int32Array {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const group of together) for (const at of group) parent[find(at)] = find(group[0]!);
  const group = new Int32Array(count).fill(-1);
  for (const g of together) for (const at of g) group[at] = find(at);
  return group;
}
