// What a card shows for a group the curator edited (no suggestion matches it any more): counts read
// off the group's own papers. Suggested groups use the Worker's description instead.
import type { CoauthorCount, IdentitySuggestion, VenueCount } from "../../core/identity";
import type { PaperView } from "../../worker/protocol";

export interface GroupSummary {
  topCoauthors: CoauthorCount[];
  venues: VenueCount[];
  firstYear: number | undefined;
  lastYear: number | undefined;
  evidence: string[];
  confidence: number | undefined;
}

const TOP = 5;

export function summarizeGroup(
  paperIds: string[],
  papers: Map<string, PaperView>,
  viewedKey: string,
  suggested: IdentitySuggestion | undefined,
): GroupSummary {
  if (suggested) return { ...suggested };
  const coauthors = new Map<string, CoauthorCount>();
  const venues = new Map<string, number>();
  const years: number[] = [];
  for (const id of paperIds) {
    const paper = papers.get(id);
    if (!paper) continue;
    if (paper.year !== undefined) years.push(paper.year);
    if (paper.venue) venues.set(paper.venue, (venues.get(paper.venue) ?? 0) + 1);
    for (const author of new Map(paper.authors.map((a) => [a.key, a])).values()) {
      if (author.key === viewedKey) continue;
      const count = coauthors.get(author.key) ?? { key: author.key, label: author.name, papers: 0 };
      count.papers++;
      coauthors.set(author.key, count);
    }
  }
  return {
    topCoauthors: [...coauthors.values()]
      .sort((a, b) => b.papers - a.papers || a.label.localeCompare(b.label))
      .slice(0, TOP),
    venues: [...venues.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP)
      .map(([venue, n]) => ({ venue, papers: n })),
    firstYear: years.length ? Math.min(...years) : undefined,
    lastYear: years.length ? Math.max(...years) : undefined,
    evidence: ["grouped by the curator"],
    confidence: undefined,
  };
}

export function yearSpan(first: number | undefined, last: number | undefined): string {
  if (first === undefined || last === undefined) return "years unknown";
  return first === last ? String(first) : `${first}–${last}`;
}
