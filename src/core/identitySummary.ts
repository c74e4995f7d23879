// Turns clusters of papers into what a curator reads: per suggested identity its papers, top
// co-authors, venues, year span, the evidence that binds it, its confidence and its source records.
import type { AuthorMention } from "./corpus";
import { labelOf, type CorpusIndex } from "./corpusIndex";
import type {
  AuthorRecordReading,
  CoauthorCount,
  IdentitySuggestion,
  VenueCount,
} from "./identity";
import { venueName } from "./workspace/venue";

const TOP = 5;

export function mentionOf(
  index: CorpusIndex,
  paper: number,
  key: string,
): AuthorMention | undefined {
  const at = index.mentionKeys[paper]!.indexOf(key);
  return at === -1 ? undefined : index.corpus.papers[paper]!.authors[at];
}

/** An identity's description, all but its number and confidence: a function of its papers. */
export type IdentityDescription = Omit<IdentitySuggestion, "index" | "confidence">;

/**
 * @param clusters papers (indexes into corpus.papers) per identity, largest first
 * @param blockCounts how many co-author blocks each identity joins
 * @param confidences calibrated confidence per identity
 * @param memo descriptions made before, by blocks and papers (a name split again at another
 *   resolution keeps most of its identities)
 */
export function describeIdentities(
  index: CorpusIndex,
  key: string,
  clusters: number[][],
  blockCounts: number[],
  confidences: number[],
  memo?: Map<string, IdentityDescription>,
): IdentitySuggestion[] {
  return clusters.map((papers, i) => {
    const memoKey = memo && `${blockCounts[i]!}:${papers.join(",")}`;
    let described = memoKey === undefined ? undefined : memo!.get(memoKey);
    if (!described) {
      described = describePapers(index, key, papers, blockCounts[i]!);
      if (memoKey !== undefined) memo!.set(memoKey, described);
    }
    const { sourceIds, ...rest } = described;
    return { index: i, ...rest, confidence: Math.round(confidences[i]! * 100) / 100, sourceIds };
  });
}

function describePapers(
  index: CorpusIndex,
  key: string,
  papers: number[],
  blocks: number,
): IdentityDescription {
  const papersSorted = [...papers].sort((a, b) => yearOf(index, b) - yearOf(index, a) || a - b);
  const years = papers
    .map((p) => index.corpus.papers[p]!.year)
    .filter((y): y is number => y !== undefined);
  const coauthors = topCoauthors(index, key, papers);
  const venues = topVenues(index, papers);
  return {
    paperIds: papersSorted.map((p) => index.corpus.papers[p]!.id),
    topCoauthors: coauthors.slice(0, TOP),
    venues: venues.slice(0, TOP),
    firstYear: years.length ? Math.min(...years) : undefined,
    lastYear: years.length ? Math.max(...years) : undefined,
    evidence: describeEvidence(index, papers, coauthors, venues, blocks),
    sourceIds: sourceIdsOf(index, key, papers),
  };
}

function yearOf(index: CorpusIndex, paper: number): number {
  return index.corpus.papers[paper]!.year ?? 0;
}

function topCoauthors(index: CorpusIndex, key: string, papers: number[]): CoauthorCount[] {
  const counts = new Map<string, number>();
  for (const p of papers)
    for (const k of index.keysOfPaper[p]!) if (k !== key) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => ({
      key: k,
      label: labelOf(index, k),
      papers: n,
    }));
}

function topVenues(index: CorpusIndex, papers: number[]): VenueCount[] {
  const counts = new Map<string, number>();
  for (const p of papers) {
    const venue = index.corpus.papers[p]!.venue;
    if (venue) counts.set(venue, (counts.get(venue) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([venue, n]) => ({ venue, papers: n }));
}

function describeEvidence(
  index: CorpusIndex,
  papers: number[],
  coauthors: CoauthorCount[],
  venues: VenueCount[],
  blocks: number,
): string[] {
  if (papers.length === 1)
    return [
      "a single paper: no co-author, venue or topic evidence ties it to the other papers of this name",
    ];
  const lines: string[] = [];
  const shared = coauthors.filter((c) => c.papers >= 2).slice(0, 3);
  if (shared.length > 0) {
    lines.push(
      `shared co-authors: ${shared.map((c) => `${c.label} (${c.papers} papers)`).join(", ")}`,
    );
  }
  if (blocks > 1) {
    lines.push(
      `${blocks} groups without a common co-author joined by weaker evidence (linked co-authors, venue, topic, affiliation)`,
    );
  }
  // Volumes folded ("ICPR (3)" and "ICPR (1)" are ICPR) and counts spelled out, so a volume
  // number never reads as a count: "ICPR: 3 papers", not "ICPR (3) (2)".
  const repeatedVenues = foldVenues(venues)
    .filter((v) => v.papers >= 2)
    .slice(0, 3);
  if (repeatedVenues.length > 0)
    lines.push(
      `recurring venues: ${repeatedVenues.map((v) => `${v.venue}: ${v.papers} papers`).join(", ")}`,
    );
  const terms = sharedTerms(index, papers);
  if (terms.length > 0) lines.push(`recurring title terms: ${terms.join(", ")}`);
  return lines;
}

function foldVenues(venues: VenueCount[]): VenueCount[] {
  const counts = new Map<string, number>();
  for (const v of venues)
    counts.set(venueName(v.venue), (counts.get(venueName(v.venue)) ?? 0) + v.papers);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([venue, papers]) => ({ venue, papers }));
}

function sharedTerms(index: CorpusIndex, papers: number[]): string[] {
  const counts = new Map<string, number>();
  for (const p of papers)
    for (const t of new Set(index.titleTermsOfPaper[p]!)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([t, n]) => `${t} (${n})`);
}

function sourceIdsOf(
  index: CorpusIndex,
  key: string,
  papers: number[],
): { id: string; papers: number }[] {
  const counts = new Map<string, number>();
  for (const p of papers) {
    const id = mentionOf(index, p, key)?.sourceId;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => ({ id, papers: n }));
}

export function readAuthorRecords(identities: IdentitySuggestion[]): AuthorRecordReading {
  const identitiesOfRecord = new Map<string, number[]>();
  for (const identity of identities) {
    for (const { id } of identity.sourceIds)
      identitiesOfRecord.set(id, [...(identitiesOfRecord.get(id) ?? []), identity.index]);
  }
  const remarks: string[] = [];
  for (const identity of identities) {
    if (identity.sourceIds.length > 1) {
      remarks.push(
        `identity ${identity.index + 1} suggests merging records ${identity.sourceIds.map((s) => s.id).join(" and ")}`,
      );
    }
  }
  for (const [id, list] of identitiesOfRecord) {
    if (list.length > 1)
      remarks.push(
        `record ${id} looks like ${list.length} people (identities ${list.map((i) => i + 1).join(", ")})`,
      );
  }
  return { records: identitiesOfRecord.size, remarks };
}
