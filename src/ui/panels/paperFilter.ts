// Narrowing the open name's papers by identity, venue, year or co-author, so that "select all
// shown" selects by filter. Venues are compared folded ("ICPR (3)" is ICPR). Pure.
import { venueName } from "../../core/workspace/venue";
import type { PaperView } from "../../worker/protocol";

export interface PaperFilter {
  /** Identity key, or UNASSIGNED_KEY. */
  identity?: string;
  venue?: string;
  year?: number;
  /** Co-author name key. */
  coauthor?: string;
}

export function isEmptyFilter(filter: PaperFilter): boolean {
  return (
    filter.identity === undefined &&
    filter.venue === undefined &&
    filter.year === undefined &&
    filter.coauthor === undefined
  );
}

export function matchesFilter(paper: PaperView, identity: string, filter: PaperFilter): boolean {
  if (filter.identity !== undefined && identity !== filter.identity) return false;
  if (
    filter.venue !== undefined &&
    (paper.venue === undefined || venueName(paper.venue) !== filter.venue)
  )
    return false;
  if (filter.year !== undefined && paper.year !== filter.year) return false;
  if (filter.coauthor !== undefined && !paper.authors.some((a) => a.key === filter.coauthor))
    return false;
  return true;
}

export interface FilterChoices {
  venues: { value: string; papers: number }[];
  years: { value: number; papers: number }[];
  coauthors: { value: string; label: string; papers: number }[];
}

/** The values the name's papers offer, most papers first (years newest first). */
export function filterChoices(papers: readonly PaperView[], nameKey: string): FilterChoices {
  const venues = new Map<string, number>();
  const years = new Map<number, number>();
  const coauthors = new Map<string, { label: string; papers: number }>();
  for (const paper of papers) {
    if (paper.venue) {
      const venue = venueName(paper.venue);
      venues.set(venue, (venues.get(venue) ?? 0) + 1);
    }
    if (paper.year !== undefined) years.set(paper.year, (years.get(paper.year) ?? 0) + 1);
    const seen = new Set([nameKey]);
    for (const author of paper.authors) {
      if (seen.has(author.key)) continue;
      seen.add(author.key);
      const entry = coauthors.get(author.key) ?? { label: author.name, papers: 0 };
      entry.papers++;
      coauthors.set(author.key, entry);
    }
  }
  return {
    venues: [...venues]
      .map(([value, n]) => ({ value, papers: n }))
      .sort((a, b) => b.papers - a.papers || a.value.localeCompare(b.value)),
    years: [...years].map(([value, n]) => ({ value, papers: n })).sort((a, b) => b.value - a.value),
    coauthors: [...coauthors]
      .map(([value, c]) => ({ value, label: c.label, papers: c.papers }))
      .sort((a, b) => b.papers - a.papers || a.label.localeCompare(b.label)),
  };
}
