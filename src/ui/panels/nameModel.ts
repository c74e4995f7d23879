// What the name panel and the workspace graph show for the open name, derived once per answer
// and decision: the identities in force (named, keyed and coloured by content, with the
// suggestion's evidence where it still applies), the unassigned papers and the workspace to draw.
import type { IdentitySuggestion } from "../../core/identity";
import { identityFacts, type IdentityFacts } from "../../core/workspace/identityNames";
import type { NameWorkspace } from "../../core/workspace/types";
import { buildWorkspace } from "../../core/workspace/workspaceModel";
import type { NameDetails, PaperView } from "../../worker/protocol";
import { currentGroups, type ReviewRecord } from "../reviewModel";

export interface IdentityView {
  key: string;
  name: string;
  /** Identity palette slot, -1 for neutral. */
  colour: number;
  paperIds: string[];
  facts: IdentityFacts;
  /** The suggested identity with exactly these papers (evidence, confidence), if any. */
  suggested: IdentitySuggestion | undefined;
}

export interface NameModel {
  details: NameDetails;
  identities: IdentityView[];
  /** Papers held out of every identity ("not this person"). */
  unassigned: string[];
  papers: Map<string, PaperView>;
  /** Paper id → identity key (or "unassigned"). */
  identityOf: Map<string, string>;
  workspace: NameWorkspace;
}

let memo: { details: NameDetails; review: ReviewRecord | undefined; model: NameModel } | undefined;

export function nameModel(details: NameDetails, review: ReviewRecord | undefined): NameModel {
  if (memo && memo.details === details && memo.review === review) return memo.model;
  const model = deriveNameModel(details, review);
  memo = { details, review, model };
  return model;
}

export function deriveNameModel(details: NameDetails, review: ReviewRecord | undefined): NameModel {
  const { suggestion } = details;
  const groups = currentGroups(suggestion, review);
  const suggested = new Map(suggestion.identities.map((i) => [setKey(i.paperIds), i]));
  const asSuggested =
    groups.length === suggestion.identities.length && groups.every((g) => suggested.has(setKey(g)));
  const workspace = asSuggested
    ? details.workspace
    : buildWorkspace({
        nameKey: details.key,
        label: details.label,
        papers: details.papers,
        groups: groups.map((paperIds) => ({ paperIds })),
      });
  const papers = new Map(details.papers.map((p) => [p.id, p]));
  const identityOf = new Map<string, string>();
  const identities = workspace.identities.map((identity) => {
    for (const id of identity.paperIds) identityOf.set(id, identity.key);
    return {
      key: identity.key,
      name: identity.name,
      colour: identity.colour,
      paperIds: identity.paperIds,
      facts: identityFacts(
        details.key,
        identity.paperIds.map((id) => papers.get(id)!),
      ),
      suggested: suggested.get(setKey(identity.paperIds)),
    };
  });
  const unassigned = details.papers.map((p) => p.id).filter((id) => !identityOf.has(id));
  for (const id of unassigned) identityOf.set(id, UNASSIGNED_KEY);
  return { details, identities, unassigned, papers, identityOf, workspace };
}

export const UNASSIGNED_KEY = "unassigned";

export function identityByKey(model: NameModel, key: string): IdentityView | undefined {
  return model.identities.find((identity) => identity.key === key);
}

function setKey(ids: readonly string[]): string {
  return [...ids].sort().join("\u0000");
}
