// What the name panel and the workspace graph show for the open name, derived once per answer and
// decision state: the identities in force with the decisions' stable ids (core/decisions nameView),
// named by content, coloured by id (so a merge's survivor keeps its colour), described by the
// Worker, with the suggestion's evidence; the papers held out; and the Worker's laid-out workspace
// keyed by those ids.
import { EMPTY_STATE, nameView, type CuratedState, type NameView } from "../../core/decisions";
import type { IdentitySuggestion } from "../../core/identity";
import { colourSlots } from "../../core/workspace/identityKey";
import { identityFacts, type IdentityFacts } from "../../core/workspace/identityNames";
import type { NameWorkspace } from "../../core/workspace/types";
import { IDENTITY_PALETTE_SIZE } from "../../core/workspace/workspaceModel";
import type { NameDetails, PaperView } from "../../worker/protocol";

export interface IdentityView {
  /** The decisions' stable identity id. */
  key: string;
  name: string;
  /** Identity palette slot, -1 for neutral. */
  colour: number;
  paperIds: string[];
  facts: IdentityFacts;
  /** Papers a decision tied to this identity. */
  pinned: number;
  /** The suggested identity these papers form (evidence, confidence). */
  suggested: IdentitySuggestion | undefined;
}

export interface NameModel {
  details: NameDetails;
  view: NameView;
  /** Largest first, as the workspace lists them. */
  identities: IdentityView[];
  /** Papers held out of every identity ("not this person"). */
  unassigned: string[];
  papers: Map<string, PaperView>;
  /** Paper id → identity key, or UNASSIGNED_KEY. */
  identityOf: Map<string, string>;
  workspace: NameWorkspace;
}

export const UNASSIGNED_KEY = "unassigned";

let memo: { details: NameDetails; state: CuratedState; model: NameModel } | undefined;

/** The model for `details` under the decisions `state` (none: the plain suggestion); memoised. */
export function nameModel(details: NameDetails, state: CuratedState = EMPTY_STATE): NameModel {
  if (memo && memo.details === details && memo.state === state) return memo.model;
  let model = deriveNameModel(details, state);
  // The same answer with its papers now in (paged in after it): the same workspace object, so
  // the graph, which drew it already, is not drawn again.
  if (memo && memo.state === state && memo.details.workspace === details.workspace)
    model = { ...model, workspace: memo.model.workspace };
  memo = { details, state, model };
  return model;
}

export function deriveNameModel(details: NameDetails, state: CuratedState): NameModel {
  const { suggestion } = details;
  const view = nameView(
    suggestion.identities.map((i) => i.paperIds),
    state,
    suggestion.unassigned,
  );
  const papers = new Map(details.papers.map((p) => [p.id, p]));
  const curatedOf = new Map<string, NameView["identities"][number]>();
  for (const identity of view.identities)
    for (const id of identity.paperIds) curatedOf.set(id, identity);
  const bySmallest = new Map(suggestion.identities.map((i) => [smallest(i.paperIds), i]));
  // The Worker keys workspace identities by their smallest paper; the decisions may name them otherwise.
  const shown = details.workspace.identities.filter((w) => curatedOf.has(w.key));
  const idOf = new Map(shown.map((w) => [w.key, curatedOf.get(w.key)!.id]));
  const colours = colourSlots(
    shown.map((w) => idOf.get(w.key)!),
    IDENTITY_PALETTE_SIZE,
  );
  const identityOf = new Map<string, string>();
  const identities = shown.map((w, i): IdentityView => {
    const curated = curatedOf.get(w.key)!;
    for (const id of curated.paperIds) identityOf.set(id, curated.id);
    return {
      key: curated.id,
      name: w.name,
      colour: colours[i]!,
      paperIds: curated.paperIds,
      // The Worker described the suggestion's identities; one a decision took papers out of (an
      // answer still on its way) is described here.
      // Until the papers are in (paged in after the answer), the Worker's facts stand.
      facts:
        sameIds(curated.paperIds, w.paperIds) || details.pendingPapers !== undefined
          ? w.facts
          : factsOf(details, curated.paperIds, papers),
      pinned: curated.pinned.length,
      suggested: bySmallest.get(w.key),
    };
  });
  for (const id of view.unassigned) identityOf.set(id, UNASSIGNED_KEY);
  const workspace: NameWorkspace = {
    ...details.workspace,
    identities: shown.map((w, i) => ({ ...w, key: identities[i]!.key, colour: colours[i]! })),
    coauthors: details.workspace.coauthors.map((c) => ({
      ...c,
      links: c.links
        .filter((l) => idOf.has(l.identity))
        .map((l) => ({ ...l, identity: idOf.get(l.identity)! })),
    })),
  };
  return { details, view, identities, unassigned: view.unassigned, papers, identityOf, workspace };
}

export function identityByKey(model: NameModel, key: string): IdentityView | undefined {
  return model.identities.find((identity) => identity.key === key);
}

/** The content name of an identity id on screen (for history lines), or a plain fallback. */
export function identityLabel(model: NameModel): (id: string) => string {
  const names = new Map(model.identities.map((i) => [i.key, i.name]));
  return (id) => names.get(id) ?? `an identity no longer shown (${id})`;
}

/**
 * Facts of identities described here, by the name's papers (the same array while the name is
 * open: answers after a resolution change or a decision reuse it) and then by paper ids.
 */
const factsCache = new WeakMap<readonly PaperView[], Map<string, IdentityFacts>>();

function factsOf(
  details: NameDetails,
  paperIds: readonly string[],
  papers: ReadonlyMap<string, PaperView>,
): IdentityFacts {
  let known = factsCache.get(details.papers);
  if (!known) factsCache.set(details.papers, (known = new Map()));
  const key = paperIds.join("\u0000");
  let facts = known.get(key);
  if (!facts) {
    facts = identityFacts(details.key, paperIds.map((id) => papers.get(id)!).filter(Boolean));
    known.set(key, facts);
  }
  return facts;
}

/** Both lists filter the suggested identity's papers in its order: equal lists, same identity. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function smallest(ids: readonly string[]): string {
  let min = ids[0]!;
  for (const id of ids) if (id < min) min = id;
  return min;
}
