// Scores the split method against ground-truth labels for every labeled name in a corpus, beside
// two baselines: exact-name grouping (one person per name) and co-author components. Also records,
// per suggested identity, its confidence and whether it is right (exactly one person's papers), so
// the confidence can be checked for calibration.
import { labelOf, type CorpusIndex } from "./corpusIndex";
import type { SplitOptions, SplitSuggestion } from "./identity";
import { mentionOf } from "./identitySummary";
import {
  macroAverage,
  microAverage,
  scoreClustering,
  type Averages,
  type ClusteringScore,
} from "./metrics";
import { suggestSplit } from "./split";
import type { SplitModel } from "./split/model";
import { FITTED_MODEL } from "./split/weights";

export interface IdentityOutcome {
  confidence: number;
  papers: number;
  /** All its labeled papers are one person… */
  pure: boolean;
  /** …and none of that person's labeled papers of this name sit elsewhere. */
  right: boolean;
}

export interface NameEvaluation {
  nameKey: string;
  label: string;
  papers: number;
  people: number;
  predicted: number;
  ours: ClusteringScore;
  exactName: ClusteringScore;
  coauthorComponents: ClusteringScore;
  splitMs: number;
  identities: IdentityOutcome[];
}

export interface EvaluationSummary {
  names: number;
  mentions: number;
  ours: Averages;
  exactName: Averages;
  coauthorComponents: Averages;
  micro: { ours: Averages; exactName: Averages; coauthorComponents: Averages };
  splitMs: { p50: number; p95: number; max: number };
}

/** Name keys whose mentions carry ground-truth labels, largest first. */
export function labeledNames(index: CorpusIndex): string[] {
  const names: [string, number][] = [];
  for (const [key, papers] of index.papersOfName) {
    const labeled = papers.filter((p) => mentionOf(index, p, key)?.label !== undefined).length;
    if (labeled > 0) names.push([key, labeled]);
  }
  return names.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
}

/** Paper id → ground-truth person of the name's mention, for the labeled papers of a name. */
export function truthOf(index: CorpusIndex, key: string): Map<string, string> {
  const truth = new Map<string, string>();
  for (const p of index.papersOfName.get(key) ?? []) {
    const label = mentionOf(index, p, key)?.label;
    if (label !== undefined) truth.set(index.corpus.papers[p]!.id, label);
  }
  return truth;
}

export function evaluateName(
  index: CorpusIndex,
  key: string,
  options: SplitOptions = {},
  model: SplitModel = FITTED_MODEL,
): NameEvaluation {
  const papers = index.papersOfName.get(key) ?? [];
  const idOf = (p: number): string => index.corpus.papers[p]!.id;
  const truth = truthOf(index, key);
  const started = performance.now();
  const suggestion = suggestSplit(index, key, options, model);
  const splitMs = performance.now() - started;
  const clusters = suggestion.identities.map((identity) => identity.paperIds);
  return {
    nameKey: key,
    label: labelOf(index, key),
    papers: truth.size,
    people: new Set(truth.values()).size,
    predicted: clusters.length,
    ours: scoreClustering(clusters, truth),
    exactName: scoreClustering([papers.map(idOf)], truth),
    coauthorComponents: scoreClustering(
      coauthorComponents(index, key).map((c) => c.map(idOf)),
      truth,
    ),
    splitMs,
    identities: identityOutcomes(suggestion, truth),
  };
}

function identityOutcomes(
  suggestion: SplitSuggestion,
  truth: Map<string, string>,
): IdentityOutcome[] {
  const personSize = new Map<string, number>();
  for (const t of truth.values()) personSize.set(t, (personSize.get(t) ?? 0) + 1);
  const outcomes: IdentityOutcome[] = [];
  for (const identity of suggestion.identities) {
    const labels = identity.paperIds.map((id) => truth.get(id)).filter((t) => t !== undefined);
    if (labels.length === 0) continue;
    const pure = labels.every((t) => t === labels[0]);
    outcomes.push({
      confidence: identity.confidence,
      papers: labels.length,
      pure,
      right: pure && personSize.get(labels[0]!) === labels.length,
    });
  }
  return outcomes;
}

/** The baseline: papers of the name joined whenever they share any co-author (union-find). */
export function coauthorComponents(index: CorpusIndex, key: string): number[][] {
  const papers = index.papersOfName.get(key) ?? [];
  const parent = papers.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const firstAt = new Map<string, number>();
  papers.forEach((p, at) => {
    for (const coauthor of index.keysOfPaper[p]!) {
      if (coauthor === key) continue;
      const first = firstAt.get(coauthor);
      if (first === undefined) firstAt.set(coauthor, at);
      else parent[find(at)] = find(first);
    }
  });
  const byRoot = new Map<number, number[]>();
  papers.forEach((p, at) => {
    const root = find(at);
    byRoot.set(root, [...(byRoot.get(root) ?? []), p]);
  });
  return [...byRoot.values()];
}

export function summarise(rows: NameEvaluation[]): EvaluationSummary {
  const pick = (f: (r: NameEvaluation) => ClusteringScore): ClusteringScore[] => rows.map(f);
  const times = rows.map((r) => r.splitMs).sort((a, b) => a - b);
  const quantile = (q: number): number =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    names: rows.length,
    mentions: rows.reduce((sum, r) => sum + r.papers, 0),
    ours: macroAverage(pick((r) => r.ours)),
    exactName: macroAverage(pick((r) => r.exactName)),
    coauthorComponents: macroAverage(pick((r) => r.coauthorComponents)),
    micro: {
      ours: microAverage(pick((r) => r.ours)),
      exactName: microAverage(pick((r) => r.exactName)),
      coauthorComponents: microAverage(pick((r) => r.coauthorComponents)),
    },
    splitMs: { p50: quantile(0.5), p95: quantile(0.95), max: times[times.length - 1] ?? 0 },
  };
}
