// Author identifiers a source attached to a mention, read as evidence. An ORCID is the author's own
// registered identifier: two mentions with the same ORCID are one person, two different ORCIDs two
// people. Other ids (OpenAlex, DBLP homonym numbers, Scopus, Web of Science) come from a source's own
// disambiguation: strong but fallible, so they weigh as evidence rather than decide.

export interface SourceIdentity {
  orcid: string | undefined;
  /** Any other source id, as given. */
  other: string | undefined;
}

const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

export function readSourceId(sourceId: string | undefined): SourceIdentity {
  if (!sourceId) return { orcid: undefined, other: undefined };
  const orcid = ORCID.exec(sourceId)?.[1];
  return orcid
    ? { orcid: orcid.toUpperCase(), other: undefined }
    : { orcid: undefined, other: sourceId };
}

/** "same" when the sets share an id, "different" when both are non-empty and share none. */
export function idRelation(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): "same" | "different" | "unknown" {
  if (a.size === 0 || b.size === 0) return "unknown";
  for (const x of a) if (b.has(x)) return "same";
  return "different";
}
