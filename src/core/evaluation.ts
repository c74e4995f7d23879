// Scores the split method against ground-truth labels for every labeled name in a corpus, beside
// two baselines: exact-name grouping (one person per name) and co-author components.
import { labelOf, type CorpusIndex } from "./corpusIndex";
import type { SplitOptions } from "./identity";
import { mentionOf } from "./identitySummary";
import {
  macroAverage,
  microAverage,
  scoreClustering,
  type Averages,
  type ClusteringScore,
} from "./metrics";
import { suggestSplit } from "./split";
import { nameEvidence } from "./splitEvidence";
import { DEFAULT_MODEL, type SplitModel } from "./splitModel";

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

export function evaluateName(
  index: CorpusIndex,
  key: string,
  options: SplitOptions = {},
  model: SplitModel = DEFAULT_MODEL,
): NameEvaluation {
  const papers = index.papersOfName.get(key) ?? [];
  const idOf = (p: number): string => index.corpus.papers[p]!.id;
  const truth = new Map<string, string>();
  for (const p of papers) {
    const label = mentionOf(index, p, key)?.label;
    if (label !== undefined) truth.set(idOf(p), label);
  }
  const started = performance.now();
  const suggestion = suggestSplit(index, key, options, model);
  const splitMs = performance.now() - started;
  const clusters = suggestion.identities.map((identity) => identity.paperIds);
  const components = nameEvidence(index, key).blocks.map((b) => b.papers.map(idOf));
  return {
    nameKey: key,
    label: labelOf(index, key),
    papers: truth.size,
    people: new Set(truth.values()).size,
    predicted: clusters.length,
    ours: scoreClustering(clusters, truth),
    exactName: scoreClustering([papers.map(idOf)], truth),
    coauthorComponents: scoreClustering(components, truth),
    splitMs,
  };
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
