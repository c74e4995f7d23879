// Stable ids for the identities of a suggestion. An identity holding pinned papers takes the id its
// decisions gave it (the oldest, if the engine put two curated groups together); one nobody touched
// is named by its smallest paper id, which stays put as the resolution changes. So ids, and the
// colours keyed on them, survive merges, moves and the slider.
import type { CuratedState } from "./fold";
import type { IdentityId, PaperId } from "./types";

/** Ids for `identities` (lists of paper ids, in the engine's order), unique among themselves. */
export function identityIds(
  identities: readonly (readonly PaperId[])[],
  state: CuratedState,
): IdentityId[] {
  const taken = new Set<IdentityId>();
  const ids = identities.map((papers) => {
    const claims = [...new Set(papers.map((p) => state.groupOf.get(p)))]
      .filter((id): id is IdentityId => id !== undefined && !taken.has(id))
      .sort((a, b) => state.rank.get(a)! - state.rank.get(b)!);
    const id = claims[0];
    if (id !== undefined) taken.add(id);
    return id;
  });
  return ids.map((id, i) => {
    if (id !== undefined) return id;
    const natural = unusedId(smallest(identities[i]!), (c) => taken.has(c) || state.usedIds.has(c));
    taken.add(natural);
    return natural;
  });
}

/** An id for a new identity made of `papers` that no decision and no identity on screen uses. */
export function newIdentityId(
  papers: readonly PaperId[],
  state: CuratedState,
  shown: readonly IdentityId[] = [],
): IdentityId {
  const onScreen = new Set(shown);
  return unusedId(smallest(papers), (c) => state.usedIds.has(c) || onScreen.has(c));
}

function smallest(papers: readonly PaperId[]): PaperId {
  let min = papers[0] ?? "identity";
  for (const p of papers) if (p < min) min = p;
  return min;
}

function unusedId(base: string, used: (candidate: string) => boolean): string {
  if (!used(base)) return base;
  for (let n = 2; ; n++) if (!used(`${base}~${n}`)) return `${base}~${n}`;
}
