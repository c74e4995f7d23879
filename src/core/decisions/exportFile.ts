// Building the decisions file from what is on screen: per name, the identities with their labels,
// paper keys and source author ids, the held-out papers, and the whole log.
import {
  DECISIONS_FORMAT,
  DECISIONS_VERSION,
  type DecisionsFile,
  type NameDecisionsExport,
} from "./file";
import type { PortablePaper } from "./portable";
import { logPapers } from "./references";
import type { DecisionEntry, PaperId } from "./types";
import type { CuratedIdentity, NameView } from "./view";

export interface NameExportInput {
  nameKey: string;
  label: string;
  log: readonly DecisionEntry[];
  view: NameView;
  /** Portable keys of the name's papers in this corpus. */
  papers: readonly PortablePaper[];
  identityLabel: (identity: CuratedIdentity) => string;
}

export function nameExport(input: NameExportInput): NameDecisionsExport {
  const byId = new Map(input.papers.map((p) => [p.id, p]));
  const referenced = new Set<PaperId>([
    ...input.view.identities.flatMap((i) => i.paperIds),
    ...input.view.unassigned,
    ...logPapers(input.log),
  ]);
  const papers = [...referenced].flatMap((id) =>
    byId.has(id) ? [byId.get(id)!] : [{ id, title: "" }],
  );
  return {
    nameKey: input.nameKey,
    label: input.label,
    identities: input.view.identities.map((identity) => ({
      id: identity.id,
      label: input.identityLabel(identity),
      papers: [...identity.paperIds],
      authorIds: [
        ...new Set(identity.paperIds.flatMap((p) => byId.get(p)?.authorIds ?? [])),
      ].sort(),
    })),
    unassigned: [...input.view.unassigned],
    papers,
    log: [...input.log],
  };
}

export function decisionsFile(
  corpusId: string,
  corpusLabel: string,
  names: NameDecisionsExport[],
  now = new Date(),
): DecisionsFile {
  return {
    format: DECISIONS_FORMAT,
    version: DECISIONS_VERSION,
    corpusId,
    corpusLabel,
    exportedAt: now.toISOString(),
    names,
  };
}
