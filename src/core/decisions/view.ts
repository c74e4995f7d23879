// What a name looks like with the decisions applied: the engine's identities (computed around the
// constraints) with stable ids and the papers the curator pinned, plus the papers held out.
import type { CuratedState } from "./fold";
import { identityIds } from "./identities";
import type { IdentityId, PaperId } from "./types";

export interface CuratedIdentity {
  id: IdentityId;
  paperIds: PaperId[];
  /** Papers a decision tied to this identity; the rest are the engine's suggestion. */
  pinned: PaperId[];
}

export interface NameView {
  identities: CuratedIdentity[];
  /** Papers the curator said are not this person (in the order of the name's papers). */
  unassigned: PaperId[];
  state: CuratedState;
}

/**
 * Names the engine's identities (paper-id lists, largest first) and lists the held-out papers.
 * Held-out papers are dropped from identities, so an engine that ignored them still shows them apart.
 */
export function nameView(
  identities: readonly (readonly PaperId[])[],
  state: CuratedState,
  heldOut: readonly PaperId[] = [],
): NameView {
  const out = new Set([...heldOut, ...state.unassigned]);
  const kept = identities.map((ids) => ids.filter((p) => !out.has(p))).filter((g) => g.length > 0);
  const ids = identityIds(kept, state);
  const unassigned = [...new Set([...heldOut, ...identities.flat().filter((p) => out.has(p))])];
  return {
    identities: kept.map((paperIds, i) => ({
      id: ids[i]!,
      paperIds,
      pinned: paperIds.filter((p) => state.groupOf.has(p)),
    })),
    unassigned,
    state,
  };
}

export function identityOf(view: NameView, paper: PaperId): CuratedIdentity | undefined {
  return view.identities.find((identity) => identity.paperIds.includes(paper));
}
