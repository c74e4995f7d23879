// Builds the workspace of one name from its papers and the groups in force (the suggestion's
// identities, or the curator's): identities named by content and keyed by their first paper, their
// co-authors with the papers they share (the strongest, past WORKSPACE_COAUTHORS), and positions
// from workspaceLayout. Pure.
import { strongestCoauthors, WORKSPACE_COAUTHORS } from "./coauthorBudget";
import { colourSlots, identityKey } from "./identityKey";
import { identityFacts, identityNames, type IdentityFacts } from "./identityNames";
import type { IdentityGroup, NameWorkspace, WorkspaceCoauthor, WorkspacePaper } from "./types";
import { layoutWorkspace } from "./workspaceLayout";

/** Distinct identity colours the view has (Okabe–Ito without black). */
export const IDENTITY_PALETTE_SIZE = 7;

export interface WorkspaceInput {
  nameKey: string;
  label: string;
  papers: readonly WorkspacePaper[];
  groups: readonly IdentityGroup[];
}

export interface NamedIdentity {
  key: string;
  name: string;
  paperIds: string[];
  facts: IdentityFacts;
  colour: number;
}

/** The groups as identities: known papers only, empty groups dropped, largest first, named. */
export function nameIdentities(input: WorkspaceInput): NamedIdentity[] {
  const byId = new Map(input.papers.map((p) => [p.id, p]));
  const groups = input.groups
    .map((g) => g.paperIds.filter((id) => byId.has(id)))
    .filter((ids) => ids.length > 0)
    .map((paperIds) => ({ paperIds, key: identityKey(paperIds) }))
    .sort((a, b) => b.paperIds.length - a.paperIds.length || (a.key < b.key ? -1 : 1));
  const described = groups.map((g) => {
    const papers = g.paperIds.map((id) => byId.get(id)!);
    return {
      ...g,
      facts: identityFacts(input.nameKey, papers),
      titles: papers.map((p) => p.title ?? "").filter((t) => t !== ""),
    };
  });
  const names = identityNames(input.label, described);
  const colours = colourSlots(
    groups.map((g) => g.key),
    IDENTITY_PALETTE_SIZE,
  );
  return described.map((g, i) => ({
    key: g.key,
    name: names[i]!,
    paperIds: g.paperIds,
    facts: g.facts,
    colour: colours[i]!,
  }));
}

/** @param maxCoauthors co-authors drawn at most (see coauthorBudget) */
export function buildWorkspace(
  input: WorkspaceInput,
  maxCoauthors = WORKSPACE_COAUTHORS,
): NameWorkspace {
  const identities = nameIdentities(input);
  const all = new Map<string, Omit<WorkspaceCoauthor, "x" | "y" | "size">>();
  for (const identity of identities) {
    for (const c of identity.facts.coauthors) {
      const entry = all.get(c.key) ?? { key: c.key, label: c.label, links: [] };
      entry.links.push({ identity: identity.key, papers: c.papers });
      all.set(c.key, entry);
    }
  }
  const coauthors = strongestCoauthors(
    [...all.values()],
    new Map(identities.map((i) => [i.key, i.facts.coauthors.map((c) => c.key)])),
    maxCoauthors,
  );
  const placement = layoutWorkspace(
    identities.map((i) => ({ key: i.key, papers: i.paperIds.length })),
    coauthors,
  );
  return {
    nameKey: input.nameKey,
    label: input.label,
    identities: identities.map((identity) => ({
      key: identity.key,
      name: identity.name,
      paperIds: identity.paperIds,
      facts: identity.facts,
      colour: identity.colour,
      ...placement.identities.get(identity.key)!,
    })),
    coauthors: coauthors.map((c) => ({ ...c, ...placement.coauthors.get(c.key)! })),
    ...(all.size > coauthors.length ? { hiddenCoauthors: all.size - coauthors.length } : {}),
  };
}
