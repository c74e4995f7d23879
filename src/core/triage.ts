// Triage: which names most likely cover several people, so a curator knows where to start.
import type { CorpusIndex } from "./corpusIndex";
import type { SplitSuggestion } from "./identity";
import { suggestSplit } from "./split";

export interface TriageRow {
  nameKey: string;
  label: string;
  papers: number;
  identities: number;
  /** Chance that two of the name's papers are by different people. */
  ambiguity: number;
  /**
   * Expected pairs of the name's papers that exact-name grouping puts together wrongly (ambiguity
   * × pairs): what a curator fixes by splitting the name, so big mixed names come before small
   * ones whose two papers merely lack a shared co-author.
   */
  mixedPairs: number;
}

export interface TriageOptions {
  minPapers?: number;
  limit?: number;
  seed?: number;
}

/** Name keys with at least `minPapers` papers, most papers first (the order triage visits them). */
export function triageCandidates(index: CorpusIndex, minPapers = 2): string[] {
  return [...index.papersOfName.entries()]
    .filter(([, papers]) => papers.length >= minPapers)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    .map(([key]) => key);
}

/** One name's triage row; `suggestion`, when given, is its suggestion at the defaults (seed 1). */
export function triageName(
  index: CorpusIndex,
  key: string,
  options: TriageOptions = {},
  suggestion: SplitSuggestion = suggestSplit(index, key, { seed: options.seed ?? 1 }),
): TriageRow {
  const papers = suggestion.paperIds.length;
  return {
    nameKey: key,
    label: suggestion.label,
    papers,
    identities: suggestion.identities.length,
    ambiguity: suggestion.ambiguity,
    mixedPairs: (suggestion.ambiguity * papers * (papers - 1)) / 2,
  };
}

/** Ranks names by expected wrongly grouped paper pairs (ties: more ambiguous, then more papers). */
export function rankTriage(rows: TriageRow[]): TriageRow[] {
  return [...rows].sort(
    (a, b) =>
      b.mixedPairs - a.mixedPairs ||
      b.ambiguity - a.ambiguity ||
      b.papers - a.papers ||
      (a.nameKey < b.nameKey ? -1 : 1),
  );
}

export function triageNames(index: CorpusIndex, options: TriageOptions = {}): TriageRow[] {
  const rows = triageCandidates(index, options.minPapers ?? 2).map((key) =>
    triageName(index, key, options),
  );
  const ranked = rankTriage(rows);
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
