// Identities named by what they are, not by a rank that shifts after each edit:
// "Lei Wang · Nanyang Technol. Univ. · ICIP, ICME · 2003–2009". Two identities that would read the
// same are told apart by their main co-author, then by their size.
import type { WorkspacePaper } from "./types";
import { shortAffiliation, venueName } from "./venue";

const VENUES_IN_NAME = 2;
const TITLE_IN_NAME = 36;
const VENUE_IN_NAME = 24;

export interface IdentityFacts {
  affiliation: string | undefined;
  /** Venues folded by `venueName`, most papers first. */
  venues: { venue: string; papers: number }[];
  firstYear: number | undefined;
  lastYear: number | undefined;
  /** Co-authors (other than the name itself), most shared papers first. */
  coauthors: { key: string; label: string; papers: number }[];
  papers: number;
}

/** What an identity's papers say about it. `nameKey` is left out of its co-authors. */
export function identityFacts(nameKey: string, papers: readonly WorkspacePaper[]): IdentityFacts {
  const affiliations = new Map<string, number>();
  const venues = new Map<string, number>();
  const coauthors = new Map<string, { key: string; label: string; papers: number }>();
  let firstYear: number | undefined;
  let lastYear: number | undefined;
  for (const paper of papers) {
    if (paper.affiliation) bump(affiliations, shortAffiliation(paper.affiliation));
    if (paper.venue) bump(venues, venueName(paper.venue));
    if (paper.year !== undefined) {
      firstYear = firstYear === undefined ? paper.year : Math.min(firstYear, paper.year);
      lastYear = lastYear === undefined ? paper.year : Math.max(lastYear, paper.year);
    }
    const seen = new Set<string>([nameKey]);
    for (const author of paper.authors) {
      if (seen.has(author.key)) continue;
      seen.add(author.key);
      const count = coauthors.get(author.key) ?? { key: author.key, label: author.name, papers: 0 };
      count.papers++;
      coauthors.set(author.key, count);
    }
  }
  return {
    affiliation: ranked(affiliations)[0]?.[0],
    venues: ranked(venues).map(([venue, n]) => ({ venue, papers: n })),
    firstYear,
    lastYear,
    coauthors: [...coauthors.values()].sort(
      (a, b) => b.papers - a.papers || a.label.localeCompare(b.label),
    ),
    papers: papers.length,
  };
}

export function yearSpan(first: number | undefined, last: number | undefined): string | undefined {
  if (first === undefined || last === undefined) return undefined;
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * Names for identities of one name, in the order given. Each says affiliation, main venues and
 * years; a name that would repeat another's gets its main co-author, then its paper count.
 */
export function identityNames(
  label: string,
  identities: readonly { facts: IdentityFacts; titles: readonly string[] }[],
): string[] {
  const base = identities.map(({ facts, titles }) => {
    const parts = [label];
    if (facts.affiliation) parts.push(facts.affiliation);
    const venues = facts.venues.slice(0, VENUES_IN_NAME).map((v) => clip(v.venue, VENUE_IN_NAME));
    if (venues.length > 0) parts.push(venues.join(", "));
    const years = yearSpan(facts.firstYear, facts.lastYear);
    if (years) parts.push(years);
    if (parts.length === 1 && titles[0]) parts.push(`“${clip(titles[0], TITLE_IN_NAME)}”`);
    return parts.join(" · ");
  });
  const withCoauthor = disambiguate(base, (name, i) => {
    const top = identities[i]!.facts.coauthors[0];
    return top ? `${name} · with ${top.label}` : name;
  });
  const withSize = disambiguate(withCoauthor, (name, i) => {
    const n = identities[i]!.facts.papers;
    return `${name} · ${n} ${n === 1 ? "paper" : "papers"}`;
  });
  // Still equal (same facts, same size): number the repeats, in the order given.
  const seen = new Map<string, number>();
  return withSize.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

/** Applies `extend` to every name that occurs more than once. */
function disambiguate(names: string[], extend: (name: string, i: number) => string): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return names.map((name, i) => (counts.get(name)! > 1 ? extend(name, i) : name));
}

function bump(counts: Map<string, number>, key: string): void {
  if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
}

function ranked(counts: Map<string, number>): [string, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
