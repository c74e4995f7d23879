// Paper keys that survive a change of corpus: the same paper exported by OpenAlex, DBLP or a CSV
// carries other ids, but usually the same DOI, and always a title and (mostly) a year. Decisions
// travel with these keys, and an import maps them onto this corpus's papers, among the papers of
// one name only (where a title and year rarely repeat), reporting what it could not place.
import type { Paper } from "../corpus";
import { nameKey } from "../nameKey";
import type { PaperId } from "./types";

export interface PortablePaper {
  /** The paper's id in its corpus (a source id: OpenAlex work, DBLP key, the CSV's id column). */
  id: PaperId;
  /** Lower-cased, without a resolver prefix ("10.1145/123.456"). */
  doi?: string;
  /** The title as printed (for people reading the file and the import report). */
  title: string;
  year?: number;
  /** Source author ids of this name's mention on the paper (OpenAlex author, DBLP person, ORCID). */
  authorIds?: string[];
}

export function portablePaper(paper: Paper, key: string): PortablePaper {
  const out: PortablePaper = { id: paper.id, title: paper.title };
  const doi = paper.doi ? normaliseDoi(paper.doi) : undefined;
  if (doi) out.doi = doi;
  if (paper.year !== undefined) out.year = paper.year;
  const authorIds = [
    ...new Set(
      paper.authors
        .filter((m) => m.sourceId !== undefined && nameKey(m.name) === key)
        .map((m) => m.sourceId!),
    ),
  ];
  if (authorIds.length > 0) out.authorIds = authorIds;
  return out;
}

/** "https://doi.org/10.1145/ABC" → "10.1145/abc"; undefined when it is not a DOI. */
export function normaliseDoi(doi: string): string | undefined {
  const match = /10\.\d{4,9}\/\S+/.exec(doi.trim().toLowerCase());
  return match ? match[0] : undefined;
}

/** Accent-, case- and punctuation-free title words: "Über  Graphs: a Survey." → "uber graphs a survey". */
export function normaliseTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export interface PaperMatch {
  /** Foreign paper id → local paper id. */
  map: Map<PaperId, PaperId>;
  /** Foreign papers with no local paper of the same DOI, id + title, or title + year. */
  missing: PortablePaper[];
  /** Foreign papers whose title + year fits several local papers (and no DOI decides). */
  ambiguous: PortablePaper[];
}

/**
 * Maps foreign papers onto local ones: same DOI; else same id and title; else same normalised title
 * and year, if only one local paper has it. Each local paper is used once.
 */
export function matchPapers(
  foreign: readonly PortablePaper[],
  local: readonly PortablePaper[],
): PaperMatch {
  const byDoi = new Map<string, PortablePaper>();
  const byId = new Map<PaperId, PortablePaper>();
  const byTitleYear = new Map<string, PortablePaper[]>();
  for (const paper of local) {
    const doi = paper.doi ? normaliseDoi(paper.doi) : undefined;
    if (doi) byDoi.set(doi, paper);
    byId.set(paper.id, paper);
    const key = titleYear(paper);
    byTitleYear.set(key, [...(byTitleYear.get(key) ?? []), paper]);
  }
  const used = new Set<PaperId>();
  const map = new Map<PaperId, PaperId>();
  const missing: PortablePaper[] = [];
  const ambiguous: PortablePaper[] = [];
  for (const paper of foreign) {
    const doi = paper.doi ? normaliseDoi(paper.doi) : undefined;
    const sameId = byId.get(paper.id);
    let found: PortablePaper | undefined = doi ? byDoi.get(doi) : undefined;
    if (!found && sameId && normaliseTitle(sameId.title) === normaliseTitle(paper.title)) {
      found = sameId;
    }
    if (!found) {
      const candidates = (byTitleYear.get(titleYear(paper)) ?? []).filter(
        (c) => !used.has(c.id) && !(doi && c.doi && c.doi !== doi),
      );
      if (candidates.length > 1) {
        ambiguous.push(paper);
        continue;
      }
      found = candidates[0];
    }
    if (!found || used.has(found.id)) {
      missing.push(paper);
      continue;
    }
    used.add(found.id);
    map.set(paper.id, found.id);
  }
  return { map, missing, ambiguous };
}

function titleYear(paper: PortablePaper): string {
  return `${normaliseTitle(paper.title)}\u0000${paper.year ?? ""}`;
}
