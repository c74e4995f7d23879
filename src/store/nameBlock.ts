// A name's block: the papers carrying one name key, with all their authors, as a small corpus of
// its own. The batch run and the app's store mode both suggest a split from it with the engine's
// public API (indexCorpus, suggestSplit), so a name scores the same in a shard, in a single run and
// on screen. Browser-safe.
import type { AuthorMention, Corpus, Paper } from "../core/corpus";
import { indexCorpus } from "../core/corpusIndex";
import type { SplitSuggestion } from "../core/identity";
import { suggestSplit } from "../core/split";

/** One row of papers.parquet. */
export interface StoredPaper {
  paper: number;
  id: string;
  title: string;
  year: number | null;
  venue: string | null;
  doi: string | null;
  /** JSON of the paper's author mentions. */
  authors: string;
}

export function paperFromRow(row: StoredPaper): Paper {
  const paper: Paper = {
    id: row.id,
    title: row.title,
    authors: JSON.parse(row.authors) as AuthorMention[],
  };
  if (row.year !== null) paper.year = row.year;
  if (row.venue !== null) paper.venue = row.venue;
  if (row.doi !== null) paper.doi = row.doi;
  return paper;
}

export function blockCorpus(key: string, papers: Paper[]): Corpus {
  return { id: `block:${key}`, label: key, papers, notes: [] };
}

/** What the batch writes per name: the triage score and the suggested groups of paper ids. */
export interface NameScore {
  key: string;
  label: string;
  papers: number;
  identities: number;
  /** Chance that two of the name's papers are by different people. */
  ambiguity: number;
  /** Expected wrongly grouped paper pairs (ambiguity × pairs): the triage ranking. */
  mixedPairs: number;
  groups: { paperIds: string[]; confidence: number }[];
}

export const BLOCK_SEED = 1;

export function suggestForBlock(key: string, corpus: Corpus, resolution = 1): SplitSuggestion {
  return suggestSplit(indexCorpus(corpus, undefined, BLOCK_SEED), key, {
    seed: BLOCK_SEED,
    resolution,
  });
}

/** A name scored by the batch run: its triage row and the suggestion it came from. */
export interface ScoredName {
  score: NameScore;
  suggestion: SplitSuggestion;
}

export function scoreName(key: string, corpus: Corpus): ScoredName {
  const suggestion = suggestForBlock(key, corpus);
  return { score: nameScore(key, suggestion), suggestion };
}

function nameScore(key: string, suggestion: SplitSuggestion): NameScore {
  const papers = suggestion.paperIds.length;
  return {
    key,
    label: suggestion.label,
    papers,
    identities: suggestion.identities.length,
    ambiguity: suggestion.ambiguity,
    mixedPairs: (suggestion.ambiguity * papers * (papers - 1)) / 2,
    groups: suggestion.identities.map((i) => ({ paperIds: i.paperIds, confidence: i.confidence })),
  };
}
